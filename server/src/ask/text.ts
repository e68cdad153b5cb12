import type { Language } from './parse.js';
import type { TimeExpression } from './time.js';

// The sentences of answers and interpretations, in the question's language.

/** "A, B og C" / "A, B and C". */
export function listed(items: string[], language: Language): string {
  if (items.length <= 1) return items[0] ?? '';
  const and = language === 'EN' ? 'and' : 'og';
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

/** Exact kroner: "1 500 000 kr" / "NOK 1,500,000". */
export function kroner(amount: number, language: Language): string {
  const digits = String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, language === 'EN' ? ',' : ' ');
  return language === 'EN' ? `NOK ${digits}` : `${digits} kr`;
}

const MONTHS_NB = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A day in words: "5. november 2021" / "5 November 2021". */
export function dayInWords(day: string, language: Language): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return language === 'EN' ? `${date} ${MONTHS_EN[month - 1]} ${year}` : `${date}. ${MONTHS_NB[month - 1]} ${year}`;
}

/** The time an answer speaks for, as a phrase: "per 5. november 2021", "i 2021", "før 3. desember 2026". */
export function timePhrase(time: TimeExpression, day: string, language: Language, dated: boolean): string {
  const en = language === 'EN';
  if (time.kind === 'period') {
    const month = time.month === null ? '' : `${(en ? MONTHS_EN : MONTHS_NB)[time.month - 1]} `;
    return `${en ? 'in' : 'i'} ${month}${time.year}`;
  }
  if (time.kind === 'before') return `${en ? 'before' : 'før'} ${dayInWords(day, language)}`;
  if (!dated && time.kind !== 'day') return en ? 'in any period the sources cover' : 'i hele perioden kildene dekker';
  return `${en ? 'as of' : 'per'} ${dayInWords(day, language)}`;
}

const RELATION_WORDS: Record<string, [string, string]> = {
  MEMBER_OF: ['medlem av', 'member of'],
  PART_OF: ['del av', 'part of'],
  HOST_OF: ['vertskommune for', 'host of'],
  PARTICIPATES_IN: ['deltar i', 'takes part in'],
  PARTNER_OF: ['samarbeidspartner for', 'partner of'],
  RESPONSIBLE_FOR: ['ansvarlig for', 'responsible for'],
  LOCATED_IN: ['ligger i', 'located in'],
  IN_AREA_OF: ['i området til', 'in the area of'],
  GRANTED_BY: ['gitt av', 'granted by'],
  GRANTED_TO: ['gitt til', 'granted to'],
  DECIDED_IN: ['vedtatt i', 'decided in'],
  MEETING_OF: ['møte i', 'meeting of'],
  CASE_IN: ['sak i', 'case in'],
  CONCERNS: ['gjelder', 'concerns'],
  REFERS_TO: ['viser til', 'refers to'],
  ATTENDED: ['møtte på', 'attended'],
  OWNS: ['eier', 'owns'],
  COMMENTED_ON: ['uttalte seg om', 'commented on'],
  ALLOCATED_FROM: ['del av tilskuddet', 'allocated from'],
};

/** A relationship type in words ("medlem av" / "member of"); null for a link that is not a fact's type (a seat). */
export function relationWords(type: string, language: Language): string | null {
  const words = RELATION_WORDS[type];
  return words ? words[language === 'EN' ? 1 : 0] : null;
}
