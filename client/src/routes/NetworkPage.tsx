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
const HOP_CHOICES = [1, 2, 3] as const;

function hopsFrom(value: string | null): number {
  const hops = Number(value);
  return HOP_CHOICES.includes(hops as 1 | 2 | 3) ? hops : 1;
}

export function NetworkPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const client = useClient();
  const { id: routeId } = useParams();
  const centreId = routeId ?? DEFAULT_CENTRE;
  const [params, setParams] = useSearchParams();
  const hops = hopsFrom(params.get('steg'));
  const [{ data, fetching, error }] = useQuery({ query: NeighbourhoodQuery, variables: { id: centreId, hops } });

  const [graph, setGraph] = useState<NetworkGraph>(emptyGraph);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [anchorId, setAnchorId] = useState<string | null>(null);
  const [expanding, setExpanding] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [selection, setSelection] = useState<Selection>(null);
  const [focusKey, setFocusKey] = useState(0);
  const [hiddenKinds, setHiddenKinds] = useState<ReadonlySet<EntityKind>>(new Set());
  const [hiddenTypes, setHiddenTypes] = useState<ReadonlySet<LinkType>>(new Set());
  const graphRef = useRef(graph);
  graphRef.current = graph;

  // A new centre or distance starts a new picture; expansions belong to the old one.
  const subgraph = data?.neighbourhood;
  useEffect(() => {
    if (!subgraph?.nodes.some((node) => node.id === centreId)) return;
    setGraph(graphFrom(subgraph));
    setExpanded(new Set([centreId]));
    setAnchorId(null);
    setSelection(null);
    setMessage('');
  }, [subgraph, centreId]);

  const linkLabel = useCallback((link: GraphLink) => labelOfLink(link, t), [t]);

  const onSelect = useCallback((next: Selection, fromKeyboard = false) => {
    setSelection(next);
    if (fromKeyboard) setFocusKey((key) => key + 1);
  }, []);

  const expand = useCallback(
    async (id: string) => {
      if (expanding !== null) return;
      const name = graphRef.current.nodes.get(id)?.name ?? id;
      setExpanding(id);
      setMessage(t('network.expanding'));
      const result = await client.query(NeighbourhoodQuery, { id, hops: 1 }).toPromise();
      setExpanding(null);
      if (result.error || !result.data) {
        setMessage(t('network.expandError', { message: result.error?.message ?? '' }));
        return;
      }
      const fresh = result.data.neighbourhood.nodes.filter((node) => !graphRef.current.nodes.has(node.id)).length;
      setAnchorId(id);
      setGraph((current) => mergeSubgraph(current, result.data?.neighbourhood ?? { nodes: [], links: [] }));
      setExpanded((current) => new Set(current).add(id));
      setSelection({ type: 'node', id });
      setMessage(fresh > 0 ? t('network.expandResult', { count: fresh, name }) : t('network.expandNothing', { name }));
    },
    [client, expanding, t],
  );

  const visible = useMemo(
    () => visiblePart(graph, hiddenKinds, hiddenTypes, centreId),
    [graph, hiddenKinds, hiddenTypes, centreId],
  );
  const visibleNodeIds = useMemo(() => new Set(visible.nodes.map((node) => node.id)), [visible]);
  const visibleLinkIds = useMemo(() => new Set(visible.links.map((link) => link.id)), [visible]);
  const kindCounts = useMemo(() => countBy(graph.nodes.values(), (node) => node.kind), [graph]);
  const typeCounts = useMemo(() => countBy(graph.links.values(), (link) => link.type), [graph]);

  // A selection the filters have hidden is dropped, so the panel never describes what the picture does not show.
  useEffect(() => {
    if (!selection) return;
    const shown = selection.type === 'node' ? visibleNodeIds.has(selection.id) : visibleLinkIds.has(selection.id);
    if (!shown) setSelection(null);
  }, [selection, visibleNodeIds, visibleLinkIds]);

  const centre = graph.nodes.get(centreId);
  const setHops = (value: number) => {
    const next = new URLSearchParams(params);
    next.set('steg', String(value));
    setParams(next, { replace: true });
  };
  const notFound = error?.graphQLErrors.some((item) => item.extensions?.code === 'NOT_FOUND');
  const hiddenCount = graph.nodes.size - visible.nodes.length;

  return (
    <div className="network-page">
      <h1>{centre ? t('network.heading', { name: centre.name }) : t('network.headingPlain')}</h1>
      <p className="intro">
        {t('network.intro')} {!routeId && t('network.defaultCentre')}
      </p>

      <div className="network-controls">
        <EntityPicker
          label={t('network.pickCentre')}
          value={centre ?? null}
          onChange={(entity) => {
            if (entity) navigate(`/nettverk/${encodeURIComponent(entity.id)}${hops > 1 ? `?steg=${hops}` : ''}`);
          }}
        />
        <fieldset className="hop-choice">
          <legend>{t('network.hops')}</legend>
          {HOP_CHOICES.map((value) => (
            <label key={value}>
              <input type="radio" name="hops" value={value} checked={hops === value} onChange={() => setHops(value)} />
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
          <div className="network-filters">
            <GraphLegend
              counts={kindCounts}
              hidden={hiddenKinds}
              onToggle={(kind, shown) =>
                setHiddenKinds((current) => {
                  const next = new Set(current);
                  if (shown) next.delete(kind);
                  else next.add(kind);
                  return next;
                })
              }
            />
            <LinkTypeFilter counts={typeCounts} hidden={hiddenTypes} onChange={setHiddenTypes} />
          </div>

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
              selection={selection}
              onSelect={onSelect}
              onExpand={expand}
              linkLabel={linkLabel}
              label={t('network.canvasLabel', {
                name: centre?.name ?? '',
                nodes: visible.nodes.length,
                links: visible.links.length,
              })}
            />
            <GraphSidePanel
              graph={graph}
              visibleLinks={visible.links}
              selection={selection}
              centreId={centreId}
              expanded={expanded}
              expanding={expanding}
              focusKey={focusKey}
              onSelect={onSelect}
              onExpand={expand}
              linkLabel={linkLabel}
            />
          </div>

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
