import { foldName, SPELLING_MIN_LENGTH, withinOneEdit } from '../domain/names.js';
import { postTitle } from '../domain/seats.js';
import type { EntityKindValue } from '../domain/vocabulary.js';
import { NEVER_NAMES, TITLE_SYNONYMS } from './vocabulary.js';

// The graph's vocabulary as the parser reads it: every name and alias of every entity, and every seat title with
// its synonyms, as folded word sequences. A question's words are matched against it as search matches names
// (domain/names.ts): case, ø/o, å/a/aa, æ/ae and hyphens do not count, and a word of five letters or more may be
// one letter off.

/** An entity as the gazetteer knows it. */
export interface NamedEntity {
  id: string;
  kind: EntityKindValue;
  name: string;
  aliases: string[];
}

interface EntityKey {
  words: string[];
  entity: NamedEntity;
  /** The entity's own name (preferred over an alias spelt the same). */
  isName: boolean;
  /** For a one-word key of three letters or fewer (AU, KDU): the letters as the question must write them. */
  upper: string | null;
}

interface TitleKey {
  words: string[];
  /** The seat title, folded (domain/seats.ts postTitle, then foldName). */
  title: string;
  /** The seat title as the graph writes it ("kommunedirektør"). */
  display: string;
}

export interface Gazetteer {
  keys: EntityKey[];
  titles: TitleKey[];
}

/** A word of a question: folded, and the token it was typed in (for the case of short names). */
export interface Word {
  text: string;
  raw: string;
}

/** The folded words of a question, each with the token as typed. */
export function questionWords(question: string): Word[] {
  return question.split(/\s+/).flatMap((raw) =>
    foldName(raw)
      .split(' ')
      .filter(Boolean)
      .map((text) => ({ text, raw })),
  );
}

/**
 * Seat titles that are also the words of questions ("hva er Frøya medlem av", "hvem representerer"): a member's or
 * a representative's seat is asked for by the body, not by the title.
 */
const GENERIC_TITLE =
  /^(medlem|varamedlem|vara|representant|motte|deltaker|deltager|fast|invitert|temaomrade deltaker)\b/;

/** The gazetteer of these entities and seat titles (every title the graph's roles use, with the synonyms). */
export function buildGazetteer(entities: readonly NamedEntity[], seatTitles: readonly string[]): Gazetteer {
  const keys: EntityKey[] = [];
  for (const entity of entities) {
    const seen = new Set<string>();
    for (const [index, text] of [entity.name, ...entity.aliases].entries()) {
      const folded = foldName(text);
      if (folded === '' || seen.has(folded)) continue;
      seen.add(folded);
      const words = folded.split(' ');
      if (words.length === 1 && NEVER_NAMES.has(folded)) continue;
      const letters = text.replace(/[^\p{L}\p{N}]/gu, '');
      const upper = words.length === 1 && folded.length <= 3 ? letters.toUpperCase() : null;
      keys.push({ words, entity, isName: index === 0, upper });
    }
  }
  const shown = new Map<string, string>();
  for (const title of seatTitles) {
    const written = postTitle(title);
    const folded = foldName(written);
    if (folded !== '' && !GENERIC_TITLE.test(folded)) shown.set(folded, written);
  }
  const titles: TitleKey[] = [...shown].map(([folded, display]) => ({
    words: folded.split(' '),
    title: folded,
    display,
  }));
  for (const [synonym, title] of Object.entries(TITLE_SYNONYMS)) {
    titles.push({ words: synonym.split(' '), title, display: shown.get(title) ?? title });
  }
  return { keys, titles };
}

/** A stretch of the question's words that names something in the graph. */
export interface Mention {
  start: number;
  end: number;
  /** The entities this stretch may name (more than one: an ambiguous short form); empty for a title. */
  entities: NamedEntity[];
  /** For a title: the seat title, folded. */
  title: string | null;
  /** For a title: the seat title as the graph writes it. */
  titleDisplay: string | null;
  /** The words as typed. */
  text: string;
}

/**
 * How a key matches the words from `at`: how many of its words match (all of them, or the first ones when they are at
 * least two and three fifths of the key: "Helse Vest" for "Helse Vest RHF") and how many of those are one letter
 * off; null when it does not match.
 */
function matchAt(keyWords: string[], words: Word[], at: number, upper: string | null) {
  let fuzzy = 0;
  let length = 0;
  for (const [offset, keyWord] of keyWords.entries()) {
    const word = words[at + offset]?.text;
    if (word === undefined) break;
    const last = offset === keyWords.length - 1;
    if (word === keyWord) {
      length++;
      continue;
    }
    // A possessive: "Frøyas ordfører", "Hitras kommunedirektør".
    if (last && word === `${keyWord}s` && keyWord.length >= 3) {
      length++;
      continue;
    }
    if (word.length >= SPELLING_MIN_LENGTH && keyWord.length >= SPELLING_MIN_LENGTH && withinOneEdit(word, keyWord)) {
      fuzzy++;
      length++;
      continue;
    }
    break;
  }
  const whole = length === keyWords.length;
  if (!whole && (length < 2 || length < keyWords.length * 0.6)) return null;
  if (length === 0) return null;
  if (upper !== null && !(words[at] as Word).raw.replace(/[^\p{L}\p{N}]/gu, '').includes(upper)) return null;
  return { length, fuzzy: fuzzy + (whole ? 0 : 0.5) };
}

/** The names and titles in a question's words, left to right, longest first; words in `skip` are not read. */
export function findMentions(gazetteer: Gazetteer, words: Word[], skip: ReadonlySet<number>): Mention[] {
  const mentions: Mention[] = [];
  let at = 0;
  while (at < words.length) {
    if (skip.has(at)) {
      at++;
      continue;
    }
    let best: {
      length: number;
      fuzzy: number;
      entities: NamedEntity[];
      names: number;
      title: string | null;
      display: string | null;
    } | null = null;
    const better = (length: number, fuzzy: number) =>
      best === null || length > best.length || (length === best.length && fuzzy < best.fuzzy);
    for (const key of gazetteer.keys) {
      const match = matchAt(key.words, words, at, key.upper);
      if (match === null) continue;
      const { length, fuzzy } = match;
      if ([...Array(length).keys()].some((offset) => skip.has(at + offset))) continue;
      if (better(length, fuzzy)) {
        best = { length, fuzzy, entities: [key.entity], names: key.isName ? 1 : 0, title: null, display: null };
      } else if (best && length === best.length && fuzzy === best.fuzzy && best.title === null) {
        if (!best.entities.some((entity) => entity.id === key.entity.id)) best.entities.push(key.entity);
      }
    }
    for (const key of gazetteer.titles) {
      const match = matchAt(key.words, words, at, null);
      if (match === null || match.length < key.words.length) continue;
      // A title as long as a name is a title ("leder"), a name longer than the title is the name.
      if (best === null || match.length > best.length || (match.length === best.length && match.fuzzy <= best.fuzzy)) {
        best = {
          length: match.length,
          fuzzy: match.fuzzy,
          entities: [],
          names: 0,
          title: key.title,
          display: key.display,
        };
      }
    }
    if (best === null) {
      at++;
      continue;
    }
    const text = words
      .slice(at, at + best.length)
      .map((word) => word.raw.replace(/^[«"'(]+|[?!.,:;»"')]+$/gu, ''))
      .filter((raw, index, all) => all.indexOf(raw) === index)
      .join(' ');
    mentions.push({
      start: at,
      end: at + best.length,
      entities: best.entities,
      title: best.title,
      titleDisplay: best.display,
      text,
    });
    at += best.length;
  }
  return mentions;
}
