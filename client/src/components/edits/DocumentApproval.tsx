import { useMutation } from 'urql';
import { graphql } from '../../generated/gql';
import { useI18n } from '../../i18n/use-i18n';
import { useEditRights } from '../../lib/auth';
import { GRAPH_CHANGED } from '../../lib/edits';
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
}

/**
 * In the review queue, for a reviewer: every proposed edit that rests on one uploaded document approved at once
 * (approveDocumentEdits: all of them, not only those on this page, in the order they rest on each other, all or
 * nothing). The count is the server's (Document.reviewableEdits, read with the queue: one request and one statement
 * for all its documents): the reviewer's own edits are not offered.
 */
export function DocumentApproval({ group, onDone }: { group: DocumentEdits; onDone(count: number): void }) {
  const { t } = useI18n();
  const { canReview } = useEditRights();
  const [result, approve] = useMutation(ApproveDocumentEdits);
  const count = group.count;
  if (!canReview || count === 0) return null;
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
