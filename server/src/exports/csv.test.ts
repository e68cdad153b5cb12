import { describe, expect, it } from 'vitest';
import { BOM, csvField, toCsv } from './csv.js';

describe('csv', () => {
  it('starts with a byte-order mark so that Excel reads UTF-8 (Frøya, Ørland)', () => {
    const csv = toCsv(['kommune'], [['Frøya']], ';');
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}kommune\r\nFrøya\r\n`);
  });

  it('quotes fields that hold the separator, a quote or a line break, and only those', () => {
    expect(csvField('Heim; Hitra', ';')).toBe('"Heim; Hitra"');
    expect(csvField('Heim, Hitra', ';')).toBe('Heim, Hitra');
    expect(csvField('Heim, Hitra', ',')).toBe('"Heim, Hitra"');
    expect(csvField('«Vedtak» "godkjent"', ';')).toBe('"«Vedtak» ""godkjent"""');
    expect(csvField('to\nlinjer', ';')).toBe('"to\nlinjer"');
    expect(csvField(11170000, ';')).toBe('11170000');
    expect(csvField(null, ';')).toBe('');
  });
});
