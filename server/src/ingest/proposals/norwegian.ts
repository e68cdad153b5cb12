import { isIsoDate } from '../../domain/dates.js';
import type { AttendanceWord } from './types.js';

// The Norwegian words the rules read: dates, amounts in kroner, attendance words and titles.

const MONTHS: Readonly<Record<string, number>> = {
  januar: 1,
  jan: 1,
  februar: 2,
  feb: 2,
  mars: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mai: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  desember: 12,
  des: 12,
};

const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** A day or a range of days, YYYY-MM-DD. */
export interface DateRange {
  start: string;
  end: string;
}

function iso(year: number, month: number, day: number): string | null {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(text) ? text : null;
}

function fullYear(year: string): number {
  const value = Number(year);
  return year.length === 2 ? 2000 + value : value;
}

// "8. - 9. oktober 2020", "8.–9. oktober 2020", "5. november 2021", "5 november 2021"
const WRITTEN = new RegExp(
  `(?<!\\d)(\\d{1,2})\\.?(?:\\s*[-–]\\s*(\\d{1,2})\\.?)?\\s+(${MONTH_NAMES})\\.?\\s+(\\d{4})(?!\\d)`,
  'iu',
);
// "17.04.2024", "17.04.24", "07.10.21"
const NUMERIC = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d])/u;

/** Where a date is in `text` and what it says, or null: the first date written in it. */
export function findDate(text: string): { index: number; length: number; range: DateRange } | null {
  const written = WRITTEN.exec(text);
  const numeric = NUMERIC.exec(text);
  const candidates: { index: number; length: number; range: DateRange }[] = [];
  if (written) {
    const month = MONTHS[(written[3] ?? '').toLowerCase()] ?? 0;
    const year = Number(written[4]);
    const first = iso(year, month, Number(written[1]));
    const last = written[2] === undefined ? first : iso(year, month, Number(written[2]));
    if (first !== null && last !== null && first <= last) {
      candidates.push({ index: written.index, length: written[0].length, range: { start: first, end: last } });
    }
  }
  if (numeric) {
    const day = iso(fullYear(numeric[3] ?? ''), Number(numeric[2]), Number(numeric[1]));
    if (day !== null)
      candidates.push({ index: numeric.index, length: numeric[0].length, range: { start: day, end: day } });
  }
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0] ?? null;
}

/** The date or range of days `text` writes, or null: "5. november 2021", "17.04.2024", "8. - 9. oktober 2020". */
export function parseNorwegianDate(text: string): DateRange | null {
  return findDate(text)?.range ?? null;
}

// An amount: "kr 1 500 000", "kr 150 000", "1,5 mill", "8,564 mill.", "150 mill. kroner", "80 millioner kroner",
// "2 mrd", "25 000 kroner", "6.105.000,-". A number without kr, kroner, mill, mrd or ",-" is no amount.
const NUMBER = String.raw`\d{1,3}(?:[ \u00a0.]\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?`;
const AMOUNT = new RegExp(
  String.raw`(?:\b(?:kr\.?|NOK)\s*(${NUMBER})(?:\s*(mill(?:ioner|\.)?|mrd\.?|milliarder))?` +
    String.raw`|(?<![\d,.])(${NUMBER})\s*(?:(mill(?:ioner|ion|\.)?|mrd\.?|milliarder)(?![\p{L}])(?:\s*(?:kroner|kr\.?))?|(kroner|kr\.?)(?![\p{L}]))` +
    String.raw`|(?<![\d,.])(\d{1,3}(?:[ \u00a0.]\d{3})+),-)`,
  'giu',
);

/** Whole kroner of a number as written with its unit ("1,5" "mill" → 1 500 000). */
export function kroner(number: string, unit: string | undefined): number {
  const scale = unit === undefined ? 1 : /^m(rd|illiard)/i.test(unit) ? 1e9 : /^mill/i.test(unit) ? 1e6 : 1;
  let digits = number.replace(/[ \u00a0]/g, '');
  // A point before exactly three digits groups thousands ("1.500.000"), unless millions follow ("11.170 mill.").
  if (scale === 1 || /\..*\./.test(digits)) digits = digits.replace(/\.(?=\d{3}(?!\d))/g, '');
  digits = digits.replace(',', '.');
  return Math.round(Number(digits) * scale);
}

