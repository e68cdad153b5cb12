import { Navigate, useLocation, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { AddGrantForm } from '../../components/edits/AddGrantForm';
import { AddRelationForm } from '../../components/edits/AddRelationForm';
import { ProposeChange } from '../../components/edits/ProposeChange';
import { today } from '../../components/entity/RoleEvidence';
import { NotFound } from '../../components/NotFound';
import { PageSkeleton } from '../../components/PageSkeleton';
import { PeriodLegend } from '../../components/Period';
import { QueryState } from '../../components/QueryState';
import { RelationTable } from '../../components/RelationTable';
import { Section } from '../../components/Section';
import { graphql } from '../../generated';
import { useI18n } from '../../i18n/use-i18n';
import { useEditRights } from '../../lib/auth';
import { entityPath } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { AsOfForm } from './AsOfForm';
import { DOCUMENT_TEXT_ID, DocumentReader } from './DocumentReader';
import { EntityDetails } from './EntityDetails';
import { EntityEvents } from './EntityEvents';
import { EntityFigures } from './EntityFigures';
import { EntityHeader } from './EntityHeader';
import { EntityHistory } from './EntityHistory';
import { EntityLists } from './EntityLists';
import { EntityRoles } from './EntityRoles';
import { EntitySummary } from './EntitySummary';
import { EntityTabs } from './EntityTabs';
import { GrantTree } from './GrantTree';
import { MeetingParticipants } from './MeetingParticipants';

// The kinds whose lists have periods: only their pages offer a day to show (a document, a grant, an event or a
// figure is what it is).
const DATED_KINDS = new Set<string>(['MUNICIPALITY', 'PERSON', 'ORGANIZATION', 'PROJECT', 'UNIVERSITY']);

// The page is its query and its sections; each section asks for its own fields (its fragment, beside it), and
// `asOf` reaches every list that has a period.
const EntityPageQuery = graphql(`
  query EntityPage($id: ID!, $asOf: Date) {
    node(id: $id) {
      id
      ... on Entity {
        name
        kind
        ...EntityHeader
        ...EntitySummary
        ...EntityDetails
        ...GrantTree
        ...EntityRoles
        ...EntityLists
        ...DocumentReader
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

/**
 * /entity/:id — one entity: what it is, its facts, roles and lists, every relation with its sources; and
 * /entity/:id/historikk, the changes that touched it. The id of an entity merged into another leads to the one kept.
 */
export function EntityPage({ tab = 'overview' }: { tab?: 'overview' | 'history' }) {
  const { t } = useI18n();
  const { canPropose } = useEditRights();
  const { id = '' } = useParams();
  const location = useLocation();
  const mergedFrom = (location.state as { mergedFrom?: string } | null)?.mergedFrom ?? null;
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') || null;
  const [{ data, fetching, error, operation }, reexecute] = useQuery({
    query: EntityPageQuery,
    variables: { id, asOf },
  });
  // While another entity's page loads, the answer at hand is still the previous one's: never shown under the new
  // address (a skeleton is), whereas a new day for the same entity keeps its page in place.
  const current = operation?.variables.id === id;
  const entity = current && data?.node && 'name' in data.node ? data.node : null;
  useDocumentTitle(entity?.name ?? null);
  const retry = () => reexecute({ requestPolicy: 'network-only' });

  const setAsOf = (value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set('asOf', value);
    else next.delete('asOf');
    setParams(next, { replace: true });
  };

  if (!entity) {
    if (current && error) return <QueryState fetching={fetching} error={error} retry={retry} notFoundId={id} />;
    // An id that names no entity (a role's, a seat's): the graph has no page for it.
    if (current && !fetching && data) return <NotFound id={id} />;
    return <PageSkeleton />;
  }
  // A merged entity's id answers with the entity it was merged into: its page is the kept one's address.
  // (Only for an answer to this id: while the next page loads, the data is still the previous entity's.)
  if (entity.id !== id && operation?.variables.id === id && !fetching) {
    const rest = tab === 'history' ? '/historikk' : '';
    return (
      <Navigate
        replace
        to={`${entityPath(entity.id)}${rest}${location.search}`}
        state={{ mergedFrom: mergedFrom ?? id }}
      />
    );
  }
  const header = (
    <>
      <EntityHeader entity={entity} />
      {mergedFrom && (
        <p role="status" className="merged-notice">
          {t('merge.redirected', { name: entity.name })}
        </p>
      )}
      <EntityTabs id={entity.id} tab={tab} />
    </>
  );
  const self = { id: entity.id, name: entity.name, kind: entity.kind };
  if (tab === 'history') {
    return (
      <article className="entity-page">
        {header}
        <EntityHistory id={entity.id} />
      </article>
    );
  }
  return (
    <article className="entity-page">
      {header}
      {self.kind === 'DOCUMENT' && (
        <p>
          <a className="reader-skip" href={`#${DOCUMENT_TEXT_ID}`}>
            {t('reader.skip')}
          </a>
        </p>
      )}
      <EntitySummary entity={entity} day={asOf ?? today()} />
      {DATED_KINDS.has(self.kind) && <AsOfForm asOf={asOf} onChange={setAsOf} />}
      <QueryState fetching={fetching} error={error} retry={retry} />
      <PeriodLegend />
      <EntityDetails entity={entity} />
      <GrantTree entity={entity} />
      <MeetingParticipants entity={entity} />
      <EntityRoles entity={entity} asOf={asOf} />
      <EntityLists entity={entity} />
      {(self.kind === 'FUNDER' || self.kind === 'PROJECT') && (
        <ProposeChange label={t('grantForm.propose')}>
          <AddGrantForm {...(self.kind === 'FUNDER' ? { funder: self } : { recipient: self })} />
        </ProposeChange>
      )}
      <EntityFigures entity={entity} />
      <EntityEvents entity={entity} />
      <DocumentReader entity={entity} />
      {/* Everything again with its sources, for checking: folded for a reader, below what the page is for; open for
          an editor, whose work on the connections (propose, correct, end) is there. */}
      <Section id="relations" title={t('entity.allRelations')} count={entity.relations.length} open={canPropose}>
        {(self.kind === 'ORGANIZATION' || self.kind === 'PROJECT') && (
          <ProposeChange label={t('relationForm.propose')}>
            <AddRelationForm self={self} />
          </ProposeChange>
        )}
        <RelationTable selfId={entity.id} relations={entity.relations} />
      </Section>
    </article>
  );
}
