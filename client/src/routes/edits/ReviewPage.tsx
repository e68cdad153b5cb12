import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { DocumentApproval, type DocumentEdits } from '../../components/edits/DocumentApproval';
import { EditCard } from '../../components/edits/EditCard';
import { RevertAction } from '../../components/edits/RevertAction';
import { ReviewActions } from '../../components/edits/ReviewActions';
import { QueryState } from '../../components/QueryState';
import { graphql } from '../../generated/gql';
import type { EditStatus } from '../../generated/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { useEditRights } from '../../lib/auth';
import { editAnchor, STATUS_KEYS } from '../../lib/edits';
import { SignInNeeded } from '../auth/SignInNeeded';

const ReviewQueueQuery = graphql(`
  query ReviewQueue($status: EditStatus, $after: String) {
    edits(status: $status, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          status
          summary
          author {
            id
          }
          source {
            document {
              id
              name
              sha256
              reviewableEdits
              reviewableEditsBlockedBy {
                id
                summary
                status
              }
            }
          }
          ...EditCard
        }
      }
    }
  }
`);

/** The lists the page offers, by the address's ?status= (the queue of proposals first). */
const TABS: readonly (EditStatus | null)[] = ['PROPOSED', 'APPROVED', 'REJECTED', 'REVERTED', null];

/**
 * /gjennomgang: the review queue. Every proposal as a readable before/after with its quote or note, author and
 * time; a reviewer approves or rejects each (not their own). The other statuses show what has been decided.
 */
export function ReviewPage() {
  const { t } = useI18n();
  const { me, canPropose, fetching: loadingMe } = useEditRights();
  const [params] = useSearchParams();
  const chosen = params.get('status');
  const status = chosen === 'alle' ? null : ((TABS.find((tab) => tab === chosen) ?? 'PROPOSED') as EditStatus);
  const after = params.get('etter');
  const [approved, setApproved] = useState<{ name: string; count: number } | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ReviewQueueQuery,
    variables: { status, after },
    pause: !canPropose,
  });
  if (!me) return loadingMe ? null : <SignInNeeded message={t('auth.needSignIn')} />;
  if (!canPropose) return <SignInNeeded message={t('review.needEditor')} />;
  const again = () => refetch({ requestPolicy: 'network-only' });
  const edits = data?.edits.edges.map((edge) => edge.node) ?? [];
  const byDocument = status === 'PROPOSED' ? uploadedDocuments(edits, me.id) : [];
  const tabPath = (tab: EditStatus | null) => `/gjennomgang?status=${tab ?? 'alle'}`;
  return (
    <article className="review-page">
      <h1>{t('review.title')}</h1>
      <p>{t('review.intro')}</p>
      <nav aria-label={t('review.tabs')} className="tabs">
        {TABS.map((tab) => (
          <Link key={tab ?? 'all'} to={tabPath(tab)} aria-current={tab === status ? 'page' : undefined}>
            {tab ? t(STATUS_KEYS[tab]) : t('review.all')}
          </Link>
        ))}
      </nav>
      <QueryState fetching={fetching} error={error} />
      {data && (
        <p role="status" className="review-count">
          {status === 'PROPOSED'
            ? t(data.edits.totalCount === 1 ? 'review.countOne' : 'review.count', { count: data.edits.totalCount })
            : t('review.countOther', { count: data.edits.totalCount })}
        </p>
      )}
      {byDocument.map((group) => (
        <DocumentApproval
          key={group.documentId}
          group={group}
          onDone={(count) => {
            setApproved({ name: group.name, count });
            again();
          }}
        />
      ))}
      <div aria-live="polite">
        {approved && (
          <p className="proposal-sent" role="status">
            {t('proposals.approvedDocument', approved)}
          </p>
        )}
      </div>
      {data && edits.length === 0 && <p>{status === 'PROPOSED' ? t('review.empty') : t('review.none')}</p>}
      <ol className="edit-list">
        {edits.map((edit) => (
          <li key={edit.id} id={editAnchor(edit.id)}>
            <EditCard edit={edit} headingLevel={2}>
              {edit.status === 'PROPOSED' && (
                <ReviewActions editId={edit.id} authorId={edit.author.id} summary={edit.summary} onDone={again} />
              )}
              {edit.status === 'APPROVED' && (
                <RevertAction editId={edit.id} summary={edit.summary} kind={edit.kind} onDone={again} />
              )}
            </EditCard>
          </li>
        ))}
      </ol>
      {data?.edits.pageInfo.hasNextPage && data.edits.pageInfo.endCursor && (
        <p>
          <Link to={`${tabPath(status)}&etter=${encodeURIComponent(data.edits.pageInfo.endCursor)}`}>
            {t('review.next')}
          </Link>
        </p>
      )}
    </article>
  );
}

/** The proposed edits on this page that rest on an uploaded document, per document (not the reviewer's own). */
function uploadedDocuments(
  edits: readonly {
    id: string;
    author: { id: string };
    source?: {
      document: {
        id: string;
        name: string;
        sha256?: string | null;
        reviewableEdits: number;
        reviewableEditsBlockedBy: DocumentEdits['blockedBy'];
      };
    } | null;
  }[],
  me: string,
): DocumentEdits[] {
  const groups = new Map<string, DocumentEdits>();
  for (const edit of edits) {
    const document = edit.source?.document;
    if (!document?.sha256 || edit.author.id === me) continue;
    if (!groups.has(document.id)) {
      groups.set(document.id, {
        documentId: document.id,
        name: document.name,
        count: document.reviewableEdits,
        blockedBy: document.reviewableEditsBlockedBy,
      });
    }
  }
  return [...groups.values()];
}
