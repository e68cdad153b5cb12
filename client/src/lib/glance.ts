import { formatDate } from './dates';
import { compareNames, roleStatus } from './domain';

// The rules of a profile's summary ("at a glance"): which bodies come first, what a role's status is on the day
// shown, whose seat it was before and after, and how a person's case duties fold. Pure, so tests/unit reads them.

export type GlanceStatus = 'HELD' | 'LAST_CONFIRMED' | 'ENDED';

export interface RoleSpan {
  validFrom?: string | null;
  validTo?: string | null;
  endedOn?: string | null;
  lastObserved?: string | null;
}

/** A role's status on `day` (the chosen day, else today); a role not yet begun on that day counts as held. */
export function glanceStatus(role: RoleSpan, day: string): GlanceStatus {
  return (
    roleStatus(
      { validFrom: role.validFrom ?? null, validTo: role.validTo ?? null, endedOn: role.endedOn ?? null },
      day,
    ) ?? 'HELD'
  );
}

/** What the summary needs to know of a body to rank it: whether it is part of another, and its seats. */
export interface BodyWeight {
  id: string;
  name: string;
  /** True when the body is part of no other (the regional council, a health community). */
  topLevel: boolean;
  /** Every seat in the body, whoever holds it: the bigger the body, the more it matters at a glance. */
  seats: number;
}

/** Main bodies first: top-level bodies, then by their number of seats, then by name (Norwegian order). */
export function compareBodies(a: BodyWeight, b: BodyWeight): number {
  return Number(b.topLevel) - Number(a.topLevel) || b.seats - a.seats || compareNames(a.name, b.name);
}

export interface Holding {
  id: string;
  validFrom?: string | null;
  person: { id: string; name: string };
}

/**
 * The other holders of a seat, split at this holding: who held it before (newest first) and who after (oldest
 * first), each person once.
 */
export function beforeAndAfter(
  self: Holding,
  holders: readonly Holding[],
): { before: Holding['person'][]; after: Holding['person'][] } {
  const others = holders.filter((holder) => holder.id !== self.id && holder.person.id !== self.person.id);
  const start = self.validFrom ?? '';
  const unique = (list: Holding[]) => [...new Map(list.map((holder) => [holder.person.id, holder.person])).values()];
  const before = others.filter((holder) => (holder.validFrom ?? '') < start);
  const after = others.filter((holder) => (holder.validFrom ?? '') > start);
  before.sort((a, b) => (b.validFrom ?? '').localeCompare(a.validFrom ?? ''));
  after.sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
  return { before: unique(before), after: unique(after) };
}

/** The words of one duty as a key: "Saksansvarlig " and "saksansvarlig" are the same duty. */
function dutyWord(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * A person's duties in one meeting, folded: the cases with the same set of duties share one line, and a case's
 * duties (ansvarlig, saksansvarlig) are named once each, in the order first met.
 */
export function foldDuties<D extends { title: string; caseId: string }>(
  duties: readonly D[],
): { words: string[]; cases: D[][] }[] {
  const byCase = new Map<string, D[]>();
  for (const duty of duties) byCase.set(duty.caseId, [...(byCase.get(duty.caseId) ?? []), duty]);
  const lines = new Map<string, { words: string[]; cases: D[][] }>();
  for (const items of byCase.values()) {
    const words = [...new Set(items.map((duty) => dutyWord(duty.title)))];
    const key = [...words].sort().join('\u001f');
    const line = lines.get(key) ?? { words, cases: [] };
    line.cases.push(items);
    lines.set(key, line);
  }
  return [...lines.values()].sort((a, b) => b.words.length - a.words.length || b.cases.length - a.cases.length);
}

/** The one value every item shares, or null when they differ (or there are none). */
export function shared<T>(values: readonly T[]): T | null {
  const first = values[0];
  return first !== undefined && values.every((value) => value === first) ? first : null;
}

/** A day in its short form: 31.12.2022 in Norwegian, 31 Dec 2022 in English. */
export function shortDate(iso: string, language: 'nb' | 'en'): string {
  return formatDate(iso, language, 'short');
}
