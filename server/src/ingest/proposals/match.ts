import { foldName, personKey } from '../../domain/names.js';
import type { Candidate, Gazetteer, MatchReason, Mention } from './types.js';

// Matching a name as written against the gazetteer: ranked candidates with a reason, never a merge.
// Names are folded as search folds them (domain/names.ts), so "Øyum -Jakobsen" meets "Øyum-Jakobsen".

const SCORES: Record<MatchReason, number> = { SAME_NAME: 1, ALIAS: 0.95, INITIALS: 0.8, SPELLING: 0.6 };

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

/**
 * Whether two person names differ only by initials: "Ole L. Haugen" and "Ole Haugen" (an initial left out),
 * "Per Ø. Sundell" and "Per Øivind Sundell" (a word written as its initial).
 */
export function sameButInitials(a: string, b: string): boolean {
  const keyA = personKey(a);
  if (keyA !== '' && keyA.includes(' ') && keyA === personKey(b)) return true;
  const wordsA = foldName(a).split(' ');
  const wordsB = foldName(b).split(' ');
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

function letters(folded: string): number {
  return folded.replace(/[^a-z]/g, '').length;
}

/** Why `written` may be `known` (the entity's name when `isAlias` is false), or null. */
export function matchReason(written: string, known: string, isAlias: boolean): MatchReason | null {
  const folded = foldName(written);
  const knownFolded = foldName(known);
  if (folded === '' || knownFolded === '') return null;
  if (folded === knownFolded) return isAlias ? 'ALIAS' : 'SAME_NAME';
  if (sameButInitials(written, known)) return 'INITIALS';
  if (letters(folded) >= MIN_SPELLING_LETTERS && withinOneEdit(folded, knownFolded)) return 'SPELLING';
  return null;
}

/**
 * The mention of `name` with its candidates in `gazetteer` (only entities whose kind `accepts`), best first:
 * by score, then by id so the order is the same on every run.
 */
export function matchName(name: string, gazetteer: Gazetteer, accepts: (kind: string) => boolean): Mention {
  const best = new Map<string, Candidate>();
  for (const entry of gazetteer) {
    if (!accepts(entry.kind)) continue;
    entry.names.forEach((known, index) => {
      const reason = matchReason(name, known, index > 0);
      if (reason === null) return;
      const score = SCORES[reason];
      const previous = best.get(entry.id);
      if (previous === undefined || previous.score < score) best.set(entry.id, { id: entry.id, reason, score });
    });
  }
  const matches = [...best.values()].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { name, matches };
}

export const isPerson = (kind: string): boolean => kind === 'PERSON';
export const isMunicipality = (kind: string): boolean => kind === 'MUNICIPALITY';
/** Bodies a person can hold a seat in or act for: everything but people and the document-like kinds. */
export const isBody = (kind: string): boolean =>
  kind === 'ORGANIZATION' || kind === 'MUNICIPALITY' || kind === 'UNIVERSITY' || kind === 'FUNDER';
