import type { EditKind, EditStatus } from '../generated/enums.js';
import { isIsoDate } from './dates.js';
import { foldWhitespace } from './names.js';
import { InputError } from './page.js';

// The rules of edits (docs/edits.md) that need no database: what a source is, where a quote occurs in a
// document's text, dates and names as strict as the seed's, and the refusals an edit can meet.

export type EditKindValue = (typeof EditKind)[keyof typeof EditKind];
export type EditStatusValue = (typeof EditStatus)[keyof typeof EditStatus];

/** Why an edit cannot go ahead, other than malformed input: typed as the API's FORBIDDEN, CONFLICT or NOT_FOUND. */
export class EditRefusal extends Error {
  constructor(
    readonly code: 'FORBIDDEN' | 'CONFLICT' | 'NOT_FOUND' | 'PREREQUISITE_PENDING',
    message: string,
    /** Extra extensions for the client (CONFLICT: `current`, the state the edit met). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'EditRefusal';
  }
}

/** Where a quote occurs in a document's text, compared as the seed's provenance test compares (runs of white
 * space as one space); -1 when it does not occur. The offset is in the folded text, as the seed stores it. */
export function quoteOffset(text: string, quote: string): number {
  const folded = foldWhitespace(quote);
  if (folded === '') return -1;
  return foldWhitespace(text).indexOf(folded);
}

/** A source as the API takes it (SourceInput). */
export interface SourceArgument {
  document?: string | null;
  quote?: string | null;
  note?: string | null;
  /**
   * The day the quoted passage speaks of, for a document without a date of its own (an uploaded document's meeting
   * header: data/proposal-review.ts). Never today: a statement of an undated document without it is refused.
   */
  day?: string | null;
}

/** The refusal of a statement from a document with no date and no day of its own (never dated today silently). */
export function undatedRefusal(documentName: string): InputError {
  return new InputError(
    `"${documentName}" has no date, and the passage names no day: what it states would have no period. Give the document's date, or the statement's own start or end.`,
    'source',
  );
}

/** A checked source: a document and a quote (folded), or a staff note. */
export type EditSource =
  | { documentId: string; quote: string; note: null }
  | { documentId: null; quote: null; note: string };

const MAX_NOTE = 2000;
const MAX_QUOTE = 4000;

/** The shape of a source: a document with a quote, or a non-empty note; exactly one of the two. */
export function sourceShape(source: SourceArgument): EditSource {
  const document = source.document?.trim() || null;
  const quote = source.quote === null || source.quote === undefined ? null : foldWhitespace(source.quote);
  const note = source.note === null || source.note === undefined ? null : source.note.trim();
  const hasDocument = document !== null || (quote !== null && quote !== '');
  const hasNote = note !== null && note !== '';
  if (hasDocument && hasNote) {
    throw new InputError('Give the source as a document and a quote, or as a staff note, not both.', 'source');
  }
  if (hasNote) {
    if ((note as string).length > MAX_NOTE)
      throw new InputError(`A note has at most ${MAX_NOTE} characters.`, 'source');
    return { documentId: null, quote: null, note: note as string };
  }
  if (document === null || quote === null || quote === '') {
    throw new InputError(
      'Every change needs a source: a document and a quote from its text, or a staff note (note).',
      'source',
    );
  }
  if (quote.length > MAX_QUOTE) throw new InputError(`A quote has at most ${MAX_QUOTE} characters.`, 'source');
  return { documentId: document, quote, note: null };
}

/** A date argument of an edit: YYYY-MM-DD and a real day, else an InputError naming the argument. */
export function editDate(name: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!isIsoDate(value)) throw new InputError(`"${name}" must be a day written YYYY-MM-DD.`, name);
  return value;
}

/** A start and an end in order (both included), as the seed requires. */
export function periodInOrder(start: string | null, end: string | null): void {
  if (start !== null && end !== null && end < start) {
    throw new InputError(`The end (${end}) is before the start (${start}).`, 'end');
  }
}

const MAX_NAME = 300;

/** A name or title as entered: trimmed, one space between words, not empty, not overlong. */
export function editText(name: string, value: string): string {
  const text = foldWhitespace(value);
  if (text === '') throw new InputError(`"${name}" must not be empty.`, name);
  if (text.length > MAX_NAME) throw new InputError(`"${name}" has at most ${MAX_NAME} characters.`, name);
  return text;
}

/** The versions an edit was proposed on that no longer hold: {id: current version}, empty when none is stale. */
export function staleVersions(
  base: Record<string, number>,
  current: Record<string, number>,
): Record<string, { expected: number; current: number }> {
  const stale: Record<string, { expected: number; current: number }> = {};
  for (const [id, expected] of Object.entries(base)) {
    const now = current[id] ?? 0;
    if (now !== expected) stale[id] = { expected, current: now };
  }
  return stale;
}

/** Whether an edit of this status is listed in the history of what it touched (approved, or approved and undone). */
export function isInHistory(status: EditStatusValue): boolean {
  return status === 'APPROVED' || status === 'REVERTED';
}

/** The id slug of a new entity's name: folded words joined by hyphens (`person:kari-froseth`). */
export function idSlug(folded: string): string {
  return folded.replace(/ /g, '-').slice(0, 60).replace(/-+$/, '') || 'x';
}
