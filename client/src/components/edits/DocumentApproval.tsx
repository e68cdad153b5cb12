import { Link } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../generated/gql';
import type { EditStatus } from '../../generated/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { useEditRights } from '../../lib/auth';
import { editAnchor, GRAPH_CHANGED } from '../../lib/edits';
import { EditError } from './EditError';

const ApproveDocumentEdits = graphql(`
  mutation ApproveDocumentEdits($document: ID!) {
    approveDocumentEdits(document: $document) {
      id
      status
      reviewedAt
    }
  }
`);

/** An uploaded document some proposed edits of the review queue rest on. */
export interface DocumentEdits {
  documentId: string;
  name: string;
  /** Document.reviewableEdits: what approving all from it approves for this reviewer (read with the queue). */
  count: number;
  /** Document.reviewableEditsBlockedBy: the edits its edits rest on that keep them from being approved together. */
  blockedBy: readonly { id: string; summary: string; status: EditStatus }[];
}

const BLOCKED_REASON = {
  PROPOSED: 'proposals.blockedPending',
  REJECTED: 'proposals.blockedRejected',
  REVERTED: 'proposals.blockedReverted',
  APPROVED: 'proposals.blockedPending',
} as const;

/**
 * In the review queue, for a reviewer: every proposed edit that rests on one uploaded document approved at once
 * (approveDocumentEdits: all of them, not only those on this page, in the order they rest on each other, all or
 * nothing). The count is the server's (Document.reviewableEdits, read with the queue: one request and one statement
 * for all its documents): the reviewer's own edits are not offered. When its edits rest on an edit this reviewer may
 * not approve (their own) or one rejected or reverted, nothing is offered: why is said, with a link to each such edit.
 */
export function DocumentApproval({ group, onDone }: { group: DocumentEdits; onDone(count: number): void }) {
  const { t } = useI18n();
  const { canReview } = useEditRights();
  const [result, approve] = useMutation(ApproveDocumentEdits);
  const count = group.count;
  if (!canReview) return null;
  if (count === 0 && group.blockedBy.length > 0) {
    return (
      <div className="document-approval document-blocked" role="note">
        <p>{t('proposals.blockedDocument', { name: group.name })}</p>
        <ul>
          {group.blockedBy.map((edit) => (
            <li key={edit.id}>
              <Link to={`/gjennomgang?status=${edit.status}#${editAnchor(edit.id)}`}>{edit.summary}</Link>:{' '}
              {t(BLOCKED_REASON[edit.status])}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  if (count === 0) return null;
  return (
    <div className="document-approval">
      <button
        type="button"
        disabled={result.fetching}
        onClick={async () => {
          const done = await approve({ document: group.documentId }, GRAPH_CHANGED);
          if (done.data) onDone(done.data.approveDocumentEdits.length);
        }}
      >
        {t('proposals.approveDocument', { count, name: group.name })}
      </button>
      <EditError error={result.error} action="approve" />
    </div>
  );
}
