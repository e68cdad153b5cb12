import { type FormEvent, useId, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../generated/gql';
import { useI18n } from '../../i18n/use-i18n';
import { useEditRights } from '../../lib/auth';
import { GRAPH_CHANGED } from '../../lib/edits';
import { EditError } from './EditError';

const ApproveEdit = graphql(`
  mutation ApproveEdit($id: ID!) {
    approveEdit(id: $id) {
      id
      status
      reviewedAt
    }
  }
`);

const RejectEdit = graphql(`
  mutation RejectEdit($id: ID!, $reason: String!) {
    rejectEdit(id: $id, reason: $reason) {
      id
      status
      reviewedAt
    }
  }
`);

/**
 * A reviewer's decision on a proposal: approve it (it then changes what readers see), or reject it with a reason.
 * The author's own proposal is shown with why they cannot approve it; an editor sees that a reviewer decides.
 */
export function ReviewActions({
  editId,
  authorId,
  summary,
  onDone,
}: {
  editId: string;
  authorId: string;
  summary: string;
  onDone(): void;
}) {
  const { t } = useI18n();
  const { me, canReview } = useEditRights();
  const reasonId = useId();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [approval, approve] = useMutation(ApproveEdit);
  const [rejection, reject] = useMutation(RejectEdit);
  if (!me) return null;
  if (me.id === authorId) return <p className="own-edit">{t('review.own')}</p>;
  if (!canReview) return <p className="hint">{t('review.needReviewer')}</p>;

  const submitRejection = async (event: FormEvent) => {
    event.preventDefault();
    const result = await reject({ id: editId, reason: reason.trim() });
    if (result.data?.rejectEdit) onDone();
  };
  const busy = approval.fetching || rejection.fetching;
  return (
    <div className="review-actions">
      <div className="review-buttons">
        <button
          type="button"
          disabled={busy}
          aria-label={t('review.approveNamed', { summary })}
          onClick={async () => {
            const result = await approve({ id: editId }, GRAPH_CHANGED);
            if (result.data?.approveEdit) onDone();
          }}
        >
          {t('review.approve')}
        </button>
        <button
          type="button"
          className="secondary"
          aria-expanded={rejecting}
          aria-label={t('review.rejectNamed', { summary })}
          onClick={() => setRejecting(!rejecting)}
        >
          {t('review.reject')}
        </button>
      </div>
      <EditError error={approval.error} action="approve" />
      {rejecting && (
        <form className="edit-form" onSubmit={(event) => void submitRejection(event)}>
          <label htmlFor={reasonId}>{t('review.rejectReason')}</label>
          <textarea
            id={reasonId}
            required
            rows={2}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <EditError error={rejection.error} />
          <button type="submit" disabled={busy || reason.trim() === ''}>
            {t('review.rejectSubmit')}
          </button>
        </form>
      )}
    </div>
  );
}
