import type { Context } from '../context.js';
import type { EntityRow, KindedLink, LinkRow, NetworkData, SubgraphRow } from '../data/index.js';
import { MAX_PATH_HOPS } from '../data/network.js';
import { foldPath } from '../domain/links.js';
import { InputError, wholeNumberIn } from '../domain/page.js';
import { NETWORK_KINDS } from '../domain/vocabulary.js';
import { notFound } from '../errors.js';
import type {
  CommonGroundResolvers,
  LinkResolvers,
  PathResolvers,
  QueryResolvers,
  SharedNeighbourResolvers,
  SubgraphResolvers,
} from '../generated/graphql.js';
import { citationsOf, existing, listArgument, required } from './fields.js';

// schema/network.graphql: the neighbourhood of an entity, shortest paths, what two entities have in common.

async function entityOrNotFound(id: string, context: Context): Promise<EntityRow> {
  const row = await context.data.entities.byId.load(id);
  if (row === null) throw notFound(`Nothing in the graph has the id "${id}".`);
  return row;
}

/**
 * The picture around `id`: up to `hops` links out, through links of the wanted types to entities of the wanted
 * kinds (the centre is always kept), at most `maxNodes` entities. One read per hop, for the whole frontier.
 */
export async function neighbourhood(
  linksOf: NetworkData['linksOf'],
  query: {
    id: string;
    hops: number;
    maxNodes: number;
    kinds: readonly string[] | null;
    types: readonly string[] | null;
    asOf: string | null;
  },
): Promise<SubgraphRow> {
  const { id, hops, maxNodes, kinds, types, asOf } = query;
  const keepKind = (kind: string) => !kinds || kinds.length === 0 || kinds.includes(kind);
  const keepType = (type: string) => !types || types.length === 0 || types.includes(type);
  const nodes = new Set([id]);
  const links = new Map<string, LinkRow>();
  let frontier = [id];
  let truncated = false;
  for (let hop = 0; hop < hops && frontier.length > 0 && !truncated; hop++) {
    const next: string[] = [];
    for (const { ownerId, link } of await linksOf(frontier, asOf)) {
      if (!keepType(link.type)) continue;
      const [otherId, otherKind] = link.fromId === ownerId ? [link.toId, link.toKind] : [link.fromId, link.fromKind];
      if (!keepKind(otherKind) && otherId !== id) continue;
      if (!nodes.has(otherId)) {
        if (nodes.size >= maxNodes) {
          truncated = true;
          continue;
        }
        nodes.add(otherId);
        next.push(otherId);
      }
      const { fromKind: _fromKind, toKind: _toKind, ...plain } = link;
      links.set(plain.id, plain);
    }
    frontier = next;
  }
  // Links among nodes reached on the last hop are included too, when both ends are in the picture.
  return {
    nodeIds: [...nodes],
    links: [...links.values()].filter((link) => nodes.has(link.fromId) && nodes.has(link.toId)),
    truncated,
  };
}

/** The entities both `a` and `b` are linked to, with the links from each. */
export function sharedNeighbours(a: string, b: string, links: { ownerId: string; link: KindedLink }[]) {
  const neighbours = new Map<string, { viaA: LinkRow[]; viaB: LinkRow[] }>();
  for (const { ownerId, link } of links) {
    const other = link.fromId === ownerId ? link.toId : link.fromId;
    if (other === a || other === b) continue;
    const entry = neighbours.get(other) ?? { viaA: [], viaB: [] };
    (ownerId === a ? entry.viaA : entry.viaB).push(link);
    neighbours.set(other, entry);
  }
  return [...neighbours.entries()]
    .filter(([, entry]) => entry.viaA.length > 0 && entry.viaB.length > 0)
    .map(([entityId, entry]) => ({ entityId, ...entry }));
}

export const networkQueries: Pick<QueryResolvers, 'neighbourhood' | 'paths' | 'commonGround'> = {
  async neighbourhood(_parent, { id, hops, kinds, types, asOf, limit }, context) {
    const depth = wholeNumberIn('hops', hops, 1, 1, 3);
    const maxNodes = wholeNumberIn('limit', limit, 300, 1, 2000);
    await entityOrNotFound(id, context);
    return neighbourhood(context.data.network.linksOf, {
      id,
      hops: depth,
      maxNodes,
      kinds: listArgument(kinds) ?? [...NETWORK_KINDS],
      types: types ?? null,
      asOf: asOf ?? null,
    });
  },

  async paths(_parent, { from, to, maxHops, kinds, first }, context) {
    const hops = wholeNumberIn('maxHops', maxHops, 4, 1, MAX_PATH_HOPS);
    const limit = wholeNumberIn('first', first, 5, 1, 50);
    if (from === to) throw new InputError('Pick two different entities to connect.', 'to');
    await Promise.all([entityOrNotFound(from, context), entityOrNotFound(to, context)]);
    const rows = await context.data.network.paths({
      from,
      to,
      hops,
      kinds: listArgument(kinds) ?? [...NETWORK_KINDS],
      first: limit,
    });
    const seen = new Set<string>();
    const paths = [];
    for (const row of rows) {
      const path = foldPath(row.nodes, row.relationships);
      if (path.links.length > hops) continue;
      const key = path.links.map((link) => link.id).join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      paths.push(path);
    }
    return paths.sort((a, b) => a.links.length - b.links.length);
  },

  async commonGround(_parent, { a, b, asOf }, context) {
    if (a === b) throw new InputError('Pick two different entities to compare.', 'b');
    const [first, second] = await Promise.all([context.data.entities.byId.load(a), context.data.entities.byId.load(b)]);
    if (!first) throw notFound(`Nothing in the graph has the id "${a}".`);
    if (!second) throw notFound(`Nothing in the graph has the id "${b}".`);
    const links = await context.data.network.linksOf([a, b], asOf ?? null);
    return { aId: a, bId: b, shared: sharedNeighbours(a, b, links) };
  },
};

export const Link: LinkResolvers = {
  from: (link, _args, context) => required(link.fromId, context),
  to: (link, _args, context) => required(link.toId, context),
  citations: (link, _args, context) => citationsOf(link.citationIds, context),
};

export const Subgraph: SubgraphResolvers = {
  nodes: (subgraph, _args, context) => existing(subgraph.nodeIds, context),
};

export const Path: PathResolvers = {
  nodes: (path, _args, context) => Promise.all(path.entityIds.map((id) => required(id, context))),
};

export const CommonGround: CommonGroundResolvers = {
  a: (row, _args, context) => required(row.aId, context),
  b: (row, _args, context) => required(row.bId, context),
};

export const SharedNeighbour: SharedNeighbourResolvers = {
  entity: (row, _args, context) => required(row.entityId, context),
};
