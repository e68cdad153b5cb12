import { describe, expect, it } from 'vitest';
import { en, type MessageKey, nb } from '../../client/src/i18n/messages.js';
import {
  type DateTranslate,
  formatDate,
  formatPeriod,
  formatTypedDate,
  parseTypedDate,
  typedDateProblem,
} from '../../client/src/lib/dates.js';

const translator =
  (messages: Record<MessageKey, string>): DateTranslate =>
  (key, values) =>
    messages[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? `{${name}}`));
const iso = (text: string) => {
  const typed = parseTypedDate(text);
  return typed.kind === 'date' ? typed.iso : typed.kind;
};

describe('dates as the reader writes them', () => {
  it('writes a day in words or short, Norwegian and English', () => {
    expect(formatDate('2021-11-05', 'nb')).toBe('5. november 2021');
    expect(formatDate('2021-11-05', 'nb', 'short')).toBe('05.11.2021');
    expect(formatDate('2021-11-05', 'en')).toBe('5 November 2021');
    expect(formatDate('2021-11-05', 'en', 'short')).toBe('5 Nov 2021');
  });

  it('leaves what is not an ISO day as it is (a year, words)', () => {
    expect(formatDate('2022', 'nb')).toBe('2022');
    expect(formatDate('våren 2022', 'en')).toBe('våren 2022');
  });

  it('writes a whole calendar year as the year, one day once, and an open end as …', () => {
    expect(formatPeriod('2022-01-01', '2022-12-31', 'nb')).toBe('2022');
    expect(formatPeriod('2021-11-05', '2021-11-05', 'nb')).toBe('05.11.2021');
    expect(formatPeriod('2021-11-05', '2022-12-31', 'nb', 'long')).toBe('5. november 2021 – 31. desember 2022');
    expect(formatPeriod(null, '2022-12-31', 'en')).toBe('… – 31 Dec 2022');
    expect(formatPeriod(null, null, 'nb')).toBe('–');
  });
});

describe('dates as people type them in a date field', () => {
  it('reads the common forms, day first, to the same ISO day', () => {
    for (const text of [
      '31.12.2024',
      '31/12/2024',
      '2024-12-31',
      '31-12-2024',
      ' 31. 12. 2024 ',
      '31. desember 2024',
    ]) {
      expect(iso(text), text).toBe('2024-12-31');
    }
    expect(iso('1.2.2024')).toBe('2024-02-01');
    expect(iso('1/2/2024')).toBe('2024-02-01');
    expect(iso('5 Nov 2021')).toBe('2021-11-05');
    expect(iso('5. mai 2022')).toBe('2022-05-05');
    expect(iso('29.02.2024')).toBe('2024-02-29');
  });

  it('refuses a day the calendar does not have, saying how many days the month has', () => {
    expect(parseTypedDate('31.02.2024')).toEqual({ kind: 'day', day: 31, month: 2, year: 2024, daysInMonth: 29 });
    expect(parseTypedDate('29.02.2023')).toMatchObject({ kind: 'day', daysInMonth: 28 });
    expect(parseTypedDate('31.04.2024')).toMatchObject({ kind: 'day', daysInMonth: 30 });
    expect(parseTypedDate('0.1.2024')).toMatchObject({ kind: 'day' });
    expect(parseTypedDate('12.13.2024')).toEqual({ kind: 'month', month: 13 });
    const text = '31.02.2024';
    expect(typedDateProblem(parseTypedDate(text), text, 'nb', translator(nb))).toBe(
      '«31.02.2024» finnes ikke: februar 2024 har 29 dager.',
    );
    expect(typedDateProblem(parseTypedDate('31/02/2024'), '31/02/2024', 'en', translator(en))).toBe(
      '“31/02/2024” does not exist: February 2024 has 29 days.',
    );
    expect(typedDateProblem(parseTypedDate('12.13.2024'), '12.13.2024', 'nb', translator(nb))).toContain('1 til 12');
  });

  it('refuses what is not a date with the form to write it in, and reads an empty field as no date', () => {
    for (const text of ['31.12.24', 'i går', '2024', '12/31', '31.12.2024.5']) {
      expect(parseTypedDate(text).kind, text).toBe('format');
    }
    expect(typedDateProblem(parseTypedDate('i går'), 'i går', 'nb', translator(nb))).toBe(
      'Skriv datoen som dd.mm.åååå, for eksempel 31.12.2024.',
    );
    expect(typedDateProblem(parseTypedDate('soon'), 'soon', 'en', translator(en))).toBe(
      'Write the date as dd/mm/yyyy, for example 31/12/2024.',
    );
    expect(parseTypedDate('   ')).toEqual({ kind: 'empty' });
    expect(typedDateProblem(parseTypedDate(''), '', 'nb', translator(nb))).toBeNull();
    expect(typedDateProblem(parseTypedDate('1.2.2024'), '1.2.2024', 'nb', translator(nb))).toBeNull();
  });

  it('shows a day in the field as dd.mm.åååå in Norwegian and dd/mm/yyyy in English', () => {
    expect(formatTypedDate('2024-02-01', 'nb')).toBe('01.02.2024');
    expect(formatTypedDate('2024-02-01', 'en')).toBe('01/02/2024');
    expect(formatTypedDate('', 'nb')).toBe('');
    expect(iso(formatTypedDate('2021-11-05', 'en'))).toBe('2021-11-05');
  });
});
