import type { Context } from '../context.js';
import { proposedEntity } from '../data/edit-entities.js';
import type {
  EditActor,
  EditRow,
  EntityRow,
  MatchCandidateRow,
  ProposalSlotValue,
  ReviewableSet,
} from '../data/index.js';
import { roleAllows } from '../domain/access.js';
import { EditRefusal } from '../domain/edits.js';
import { InputError } from '../domain/page.js';
import type {
  MatchCandidateResolvers,
  MutationResolvers,
  ProposalResolvers,
  ProposedEntityResolvers,
  QueryResolvers,
} from '../generated/graphql.js';

// schema/proposals.graphql: the proposals read from an uploaded document (data/proposals.ts), their names with the
// ranked candidates, and (data/proposal-review.ts) the review that turns accepted ones into edits.

async function entityOrNull(id: string | null, context: Context): Promise<EntityRow | null> {
  if (id === null) return null;
  return context.data.entities.byId.load(id);
}

/** The document a proposal call names: an entity of kind DOCUMENT, else BAD_USER_INPUT naming `document`. */
export async function documentArgument(id: string, context: Context): Promise<EntityRow> {
  const document = await context.data.entities.byId.load(id);
  if (document?.kind !== 'DOCUMENT') throw new InputError(`"${id}" is not a document of the graph.`, 'document');
  return document;
}

export const proposalQueries: Pick<QueryResolvers, 'proposals'> = {
  async proposals(_parent, { document, status }, context) {
    const found = await documentArgument(document, context);
    return context.data.proposals.ofDocument(found.id, status ?? null);
  },
};

function actor(context: Context): EditActor {
  const identity = context.auth.identity;
  if (!identity) throw new Error('The authorization directive let an anonymous call through');
  return { userId: identity.user.id, role: identity.role };
}

const SLOTS: Record<string, ProposalSlotValue> = {
  PERSON: 'person',
  ORGANIZATION: 'organization',
  ON_BEHALF_OF: 'onBehalfOf',
  MEETING: 'meeting',
};

export const proposalMutations: Pick<
  MutationResolvers,
  'reviewProposals' | 'matchProposal' | 'editProposal' | 'approveEdits' | 'approveDocumentEdits'
> = {
  reviewProposals: (_parent, { document, accept, reject }, context) =>
    context.data.proposalReview.review(actor(context), document, accept, reject),
  matchProposal: (_parent, { proposal, slot, entity }, context) =>
    context.data.proposalReview.match(actor(context), proposal, SLOTS[slot] as ProposalSlotValue, entity ?? null),
  editProposal: (_parent, { proposal, title, attendance, date }, context) =>
    context.data.proposalReview.correct(actor(context), proposal, { title, attendance, date }),
  approveEdits: (_parent, { ids }, context) => approveAll(ids, context),
  async approveDocumentEdits(_parent, { document }, context) {
    const found = await documentArgument(document, context);
    const allowSelf = context.auth.service?.settings.allowSelfApproval ?? false;
    if (!found.sha256) throw new InputError(`"${found.name}" is a seed document: it has no proposals.`, 'document');
    const { ids, blocked } = await context.data.proposals.reviewable(actor(context), allowSelf).load(found.id);
    if (ids.length === 0)
      throw new InputError(`No proposed change from "${found.name}" is yours to approve.`, 'document');
    // Its edits rest on a change that was rejected or reverted: they can never be approved; named, nothing approved.
    const lost = blocked.filter((edit) => edit.status !== 'PROPOSED');
    const [firstLost] = lost;
    if (firstLost) {
      throw new EditRefusal(
        'CONFLICT',
        `Changes from "${found.name}" rest on ${lost.map((edit) => `"${edit.summary}" (${edit.id}), which is ${edit.status.toLowerCase()}`).join(', ')}: they cannot be approved; reject them.`,
        { prerequisite: firstLost.id, prerequisites: lost.map((edit) => edit.id), status: firstLost.status },
      );
    }
    // Its edits rest on pending changes of another document that someone else must approve (this reviewer's own, or
    // ones they accepted): named, and nothing approved.
    const [first] = blocked;
    if (first) {
      throw new EditRefusal(
        'PREREQUISITE_PENDING',
        `Changes from "${found.name}" rest on ${blocked.map((edit) => `"${edit.summary}" (${edit.id})`).join(', ')}, which someone else must approve first: you proposed or accepted ${blocked.length === 1 ? 'it' : 'them'}.`,
        { prerequisite: first.id, prerequisites: blocked.map((edit) => edit.id) },
      );
    }
    return approveAll(ids, context);
  },
};

