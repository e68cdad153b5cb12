import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldWhitespace } from './names.js';
import { foldedText, quoteSpan } from './spans.js';

describe('quoteSpan', () => {
  it('finds a quote written on one line in a text that breaks it over lines and tabs', () => {
    const text = '  Frøya\n\tKristin  Strømskag,\nordfører\n\nGeir Meland ';
    const span = quoteSpan(foldedText(text), 'Kristin Strømskag, ordfører');
    expect(span).not.toBeNull();
    expect(text.slice(span?.start, span?.end)).toBe('Kristin  Strømskag,\nordfører');
  });

  it('uses the stored offset when the quote is there, else the first occurrence', () => {
    const text = 'leder\nOla, leder\nKari, leder';
    const folded = foldedText(text);
    const second = folded.folded.lastIndexOf('leder');
    expect(quoteSpan(folded, 'leder', second)).toEqual({ start: text.lastIndexOf('leder'), end: text.length });
    expect(quoteSpan(folded, 'leder', 3)).toEqual({ start: 0, end: 5 });
  });

  it('is null for a quote that is not in the text or is empty', () => {
    const folded = foldedText('Frøya kommune');
    expect(quoteSpan(folded, 'Hitra kommune')).toBeNull();
    expect(quoteSpan(folded, '  ')).toBeNull();
  });

  it('folds a seed document exactly as foldWhitespace does', () => {
    const text = readFileSync(new URL('../../../seed/sources/001_5bf35c0e7693fa5c.txt', import.meta.url), 'utf8');
    const folded = foldedText(text);
    expect(folded.folded).toBe(foldWhitespace(text));
    for (const [index, position] of [...folded.positions].entries()) {
      const char = folded.folded[index];
      expect(char === ' ' ? /\s/.test(text[position] ?? '') : text[position] === char).toBe(true);
    }
  });
});
