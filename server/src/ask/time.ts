// Time expressions in a question (docs/ask.md): a day ("per 1. mars 2022", "5. november 2021", "2021-11-05",
// "05.11.2021", "on 5 November 2021", "November 5, 2021"), a month ("i november 2021"), a year ("i 2021"), now ("nå",
// "i dag", "now", "today") and before ("før", "tidligere", "before", "previously"). They are read from the folded
// words (domain/names.ts foldName), and the words they take are left out of the question's skeleton.

export type TimeExpression =
  | { kind: 'none' }
  | { kind: 'now' }
  | { kind: 'before' }
  | { kind: 'day'; day: string }
  | { kind: 'period'; from: string; to: string; year: number; month: number | null };

const MONTHS: Record<string, number> = {
  januar: 1,
  january: 1,
  jan: 1,
  februar: 2,
  february: 2,
  feb: 2,
  mars: 3,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mai: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nov: 11,
  desember: 12,
  december: 12,
  des: 12,
  dec: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > last ? null : `${year}-${pad(month)}-${pad(day)}`;
}

const YEAR = /^(19|20)\d{2}$/;
const NUMBER = /^\d{1,2}$/;
/** Words that only introduce a time ("per 1. mars", "on 5 November", "as of", "in 2021", "den 5."). */
const LEAD = new Set(['per', 'pr', 'on', 'as', 'of', 'den', 'the', 'dato', 'date', 'i', 'in', 'during', 'under']);
const NOW = new Set(['na', 'now', 'today', 'currently', 'idag']);

/** The day written by the three words from `i` on, in any of the forms above, or null. */
function dayAt(words: string[], i: number): string | null {
  const [a, b, c] = [words[i], words[i + 1], words[i + 2]];
  if (!a || !b || !c) return null;
  if (YEAR.test(a) && /^\d{2}$/.test(b) && /^\d{2}$/.test(c)) return validDay(Number(a), Number(b), Number(c));
  if (!YEAR.test(c)) return null;
  if (NUMBER.test(a) && NUMBER.test(b)) return validDay(Number(c), Number(b), Number(a));
  const month = MONTHS[b];
  if (month && /^\d{1,2}(st|nd|rd|th)?$/.test(a)) return validDay(Number(c), month, Number.parseInt(a, 10));
  const first = MONTHS[a];
  if (first && NUMBER.test(b)) return validDay(Number(c), first, Number(b));
  return null;
}

export interface TimeReading {
  time: TimeExpression;
  /** Indices of the words the expression took (and the words that led up to it). */
  used: Set<number>;
}

/**
 * The time expression of a question's folded words. `raw` is the question as typed: "før" folds to "for", which
 * is also an ordinary word, so before is recognised there.
 */
export function readTime(all: string[], raw: string, names: ReadonlySet<number> = new Set()): TimeReading {
  // The words of names are not read (a placeholder keeps the other words' places).
  const words = all.map((word, index) => (names.has(index) ? '\u0000' : word));
  const used = new Set<number>();
  const take = (from: number, to: number) => {
    for (let i = from; i < to; i++) used.add(i);
    // The words that introduce it: "per", "i", "on", "as of".
    for (let i = from - 1; i >= 0 && LEAD.has(words[i] as string); i--) used.add(i);
  };
  for (let i = 0; i < words.length; i++) {
    const day = dayAt(words, i);
    if (day) {
      take(i, i + 3);
      return { time: { kind: 'day', day }, used };
    }
  }
  for (let i = 0; i < words.length; i++) {
    const [a, b] = [words[i], words[i + 1]] as (string | undefined)[];
    if (a && b && MONTHS[a] && a.length > 3 && YEAR.test(b)) {
      const year = Number(b);
      const month = MONTHS[a];
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      take(i, i + 2);
      return {
        time: { kind: 'period', from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${last}`, year, month },
        used,
      };
    }
  }
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (YEAR.test(word)) {
      const year = Number(word);
      take(i, i + 1);
      return { time: { kind: 'period', from: `${year}-01-01`, to: `${year}-12-31`, year, month: null }, used };
    }
  }
  if (
    /(^|[^\p{L}])før($|[^\p{L}])/iu.test(raw) ||
    /\b(tidligere|before|previously|formerly|earlier|former)\b/i.test(raw)
  ) {
    words.forEach((word, i) => {
      if (['tidligere', 'before', 'previously', 'formerly', 'earlier', 'former'].includes(word)) used.add(i);
      if (word === 'for' && /(^|[^\p{L}])før($|[^\p{L}])/iu.test(raw)) used.add(i);
    });
    return { time: { kind: 'before' }, used };
  }
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (NOW.has(word) || (word === 'i' && words[i + 1] === 'dag')) {
      used.add(i);
      if (word === 'i') used.add(i + 1);
      return { time: { kind: 'now' }, used };
    }
  }
  return { time: { kind: 'none' }, used };
}
