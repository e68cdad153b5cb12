import type { Context } from '../context.js';
import { linksOfEntities, MAX_PATH_HOPS, pathsStatements } from '../cypher/index.js';
import { foldPath, type LinkRow, type PathNode, type PathRelationship } from '../domain/links.js';
import { badUserInput, notFound } from '../errors.js';
import type { LinkResolvers, PathResolvers, QueryResolvers, SubgraphResolvers } from '../generated/graphql.js';
import { toLinkRow } from '../graph/mapping.js';
import type { EntityRow } from '../graph/rows.js';
import type { Row } from '../graph/store.js';
import { required } from './person.js';
import { loadCitations } from './shared.js';

function checkRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(`"${name}" must be a whole number from ${min} to ${max}; it was ${value}.`, name);
  }
  return value;
}

async function entityOrNotFound(id: string, context: Context): Promise<EntityRow> {
  const row = await context.loaders.entity.load(id);
  if (row === null) throw notFound(`Nothing in the graph has the id "${id}".`);
  return row;
}

export const networkQueries: Pick<QueryResolvers, 'neighbourhood' | 'paths'> = {
  async neighbourhood(_parent, { id, hops, kinds, types, asOf, limit }, context) {
    const depth = checkRange('hops', hops ?? 1, 1, 3);
    const maxNodes = checkRange('limit', limit ?? 300, 1, 2000);
    await entityOrNotFound(id, context);
    const keepKind = (kind: string) => !kinds || kinds.length === 0 || (kinds as string[]).includes(kind);
    const keepType = (type: string) => !types || types.length === 0 || (types as string[]).includes(type);
    const nodes = new Set([id]);
    const links = new Map<string, LinkRow>();
    let frontier = [id];
    let truncated = false;
    // One statement per hop: the links of the whole frontier at once.
    for (let hop = 0; hop < depth && frontier.length > 0 && !truncated; hop++) {
      const rows = await context.store.read(linksOfEntities, { ids: frontier, asOf: asOf ?? null });
      const next: string[] = [];
      for (const row of rows) {
        const link = toLinkRow(row.link as Row);
        if (!keepType(link.type)) continue;
        const owner = String(row.ownerId);
        const [otherId, otherKind] = link.fromId === owner ? [link.toId, link.toKind] : [link.fromId, link.fromKind];
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
  },

  async paths(_parent, { from, to, maxHops, kinds, first }, context) {
    const hops = checkRange('maxHops', maxHops ?? 4, 1, MAX_PATH_HOPS);
    const limit = checkRange('first', first ?? 5, 1, 50);
    if (from === to) throw badUserInput('Pick two different entities to connect.', 'to');
    await Promise.all([entityOrNotFound(from, context), entityOrNotFound(to, context)]);
    const statement = pathsStatements.get(hops);
    if (!statement) throw badUserInput(`"maxHops" must be from 1 to ${MAX_PATH_HOPS}.`, 'maxHops');
    const rows = await context.store.read(statement, {
      from,
      to,
      kinds: kinds && kinds.length > 0 ? kinds : null,
      first: limit,
    });
    const seen = new Set<string>();
    const paths = [];
    for (const row of rows) {
      const path = foldPath(row.nodes as unknown as PathNode[], row.relationships as unknown as PathRelationship[]);
      if (path.links.length > hops) continue;
      const key = path.links.map((link) => link.id).join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      paths.push(path);
    }
    return paths.sort((a, b) => a.links.length - b.links.length);
  },
};

export const Link: LinkResolvers = {
  from: (link, _args, context) => required(link.fromId, (id) => context.loaders.entity.load(id)),
  to: (link, _args, context) => required(link.toId, (id) => context.loaders.entity.load(id)),
  citations: (link, _args, context) => loadCitations(link.citationIds, context),
};

export const Subgraph: SubgraphResolvers = {
  nodes: async (subgraph, _args, context) =>
    (await context.loaders.entity.loadMany(subgraph.nodeIds)).filter(
      (row): row is EntityRow => row !== null && !(row instanceof Error),
    ),
};

export const Path: PathResolvers = {
  nodes: async (path, _args, context) =>
    Promise.all(path.entityIds.map((id) => required(id, (entityId) => context.loaders.entity.load(entityId)))),
};
