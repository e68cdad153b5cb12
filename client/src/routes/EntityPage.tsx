import { useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { KindBadge } from '../components/KindBadge';
import { QueryState } from '../components/QueryState';
import { RelationTable } from '../components/RelationTable';
import { RoleTable } from '../components/RoleTable';
import { Sources } from '../components/Sources';
import { graphql } from '../generated/gql';
import type { EntityPageQuery } from '../generated/graphql';
import type { MessageKey } from '../i18n/nb';
import { useI18n } from '../i18n/use-i18n';

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
    citations {
      ...CitationFields
    }
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
      }
      ... on Person {
        roles(asOf: $asOf) {
          ...RoleFields
        }
      }
      ... on Organization {
        type
        description
        roles(asOf: $asOf) {
          ...RoleFields
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
      }
      ... on University {
        type
        description
        roles(asOf: $asOf) {
          ...RoleFields
        }
      }
      ... on Funder {
        description
      }
      ... on Grant {
        amountNok
        year
        purpose
        description
      }
      ... on Meeting {
        date
        place
        description
        roles(asOf: $asOf) {
          ...RoleFields
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
      }
      ... on Document {
        type
        file
        date
        coversStart
        coversEnd
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
  const roles = 'representatives' in node ? node.representatives : 'roles' in node ? node.roles : null;
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
      {roles && (
        <section aria-labelledby="roles">
          <h2 id="roles">{node.kind === 'MUNICIPALITY' ? t('entity.representatives') : t('entity.roles')}</h2>
          <RoleTable
            roles={roles}
            caption={node.kind === 'MUNICIPALITY' ? t('entity.representatives') : t('entity.roles')}
            hide={node.kind === 'PERSON' ? 'person' : node.kind === 'MUNICIPALITY' ? undefined : 'in'}
          />
        </section>
      )}
      <section aria-labelledby="relations">
        <h2 id="relations">{t('entity.relations')}</h2>
        <RelationTable selfId={node.id} relations={node.relations} />
      </section>
    </article>
  );
}
