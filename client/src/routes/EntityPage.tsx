import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { EntityList } from '../components/entity/EntityList';
import { groupRoles, RoleGroups } from '../components/entity/RoleGroups';
import { Timeline } from '../components/entity/Timeline';
import { KindBadge } from '../components/KindBadge';
import { QueryState } from '../components/QueryState';
import { RelationTable } from '../components/RelationTable';
import { Sources } from '../components/Sources';
import { graphql } from '../generated/gql';
import type { EntityKind, EntityPageQuery } from '../generated/graphql';
import type { MessageKey } from '../i18n/messages';
import { useI18n } from '../i18n/use-i18n';
import { networkPath } from '../lib/paths';

graphql(`
  fragment CitationFields on Citation {
    quote
    document {
      id
      name
    }
  }
`);

graphql(`
  fragment RoleFields on Role {
    id
    title
    share
    validFrom
    validTo
    periodStated
    person {
      id
      name
    }
    heldIn {
      id
      name
      kind
    }
    onBehalfOf {
      id
      name
    }
    representing {
      id
      name
      kind
    }
    citations {
      ...CitationFields
    }
  }
`);

graphql(`
  fragment ListedEntity on Entity {
    id
    name
    kind
  }
`);

graphql(`
  fragment RelationFields on Relation {
    id
    type
    as
    validFrom
    validTo
    from {
      id
      name
      kind
    }
    to {
      id
      name
      kind
    }
    citations {
      ...CitationFields
    }
  }
`);

const EntityPageQueryDocument = graphql(`
  query EntityPage($id: ID!, $asOf: Date) {
    node(id: $id) {
      id
      ... on Entity {
        name
        kind
        aliases
        citations {
          ...CitationFields
        }
        relations(asOf: $asOf) {
          ...RelationFields
        }
      }
      ... on Municipality {
        county
        representatives(asOf: $asOf) {
          ...RoleFields
        }
        memberOf(asOf: $asOf) {
          ...ListedEntity
        }
        projects(asOf: $asOf) {
          ...ListedEntity
        }
        areas(asOf: $asOf) {
          ...ListedEntity
        }
      }
      ... on Person {
        roles(asOf: $asOf) {
          ...RoleFields
        }
        meetings {
          ...ListedEntity
        }
      }
      ... on Organization {
        type
        description
        roles(asOf: $asOf) {
          ...RoleFields
        }
        members(asOf: $asOf) {
          ...ListedEntity
        }
        memberOf(asOf: $asOf) {
          ...ListedEntity
        }
        parents(asOf: $asOf) {
          ...ListedEntity
        }
        children(asOf: $asOf) {
          ...ListedEntity
        }
        meetings {
          ...ListedEntity
        }
        projects(asOf: $asOf) {
          ...ListedEntity
        }
        grantsReceived {
          ...ListedEntity
        }
        grantsGiven {
          ...ListedEntity
        }
      }
      ... on Project {
        type
        status
        description
        start
        end
        roles(asOf: $asOf) {
          ...RoleFields
        }
        participants(asOf: $asOf) {
          ...ListedEntity
        }
        partners(asOf: $asOf) {
          ...ListedEntity
        }
        responsible(asOf: $asOf) {
          ...ListedEntity
        }
        parents(asOf: $asOf) {
          ...ListedEntity
        }
        children(asOf: $asOf) {
          ...ListedEntity
        }
        grants {
          ...ListedEntity
        }
      }
      ... on University {
        type
        description
        roles(asOf: $asOf) {
          ...RoleFields
        }
        projects(asOf: $asOf) {
          ...ListedEntity
        }
        memberOf(asOf: $asOf) {
          ...ListedEntity
        }
      }
      ... on Funder {
        description
        grants {
          ...ListedEntity
        }
      }
      ... on Grant {
        amountNok
        year
        purpose
        description
        funder {
          ...ListedEntity
        }
        recipients {
          ...ListedEntity
        }
        decidedIn {
          ...ListedEntity
        }
      }
      ... on Meeting {
        date
        place
        description
        roles(asOf: $asOf) {
          ...RoleFields
        }
        organization {
          ...ListedEntity
        }
        cases {
          ...ListedEntity
        }
      }
      ... on Case {
        number
        title
        proposedDecision
        decision
        description
        roles(asOf: $asOf) {
          ...RoleFields
        }
        meeting {
          ...ListedEntity
        }
        concerns {
          ...ListedEntity
        }
      }
      ... on Document {
        type
        file
        date
        coversStart
        coversEnd
        quotes(first: 2000) {
          id
          quote
        }
      }
    }
  }
`);