/** Every amount in kroner in `text`: where it is and its whole kroner. */
export function findAmounts(text: string): { index: number; length: number; amountNok: number }[] {
  const found: { index: number; length: number; amountNok: number }[] = [];
  for (const match of text.matchAll(AMOUNT)) {
    const number = match[1] ?? match[3] ?? match[6];
    if (number === undefined) continue;
    const unit = match[1] !== undefined ? match[2] : match[4];
    const amountNok = kroner(number, unit);
    if (!Number.isFinite(amountNok) || amountNok <= 0) continue;
    found.push({ index: match.index, length: match[0].trimEnd().length, amountNok });
  }
  return found;
}

// What makes an amount a grant (docs/ingest.md, "amount"): words of granting in its sentence, as stems, since
// Norwegian writes them inside compounds ("samhandlingstilskudd", "basisbevilgningen", "skjønnsmidler"). The two
// stems that other words begin with end where the word ends: "midler"/"midlene", never "midlertidig"; "fordelt",
// "fordeling", never "fordelen" (an advantage).
const GRANT_WORDS =
  /tildel|tilskudd|bevilg|finansier|støtte|(?<!for)midl(?:er|ene|ar)(?!\p{L})|innvilg|(?<!\p{L})fordel(?:t|te|ing|ingen|inger|es)(?!\p{L})/iu;
// What makes it no grant: a rate ("kr 25 000 per halvår", "pr. time", "i timen") right after it, a sentence of costs
// ("kostnader", "innleie"), or of a change from one figure to another ("økt fra i underkant av 80 millioner til 175
// millioner"). Words of granting beat the costs ("tildelt kr 200 000 til å dekke utgifter") and a yearly rate
// ("tildelt kr 500 000 per år": a grant is given by the year), never a change nor another rate (the seed reads "får
// finansiert kr 25 000 per halvår" for five people as a rate, not the grant's amount).
const RATE =
  /^\s*(?:(?:per|pr\.?|\/)\s*(?:halvår|år|måned|mnd|uke|dag|døgn|time|person|deltaker|innbygger)|i\s+(?:timen|året|måneden|uka|uken|døgnet))(?!\p{L})/iu;
const YEARLY = /^\s*(?:(?:per|pr\.?|\/)\s*år|i\s+året)(?!\p{L})/iu;
const COST = /kostnad|utgift|innleie/iu;
const CHANGE =
  /(?<!\p{L})(?:økt|økte|økning|redusert|reduserte|reduksjon|steg|sank|gikk ned|gått ned)(?!\p{L})[\s\S]*?(?<!\p{L})fra(?!\p{L})[\s\S]*?(?<!\p{L})til(?!\p{L})/iu;

/** Whether an amount's sentence says it is granted: "ble tildelt", "bevilget", "tilskudd", "finansiert", "midler". */
export function speaksOfGrant(sentence: string): boolean {
  return GRANT_WORDS.test(sentence);
}

/** Whether the words right after an amount make it a rate ("per halvår", "per år", "pr. time", "i timen"). */
export function isRate(after: string): boolean {
  return RATE.test(after);
}

/** Whether the words right after an amount make it a yearly one ("per år", "i året"). */
export function isYearly(after: string): boolean {
  return YEARLY.test(after);
}

/** Whether an amount's sentence is about costs or a change ("kostnader", "innleie", "økt fra … til"). */
export function speaksOfCost(sentence: string): boolean {
  return COST.test(sentence) || CHANGE.test(sentence);
}

/** Whether an amount's sentence is about a change from one figure to another ("økt fra … til"). */
export function speaksOfChange(sentence: string): boolean {
  return CHANGE.test(sentence);
}

/** Where the last match of `pattern` in `text` starts, or -1. */
function lastIndexOf(pattern: RegExp, text: string): number {
  let last = -1;
  for (const match of text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))) last = match.index;
  return last;
}

/**
 * Whether the amount at `at` of `sentence` is no grant (`next`: the words right after it): a change, or a rate other
 * than a yearly one, whatever the words; costs and a yearly rate unless words of granting stand before the amount
 * and no word of costs between them and it ("tildelt kr 200 000 til å dekke utgifter" is a grant, "Tilskuddet ble
 * brukt til lønnskostnader på 2 mill." is not).
 */
