import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { EntityPicker } from '../components/graph/EntityPicker';
import { GraphCanvas, type Selection } from '../components/graph/GraphCanvas';
import { GraphLegend } from '../components/graph/GraphLegend';
import { GraphSidePanel } from '../components/graph/GraphSidePanel';
import { GraphTextAlternative } from '../components/graph/GraphTextAlternative';
import { LinkTypeFilter } from '../components/graph/LinkTypeFilter';
import { QueryState } from '../components/QueryState';
import { graphql } from '../generated/gql';
import type { EntityKind, LinkType } from '../generated/graphql';
import { useI18n } from '../i18n/use-i18n';
import { linkLabel as labelOfLink } from '../lib/link-label';
import {
  countBy,
  emptyGraph,
  type GraphLink,
  graphFrom,
  mergeSubgraph,
  type NetworkGraph,
  visiblePart,
} from '../lib/network-graph';
import { HOP_CHOICES, type NetworkView, readView, writeView } from '../lib/network-view';
import { useDocumentTitle } from '../lib/use-document-title';
import '../network.css';

// One document for the first picture and for every "expand": the neighbourhood of one entity.
const NeighbourhoodQuery = graphql(`
  query NetworkNeighbourhood($id: ID!, $hops: Int!) {
    neighbourhood(id: $id, hops: $hops, limit: 2000) {
      truncated
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

/** Where /nettverk starts when no entity is chosen: the regional council the whole graph is about. */
const DEFAULT_CENTRE = 'org:ipr-trondelag-sorvest';

export function NetworkPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const client = useClient();
  const { id: routeId } = useParams();
  const centreId = routeId ?? DEFAULT_CENTRE;
  // The saved view (docs/network.md): distance, filters, expansions and the choice live in the query string.
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => readView(params), [params]);
  const { hops, hiddenKinds, hiddenTypes } = view;
  const [{ data, fetching, error }] = useQuery({ query: NeighbourhoodQuery, variables: { id: centreId, hops } });

  const [graph, setGraph] = useState<NetworkGraph>(emptyGraph);
  const [anchorId, setAnchorId] = useState<string | null>(null);
  const [expanding, setExpanding] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [focusKey, setFocusKey] = useState(0);
  // On a phone the centre and distance fold under one button (network.css), so the picture starts higher.
  const [controlsOpen, setControlsOpen] = useState(false);
  const graphRef = useRef(graph);
  graphRef.current = graph;
  const viewRef = useRef(view);
  viewRef.current = view;

  const changeView = useCallback(
    (change: (view: NetworkView) => Partial<NetworkView>) => {
      const current = viewRef.current;
      setParams(writeView({ ...current, ...change(current) }), { replace: true });
    },
    [setParams],
  );
  const expanded = useMemo(() => new Set([centreId, ...view.expanded]), [centreId, view.expanded]);
  const selection: Selection = useMemo(() => {
    const id = view.selected;
    if (!id) return null;
    if (graph.nodes.has(id)) return { type: 'node', id };
    return graph.links.has(id) ? { type: 'link', id } : null;
  }, [view.selected, graph]);

  // A new centre or distance starts a new picture, with the expansions the URL names merged in before it is drawn
  // (one layout, not one per expansion).
  const subgraph = data?.neighbourhood;
  useEffect(() => {
    if (!subgraph?.nodes.some((node) => node.id === centreId)) return;
    let cancelled = false;
    const saved = viewRef.current.expanded.filter((id) => id !== centreId);
    Promise.all(saved.map((id) => client.query(NeighbourhoodQuery, { id, hops: 1 }).toPromise())).then((results) => {
      if (cancelled) return;
      let next = graphFrom(subgraph);
      for (const result of results) if (result.data) next = mergeSubgraph(next, result.data.neighbourhood);
      setGraph(next);
      setAnchorId(null);
      setMessage('');
    });
    return () => {
      cancelled = true;
    };
  }, [subgraph, centreId, client]);

  const linkLabel = useCallback((link: GraphLink) => labelOfLink(link, t), [t]);

  // A chosen node's neighbourhood is fetched at once, in the background: expanding it or making it the centre
  // then comes from urql's cache, without a round trip.
  const prefetch = useCallback(
    (id: string) => {
      client.query(NeighbourhoodQuery, { id, hops: 1 }).toPromise();
    },
    [client],
  );
  const onSelect = useCallback(
    (next: Selection, fromKeyboard = false) => {
      changeView(() => ({ selected: next?.id ?? null }));
      if (next?.type === 'node') prefetch(next.id);
      if (fromKeyboard) setFocusKey((key) => key + 1);
    },
    [changeView, prefetch],
  );

  const merge = useCallback(
    (id: string, neighbourhood: { nodes: readonly { id: string }[] } & Parameters<typeof mergeSubgraph>[1]) => {
      const name = graphRef.current.nodes.get(id)?.name ?? id;
      const fresh = neighbourhood.nodes.filter((node) => !graphRef.current.nodes.has(node.id)).length;
      setAnchorId(id);
      setGraph((current) => mergeSubgraph(current, neighbourhood));
      changeView((current) => ({
        expanded: current.expanded.includes(id) || id === centreId ? current.expanded : [...current.expanded, id],
        selected: id,
      }));
      setMessage(fresh > 0 ? t('network.expandResult', { count: fresh, name }) : t('network.expandNothing', { name }));
    },
    [t, changeView, centreId],
  );

  const expand = useCallback(
    async (id: string) => {
      if (expanding !== null) return;
      // Usually fetched already (see prefetch): then the picture grows in the same frame, with no "fetching" state.
      const cached = client.readQuery(NeighbourhoodQuery, { id, hops: 1 });
      if (cached?.data) {
        merge(id, cached.data.neighbourhood);
        return;
      }
      setExpanding(id);
      setMessage(t('network.expanding'));
      const result = await client.query(NeighbourhoodQuery, { id, hops: 1 }).toPromise();
      setExpanding(null);
      if (result.error || !result.data) {
        setMessage(t('network.expandError', { message: result.error?.message ?? '' }));
        return;
      }
      merge(id, result.data.neighbourhood);
    },
    [client, expanding, t, merge],
  );

  const visible = useMemo(
    () => visiblePart(graph, hiddenKinds, hiddenTypes, centreId),
    [graph, hiddenKinds, hiddenTypes, centreId],
  );
  const visibleNodeIds = useMemo(() => new Set(visible.nodes.map((node) => node.id)), [visible]);
  const visibleLinkIds = useMemo(() => new Set(visible.links.map((link) => link.id)), [visible]);
  const kindCounts = useMemo(() => countBy(graph.nodes.values(), (node) => node.kind), [graph]);
  const typeCounts = useMemo(() => countBy(graph.links.values(), (link) => link.type), [graph]);
  // A selection the filters have hidden is not shown, so the panel never describes what the picture does not show.
  const shownSelection =
    selection && (selection.type === 'node' ? visibleNodeIds : visibleLinkIds).has(selection.id) ? selection : null;

  const centre = graph.nodes.get(centreId);
  /** The link that makes another node the centre, keeping the distance and the filters (not the expansions). */
  const centreHref = (id: string) => {
    const query = writeView({ ...view, expanded: [], selected: null }).toString();
    return `/nettverk/${encodeURIComponent(id)}${query ? `?${query}` : ''}`;
  };
  const notFound = error?.graphQLErrors.some((item) => item.extensions?.code === 'NOT_FOUND');
  const hiddenCount = graph.nodes.size - visible.nodes.length;
  const heading = centre ? t('network.heading', { name: centre.name }) : t('network.headingPlain');
  // The tab names the centre ("Nettverk rundt Hitra – Regiongraf"), so that tabs and history tell networks apart.
  useDocumentTitle(heading);

  return (
    <div className="network-page">
      <h1>{heading}</h1>

      <button
        type="button"
        className="secondary network-controls-toggle"
        aria-expanded={controlsOpen}
        aria-controls="network-controls"
        onClick={() => setControlsOpen((open) => !open)}
      >
        {t('network.controlsToggle', {
          hops: hops === 1 ? t('network.hopsOne') : t('network.hopsMany', { count: hops }),
        })}
        <span aria-hidden="true">{controlsOpen ? '▴' : '▾'}</span>
      </button>
      <div id="network-controls" className={`network-controls${controlsOpen ? ' open' : ''}`}>
        <EntityPicker
          label={t('network.pickCentre')}
          value={centre ?? null}
          onChange={(entity) => {
            if (entity) navigate(centreHref(entity.id));
          }}
        />
        <fieldset className="hop-choice">
          <legend>{t('network.hops')}</legend>
          {HOP_CHOICES.map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="hops"
                value={value}
                checked={hops === value}
                onChange={() => changeView(() => ({ hops: value, expanded: [], selected: null }))}
              />
              {value === 1 ? t('network.hopsOne') : t('network.hopsMany', { count: value })}
            </label>
          ))}
        </fieldset>
      </div>

      {notFound ? (
        <p role="alert" className="error">
          {t('picker.notFound', { id: centreId })}
        </p>
      ) : (
        <QueryState fetching={fetching && graph.nodes.size === 0} error={error} />
      )}
      {fetching && graph.nodes.size > 0 && (
        <p role="status" className="loading">
          {t('state.loading')}
        </p>
      )}

      {graph.nodes.size > 0 && !error && (
        <>
          <p className="network-status" role="status">
            {t('network.counts', { nodes: visible.nodes.length, links: visible.links.length })}{' '}
            {hiddenCount > 0 && t('network.hidden', { count: hiddenCount })} {message}
          </p>
          {subgraph?.truncated && <p className="notice">{t('network.truncated')}</p>}
          {graph.nodes.size === 1 && <p className="notice">{t('network.isolated', { name: centre?.name ?? '' })}</p>}
          {graph.nodes.size > 1 && visible.nodes.length <= 1 && <p className="notice">{t('network.empty')}</p>}

          <div className="network-main">
            <GraphCanvas
              graph={graph}
              visibleNodeIds={visibleNodeIds}
              visibleLinkIds={visibleLinkIds}
              centreId={centreId}
              anchorId={anchorId}
              selection={shownSelection}
              onSelect={onSelect}
              onExpand={expand}
              linkLabel={linkLabel}
              title={heading}
              label={t('network.canvasLabel', {
                name: centre?.name ?? '',
                nodes: visible.nodes.length,
                links: visible.links.length,
              })}
            />
            <GraphSidePanel
              graph={graph}
              visibleLinks={visible.links}
              selection={shownSelection}
              centreId={centreId}
              centreHref={centreHref}
              expanded={expanded}
              expanding={expanding}
              focusKey={focusKey}
              onSelect={onSelect}
              onExpand={expand}
              linkLabel={linkLabel}
            />
          </div>

          <div className="network-filters">
            <GraphLegend
              counts={kindCounts}
              hidden={hiddenKinds}
              onToggle={(kind: EntityKind, shown) =>
                changeView((current) => {
                  const next = new Set(current.hiddenKinds);
                  if (shown) next.delete(kind);
                  else next.add(kind);
                  return { hiddenKinds: next };
                })
              }
            />
            <LinkTypeFilter
              counts={typeCounts}
              hidden={hiddenTypes}
              onChange={(next: Set<LinkType>) => changeView(() => ({ hiddenTypes: next }))}
            />
          </div>
          <p className="intro">
            {t('network.intro')} {!routeId && t('network.defaultCentre')} {t('network.savedView')}
          </p>

          <GraphTextAlternative
            graph={graph}
            nodes={visible.nodes}
            links={visible.links}
            onSelect={onSelect}
            linkLabel={linkLabel}
          />
        </>
      )}
    </div>
  );
}
