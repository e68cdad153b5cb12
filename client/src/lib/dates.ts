// Dates as the reader's language writes them, in one place: "5. november 2021" or "05.11.2021" in Norwegian,
// "5 November 2021" or "5 Nov 2021" in English. Every page formats ISO dates (YYYY-MM-DD) through these, never
// showing the ISO form itself. Pure functions; dates are calendar days (UTC), not moments.
import type { Language } from '../i18n/I18nProvider';
import { isIsoDate } from './domain';

export type DateStyle = 'long' | 'short';

const FORMATS: Record<Language, Record<DateStyle, Intl.DateTimeFormat>> = {
  nb: {
    long: new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long', timeZone: 'UTC' }),
    short: new Intl.DateTimeFormat('nb-NO', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }),
  },
  en: {
    long: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
    short: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  },
};

/** A calendar day in words ("5. november 2021") or short ("05.11.2021"); anything not an ISO date as it is. */
export function formatDate(iso: string, language: Language, style: DateStyle = 'long'): string {
  if (!isIsoDate(iso)) return iso;
  return FORMATS[language][style].format(new Date(`${iso}T00:00:00Z`));
}

/**
 * A period: "2022" for a whole calendar year, the day alone for one day, else "from – to" with an open end as "…".
 * Empty ("–") when neither end is known.
 */
export function formatPeriod(
  from: string | null | undefined,
  to: string | null | undefined,
  language: Language,
  style: DateStyle = 'short',
): string {
  if (!from && !to) return '–';
  if (from && from === to) return formatDate(from, language, style);
  const year = from?.slice(0, 4);
  if (from === `${year}-01-01` && to === `${year}-12-31`) return year ?? '';
  return `${from ? formatDate(from, language, style) : '…'} – ${to ? formatDate(to, language, style) : '…'}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Dates as people type them. Chromium's <input type="date"> follows neither the page's `lang` nor a chosen
// language (it shows mm/dd/yyyy on an American system), so the forms use a text field (components/DateInput.tsx)
// that shows dd.mm.åååå in Norwegian and dd/mm/yyyy in English and reads these.

/** What a typed date is: nothing, a calendar day (ISO), or why it is not one. */
export type TypedDate =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string }
  | { kind: 'format' }
  | { kind: 'month'; month: number }
  | { kind: 'day'; day: number; month: number; year: number; daysInMonth: number };

// Month names as either language writes them in a date, long and short ("november", "nov", "mai", "may").
const MONTH_NAMES: Record<string, number> = Object.fromEntries(
  (['nb-NO', 'en-GB'] as const).flatMap((locale) =>
    Array.from({ length: 12 }, (_, index) => {
      const day = new Date(Date.UTC(2024, index, 15));
      const long = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(day).toLowerCase();
      const short = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(day);
      return [
        [long, index + 1],
        [short.toLowerCase().replace(/\.$/, ''), index + 1],
        [long.slice(0, 3), index + 1],
      ] as [string, number][];
    }).flat(),
  ),
);

const DAY_FIRST = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})$/;
const YEAR_FIRST = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const IN_WORDS = /^(\d{1,2})\.?\s+([\p{L}]+)\.?\s+(\d{4})$/u;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dayOf(year: number, month: number, day: number): TypedDate {
  if (month < 1 || month > 12) return { kind: 'month', month };
  const daysInMonth = daysIn(year, month);
  if (day < 1 || day > daysInMonth) return { kind: 'day', day, month, year, daysInMonth };
  return { kind: 'date', iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/**
 * Reads a date as people write it, day first: 31.12.2024, 1.2.2024, 31/12/2024, 31-12-2024, "5. november 2021",
 * "5 Nov 2021", and the ISO form 2024-12-31. A day the calendar does not have (31.02.2024) or a month past 12 is
 * refused with the reason; two-digit years are refused (is 24 1924 or 2024?).
 */
export function parseTypedDate(text: string): TypedDate {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const dayFirst = DAY_FIRST.exec(trimmed);
  if (dayFirst) return dayOf(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  const yearFirst = YEAR_FIRST.exec(trimmed);
  if (yearFirst) return dayOf(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  const words = IN_WORDS.exec(trimmed);
  const month = words ? MONTH_NAMES[(words[2] ?? '').toLowerCase()] : undefined;
  if (words && month) return dayOf(Number(words[3]), month, Number(words[1]));
  return { kind: 'format' };
}

/** A calendar day as the date field shows it: 31.12.2024 in Norwegian, 31/12/2024 in English; '' for none. */
export function formatTypedDate(iso: string, language: Language): string {
  if (!isIsoDate(iso)) return iso;
  const [year, month, day] = iso.split('-');
  return language === 'nb' ? `${day}.${month}.${year}` : `${day}/${month}/${year}`;
}

/** The I18nProvider's t() for the date field's messages. */
export type DateTranslate = (key: DateMessageKey, values?: Record<string, string | number>) => string;
export type DateMessageKey = 'dateInput.format' | 'dateInput.noSuchMonth' | 'dateInput.noSuchDay';

/** Why a typed date is refused, in words a person can act on; null when it is a date or empty. */
export function typedDateProblem(typed: TypedDate, text: string, language: Language, t: DateTranslate): string | null {
  switch (typed.kind) {
    case 'format':
      return t('dateInput.format');
    case 'month':
      return t('dateInput.noSuchMonth', { text: text.trim(), month: typed.month });
    case 'day': {
      const monthName = new Intl.DateTimeFormat(language === 'nb' ? 'nb-NO' : 'en-GB', {
        month: 'long',
        timeZone: 'UTC',
      }).format(new Date(Date.UTC(typed.year, typed.month - 1, 1)));
      return t('dateInput.noSuchDay', {
        text: text.trim(),
        month: monthName,
        year: typed.year,
        days: typed.daysInMonth,
      });
    }
    default:
      return null;
  }
}
