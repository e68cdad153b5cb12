import { foldName } from '../../domain/names.js';
import type { Gazetteer, ProposalDraft } from './types.js';

// How the proposals of one document compare with the curated seed facts of the same document: the roles the seed
// states from it (title, person, body, on whose behalf) against the ROLE and MEMBERSHIP proposals. The plan is
// the seed planner's (seed/plan.ts `SeedPlan`), read structurally so that this module needs nothing of the seed.

export interface ComparablePlan {
  entities: readonly { id: string; kind: string; name: string; aliases: readonly string[] }[];
  roles: readonly {
    personId: string;
    title: string;
    heldInId: string | null;
    onBehalfOfId: string | null;
    observations: readonly { documentId: string; title: string }[];
  }[];
}

export interface RoleComparison {
  /** Roles the seed states from the document. */
  expected: number;
  /** ROLE and MEMBERSHIP proposals with a title. */
  proposed: number;
  /** Proposals whose best person candidate, title and body or municipality are a seed role of the document. */
  correct: number;
  /** Seed roles of the document that some proposal found. */
  found: number;
  recall: number;
  precision: number;
  /** Seed roles of the document that no proposal found. */
  missed: { personId: string; title: string }[];
}

/** The gazetteer of a seed plan: every entity's name and aliases. */
export function gazetteerOf(plan: ComparablePlan): Gazetteer {
  return plan.entities.map((entity) => ({
    id: entity.id,
    kind: entity.kind as Gazetteer[number]['kind'],
    names: [entity.name, ...entity.aliases],
  }));
}

/** Compares a document's ROLE and MEMBERSHIP proposals with the seed roles observed in it. */
export function compareWithSeed(
  plan: ComparablePlan,
  documentId: string,
  proposals: readonly ProposalDraft[],
): RoleComparison {
  const expected = plan.roles.flatMap((role) =>
    role.observations
      .filter((observation) => observation.documentId === documentId)
      .slice(0, 1)
      .map((observation) => ({ ...role, written: foldName(observation.title) })),
  );
  const drafts = proposals.filter((draft) => (draft.kind === 'ROLE' || draft.kind === 'MEMBERSHIP') && draft.title);
  const found = new Set<number>();
  let correct = 0;
  for (const draft of drafts) {
    const personId = draft.person?.matches[0]?.id;
    const bodies = new Set(
      [draft.organization, draft.onBehalfOf].map((mention) => mention?.matches[0]?.id).filter((id) => id !== undefined),
    );
    const matches = (role: (typeof expected)[number]) =>
      role.personId === personId &&
      (role.written === foldName(draft.title ?? '') || foldName(role.title) === foldName(draft.title ?? '')) &&
      [role.heldInId, role.onBehalfOfId].some((id) => id === null || bodies.has(id) || bodies.size === 0);
    // A proposal counts for a seed role not yet found when there is one (the same duty in several cases).
    let index = expected.findIndex((role, at) => !found.has(at) && matches(role));
    if (index < 0) index = expected.findIndex(matches);
    if (index >= 0) {
      correct++;
      found.add(index);
    }
  }
  const missed = expected
    .filter((_, index) => !found.has(index))
    .map((role) => ({ personId: role.personId, title: role.title }));
  return {
    expected: expected.length,
    proposed: drafts.length,
    correct,
    found: found.size,
    recall: expected.length === 0 ? 1 : found.size / expected.length,
    precision: drafts.length === 0 ? 1 : correct / drafts.length,
    missed,
  };
}
