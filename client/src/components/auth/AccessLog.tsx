import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../generated/gql';
import { useI18n } from '../../i18n/use-i18n';
import { QueryState } from '../QueryState';

const AccessLogQuery = graphql(`
  query AccessLog($after: String) {
    accessLog(first: 50, after: $after) {
      edges {
        cursor
        node {
          id
          at
          action
          username
          actor
          address
          detail
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** One page of the access log; "show older" follows the cursor. */
function AccessLogPage({
  after,
  last,
  onMore,
}: {
  after: string | null;
  last: boolean;
  onMore: (cursor: string) => void;
}) {
  const { t } = useI18n();
  const [{ data, fetching, error }] = useQuery({
    query: AccessLogQuery,
    variables: { after },
    requestPolicy: 'network-only',
  });
  const page = data?.accessLog;
  return (
    <>
      <QueryState fetching={fetching} error={error} />
      {page?.edges.map(({ node }) => (
        <tr key={node.id}>
          <td>{node.at.slice(0, 19).replace('T', ' ')}</td>
          <td>{t(`log.${node.action}`)}</td>
          <td>{node.username}</td>
          <td>{node.actor}</td>
          <td>{node.address}</td>
          <td>{node.detail}</td>
        </tr>
      ))}
      {last && page?.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
        <tr>
          <td colSpan={6}>
            <button type="button" onClick={() => onMore(page.pageInfo.endCursor as string)}>
              {t('admin.logMore')}
            </button>
          </td>
        </tr>
      ) : null}
    </>
  );
}

/** The access log, newest first (admins). */
export function AccessLog() {
  const { t } = useI18n();
  const [pages, setPages] = useState<(string | null)[]>([null]);
  return (
    <table className="access-log">
      <thead>
        <tr>
          <th scope="col">{t('admin.logAt')}</th>
          <th scope="col">{t('admin.logAction')}</th>
          <th scope="col">{t('admin.logUser')}</th>
          <th scope="col">{t('admin.logActor')}</th>
          <th scope="col">{t('admin.logAddress')}</th>
          <th scope="col">{t('admin.logDetail')}</th>
        </tr>
      </thead>
      <tbody>
        {pages.map((after, index) => (
          <AccessLogPage
            key={after ?? 'first'}
            after={after}
            last={index === pages.length - 1}
            onMore={(cursor) => setPages([...pages, cursor])}
          />
        ))}
      </tbody>
    </table>
  );
}
