import type { EntityKind, RelationCorrection, RelationType, RoleCorrection } from '../generated/graphql';
import { RELATION_ENDS } from './domain';

/** An entity as a picker holds it. */
interface Picked {
  id: string;
  name: string;
  kind: EntityKind;
}

// What the proposal forms send, worked out from what the user typed: pure functions (tests/unit/edit-forms.test.ts).

// Proposed elsewhere: a grant's relations with the grant (AddGrantForm), and what meetings, cases and their papers
// say (who attended, what a case concerns) comes from the documents themselves.
const ELSEWHERE: readonly RelationType[] = [
  'GRANTED_BY',
  'GRANTED_TO',
  'ALLOCATED_FROM',
  'DECIDED_IN',
  'MEETING_OF',
  'CASE_IN',
  'CONCERNS',
  'REFERS_TO',
  'ATTENDED',
];

/** One way to read a relation from the page's entity: its type, and whether the page's entity is its `from`. */
export interface RelationChoice {
  type: RelationType;
  outgoing: boolean;
  /** The kinds the other end may be. */
  others: readonly EntityKind[];
}

/** The relations an entity of this kind can have, read from its side, in the vocabulary's order (RELATION_ENDS). */
export function relationChoices(kind: EntityKind): RelationChoice[] {
  return (Object.keys(RELATION_ENDS) as RelationType[])
    .filter((type) => !ELSEWHERE.includes(type))
    .flatMap((type) => {
      const ends = RELATION_ENDS[type];
      return [
        ...(ends.from.includes(kind) ? [{ type, outgoing: true, others: ends.to }] : []),
        ...(ends.to.includes(kind) ? [{ type, outgoing: false, others: ends.from }] : []),
      ];
    });
}

/** A role as the page shows it: what "Rett" starts from. */
export interface RoleNow {
  id: string;
  version: number;
  title: string;
  start: string | null;
  end: string | null;
  onBehalfOf: Picked | null;
}

/**
 * Only what the user changed: a field left as it was is left out (the server keeps it), a field emptied is sent as
 * null (the server clears it). Null when nothing changed.
 */
export function roleCorrection(
  now: RoleNow,
  next: { title: string; start: string; end: string; onBehalfOf: Picked | null },
): RoleCorrection | null {
  const correction: RoleCorrection = {};
  if (next.title.trim() !== now.title) correction.title = next.title.trim();
  if (next.start !== (now.start ?? '')) correction.start = next.start || null;
  if (next.end !== (now.end ?? '')) correction.end = next.end || null;
  if ((next.onBehalfOf?.id ?? null) !== (now.onBehalfOf?.id ?? null))
    correction.onBehalfOf = next.onBehalfOf?.id ?? null;
  return Object.keys(correction).length > 0 ? correction : null;
}

/** A relation as the page shows it: what "Rett" starts from. */
export interface RelationNow {
  id: string;
  version: number;
  as: string | null;
  start: string | null;
  end: string | null;
}

/** Only what changed: a field left as it was is left out, one emptied is null (cleared). Null when nothing did. */
export function relationCorrection(
  now: RelationNow,
  next: { as: string; start: string; end: string },
): RelationCorrection | null {
  const correction: RelationCorrection = {};
  if (next.as.trim() !== (now.as ?? '')) correction.as = next.as.trim() || null;
  if (next.start !== (now.start ?? '')) correction.start = next.start || null;
  if (next.end !== (now.end ?? '')) correction.end = next.end || null;
  return Object.keys(correction).length > 0 ? correction : null;
}
