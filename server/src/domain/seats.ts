import { RoleStatus } from '../generated/enums.js';
import { foldName } from './names.js';

// Seats and the evidence for who holds them (docs/data-model.md, "Roles and posts"). A post is a seat: a title in a
// body, or a municipality's own office, on whose behalf. A role is one person holding one post, however many
// documents state it; each statement of it is an observation with the day or period it speaks for. The rules here
// decide, from the observations of every holder of a post, on which days a role is HELD, LAST_CONFIRMED or ENDED.
// They run where the evidence is written (the seed plan; later every approved edit), and the graph keeps what they
// give (validFrom, validTo, endedOn), so that every as-of query filters on plain dates (cypher/period.ts
// `roleShownOn` is the Cypher twin of `shownOn`, and a test runs both on the same cases).

export type RoleStatusValue = (typeof RoleStatus)[keyof typeof RoleStatus];

/**
 * Titles that name the same post (folded with domain/names.ts foldName) → the post's title. The documents use the
 * older title for the same office: "kommunedirektør / rådmann — the municipality's chief executive".
 */
const SAME_POST: Record<string, string> = {
  radmann: 'kommunedirektør',
};

/** The title of the post a title as written names, lower-case: the same office under an older name is one post. */
export function postTitle(asWritten: string): string {
  return SAME_POST[foldName(asWritten)] ?? asWritten.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Single-seat posts: one holder at a time, so a later source naming someone else ends the holder (folded post
 * titles). Every other post may have several seats (a municipality's members of a council, a committee's members).
 */
const SINGLE_SEAT = new Set(
  [
    'ordfører',
    'varaordfører',
    'kommunedirektør',
    'daglig leder',
    'leder',
    'nestleder',
    'administrerende direktør',
    'konstituert administrerende direktør',
    'direktør for eierstyring',
    'direktør oppvekst',
    'kommunalsjef oppvekst',
    'temaområdeleder',
    'prosjektleder',
    'sekretær',
    'representant fra kommunedirektørutvalget',
    'regional innføringsleder',
    'regional kreftkoordinator',
  ].map(foldName),
);

/** True when the post a title names has one seat. */
export function isSingleSeat(title: string): boolean {
  return SINGLE_SEAT.has(foldName(postTitle(title)));
}

/** The key that makes two statements the same post: its title, where, and on whose behalf (own office: none). */
export function postKey(title: string, organizationId: string | null, onBehalfOfId: string | null): string {
  const behalf = onBehalfOfId === organizationId ? null : onBehalfOfId;
  return [foldName(postTitle(title)), organizationId ?? '', behalf ?? ''].join('\u001f');
}

/** One statement of a fact: the document it is in, and the day or period it speaks for (both ends included). */
export interface Observed {
  documentId: string;
  from: string;
  to: string;
}

/**
 * The day or period one statement speaks for: the dates the text gives, else the period its document covers (the
 * meeting day of minutes, the year of an annual report). A stated start with no end speaks for the start through
 * the end of the document's period (the start is stated, the continuation is not); a stated end alone, from the
 * document's period start (or the end, if earlier) to the end.
 */
export function observedPeriod(
  own: { start?: string | null; end?: string | null },
  covers: { start: string; end: string },
): { from: string; to: string } {
  const start = own.start ?? null;
  const end = own.end ?? null;
  if (start === null && end === null) return { from: covers.start, to: covers.end };
  const from = start ?? (end !== null && end < covers.start ? end : covers.start);
  const to = end ?? (start !== null && start > covers.end ? start : covers.end);
  return { from, to };
}

/** What the graph keeps of a role's evidence: the days it is known to hold, and the day it ended, if known. */
export interface HeldSpan {
  /** First day the role is known to hold: its stated start, else its first observation. */
  validFrom: string;
  /** Last day it is known to hold: its stated end, else its last observation. */
  validTo: string;
  /** From this day on the role has ended (a stated end, or a later source that names another holder). */
  endedOn: string | null;
  firstObserved: string;
  lastObserved: string;
}

/** One holder of a post, as the rules see it. */
export interface HolderEvidence {
  id: string;
  start: string | null;
  end: string | null;
  observations: Observed[];
}

/** A statement that lists every holder of a post (a composition table, "har bestått av …"). */
export interface Listing {
  documentId: string;
  from: string;
}

/** The day after a YYYY-MM-DD day. */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function earliest(days: string[]): string | null {
  // ISO days order as strings (Math.min would turn them into numbers).
  return days.length === 0 ? null : ([...days].sort()[0] as string);
}

/**
 * The held span of every holder of one post, from all their observations:
 * - a role holds from its stated start (else its first observation) to its stated end (else its last observation);
 * - it has ended the day after a stated end; or, for a single-seat post, from the first later observation of
 *   another holder; or, for a post with several seats, from the first later listing of the post's holders that
 *   does not name this person (a listing from a document that has no observation of the role);
 * - otherwise it has not ended: after its last observation it is last confirmed.
 */
export function heldSpans(holders: HolderEvidence[], single: boolean, listings: Listing[]): Map<string, HeldSpan> {
  const spans = new Map<string, HeldSpan>();
  for (const holder of holders) {
    if (holder.observations.length === 0) throw new Error(`role ${holder.id} has no observation`);
    const firstObserved = earliest(holder.observations.map((o) => o.from)) as string;
    const lastObserved = holder.observations
      .map((o) => o.to)
      .sort()
      .at(-1) as string;
    const validFrom = holder.start ?? firstObserved;
    const validTo = holder.end ?? lastObserved;
    let endedOn: string | null = holder.end === null ? null : nextDay(holder.end);
    if (endedOn === null && single) {
      const later = holders
        .filter((other) => other.id !== holder.id)
        .flatMap((other) => other.observations.map((o) => o.from))
        .filter((day) => day > validTo);
      endedOn = earliest(later);
    }
    if (endedOn === null && !single) {
      const ownDocuments = new Set(holder.observations.map((o) => o.documentId));
      endedOn = earliest(
        listings
          .filter((listing) => listing.from > validTo && !ownDocuments.has(listing.documentId))
          .map((listing) => listing.from),
      );
    }
    spans.set(holder.id, { validFrom, validTo, endedOn, firstObserved, lastObserved });
  }
  return spans;
}

/**
 * The status of a role on a day: HELD within its known span, LAST_CONFIRMED after it until it has ended, ENDED
 * from then on; null before the role is known to hold (nothing is claimed there).
 */
export function roleStatus(
  span: { validFrom: string | null; validTo: string | null; endedOn: string | null },
  day: string,
): RoleStatusValue | null {
  if (span.validFrom !== null && day < span.validFrom) return null;
  if (span.endedOn !== null && day >= span.endedOn) return RoleStatus.ENDED;
  if (span.validTo === null || day <= span.validTo) return RoleStatus.HELD;
  return RoleStatus.LAST_CONFIRMED;
}

/**
 * True when a role is shown on a day: HELD or LAST_CONFIRMED (what `representatives(asOf)`, `roles(asOf)` and
 * `holders(asOf)` return); without a day every role is shown.
 */
export function shownOn(
  span: { validFrom: string | null; validTo: string | null; endedOn: string | null },
  day: string | null,
): boolean {
  if (day === null) return true;
  const status = roleStatus(span, day);
  return status === RoleStatus.HELD || status === RoleStatus.LAST_CONFIRMED;
}

/**
 * True when a role is shown on some day of a period (both ends included): it is known to hold by the period's last
 * day and has not ended by its first. "Hvem var ordfører i 2021" lists every holder shown on a day of 2021.
 */
export function shownDuring(
  span: { validFrom: string | null; validTo: string | null; endedOn: string | null },
  from: string,
  to: string,
): boolean {
  return (span.validFrom === null || span.validFrom <= to) && (span.endedOn === null || from < span.endedOn);
}

/** True when a fact with a known period (relations: validFrom..validTo) holds on some day of a period. */
export function holdsDuring(span: { validFrom: string | null; validTo: string | null }, from: string, to: string) {
  return (span.validFrom === null || span.validFrom <= to) && (span.validTo === null || from <= span.validTo);
}
