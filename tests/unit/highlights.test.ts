import { describe, expect, it } from 'vitest';
import { textPieces } from '../../client/src/lib/highlights.js';

describe('textPieces', () => {
  it('cuts the text around each quote and keeps every character once', () => {
    const text = 'Frøya: Kristin Strømskag, ordfører. Hitra: Ole L. Haugen, ordfører.';
    const pieces = textPieces(text, [
      { key: 'b', start: text.indexOf('Ole'), end: text.length - 1 },
      { key: 'a', start: 7, end: 34 },
    ]);
    expect(pieces.map((piece) => piece.type)).toEqual(['text', 'highlight', 'text', 'highlight', 'text']);
    const highlights = pieces.flatMap((piece) => (piece.type === 'highlight' ? [piece] : []));
    expect(highlights.map((piece) => piece.keys)).toEqual([['a'], ['b']]);
    expect(highlights[0]?.parts).toEqual([{ type: 'text', text: 'Kristin Strømskag, ordfører' }]);
    const all = pieces
      .flatMap((piece) => (piece.type === 'highlight' ? piece.parts : [piece]))
      .map((piece) => (piece.type === 'text' ? piece.text : ''))
      .join('');
    expect(all).toBe(text);
  });

  it('makes one highlight of overlapping quotes, listing both', () => {
    const text = 'Arbeidsutvalget har bestått av Kristin Strømskag (leder) og Oddbjørn Bang (nestleder).';
    const pieces = textPieces(text, [
      { key: 'group', start: 0, end: text.length - 1 },
      { key: 'leader', start: text.indexOf('Kristin'), end: text.indexOf(' og') },
    ]);
    expect(pieces).toHaveLength(2);
    expect(pieces[0]).toMatchObject({ type: 'highlight', id: 'group', keys: ['group', 'leader'] });
  });

  it('marks every page start, also inside a quote that runs over a page break', () => {
    const text = 'side en\nside to\nside tre';
    const pieces = textPieces(text, [{ key: 'q', start: 5, end: 12 }], [0, 8, 16]);
    expect(pieces[0]).toEqual({ type: 'page', page: 1 });
    const highlight = pieces.find((piece) => piece.type === 'highlight');
    expect(highlight?.type === 'highlight' && highlight.parts).toEqual([
      { type: 'text', text: 'en\n' },
      { type: 'page', page: 2 },
      { type: 'text', text: 'side' },
    ]);
    expect(pieces.filter((piece) => piece.type === 'page')).toEqual([
      { type: 'page', page: 1 },
      { type: 'page', page: 3 },
    ]);
  });

  it('leaves out a span that is not in the text, and marks no pages in a text of one page', () => {
    const pieces = textPieces('kort tekst', [{ key: 'x', start: 4, end: 99 }], [0]);
    expect(pieces).toEqual([{ type: 'text', text: 'kort tekst' }]);
  });
});
