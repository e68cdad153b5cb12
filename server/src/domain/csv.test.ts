import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvField, csvLine, toCsv } from './csv.js';

describe('csv', () => {
  it('starts with a byte-order mark so that Excel reads UTF-8 (Frøya, Ørland)', () => {
    const csv = toCsv([['kommune'], ['Frøya']], ';');
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv).toBe(`${CSV_BOM}kommune\r\nFrøya\r\n`);
  });

  it('quotes fields that hold either separator, a quote or a line break, and only those', () => {
    expect(csvField('Heim; Hitra')).toBe('"Heim; Hitra"');
    expect(csvField('Heim, Hitra')).toBe('"Heim, Hitra"');
    expect(csvField('Heim Hitra')).toBe('Heim Hitra');
    expect(csvField('«Vedtak» "godkjent"')).toBe('"«Vedtak» ""godkjent"""');
    expect(csvField('to\nlinjer')).toBe('"to\nlinjer"');
    expect(csvField(11170000)).toBe('11170000');
    expect(csvField(null)).toBe('');
  });

  it('writes negative amounts as numbers, but text that starts like a formula as text', () => {
    expect(csvLine([-5000, '-5000', '=1+1'], ';')).toBe("-5000;'-5000;'=1+1\r\n");
  });
});
