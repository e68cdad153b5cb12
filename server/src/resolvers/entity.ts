import type { NodeRow } from '../data/index.js';
import { nodeTypeOfId } from '../domain/ids.js';
import { foldedWords, foldName } from '../domain/names.js';
import { encodeCursor, InputError, keysetPage, pageInfo, wholeNumberIn } from '../domain/page.js';
import { roleStatus } from '../domain/seats.js';
import { notFound } from '../errors.js';
import type {
  EntityConnectionResolvers,
  EntityResolvers,
  NodeResolvers,
  QueryResolvers,
  RelationResolvers,
  SearchHitResolvers,
} from '../generated/graphql.js';
import { seesProposals } from './edits.js';
import { citationsOf, factEditFields, listArgument, required, typenameOfEntity } from './fields.js';

// schema/entity.graphql: node lookup, search, entity pages, the Node and Entity interfaces, relationships.

const MAX_SEARCH = 100;
/** More words than a name has only make the search slower (every word is matched against every key). */
const MAX_SEARCH_WORDS = 24;
const MAX_PAGE = 200;

export const entityQueries: Pick<QueryResolvers, 'node' | 'search' | 'entities'> = {
  async node(_parent, { id }, context) {
    const type = nodeTypeOfId(id);
    if (type === null || type === 'Citation') {
      throw new InputError(
        `"${id}" is not a Regiongraf id (ids look like municipality:froya or person:kari-froseth).`,
        'id',
      );
    }
    let row: NodeRow | null = null;
    if (type === 'Entity') {
      row = await context.data.entities.byId.load(id);
      // A merged entity's id leads to the entity it was merged into (docs/edits.md, merging).
      if (row === null) {
        const to = await context.data.edits.redirectOf(id);
        if (to !== null) row = await context.data.entities.byId.load(to);
      }
    }
    if (type === 'Role') row = await context.data.roles.byId(id);
    if (type === 'Post') row = await context.data.roles.post.load(id);
    if (type === 'Relation') row = await context.data.relations.byId(id);
    if (type === 'Edit') {
      // A proposal or a rejection is not part of what readers see: only the review queue's readers find it.
      const edit = await context.data.edits.byId.load(id);
      row = edit && (seesProposals(context) || edit.status === 'APPROVED' || edit.status === 'REVERTED') ? edit : null;
    }
    if (row === null) throw notFound(`Nothing in the graph has the id "${id}".`);
    return row;
  },

  async search(_parent, { text, kinds, first }, context) {
    const words = foldedWords(text);
    if (words.length === 0) throw new InputError('Type at least one letter or digit to search for.', 'text');
    if (words.length > MAX_SEARCH_WORDS) throw new InputError(`Search with at most ${MAX_SEARCH_WORDS} words.`, 'text');
    const limit = wholeNumberIn('first', first, 20, 1, MAX_SEARCH);
    return context.data.entities.search({
      folded: foldName(text),
      words,
      kinds: listArgument(kinds),
      first: limit,
      today: todayIso(),
    });
  },

  async entities(_parent, { kinds, first, after }, context) {
    const page = keysetPage(first, after, 2, MAX_PAGE);
    const kindList = listArgument(kinds);
    const [rows, totalCount] = await Promise.all([
      context.data.entities.page(kindList, page.after as [string, string] | null, page.limit + 1),
      context.data.entities.count(kindList),
    ]);
    const nodes = rows.slice(0, page.limit);
    return {
      edges: nodes.map((node) => ({ node, cursor: encodeCursor([node.name, node.id]) })),
      hasNextPage: rows.length > page.limit,
      totalCount,
    };
  },
};

type AnyTypename = ReturnType<NonNullable<NodeResolvers['__resolveType']>>;

export const Node: NodeResolvers = {
  __resolveType: (row) => {
    if (row.nodeType === 'Role') return 'Role';
    if (row.nodeType === 'Post') return 'Post';
    if (row.nodeType === 'Relation') return 'Relation';
    if (row.nodeType === 'Edit') return 'Edit';
    return typenameOfEntity(row) as AnyTypename;
  },
};

export const Entity: EntityResolvers = {
  __resolveType: (row) => typenameOfEntity(row),
};

export const EntityConnection: EntityConnectionResolvers = { pageInfo };

const todayIso = () => new Date().toISOString().slice(0, 10);

export const SearchHit: SearchHitResolvers = {
  async seat(hit, _args, context) {
    if (hit.seat) return hit.seat;
    if (hit.entity.kind !== 'PERSON') return null;
    // As the person's page lists them: an office in a municipality first (ordfører, kommunedirektør), then a seat
    // held today before one last confirmed, then the one started last; of two started the same day, the same one on
    // both engines (by id), whatever order the database lists them in.
    const today = todayIso();
    const seats = await context.data.roles.list('ofPerson', today).load(hit.entity.id);
    const rank = (seat: (typeof seats)[number]) =>
      (seat.heldInKind === 'MUNICIPALITY' ? 2 : 0) + (roleStatus(seat, today) === 'HELD' ? 1 : 0);
    return (
      [...seats].sort(
        (a, b) => rank(b) - rank(a) || (b.validFrom ?? '').localeCompare(a.validFrom ?? '') || (a.id < b.id ? -1 : 1),
      )[0] ?? null
    );
  },
};

export const Relation: RelationResolvers = {
  ...factEditFields,
  from: (relation, _args, context) => required(relation.fromId, context),
  to: (relation, _args, context) => required(relation.toId, context),
  citations: (relation, _args, context) => citationsOf(relation.citationIds, context),
};
