import { describe, expect, it } from 'vitest';
import { isIsoDate } from './dates.js';

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
