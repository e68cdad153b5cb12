// Name folding shared by the seed loader (search keys, identity checks) and search (the query text).
// Norwegian spellings vary in ways a user will not type: ø/o, å/a/aa (the older spelling of å), æ/ae,
// case, hyphens and spacing ("Øyum -Jakobsen", "Øyum-Jakobsen", "Øyum Jakobsen").

const LETTERS: [RegExp, string][] = [
  [/æ/g, 'ae'],
  [/ø/g, 'o'],
  [/å/g, 'a'],
  [/ä/g, 'a'],
  [/ö/g, 'o'],
  [/ß/g, 'ss'],
];

/** Folds a name or a query to lower-case ASCII words separated by single spaces. */
export function foldName(text: string): string {
  let folded = text.toLowerCase();
  for (const [pattern, replacement] of LETTERS) folded = folded.replace(pattern, replacement);
  folded = folded.normalize('NFD').replace(/\p{M}+/gu, '');
  // "aa" is the pre-1917 spelling of å (Aagot = Ågot); fold it so both spellings meet.
  folded = folded.replace(/aa/g, 'a');
  return folded
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** The words of a folded text. */
export function foldedWords(text: string): string[] {
  const folded = foldName(text);
  return folded === '' ? [] : folded.split(' ');
}

/**
 * The key that identifies a person across spellings: the folded name without initials ("Kristin F.
 * Strømskag" and "Kristin Strømskag" share "kristin stromskag"). Two persons in the seed with the same
 * key must be one node, or be listed as distinct in a reviewed decision.
 */
export function personKey(name: string): string {
  return foldedWords(name.replace(/\b\p{L}\.\s*/gu, ' '))
    .filter((word) => word.length > 1)
    .join(' ');
}

/** The search keys of an entity: its name and every alias, folded, without duplicates. */
export function searchKeys(name: string, aliases: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const text of [name, ...aliases]) {
    const folded = foldName(text);
    if (folded !== '') keys.add(folded);
  }
  return [...keys];
}

/** Folds a text for quote matching: every run of whitespace becomes one space. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Norwegian alphabetical order (… x y z æ ø å): "Ørland" after "Orkland", "Åfjord" last.
const NORWEGIAN = new Intl.Collator('nb');
const NORWEGIAN_NUMERIC = new Intl.Collator('nb', { numeric: true });

/** Compares two names in Norwegian alphabetical order (for sort). */
export function compareNames(a: string, b: string): number {
  return NORWEGIAN.compare(a, b);
}

/** Compares two case or item numbers in natural order ("2/21" before "10/21"). */
export function compareNumbers(a: string, b: string): number {
  return NORWEGIAN_NUMERIC.compare(a, b);
}

/** Sorts by name in Norwegian order: `byName((entity) => entity.name)`. */
export function byName<T>(nameOf: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => NORWEGIAN.compare(nameOf(a), nameOf(b));
}

/**
 * The least score at which a name's best candidate in a document is taken as its match (data/proposals.ts at upload,
 * ingest/proposals/compare.ts in the measurement); below it the name is proposed as new, its candidates shown.
 */
export const MATCH_FLOOR = 0.8;

/** Words shorter than this are matched as typed: one letter off in "bang" is another name, not a typo. */
export const SPELLING_MIN_LENGTH = 5;

/** A folded word and every word one deletion away from it (what search sends to find words one edit away). */
export function spellingVariants(word: string): string[] {
  const variants = new Set([word]);
  for (let at = 0; at < word.length; at++) variants.add(word.slice(0, at) + word.slice(at + 1));
  return [...variants];
}

/**
 * True when two words are at most one edit apart: one letter added, left out, changed, or two neighbours swapped
 * ("astadd", "asad", "astsd", "atsad" are each one edit from "astad").
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const restA = a.slice(start, endA);
  const restB = b.slice(start, endB);
  if (restA.length + restB.length <= 1) return true; // one added or left out
  if (restA.length === 1 && restB.length === 1) return true; // one changed
  return restA.length === 2 && restB.length === 2 && restA[0] === restB[1] && restA[1] === restB[0]; // swapped
}

/**
 * What the text indexes hold for typeahead: every prefix of every word of the folded keys, as one space-separated
 * text ("ole haugen" → "o ol ole h ha hau haug hauge haugen"). Both engines' indexes split on spaces and match whole
 * tokens, so a query word finds the keys with a word starting with it, and the index walks only those.
 */
export function prefixText(keys: readonly string[]): string {
  const tokens = new Set<string>();
  for (const key of keys) {
    for (const word of key.split(' ')) {
      for (let end = 1; end <= word.length; end++) tokens.add(word.slice(0, end));
    }
  }
  return [...tokens].join(' ');
}

/**
 * What the text indexes hold for names one letter off: every key word long enough for a typo, and each of its
 * one-letter deletions. A query word's own variants (`spellingVariants`) meet one of these when the two words are
 * one edit apart (and, rarely, two: the data layer counts the edits).
 */
export function spellingText(keys: readonly string[]): string {
  const tokens = new Set<string>();
  for (const key of keys) {
    for (const word of key.split(' ')) {
      if (word.length < SPELLING_MIN_LENGTH) continue;
      for (const variant of spellingVariants(word)) tokens.add(variant);
    }
  }
  return [...tokens].join(' ');
}

/** The stored search properties of an entity: its folded keys, and the two texts the indexes are built on. */
export function searchProperties(name: string, aliases: readonly string[]) {
  const keys = searchKeys(name, aliases);
  return { keys, searchText: prefixText(keys), spellText: spellingText(keys) };
}

/** The stored search text of a seat's title (what seat search looks a title word up in). */
export function titleText(title: string): string {
  return prefixText([foldName(title)]);
}
