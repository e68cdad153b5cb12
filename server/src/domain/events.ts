import { EventType } from '../generated/enums.js';

// Dated events and key figures: how precise a date is, how events sort, and what a valid one looks like.

export type EventTypeValue = EventType;
export const EVENT_TYPES = Object.values(EventType) as EventType[];

/** What an event's date says: a day, a month, a year, or only words (an impossible or missing date). */
export interface EventDate {
  date?: string | null;
  year?: number | null;
  month?: number | null;
  dateAsWritten?: string | null;
}

/**
 * The key events sort by, oldest first: the day, else the month's or the year's start (a month before its days,
 * a year before its months); an event with no date last.
 */
export function eventSortKey(event: EventDate): string {
  if (event.date) return `${event.date}-1`;
  if (event.year && event.month) return `${event.year}-${String(event.month).padStart(2, '0')}-00-0`;
  if (event.year) return `${event.year}-00-00-0`;
  return '9999';
}

/** What is wrong with an event's type and date, if anything (the seed refuses it then). */
export function eventProblems(event: EventDate & { type?: string | null }): string[] {
  const problems: string[] = [];
  if (!event.type || !EVENT_TYPES.includes(event.type as EventType)) {
    problems.push(`type must be one of ${EVENT_TYPES.join(', ')}`);
  }
  if (!event.dateAsWritten) problems.push('dateAsWritten is required: the date in the text’s own words');
  if (event.month && !event.year) problems.push('a month needs its year');
  if (event.date) {
    const [year, month] = event.date.split('-').map(Number);
    if (event.year && event.year !== year) problems.push(`year ${event.year} contradicts date ${event.date}`);
    if (event.month && event.month !== month) problems.push(`month ${event.month} contradicts date ${event.date}`);
  }
  return problems;
}

/** What is wrong with a key figure, if anything: it needs a value and a unit, and a period that runs forwards. */
export function figureProblems(figure: {
  value?: number | null;
  unit?: string | null;
  start?: string | null;
  end?: string | null;
}): string[] {
  const problems: string[] = [];
  if (typeof figure.value !== 'number') problems.push('value is required');
  if (!figure.unit) problems.push('unit is required');
  if (figure.start && figure.end && figure.start > figure.end) problems.push('start is after end');
  return problems;
}