export function vetoesGrant(sentence: string, at: number, next: string): boolean {
  if (speaksOfChange(sentence)) return true;
  const before = sentence.slice(0, at);
  const granting = lastIndexOf(GRANT_WORDS, before);
  const governs = granting >= 0 && lastIndexOf(COST, before) < granting;
  if (isRate(next)) return !(governs && isYearly(next));
  return COST.test(sentence) && !governs;
}

// A point ends a sentence before a capital, a digit or a bullet, except after these abbreviations and initials.
const ABBREVIATION = /(?:^|[\s(])(?:St|bl\.a|jf|nr|ca|kl|dvs|f\.eks|inkl|evt|ev|iht|vedr|mht|\p{Lu})$/u;
const MAX_SENTENCE = 500;

function endsSentence(text: string, at: number): boolean {
  if (!/[.!?]/u.test(text[at] ?? '')) return false;
  if (!/^\s+[\p{Lu}\d•«"]/u.test(text.slice(at + 1, at + 4))) return false;
  return text[at] !== '.' || !ABBREVIATION.test(text.slice(Math.max(0, at - 8), at));
}

/**
 * The sentence around `start`..`end` of `text`, across line breaks (a PDF's lines break inside sentences): from
 * after the last sentence end, bullet or list colon before it to its own end, at most a few hundred characters
 * either way.
 */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0 && start - from < MAX_SENTENCE) {
    const at = from - 1;
    if (text[at] === '•' || (text[at] === ':' && text[at + 1] === '\n') || endsSentence(text, at)) break;
    from = at;
  }
  while (from < start && /\s/u.test(text[from] ?? '')) from++;
  let until = Math.max(start, end - 1);
  for (; until < text.length && until - end < MAX_SENTENCE; until++) {
    if (text[until] === '•') break;
    if (endsSentence(text, until)) {
      until++;
      break;
    }
  }
  return { start: from, end: Math.min(text.length, until) };
}

/** The first amount `text` writes, in whole kroner, or null. */
export function parseAmount(text: string): number | null {
  return findAmounts(text)[0]?.amountNok ?? null;
}

/** The attendance an attendance column or note states, or null ("x", "møtte ikke", "På sak 74/21", "dag 1"). */
export function attendanceWord(text: string): AttendanceWord | null {
  const words = text.trim().replace(/\s+/g, ' ').toLowerCase();
  if (words === '') return null;
  if (/^(x|✓|✔|ja|møtte|til stede|tilstede)$/.test(words)) return 'PRESENT';
  if (/^(ikke til stede|ikke tilstede|møtte ikke|forfall|fravær|nei|-)\b/.test(words)) return 'ABSENT';
  if (/^(til stede på deler av møtet|deler av møtet|delvis)\b/.test(words) || /^dag \d\b/.test(words)) return 'PARTLY';
  if (/^på sak\b/.test(words)) return 'FOR_CASE';
  return null;
}

/** Titles a person holds a seat or a post under, longest first so "varaordfører" is not read as "ordfører". */
export const TITLES: readonly string[] = [
  'kommunedirektør',
  'kommunalsjef',
  'varaordfører',
  'ordfører',
  'rådmann',
  'daglig leder',
  'nestleder',
  'varamedlem',
  'medlem',
  'representant',
  'sekretær',
  'leder',
  'prosjektleder',
  'innføringsleder',
  'utviklingsveileder',
  'rådgiver',
  'direktør',
  'administrerende direktør',
  'fylkesordfører',
  'styreleder',
  'saksbehandler',
  'vara',
  'observatør',
  'koordinator',
  'kreftkoordinator',
]
  .slice()
  .sort((a, b) => b.length - a.length);

const TITLE_START = new RegExp(`^(?:${TITLES.join('|')})`, 'iu');

/** The title `text` begins with, as written, or null ("Rådmann, Aure" → "Rådmann"). */
export function leadingTitle(text: string): string | null {
  const trimmed = text.trim();
  const match = TITLE_START.exec(trimmed);
  if (!match) return null;
  const after = trimmed.slice(match[0].length);
  // A whole word: "Ledernettverk" is no title; "Innføringsleder Helseplattformen" keeps its qualifier.
  if (/^\p{L}/u.test(after)) return null;
  return match[0];
}

const TITLE_ANYWHERE = new RegExp(`(?:${TITLES.join('|')})(?![\\p{L}])`, 'iu');

/** Whether `text` names a title anywhere ("Regional innføringsleder Helseplattformen"). */
export function mentionsTitle(text: string): boolean {
  return TITLE_ANYWHERE.test(text);
}
