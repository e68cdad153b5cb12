import { useMutation } from 'urql';
import { graphql } from '../../generated/gql';
import { useI18n } from '../../i18n/use-i18n';
import { useEditRights } from '../../lib/auth';
import { GRAPH_CHANGED } from '../../lib/edits';
import { EditError } from './EditError';

const ApproveEdits = graphql(`
  mutation ApproveEdits($ids: [ID!]!) {
    approveEdits(ids: $ids) {
      id
      status
      reviewedAt
    }
  }
`);

/** The proposed edits of one uploaded document, as the review queue groups them. */
export interface DocumentEdits {
  documentId: string;
  name: string;
  editIds: string[];
}

/**
 * In the review queue, for a reviewer: every proposed edit that rests on one uploaded document approved at once
 * (approveEdits: in the order they rest on each other, all or nothing). Edits of the reviewer's own are not offered.
 */
export function DocumentApproval({ group, onDone }: { group: DocumentEdits; onDone(count: number): void }) {
  const { t } = useI18n();
  const { canReview } = useEditRights();
  const [result, approve] = useMutation(ApproveEdits);
  if (!canReview || group.editIds.length === 0) return null;
  return (
    <div className="document-approval">
      <button
        type="button"
        disabled={result.fetching}
        onClick={async () => {
          const done = await approve({ ids: group.editIds }, GRAPH_CHANGED);
          if (done.data) onDone(done.data.approveEdits.length);
        }}
      >
        {t('proposals.approveDocument', { count: group.editIds.length, name: group.name })}
      </button>
      <EditError error={result.error} action="approve" />
    </div>
  );
}
