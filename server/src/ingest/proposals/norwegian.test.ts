import { describe, expect, it } from 'vitest';
import { attendanceWord, findAmounts, leadingTitle, parseAmount, parseNorwegianDate } from './norwegian.js';

describe('Norwegian dates', () => {
  it('reads a day with a month name, a numeric day and a range of days', () => {
    expect(parseNorwegianDate('5. november 2021')).toEqual({ start: '2021-11-05', end: '2021-11-05' });
    expect(parseNorwegianDate('Møtedato: 17.04.2024  kl. 13.00 – 17.00')).toEqual({
      start: '2024-04-17',
      end: '2024-04-17',
    });
    expect(parseNorwegianDate('8. - 9. oktober 2020')).toEqual({ start: '2020-10-08', end: '2020-10-09' });
    expect(parseNorwegianDate('ASU 07.10.21, sak 36/21')).toEqual({ start: '2021-10-07', end: '2021-10-07' });
  });

  it('refuses what is no date', () => {
    expect(parseNorwegianDate('31. februar 2021')).toBeNull();
    expect(parseNorwegianDate('Tidspunkt: 1000-1300')).toBeNull();
    expect(parseNorwegianDate('9. - 8. oktober 2020')).toBeNull();
  });
});

describe('amounts in kroner', () => {
  it('reads kroner, millions with a decimal comma and thousands with spaces, as whole kroner', () => {
    expect(parseAmount('kr 1 500 000')).toBe(1_500_000);
    expect(parseAmount('1,5 mill')).toBe(1_500_000);
    expect(parseAmount('Helse Møre og Romsdal ble tildelt 8,564 mill. Det ble')).toBe(8_564_000);
    expect(parseAmount('150 mill. kroner')).toBe(150_000_000);
    expect(parseAmount('175 millioner kroner')).toBe(175_000_000);
    expect(parseAmount('25 000 kroner')).toBe(25_000);
    expect(parseAmount('kr 1.500.000')).toBe(1_500_000);
  });

  it('reads no amount in a number without kroner or millions', () => {
    expect(findAmounts('fra 193 i 2023 til 85 i 2024')).toEqual([]);
    expect(findAmounts('Sak 15/20')).toEqual([]);
  });
});

describe('attendance words and titles', () => {
  it('reads each attendance wording', () => {
    expect(
      [
        'x',
        'Til stede',
        'Ikke til stede',
        'møtte ikke',
        'Til stede på deler av møtet',
        'dag 1',
        'På sak 74/21',
        'Rolle',
      ].map(attendanceWord),
    ).toEqual(['PRESENT', 'PRESENT', 'ABSENT', 'ABSENT', 'PARTLY', 'PARTLY', 'FOR_CASE', null]);
  });

  it('reads the longest title a text begins with, as a whole word', () => {
    expect(leadingTitle('varaordfører')).toBe('varaordfører');
    expect(leadingTitle('Kommunedirektør, Frøya')).toBe('Kommunedirektør');
    expect(leadingTitle('Daglig leder')).toBe('Daglig leder');
    expect(leadingTitle('Ledernettverket')).toBeNull();
  });
});
