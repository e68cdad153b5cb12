import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { CommonGround } from '../components/graph/CommonGround';
import { ConnectionSentence } from '../components/graph/ConnectionSentence';
import { EntityPicker, type PickedEntity } from '../components/graph/EntityPicker';
import { PathDiagram } from '../components/graph/PathDiagram';
import { QueryState } from '../components/QueryState';
import { graphql } from '../generated/gql';
import { useI18n } from '../i18n/use-i18n';
import { distinctPaths } from '../lib/distinct-paths';
import '../network.css';
import '../connection.css';

const ConnectionEndQuery = graphql(`
  query ConnectionEnd($id: ID!) {
    node(id: $id) {
      id
      ... on Entity {
        name
        kind
      }
    }
  }
`);

const ConnectionPathsQuery = graphql(`
  query ConnectionPaths($from: ID!, $to: ID!, $maxHops: Int!) {
    paths(from: $from, to: $to, maxHops: $maxHops, first: 12) {
      nodes {
        id
        name
        kind
      }
      links {
        id
        type
        label
        validFrom
        validTo
        from {
          id
        }
        to {
          id
        }
        citations {
          ...SourcesCitation
        }
      }
    }
  }
`);

const DEFAULT_MAX_HOPS = 4;
// The API returns one path per sequence of links; several may pass through the same entities (two roles in one
// place). It is asked for more than are shown, so that the distinct ones still fill the list.
const SHOWN_PATHS = 5;
const MAX_HOPS_CHOICES = [1, 2, 3, 4, 5, 6] as const;

/** The entity an id in the URL names: known at once when it was just picked, otherwise asked for. */
function useEnd(id: string, known: ReadonlyMap<string, PickedEntity>) {
  const [{ data, error }] = useQuery({
    query: ConnectionEndQuery,
    variables: { id },
    pause: id === '' || known.has(id),
  });
  const node = data?.node && 'name' in data.node && data.node.id === id ? data.node : null;
  const entity: PickedEntity | null =
    known.get(id) ?? (node ? { id: node.id, name: node.name, kind: node.kind } : null);
  const notFound = id !== '' && error?.graphQLErrors.some((item) => item.extensions?.code === 'NOT_FOUND');
  return { entity, notFound, error: notFound ? undefined : error };
}

export function ConnectionPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const fromId = params.get('fra') ?? '';
  const toId = params.get('til') ?? '';
  const requested = Number(params.get('steg'));
  const maxHops = MAX_HOPS_CHOICES.includes(requested as 1) ? requested : DEFAULT_MAX_HOPS;
  const [known, setKnown] = useState<ReadonlyMap<string, PickedEntity>>(new Map());
  const from = useEnd(fromId, known);
  const to = useEnd(toId, known);
  const ready = fromId !== '' && toId !== '' && fromId !== toId;
  const [{ data, fetching, error }] = useQuery({
    query: ConnectionPathsQuery,
    variables: { from: fromId, to: toId, maxHops },
    pause: !ready,
  });

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next);
  };
  const pick = (key: 'fra' | 'til') => (entity: PickedEntity | null) => {
    if (entity) setKnown((current) => new Map(current).set(entity.id, entity));
    update({ [key]: entity?.id ?? null });
  };

  const paths = distinctPaths(data?.paths ?? [], SHOWN_PATHS);
  const shortest = paths[0]?.length ?? 0;
  const longest = paths[paths.length - 1]?.length ?? 0;
  const steps = (count: number) => (count === 1 ? t('connection.stepsOne') : t('connection.stepsMany', { count }));
  const found =
    paths.length === 1
      ? t('connection.foundOne', { steps: steps(shortest) })
      : shortest === longest
        ? t('connection.foundMany', { count: paths.length, steps: steps(shortest) })
        : t('connection.foundMixed', { count: paths.length, steps: steps(shortest) });

  return (
    <div className="connection-page">
      <h1>{t('connection.heading')}</h1>
      <p className="lead">{t('connection.intro')}</p>

      <form className="connection-form" onSubmit={(event) => event.preventDefault()}>
        <EntityPicker label={t('connection.from')} value={from.entity} onChange={pick('fra')} />
        <button
          type="button"
          className="secondary swap"
          onClick={() => update({ fra: toId, til: fromId })}
          disabled={fromId === '' && toId === ''}
        >
          <span aria-hidden="true">⇄ </span>
          {t('connection.swap')}
        </button>
        <EntityPicker label={t('connection.to')} value={to.entity} onChange={pick('til')} />
        <div className="max-hops">
          <label htmlFor="connection-max-hops">{t('connection.maxHops')}</label>
          <select
            id="connection-max-hops"
            value={maxHops}
            onChange={(event) =>
              update({ steg: event.target.value === String(DEFAULT_MAX_HOPS) ? null : event.target.value })
            }
          >
            {MAX_HOPS_CHOICES.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
      </form>

      {from.notFound && (
        <p role="alert" className="error">
          {t('picker.notFound', { id: fromId })}
        </p>
      )}
      {to.notFound && (
        <p role="alert" className="error">
          {t('picker.notFound', { id: toId })}
        </p>
      )}
      <QueryState fetching={false} error={from.error ?? to.error} />

      {!ready && fromId !== '' && fromId === toId && <p className="notice">{t('connection.same')}</p>}
      {!ready && (fromId === '' || toId === '') && <p className="notice">{t('connection.pickBoth')}</p>}

      {ready && !from.notFound && !to.notFound && (
        <section className="connection-results" aria-labelledby="connection-results-status">
          {fetching && (
            <p role="status" className="loading">
              {t('connection.searching')}
            </p>
          )}
          <QueryState fetching={false} error={error} />
          {!fetching && data && (
            <p id="connection-results-status" role="status" className={paths.length === 0 ? 'notice' : 'result-count'}>
              {paths.length === 0
                ? t('connection.none', {
                    steps: steps(maxHops),
                    from: from.entity?.name ?? fromId,
                    to: to.entity?.name ?? toId,
                  })
                : found}
            </p>
          )}
          {!fetching && data && paths.length === 0 && <p className="hint">{t('connection.noneHint')}</p>}
          <div className="connection-layout">
            <div className="connection-paths">
              {paths.map((path, index) => (
                <article key={path.key} className="path-card">
                  <h2>
                    {t('connection.path', { number: index + 1 })}{' '}
                    <span className="path-steps">({steps(path.length)})</span>
                  </h2>
                  <ConnectionSentence path={path} />
                  <PathDiagram nodes={path.nodes} steps={path.steps} />
                  <p className="path-actions">
                    <Link to={`/nettverk/${encodeURIComponent(fromId)}`}>
                      {t('connection.showInNetwork', { name: path.nodes[0]?.name ?? '' })}
                    </Link>
                  </p>
                </article>
              ))}
            </div>
            {from.entity && to.entity && <CommonGround a={from.entity} b={to.entity} />}
          </div>
        </section>
      )}
    </div>
  );
}
