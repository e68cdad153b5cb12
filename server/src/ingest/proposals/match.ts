import { foldName, MATCH_FLOOR, personKey } from '../../domain/names.js';
import type { Candidate, Gazetteer, MatchReason, Mention } from './types.js';

// Matching a name as written against the gazetteer: ranked candidates with a reason, never a merge.
// Names are folded as search folds them (domain/names.ts), so "Øyum -Jakobsen" meets "Øyum-Jakobsen".

const SCORES: Record<MatchReason, number> = { SAME_NAME: 1, ALIAS: 0.95, INITIALS: 0.8, SPELLING: 0.6 };

/** The id of the name's match: its best candidate when that scores at least MATCH_FLOOR. */
export function confidentMatch(mention: Mention): string | undefined {
  const best = mention.matches[0];
  return best !== undefined && best.score >= MATCH_FLOOR ? best.id : undefined;
}

/** Spelling distance is only trusted on names of at least this many letters. */
const MIN_SPELLING_LETTERS = 5;

/** Whether two strings are at most one edit (insert, delete, substitute) apart. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length === long.length) return short.slice(i + 1) === long.slice(i + 1);
  return short.slice(i) === long.slice(i + 1);
}

/** A name folded once: what the reasons compare. */
interface FoldedName {
  folded: string;
  /** personKey: the name without its initials. */
  key: string;
  words: string[];
}

function foldedName(name: string): FoldedName {
  const folded = foldName(name);
  return { folded, key: personKey(name), words: folded.split(' ') };
}

function initialsOnly(a: FoldedName, b: FoldedName): boolean {
  if (a.key !== '' && a.key.includes(' ') && a.key === b.key) return true;
  const { words: wordsA } = a;
  const { words: wordsB } = b;
  if (wordsA.length !== wordsB.length || wordsA.length < 2) return false;
  let initials = 0;
  for (let index = 0; index < wordsA.length; index++) {
    const [x, y] = [wordsA[index] ?? '', wordsB[index] ?? ''];
    if (x === y) continue;
    const [initial, word] = x.length <= y.length ? [x, y] : [y, x];
    // The surname (the last word) must be written out in both.
    if (initial.length !== 1 || !word.startsWith(initial) || index === wordsA.length - 1) return false;
    initials++;
  }
  return initials > 0;
}

/**
 * Whether two person names differ only by initials: "Ole L. Haugen" and "Ole Haugen" (an initial left out),
 * "Per Ø. Sundell" and "Per Øivind Sundell" (a word written as its initial).
 */
export function sameButInitials(a: string, b: string): boolean {
  return initialsOnly(foldedName(a), foldedName(b));
}

function letters(folded: string): number {
  return folded.replace(/[^a-z]/g, '').length;
}

function reasonOf(written: FoldedName, known: FoldedName, isAlias: boolean): MatchReason | null {
  if (written.folded === '' || known.folded === '') return null;
  if (written.folded === known.folded) return isAlias ? 'ALIAS' : 'SAME_NAME';
  if (initialsOnly(written, known)) return 'INITIALS';
  if (letters(written.folded) >= MIN_SPELLING_LETTERS && withinOneEdit(written.folded, known.folded)) return 'SPELLING';
  return null;
}

/** Why `written` may be `known` (the entity's name when `isAlias` is false), or null. */
export function matchReason(written: string, known: string, isAlias: boolean): MatchReason | null {
  return reasonOf(foldedName(written), foldedName(known), isAlias);
}

/**
 * A gazetteer with every name folded once, and the candidates of each name already matched (per kind filter):
 * a document names the same people and bodies many times, and a long one would otherwise fold the whole
 * gazetteer again for every mention (24 s for a text of 470 000 characters against the seed's 551 entities).
 */
interface GazetteerIndex {
  entries: { id: string; kind: string; names: FoldedName[] }[];
  matched: Map<(kind: string) => boolean, Map<string, Candidate[]>>;
}

const indexes = new WeakMap<Gazetteer, GazetteerIndex>();

function indexOf(gazetteer: Gazetteer): GazetteerIndex {
  let index = indexes.get(gazetteer);
  if (index === undefined) {
    index = {
      entries: gazetteer.map((entry) => ({ id: entry.id, kind: entry.kind, names: entry.names.map(foldedName) })),
      matched: new Map(),
    };
    indexes.set(gazetteer, index);
  }
  return index;
}

function candidatesOf(written: FoldedName, index: GazetteerIndex, accepts: (kind: string) => boolean): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const entry of index.entries) {
    if (!accepts(entry.kind)) continue;
    entry.names.forEach((known, position) => {
      const reason = reasonOf(written, known, position > 0);
      if (reason === null) return;
      const score = SCORES[reason];
      const previous = best.get(entry.id);
      if (previous === undefined || previous.score < score) best.set(entry.id, { id: entry.id, reason, score });
    });
  }
  return [...best.values()].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The mention of `name` with its candidates in `gazetteer` (only entities whose kind `accepts`), best first:
 * by score, then by id so the order is the same on every run. The gazetteer must not change once matched against
 * (it is indexed on first use).
 */
export function matchName(name: string, gazetteer: Gazetteer, accepts: (kind: string) => boolean): Mention {
  const index = indexOf(gazetteer);
  let byName = index.matched.get(accepts);
  if (byName === undefined) {
    byName = new Map();
    index.matched.set(accepts, byName);
  }
  let matches = byName.get(name);
  if (matches === undefined) {
    matches = candidatesOf(foldedName(name), index, accepts);
    byName.set(name, matches);
  }
  return { name, matches: matches.map((candidate) => ({ ...candidate })) };
}

export const isPerson = (kind: string): boolean => kind === 'PERSON';
export const isMunicipality = (kind: string): boolean => kind === 'MUNICIPALITY';
/** Bodies a person can hold a seat in or act for: everything but people and the document-like kinds. */
export const isBody = (kind: string): boolean =>
  kind === 'ORGANIZATION' || kind === 'MUNICIPALITY' || kind === 'UNIVERSITY' || kind === 'FUNDER';