/** What approveDocumentEdits would do for the caller; null below REVIEWER. */
async function reviewableSet(documentId: string, context: Context): Promise<ReviewableSet | null> {
  const identity = context.auth.identity;
  if (!identity || !roleAllows(identity.role, 'REVIEWER')) return null;
  const allowSelf = context.auth.service?.settings.allowSelfApproval ?? false;
  const reviewer = { userId: identity.user.id, role: identity.role };
  return context.data.proposals.reviewable(reviewer, allowSelf).load(documentId);
}

/**
 * The number of Document.reviewableEdits: what approveDocumentEdits would approve for the caller — 0 below REVIEWER,
 * and 0 while an edit they rest on blocks it (Document.reviewableEditsBlockedBy), as approving would approve nothing.
 */
export async function reviewableEditCount(documentId: string, context: Context): Promise<number> {
  const set = await reviewableSet(documentId, context);
  return set && set.blocked.length === 0 ? set.ids.length : 0;
}

/** Document.reviewableEditsBlockedBy: the edits that keep approveDocumentEdits from approving (none below REVIEWER). */
export async function reviewableEditsBlockedBy(documentId: string, context: Context): Promise<EditRow[]> {
  const set = await reviewableSet(documentId, context);
  if (!set || set.blocked.length === 0) return [];
  const edits = await context.data.edits.byId.loadMany(set.blocked.map((edit) => edit.id));
  return edits.filter((edit): edit is EditRow => edit !== null && !(edit instanceof Error));
}

/** approveEdits: one transaction, all or nothing; a self-approval (when allowed) is logged. */
async function approveAll(ids: readonly string[], context: Context) {
  const allowSelf = context.auth.service?.settings.allowSelfApproval ?? false;
  const edits = await context.data.edits.approveMany(actor(context), ids, allowSelf);
  // What approving all from a document approves has changed: a later read in this request (another field of the
  // same mutation) reads it again, not the count from before.
  context.data.proposals.clearReviewable();
  for (const edit of edits.filter((approved) => approved.selfApproved)) {
    await context.auth.service?.log('EDIT_SELF_APPROVED', {
      username: context.auth.identity?.user.username ?? null,
      address: context.auth.address,
      detail: `${edit.id}: ${edit.summary}`.slice(0, 300),
    });
  }
  return edits;
}

export const Proposal: ProposalResolvers = {
  conflicts: (row) => row.conflicts,
  async edits(row, _args, context) {
    const edits = await context.data.edits.byId.loadMany(row.editIds);
    return edits.filter((edit) => edit !== null && !(edit instanceof Error)) as NonNullable<
      Exclude<(typeof edits)[number], Error>
    >[];
  },
};

/**
 * A candidate's entity: the graph's, or for a person another document's review proposes (PENDING_NEW) as its edit
 * shows it until approved; null when neither is there any more (rejected, merged away).
 */
async function candidateEntity(candidate: MatchCandidateRow, context: Context): Promise<EntityRow | null> {
  const found = await context.data.entities.byId.load(candidate.id);
  if (found || !candidate.pendingEdit) return found;
  const edit = await context.data.edits.byId.load(candidate.pendingEdit);
  return edit && edit.status === 'PROPOSED' ? proposedEntity(edit, candidate.id) : null;
}

async function candidatesShown(
  row: { candidates: MatchCandidateRow[] },
  context: Context,
): Promise<{ candidate: MatchCandidateRow; entity: EntityRow }[]> {
  const shown = await Promise.all(
    row.candidates.map(async (candidate) => ({
      candidate,
      entity: await candidateEntity(candidate, context),
    })),
  );
  return shown.filter((entry): entry is { candidate: MatchCandidateRow; entity: EntityRow } => entry.entity !== null);
}

export const ProposedEntity: ProposedEntityResolvers = {
  // A match picked among the candidates may be a pending new person (PENDING_NEW): shown from its edit, as there.
  match: async (row, _args, context) => {
    const pending = row.candidates.find((candidate) => candidate.id === row.match && candidate.pendingEdit);
    return pending ? candidateEntity(pending, context) : entityOrNull(row.match, context);
  },
  candidates: async (row, _args, context) => (await candidatesShown(row, context)).map((entry) => entry.entity),
  ranked: async (row, _args, context) => (await candidatesShown(row, context)).map((entry) => entry.candidate),
};

export const MatchCandidate: MatchCandidateResolvers = {
  async entity(row, _args, context) {
    const found = await candidateEntity(row, context);
    if (!found) throw new Error(`The candidate ${row.id} of a proposal is not in the graph`);
    return found;
  },
  pendingEdit: (row, _args, context) => (row.pendingEdit ? context.data.edits.byId.load(row.pendingEdit) : null),
};
