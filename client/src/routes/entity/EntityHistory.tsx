import { useQuery } from 'urql';
import { EditCard } from '../../components/edits/EditCard';
import { RevertAction } from '../../components/edits/RevertAction';
import { QueryState } from '../../components/QueryState';
import { graphql } from '../../generated/gql';
import { useI18n } from '../../i18n/use-i18n';
import { EDITS_CONTEXT } from '../../lib/edits';

const EntityHistoryQuery = graphql(`
  query EntityHistory($id: ID!) {
    node(id: $id) {
      id
      ... on Entity {
        history {
          id
          kind
          status
          summary
          ...EditCard
        }
      }
    }
  }
`);

/**
 * The "Historikk" tab: every change that touched the entity, newest first, with its status, source, author and
 * reviewer; an editor can propose to undo an approved one ("Angre").
 */
export function EntityHistory({ id }: { id: string }) {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: EntityHistoryQuery,
    variables: { id },
    // An empty history holds no Edit: name the type, so that a new proposal or review refreshes it.
    context: EDITS_CONTEXT,
  });
  const history = data?.node && 'history' in data.node ? data.node.history : null;
  return (
    <section aria-labelledby="history" className="entity-history">
      <h2 id="history">{t('history.title')}</h2>
      <p className="hint">{t('history.intro')}</p>
      <QueryState fetching={fetching} error={error} />
      {history && history.length === 0 && <p>{t('history.empty')}</p>}
      {history && history.length > 0 && (
        <ol className="edit-list">
          {history.map((edit) => (
            <li key={edit.id}>
              <EditCard edit={edit}>
                {edit.status === 'APPROVED' && (
                  <RevertAction
                    editId={edit.id}
                    summary={edit.summary}
                    kind={edit.kind}
                    onDone={() => refetch({ requestPolicy: 'network-only' })}
                  />
                )}
              </EditCard>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
