import { describe, expect, it } from 'vitest';
import { editDate, editText, idSlug, periodInOrder, quoteOffset, sourceShape, staleVersions } from './edits.js';
import { InputError } from './page.js';

// The rules of an edit that need no database (domain/edits.ts): the source, the quote check, dates, versions.

describe('quoteOffset', () => {
  const text = 'Årsrapport 2022\n\nRegionrådet  har\nhatt fire møter.\n';
  it('finds a quote copied across a line break and double spaces, as the seed finds its quotes', () => {
    expect(quoteOffset(text, 'Regionrådet har hatt fire møter.')).toBe(16);
    expect(quoteOffset(text, '  Regionrådet\n har   hatt ')).toBe(16);
  });
  it('does not find what the text does not say, nor an empty quote', () => {
    expect(quoteOffset(text, 'Regionrådet har hatt fem møter.')).toBe(-1);
    expect(quoteOffset(text, 'regionrådet har')).toBe(-1);
    expect(quoteOffset(text, ' \n ')).toBe(-1);
  });
});

describe('sourceShape', () => {
  it('takes a document with a quote (folded), or a note (trimmed)', () => {
    expect(sourceShape({ document: 'doc:a', quote: ' to\n ord ' })).toEqual({
      documentId: 'doc:a',
      quote: 'to ord',
      note: null,
    });
    expect(sourceShape({ note: '  Meldt på telefon ' })).toEqual({
      documentId: null,
      quote: null,
      note: 'Meldt på telefon',
    });
  });
  it('refuses none, both, a document without a quote, a quote without a document, and blank notes', () => {
    for (const source of [
      {},
      { document: 'doc:a', quote: 'x', note: 'y' },
      { document: 'doc:a' },
      { quote: 'x' },
      { note: '  ' },
      { document: 'doc:a', quote: '   ' },
    ]) {
      expect(() => sourceShape(source), JSON.stringify(source)).toThrow(InputError);
    }
  });
});

describe('dates, names and periods', () => {
  it('accepts real days only', () => {
    expect(editDate('start', '2024-02-29')).toBe('2024-02-29');
    expect(editDate('start', null)).toBeNull();
    expect(() => editDate('start', '2023-02-29')).toThrow(InputError);
    expect(() => editDate('start', '1.2.2024')).toThrow(InputError);
  });
  it('refuses an end before the start, allows a one-day period', () => {
    expect(() => periodInOrder('2024-05-01', '2024-04-30')).toThrow(InputError);
    expect(() => periodInOrder('2024-05-01', '2024-05-01')).not.toThrow();
    expect(() => periodInOrder(null, '2024-05-01')).not.toThrow();
  });
  it('folds the spacing of names and refuses blank ones', () => {
    expect(editText('name', '  Kari \n Nordmann ')).toBe('Kari Nordmann');
    expect(() => editText('name', ' \t ')).toThrow(InputError);
  });
  it('makes id slugs of folded names', () => {
    expect(idSlug('kari nordmann')).toBe('kari-nordmann');
    expect(idSlug('')).toBe('x');
  });
});

describe('staleVersions', () => {
  it('names every id whose version moved since the proposal (a missing one counts as 0)', () => {
    expect(staleVersions({ a: 1, b: 0, c: 2 }, { a: 1, c: 3 })).toEqual({ c: { expected: 2, current: 3 } });
    expect(staleVersions({ a: 0 }, { a: 1 })).toEqual({ a: { expected: 0, current: 1 } });
    expect(staleVersions({}, { a: 1 })).toEqual({});
  });
});
