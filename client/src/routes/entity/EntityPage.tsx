import { useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../components/QueryState';
import { RelationTable } from '../../components/RelationTable';
import { graphql } from '../../generated';
import { useI18n } from '../../i18n/use-i18n';
import { AsOfForm } from './AsOfForm';
import { DocumentQuotes } from './DocumentQuotes';
import { EntityDetails } from './EntityDetails';
import { EntityEvents } from './EntityEvents';
import { EntityFigures } from './EntityFigures';
import { EntityHeader } from './EntityHeader';
import { EntityLists } from './EntityLists';
import { EntityRoles } from './EntityRoles';
import { GrantTree } from './GrantTree';
import { MeetingParticipants } from './MeetingParticipants';

// The page is its query and its sections; each section asks for its own fields (its fragment, beside it), and
// `asOf` reaches every list that has a period.
const EntityPageQuery = graphql(`
  query EntityPage($id: ID!, $asOf: Date) {
    node(id: $id) {
      id
      ... on Entity {
        name
        ...EntityHeader
        ...EntityDetails
        ...GrantTree
        ...EntityRoles
        ...EntityLists
        ...DocumentQuotes
        ...MeetingParticipants
        ...EntityEvents
        ...EntityFigures
        relations(asOf: $asOf) {
          ...RelationTableRelation
        }
      }
    }
  }
`);

/** /entity/:id — one entity: what it is, its facts, roles and lists, every relation with its sources. */
export function EntityPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') || null;
  const [{ data, fetching, error }] = useQuery({ query: EntityPageQuery, variables: { id, asOf } });
  const entity = data?.node && 'name' in data.node ? data.node : null;

  const setAsOf = (value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set('asOf', value);
    else next.delete('asOf');
    setParams(next, { replace: true });
  };

  if (!entity) return <QueryState fetching={fetching} error={error} />;
  return (
    <article className="entity-page">
      <EntityHeader entity={entity} />
      <AsOfForm asOf={asOf} onChange={setAsOf} />
      <QueryState fetching={fetching} error={error} />
      <EntityDetails entity={entity} />
      <GrantTree entity={entity} />
      <MeetingParticipants entity={entity} />
      <EntityRoles entity={entity} asOf={asOf} />
      <EntityLists entity={entity} />
      <EntityFigures entity={entity} />
      <EntityEvents entity={entity} />
      <DocumentQuotes entity={entity} />
      <section aria-labelledby="relations">
        <h2 id="relations">{t('entity.allRelations')}</h2>
        <RelationTable selfId={entity.id} relations={entity.relations} />
      </section>
    </article>
  );
}
