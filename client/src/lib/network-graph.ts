import type { FragmentType } from '../generated';
import type { EntityKind, LinkType, SourcesCitationFragmentDoc } from '../generated/graphql';

// The graph the network view shows: the first neighbourhood plus every neighbourhood expanded since, merged by id.
// Pure functions, so merging and filtering are easy to reason about and cheap to recompute.

export interface GraphNode {
  id: string;
  name: string;
  kind: EntityKind;
}

export interface GraphLink {
  id: string;
  type: LinkType;
  label?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
  from: { id: string };
  to: { id: string };
  /** Shown by the Sources component, which reads them through its fragment. */
  citations: readonly FragmentType<typeof SourcesCitationFragmentDoc>[];
}

export interface NetworkGraph {
  nodes: ReadonlyMap<string, GraphNode>;
  links: ReadonlyMap<string, GraphLink>;
}

export interface Subgraph {
  nodes: readonly GraphNode[];
  links: readonly GraphLink[];
}

export const emptyGraph: NetworkGraph = { nodes: new Map(), links: new Map() };

/** The graph with a subgraph added; returns the same object when nothing is new (no needless re-render). */
export function mergeSubgraph(graph: NetworkGraph, subgraph: Subgraph): NetworkGraph {
  const fresh =
    subgraph.nodes.some((node) => !graph.nodes.has(node.id)) ||
    subgraph.links.some((link) => !graph.links.has(link.id));
  if (!fresh) return graph;
  const nodes = new Map(graph.nodes);
  for (const node of subgraph.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
  const links = new Map(graph.links);
  for (const link of subgraph.links) if (!links.has(link.id)) links.set(link.id, link);
  return { nodes, links };
}

export function graphFrom(subgraph: Subgraph): NetworkGraph {
  return mergeSubgraph(emptyGraph, subgraph);
}

export interface Visible {
  nodes: GraphNode[];
  links: GraphLink[];
}

/**
 * What the filters leave: nodes of a shown kind, links of a shown type between two shown nodes. A node left without
 * any shown link is hidden too (it would float alone, its reason to be there filtered away) — except the centre.
 */
export function visiblePart(
  graph: NetworkGraph,
  hiddenKinds: ReadonlySet<EntityKind>,
  hiddenTypes: ReadonlySet<LinkType>,
  centreId: string,
): Visible {
  const shownKind = (node: GraphNode | undefined) =>
    node !== undefined && (node.id === centreId || !hiddenKinds.has(node.kind));
  const links = [...graph.links.values()].filter(
    (link) =>
      !hiddenTypes.has(link.type) && shownKind(graph.nodes.get(link.from.id)) && shownKind(graph.nodes.get(link.to.id)),
  );
  const linked = new Set<string>([centreId]);
  for (const link of links) {
    linked.add(link.from.id);
    linked.add(link.to.id);
  }
  const nodes = [...graph.nodes.values()].filter((node) => linked.has(node.id) && shownKind(node));
  return { nodes, links };
}

/** How many links of each type the graph holds, for the filter's counts. */
export function countBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