type PageNode = NonNullable<EntityPageQuery['node']>;
type EntityNode = Extract<PageNode, { name: string }>;

const DETAIL_FIELDS = [
  'county',
  'type',
  'status',
  'number',
  'title',
  'date',
  'place',
  'start',
  'end',
  'amountNok',
  'year',
  'purpose',
  'description',
  'proposedDecision',
  'decision',
  'file',
] as const;

function Details({ node }: { node: EntityNode }) {
  const { t, formatNumber } = useI18n();
  const values = node as unknown as Record<string, unknown>;
  const rows: [string, string][] = [];
  for (const field of DETAIL_FIELDS) {
    const value = values[field];
    if (value === null || value === undefined || value === '') continue;
    rows.push([
      t(`field.${field}` as MessageKey),
      typeof value === 'number' && field === 'amountNok' ? formatNumber(value) : String(value),
    ]);
  }
  if (values.coversStart) rows.push([t('field.covers'), `${values.coversStart} – ${values.coversEnd}`]);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="details">
      <h2 id="details">{t('entity.details')}</h2>
      <dl className="details">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

type Listed = { id: string; name: string; kind: EntityKind };
const list = (node: EntityNode, field: string): Listed[] => {
  const value = (node as unknown as Record<string, unknown>)[field];
  if (Array.isArray(value)) return value as Listed[];
  return value ? [value as Listed] : [];
};

/** The kind-specific lists of an entity page: memberships, projects, members, cases, grants, ... */
function Lists({ node }: { node: EntityNode }) {
  const { t } = useI18n();
  const sections: [MessageKey, string][] = {
    MUNICIPALITY: [
      ['entity.memberOf', 'memberOf'],
      ['entity.projects', 'projects'],
      ['entity.areas', 'areas'],
    ],
    PERSON: [['entity.meetings', 'meetings']],
    ORGANIZATION: [
      ['entity.parents', 'parents'],
      ['entity.children', 'children'],
      ['entity.members', 'members'],
      ['entity.memberOf', 'memberOf'],
      ['entity.meetings', 'meetings'],
      ['entity.projects', 'projects'],
      ['entity.grants', 'grantsReceived'],
      ['entity.grantsGiven', 'grantsGiven'],
    ],
    PROJECT: [
      ['entity.parents', 'parents'],
      ['entity.children', 'children'],
      ['entity.responsible', 'responsible'],
      ['entity.participants', 'participants'],
      ['entity.partners', 'partners'],
      ['entity.grants', 'grants'],
    ],
    UNIVERSITY: [
      ['entity.projects', 'projects'],
      ['entity.memberOf', 'memberOf'],
    ],
    FUNDER: [['entity.grantsGiven', 'grants']],
    GRANT: [
      ['entity.funder', 'funder'],
      ['entity.recipients', 'recipients'],
      ['entity.decidedIn', 'decidedIn'],
    ],
    MEETING: [
      ['entity.parents', 'organization'],
      ['entity.cases', 'cases'],
    ],
    CASE: [
      ['entity.meeting', 'meeting'],
      ['entity.concerns', 'concerns'],
    ],
    DOCUMENT: [],
  }[node.kind] as [MessageKey, string][];
  const shown = sections.filter(([, field]) => list(node, field).length > 0);
  if (shown.length === 0) return null;
  return (
    <div className="entity-lists">
      {shown.map(([label, field]) => (
        <EntityList key={field} title={t(label)} items={list(node, field)} showKind />
      ))}
    </div>
  );
}

function Roles({ node }: { node: EntityNode }) {
  const { t } = useI18n();
  if ('representatives' in node) {
    const groups = groupRoles(node.representatives, (role) =>
      role.heldIn && role.heldIn.id !== node.id
        ? { key: role.heldIn.id, heading: { id: role.heldIn.id, name: role.heldIn.name } }
        : { key: '', heading: t('entity.ownOffices') },
    );
    return (
      <section aria-labelledby="roles">
        <h2 id="roles">{t('entity.byBody')}</h2>
        {groups.length === 0 ? <p>{t('entity.noRoles')}</p> : <RoleGroups groups={groups} show="person" />}
      </section>
    );
  }
  if (!('roles' in node)) return null;
  if (node.kind === 'PERSON') {
    return (
      <section aria-labelledby="roles">
        <h2 id="roles">{t('entity.timeline')}</h2>
        {node.roles.length === 0 ? <p>{t('entity.noRoles')}</p> : <Timeline roles={node.roles} />}
      </section>
    );
  }
  const groups = groupRoles(node.roles, (role) =>
    role.onBehalfOf
      ? { key: role.onBehalfOf.id, heading: { id: role.onBehalfOf.id, name: role.onBehalfOf.name } }
      : { key: '', heading: t('entity.otherRoles') },
  );
  return (
    <section aria-labelledby="roles">
      <h2 id="roles">{node.kind === 'ORGANIZATION' ? t('entity.membersByMunicipality') : t('entity.roles')}</h2>
      {groups.length === 0 ? <p>{t('entity.noRoles')}</p> : <RoleGroups groups={groups} show="person" />}
    </section>
  );
}

function Quotes({ node }: { node: EntityNode }) {
  const { t } = useI18n();
  if (!('quotes' in node) || node.quotes.length === 0) return null;
  return (
    <section aria-labelledby="quotes">
      <h2 id="quotes">{t('entity.quotes')}</h2>
      <ol className="quote-list">
        {node.quotes.map((quote) => (
          <li key={quote.id}>
            <blockquote>«{quote.quote}»</blockquote>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function EntityPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') || null;
  const [{ data, fetching, error }] = useQuery({ query: EntityPageQueryDocument, variables: { id, asOf } });
  const node = data?.node && 'name' in data.node ? (data.node as EntityNode) : null;

  const setAsOf = (value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set('asOf', value);
    else next.delete('asOf');
    setParams(next, { replace: true });
  };

  if (!node) return <QueryState fetching={fetching} error={error} />;
  return (
    <article className="entity-page">
      <header>
        <KindBadge kind={node.kind} />
        <h1>{node.name}</h1>
        {node.aliases.length > 0 && (
          <p className="aliases">
            {t('entity.aliases')}: {node.aliases.join(', ')}
          </p>
        )}
        <Sources citations={node.citations} />
        <p className="entity-actions">
          <Link to={networkPath(node.id)}>{t('entity.showInNetwork')}</Link>
          <Link to={`/forbindelse?fra=${encodeURIComponent(node.id)}`}>{t('entity.findConnection')}</Link>
        </p>
      </header>
      <form className="as-of" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="as-of">{t('entity.asOf')}</label>
        <input
          id="as-of"
          type="date"
          value={asOf ?? ''}
          onChange={(event) => setAsOf(event.target.value)}
          aria-describedby="as-of-hint"
        />
        <span id="as-of-hint" className="hint">
          {t('entity.asOfHint')}
        </span>
        {asOf && (
          <button type="button" onClick={() => setAsOf('')}>
            {t('entity.clearAsOf')}
          </button>
        )}
      </form>
      <QueryState fetching={fetching} error={error} />
      <Details node={node} />
      <Roles node={node} />
      <Lists node={node} />
      <Quotes node={node} />
      <section aria-labelledby="relations">
        <h2 id="relations">{t('entity.allRelations')}</h2>
        <RelationTable selfId={node.id} relations={node.relations} />
      </section>
    </article>
  );
}
