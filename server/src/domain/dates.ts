// ISO 8601 calendar dates (YYYY-MM-DD) as plain strings: they compare correctly as strings and never
// carry a time zone. And the as-of rule: what is known to hold on a day.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a real calendar date written YYYY-MM-DD (what <input type="date"> gives and the API accepts). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The period a role or fact is known to hold: stated in its source, or the period its source covers. */
export interface KnownPeriod {
  validFrom?: string | null;
  validTo?: string | null;
}

/**
 * The as-of rule: a fact holds on `day` when its known period contains the day, both ends included; an open end
 * (null) is unbounded; without a day (null) every fact holds. The Cypher twin is cypher/period.ts `holdsOn`, and
 * a test runs both on the same cases.
 */
export function holdsOn(period: KnownPeriod, day: string | null): boolean {
  if (day === null) return true;
  const from = period.validFrom ?? null;
  const to = period.validTo ?? null;
  return (from === null || from <= day) && (to === null || day <= to);
}

/**
 * The period a role or fact is known to hold: its own start and end when its source states either, else the
 * period the source document covers (an annual report its year, minutes their day).
 */
export function knownPeriod(
  own: { start?: string | null | undefined; end?: string | null | undefined },
  covers: { start: string; end: string },
): { validFrom: string | null; validTo: string | null; periodStated: boolean } {
  const stated = (own.start ?? null) !== null || (own.end ?? null) !== null;
  return stated
    ? { validFrom: own.start ?? null, validTo: own.end ?? null, periodStated: true }
    : { validFrom: covers.start, validTo: covers.end, periodStated: false };
}

/**
 * The period a relation an edit writes or changes is known to hold (docs/edits.md): as the seed's `knownPeriod`
 * when it states no end (no dates: the period its sources speak for, `observed`; a start alone: open-ended), and
 * with a stated end, from its stated start, else from where its sources speak for it (never after the end).
 */
export function relationSpan(
  own: { start: string | null; end: string | null },
  observed: { from: string | null; to: string | null },
): { validFrom: string | null; validTo: string | null } {
  if (own.start === null && own.end === null) return { validFrom: observed.from, validTo: observed.to };
  if (own.end === null) return { validFrom: own.start, validTo: null };
  const from = own.start ?? (observed.from !== null && observed.from > own.end ? own.end : observed.from);
  return { validFrom: from, validTo: own.end };
}
