import type { Context } from '../context.js';
import { type CitationRow, type EditActor, type EditUserRow, type EntityRow, proposedEntity } from '../data/index.js';
import { roleAllows } from '../domain/access.js';
import { nodeTypeOfId } from '../domain/ids.js';
import { encodeCursor, keysetPage, pageInfo, wholeNumberIn } from '../domain/page.js';
import type {
  EditConnectionResolvers,
  EditResolvers,
  MutationResolvers,
  QueryResolvers,
  StaffNoteResolvers,
} from '../generated/graphql.js';

// schema/edits.graphql: the review queue, the edit records, and the mutations that propose and review changes.
// Who may call each is the schema's @auth; the rules of review (not one's own change, versions) are in
// data/edits.ts, and the facts change only through its apply engine (data/edit-apply.ts).

const MAX_PAGE = 200;

/** The signed-in user (the @auth directive has already refused anonymous calls). */
function actor(context: Context): EditActor {
  const identity = context.auth.identity;
  if (!identity) throw new Error('The authorization directive let an anonymous call through');
  return { userId: identity.user.id, role: identity.role };
}

/** Whether the caller may see proposals and rejections (the review queue's readers). */
export function seesProposals(context: Context): boolean {
  const identity = context.auth.identity;
  return identity !== null && roleAllows(identity.role, 'EDITOR');
}

async function user(id: string, context: Context): Promise<EditUserRow> {
  const found = await context.data.edits.users.load(id);
  // A user is never deleted; an edit naming an unknown one is a broken graph.
  if (!found) throw new Error(`The user ${id} of an edit is not in the graph`);
  return found;
}

const allowSelf = (context: Context) => context.auth.service?.settings.allowSelfApproval ?? false;

export const Edit: EditResolvers = {
  author: (edit, _args, context) => user(edit.authorId, context),
  reviewer: (edit, _args, context) => (edit.reviewerId ? user(edit.reviewerId, context) : null),
  async entities(edit, _args, context) {
    const ids = edit.entityIds.filter((id) => nodeTypeOfId(id) === 'Entity');
    const rows = await context.data.entities.byId.loadMany(ids);
    return ids
      .map((id, index) => {
        const row = rows[index];
        // Before approval an added person, entity or grant exists only in its edit: shown from its input.
        return row && !(row instanceof Error) ? row : proposedEntity(edit, id);
      })
      .filter((row): row is EntityRow => row !== null);
  },
  source(edit): CitationRow | null {
    if (edit.documentId === null || edit.quote === null) return null;
    const citation = (edit.input as { citation?: { id: string; offset: number } | null }).citation;
    return {
      id: citation?.id ?? `cite:${edit.id}`,
      documentId: edit.documentId,
      quote: edit.quote,
      offset: citation?.offset ?? null,
      reading: null,
    };
  },
  revertOf: (edit, _args, context) => (edit.revertOf ? context.data.edits.byId.load(edit.revertOf) : null),
  revertedBy: (edit, _args, context) => (edit.revertedBy ? context.data.edits.byId.load(edit.revertedBy) : null),
  rejectedBecause: (edit, _args, context) =>
    edit.rejectedBecause ? context.data.edits.byId.load(edit.rejectedBecause) : null,
};

export const StaffNote: StaffNoteResolvers = {
  text: (edit) => edit.note ?? '',
  author: (edit, _args, context) => user(edit.authorId, context),
  approvedAt: (edit) => edit.reviewedAt ?? edit.createdAt,
  edit: (edit) => edit,
};

export const EditConnection: EditConnectionResolvers = { pageInfo };

export const editQueries: Pick<QueryResolvers, 'edits' | 'mergeCandidates'> = {
  mergeCandidates(_parent, { kinds, first }, context) {
    const limit = wholeNumberIn('first', first, 50, 1, MAX_PAGE);
    return context.data.edits.mergeCandidates(kinds ?? [], limit);
  },
  async edits(_parent, { status, first, after }, context) {
    const { limit, after: cursor } = keysetPage(first, after, 2, MAX_PAGE);
    const [rows, totalCount] = await Promise.all([
      context.data.edits.page(status ?? null, cursor as [string, string] | null, limit + 1),
      context.data.edits.count(status ?? null),
    ]);
    const nodes = rows.slice(0, limit);
    return {
      edges: nodes.map((node) => ({ node, cursor: encodeCursor([node.createdAt, node.id]) })),
      hasNextPage: rows.length > limit,
      totalCount,
    };
  },
};

export const editMutations: MutationResolvers = {
  addPerson: (_parent, args, context) =>
    context.data.edits.addPerson(actor(context), {
      name: args.name,
      aliases: args.aliases ?? null,
      source: args.source,
    }),
  addRole: (_parent, { input, source }, context) => context.data.edits.addRole(actor(context), input, source),
  endRole: (_parent, args, context) => context.data.edits.endRole(actor(context), args),
  revertEdit: (_parent, { id, reason }, context) => context.data.edits.revert(actor(context), id, reason),
  mergeEntities: (_parent, args, context) => context.data.edits.mergeEntities(actor(context), args),
  markNotSame: (_parent, args, context) => context.data.edits.markNotSame(actor(context), args),
  // ---- entities, grants and names (data/edit-entities.ts) ----
  addEntity: (_parent, { input, source }, context) => context.data.edits.addEntity(actor(context), input, source),
  addGrant: (_parent, { input, source }, context) => context.data.edits.addGrant(actor(context), input, source),
  correctName: (_parent, args, context) => context.data.edits.correctName(actor(context), args),
  // ---- end of entities, grants and names ----
  // Roles, relations, observations and retractions (data/edit-facts.ts).
  correctRole: (_parent, args, context) => context.data.edits.correctRole(actor(context), args),
  addRelation: (_parent, args, context) => context.data.edits.addRelation(actor(context), args),
  endRelation: (_parent, args, context) => context.data.edits.endRelation(actor(context), args),
  correctRelation: (_parent, args, context) => context.data.edits.correctRelation(actor(context), args),
  addObservation: (_parent, args, context) => context.data.edits.addObservation(actor(context), args),
  retractFact: (_parent, args, context) => context.data.edits.retractFact(actor(context), args),
  async approveEdit(_parent, { id }, context) {
    const edit = await context.data.edits.approve(actor(context), id, allowSelf(context));
    if (edit.selfApproved) {
      await context.auth.service?.log('EDIT_SELF_APPROVED', {
        username: context.auth.identity?.user.username ?? null,
        address: context.auth.address,
        detail: `${edit.id}: ${edit.summary}`.slice(0, 300),
      });
    }
    return edit;
  },
  rejectEdit: (_parent, { id, reason }, context) =>
    context.data.edits.reject(actor(context), id, reason, allowSelf(context)),
};
