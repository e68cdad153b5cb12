import type { Context } from '../context.js';
import type { EntityRow } from '../data/index.js';
import { InputError } from '../domain/page.js';
import type {
  MatchCandidateResolvers,
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

async function entities(ids: readonly string[], context: Context): Promise<EntityRow[]> {
  const rows = await context.data.entities.byId.loadMany([...ids]);
  return rows.filter((row): row is EntityRow => row !== null && !(row instanceof Error));
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

export const Proposal: ProposalResolvers = {
  conflicts: (row) => row.conflicts,
  async edits(row, _args, context) {
    const edits = await context.data.edits.byId.loadMany(row.editIds);
    return edits.filter((edit) => edit !== null && !(edit instanceof Error)) as NonNullable<
      Exclude<(typeof edits)[number], Error>
    >[];
  },
};

export const ProposedEntity: ProposedEntityResolvers = {
  match: (row, _args, context) => entityOrNull(row.match, context),
  candidates: (row, _args, context) =>
    entities(
      row.candidates.map((candidate) => candidate.id),
      context,
    ),
  async ranked(row, _args, context) {
    const found = new Set(
      (
        await entities(
          row.candidates.map((candidate) => candidate.id),
          context,
        )
      ).map((e) => e.id),
    );
    return row.candidates.filter((candidate) => found.has(candidate.id));
  },
};

export const MatchCandidate: MatchCandidateResolvers = {
  async entity(row, _args, context) {
    const found = await context.data.entities.byId.load(row.id);
    if (!found) throw new Error(`The candidate ${row.id} of a proposal is not in the graph`);
    return found;
  },
};
