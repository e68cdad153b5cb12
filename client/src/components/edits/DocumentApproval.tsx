import { useMutation, useQuery } from 'urql';
import { graphql } from '../../generated/gql';
import { useI18n } from '../../i18n/use-i18n';
import { useEditRights } from '../../lib/auth';
import { GRAPH_CHANGED } from '../../lib/edits';
import { EditError } from './EditError';

const ReviewableEdits = graphql(`
  query ReviewableEdits($id: ID!) {
    node(id: $id) {
      id
      ... on Document {
        reviewableEdits
      }
    }
  }
`);

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
}

/**
 * In the review queue, for a reviewer: every proposed edit that rests on one uploaded document approved at once
 * (approveDocumentEdits: all of them, not only those on this page, in the order they rest on each other, all or
 * nothing). The count is the server's (Document.reviewableEdits): the reviewer's own edits are not offered.
 */
export function DocumentApproval({ group, onDone }: { group: DocumentEdits; onDone(count: number): void }) {
  const { t } = useI18n();
  const { canReview } = useEditRights();
  const [reviewable] = useQuery({
    query: ReviewableEdits,
    variables: { id: group.documentId },
    pause: !canReview,
    requestPolicy: 'cache-and-network',
  });
  const [result, approve] = useMutation(ApproveDocumentEdits);
  const node = reviewable.data?.node;
  const count = node && 'reviewableEdits' in node ? node.reviewableEdits : 0;
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
