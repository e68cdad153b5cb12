import { describe, expect, it } from 'vitest';
import { holdsOn, isIsoDate, relationSpan } from './dates.js';

describe('isIsoDate', () => {
  it('accepts real calendar dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2021-11-05')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  it('rejects impossible days and other formats', () => {
    for (const text of [
      '2022-02-30',
      '2023-02-29',
      '05.11.2021',
      '2021-11-5',
      '2021-13-01',
      '',
      '2021-11-05T00:00',
      'x2021-11-05',
      '12021-11-05',
    ]) {
      expect(isIsoDate(text), text).toBe(false);
    }
  });
});

describe('holdsOn', () => {
  it('includes both ends and treats a missing end as open', () => {
    expect(holdsOn({ validFrom: '2022-01-01', validTo: '2022-12-31' }, '2022-01-01')).toBe(true);
    expect(holdsOn({ validFrom: '2022-01-01', validTo: '2022-12-31' }, '2022-12-31')).toBe(true);
    expect(holdsOn({ validFrom: '2022-01-01', validTo: '2022-12-31' }, '2023-01-01')).toBe(false);
    expect(holdsOn({ validFrom: '2022-01-01', validTo: null }, '2030-01-01')).toBe(true);
    expect(holdsOn({ validFrom: null, validTo: '2022-12-31' }, '2000-01-01')).toBe(true);
  });

  it('keeps every fact when no day is given', () => {
    expect(holdsOn({ validFrom: '2022-01-01', validTo: '2022-12-31' }, null)).toBe(true);
  });
});

describe('relationSpan', () => {
  const observed = { from: '2022-01-01', to: '2022-12-31' };
  it('without stated dates holds for the period its sources speak for', () => {
    expect(relationSpan({ start: null, end: null }, observed)).toEqual({
      validFrom: '2022-01-01',
      validTo: '2022-12-31',
    });
  });
  it('with a stated start alone is open-ended, as the seed has it', () => {
    expect(relationSpan({ start: '2021-03-01', end: null }, observed)).toEqual({
      validFrom: '2021-03-01',
      validTo: null,
    });
  });
  it('with a stated end alone holds from where its sources speak for it, never after the end', () => {
    expect(relationSpan({ start: null, end: '2024-06-30' }, observed)).toEqual({
      validFrom: '2022-01-01',
      validTo: '2024-06-30',
    });
    expect(relationSpan({ start: null, end: '2021-06-30' }, observed)).toEqual({
      validFrom: '2021-06-30',
      validTo: '2021-06-30',
    });
  });
  it('with both stated holds for exactly that period', () => {
    expect(relationSpan({ start: '2020-01-01', end: '2020-12-31' }, observed)).toEqual({
      validFrom: '2020-01-01',
      validTo: '2020-12-31',
    });
  });
});
