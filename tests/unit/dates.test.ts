import { describe, expect, it } from 'vitest';
import { formatDate, formatPeriod } from '../../client/src/lib/dates.js';

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
