import { entitiesCount, entitiesPage, relationsById, rolesById, searchEntities } from '../cypher/index.js';
import { decodeCursor, encodeCursor, nodeTypeOfId } from '../domain/ids.js';
import { foldedWords, foldName } from '../domain/names.js';
import { badUserInput, notFound } from '../errors.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { toEntityRow, toRelationRow, toRoleRow } from '../graph/mapping.js';
import type { NodeRow } from '../graph/rows.js';
import type { Row } from '../graph/store.js';

const MAX_SEARCH = 100;
/** More words than a name has only make the search slower (every word is matched against every key). */
const MAX_SEARCH_WORDS = 24;
const MAX_PAGE = 200;

function checkFirst(first: number | null | undefined, fallback: number, max: number): number {
  const value = first ?? fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw badUserInput(`"first" must be a whole number from 1 to ${max}; it was ${value}.`, 'first');
  }
  return value;
}

export const Query: QueryResolvers = {
  async node(_parent, { id }, context) {
    const type = nodeTypeOfId(id);
    let row: NodeRow | null = null;
    if (type === null || type === 'Citation') {
      throw badUserInput(
        `"${id}" is not a Regiongraf id (ids look like municipality:froya or person:kari-froseth).`,
        'id',
      );
    }
    if (type === 'Entity') row = await context.loaders.entity.load(id);
    if (type === 'Role') {
      const [found] = await context.store.read(rolesById, { ids: [id] });
      row = found ? toRoleRow(found.role as Row) : null;
    }
    if (type === 'Relation') {
      const [found] = await context.store.read(relationsById, { ids: [id] });
      row = found ? toRelationRow(found.relation as Row) : null;
    }
    if (row === null) throw notFound(`Nothing in the graph has the id "${id}".`);
    return row;
  },

  async search(_parent, { text, kinds, first }, context) {
    const words = foldedWords(text);
    if (words.length === 0) {
      throw badUserInput('Type at least one letter or digit to search for.', 'text');
    }
    if (words.length > MAX_SEARCH_WORDS) {
      throw badUserInput(`Search with at most ${MAX_SEARCH_WORDS} words.`, 'text');
    }
    const limit = checkFirst(first, 20, MAX_SEARCH);
    const rows = await context.store.read(searchEntities, {
      folded: foldName(text),
      words,
      kinds: kinds && kinds.length > 0 ? kinds : null,
      first: limit,
    });
    return rows.map((row) => ({ entity: toEntityRow(row.entity as Row), score: Number(row.score) }));
  },

  async entities(_parent, { kinds, first, after }, context) {
    const limit = checkFirst(first, 50, MAX_PAGE);
    let afterName: string | null = null;
    let afterId: string | null = null;
    if (after !== null && after !== undefined) {
      const parts = decodeCursor(after, 2);
      if (parts === null)
        throw badUserInput('"after" is not a cursor from this API: pass an endCursor you received.', 'after');
      [afterName, afterId] = parts as [string, string];
    }
    const kindList = kinds && kinds.length > 0 ? kinds : null;
    const [page, [count]] = await Promise.all([
      context.store.read(entitiesPage, { kinds: kindList, afterName, afterId, limit: limit + 1 }),
      context.store.read(entitiesCount, { kinds: kindList }),
    ]);
    const nodes = page.slice(0, limit).map((row) => toEntityRow(row.entity as Row));
    return {
      edges: nodes.map((node) => ({ node, cursor: encodeCursor([node.name, node.id]) })),
      hasNextPage: page.length > limit,
      totalCount: Number(count?.total ?? 0),
    };
  },
};
