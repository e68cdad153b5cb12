import { foldWhitespace } from './domain';

// Finding a quote inside a document's text, for the source picker. The server accepts a quote when it occurs in
// the text with every run of white space read as one space (the seed's provenance rule): the picker searches the
// same way, ignoring case as a person would, and hands back the document's own words, so that what is sent is
// verbatim whatever the user typed.

/** One place a search text occurs in a document: the words as the document has them, with some context. */
export interface Passage {
  /** Position in the white-space-folded text (stable across searches: a key). */
  start: number;
  end: number;
  before: string;
  match: string;
  after: string;
  /** The whole sentence (or line of a list) the match is in, as a quote. */
  sentence: string;
}

/** The document's text with every run of white space as one space, and each folded character's lower case. */
interface Folded {
  text: string;
  lower: string;
}

// The picker searches one document as the user types: fold it once, not at every keystroke.
let last: { source: string; folded: Folded } | null = null;

function fold(source: string): Folded {
  if (last?.source === source) return last.folded;
  const folded = foldWhitespace(source);
  // Lower case per character, so that positions in `lower` are positions in `text` (a few characters change
  // length when lower-cased; those are left as they are).
  let lower = '';
  for (const character of folded) {
    const small = character.toLocaleLowerCase('nb');
    lower += small.length === character.length ? small : character;
  }
  last = { source, folded: { text: folded, lower } };
  return last.folded;
}

/** Where a sentence around [start, end) begins and ends: at . ! ? or a list bullet, at most `reach` further out. */
function sentenceAround(text: string, start: number, end: number, reach = 240): [number, number] {
  let from = start;
  const floor = Math.max(0, start - reach);
  while (from > floor && !/[.!?•:]\s$/.test(text.slice(from - 2, from)) && text[from - 1] !== '•') from -= 1;
  let to = end;
  const ceiling = Math.min(text.length, end + reach);
  while (to < ceiling && !/[.!?]/.test(text[to - 1] ?? '') && text[to] !== '•') to += 1;
  return [from, to];
}

/** Context cut at a word's edge: a partial first (or last) word is left out, so the context never starts mid-word. */
function wholeWords(text: string, cut: boolean, side: 'start' | 'end'): string {
  if (!cut) return text;
  if (side === 'start') {
    const space = text.indexOf(' ');
    return space === -1 ? text : text.slice(space + 1);
  }
  const space = text.lastIndexOf(' ');
  return space === -1 ? text : text.slice(0, space);
}

/**
 * Every place `search` occurs in `text` (white space folded, case ignored), in document order, at most `limit`;
 * each with `context` characters either side.
 */
export function findPassages(text: string, search: string, limit = 20, context = 80): Passage[] {
  const needle = foldWhitespace(search).toLocaleLowerCase('nb');
  if (needle.length < 2) return [];
  const folded = fold(text);
  const passages: Passage[] = [];
  let at = folded.lower.indexOf(needle);
  while (at !== -1 && passages.length < limit) {
    const end = at + needle.length;
    const [sentenceStart, sentenceEnd] = sentenceAround(folded.text, at, end);
    passages.push({
      start: at,
      end,
      before: wholeWords(folded.text.slice(Math.max(0, at - context), at), at - context > 0, 'start'),
      match: folded.text.slice(at, end),
      after: wholeWords(folded.text.slice(end, end + context), end + context < folded.text.length, 'end'),
      sentence: folded.text.slice(sentenceStart, sentenceEnd).trim(),
    });
    at = folded.lower.indexOf(needle, end);
  }
  return passages;
}

/** How many times `search` occurs in `text` (white space folded, case ignored). */
export function countPassages(text: string, search: string): number {
  return findPassages(text, search, Number.POSITIVE_INFINITY, 0).length;
}

/** Whether `quote` occurs in `text` as the server checks it (white space folded, case kept). */
export function quoteOccurs(text: string, quote: string): boolean {
  const needle = foldWhitespace(quote);
  return needle !== '' && foldWhitespace(text).includes(needle);
}
