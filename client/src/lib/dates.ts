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
