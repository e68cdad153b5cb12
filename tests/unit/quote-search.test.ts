import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countPassages, findPassages, quoteOccurs } from '../../client/src/lib/quote-search.js';

// The source picker's search inside a document, on the 2022 annual report as it is stored (PDF text: lines broken
// mid-sentence, runs of spaces and blank lines): what it finds must be a quote the server accepts.

const report = readFileSync(
  join(import.meta.dirname, '..', '..', 'seed', 'sources', '000_e5da9677eaa1b615.txt'),
  'utf8',
);

describe('finding a quote in a document', () => {
  it('finds words across a line break and blank line, in the document’s own spelling, whatever the case typed', () => {
    // "… å etablere \n\nsamarbeidsarenaer i sekretariatet" in the file.
    const [passage, ...others] = findPassages(report, 'ETABLERE   samarbeidsarenaer');
    expect(others).toEqual([]);
    expect(passage?.match).toBe('etablere samarbeidsarenaer');
    expect(passage?.before).toMatch(/Det er brukt tid på å $/);
    expect(quoteOccurs(report, passage?.match ?? '')).toBe(true);
  });

  it('offers the whole sentence around a match, which also occurs in the text', () => {
    const [passage] = findPassages(report, 'personal og økonomiansvar');
    expect(passage?.sentence).toBe('Daglig leder har personal og økonomiansvar i sekretariatet.');
    expect(quoteOccurs(report, passage?.sentence ?? '')).toBe(true);
  });

  it('lists every place a phrase occurs, in document order, up to the limit', () => {
    const all = findPassages(report, 'daglig leder', 100);
    expect(all.length).toBe(countPassages(report, 'Daglig leder'));
    expect(all.length).toBeGreaterThan(2);
    expect(all.map((passage) => passage.start)).toEqual([...all.map((passage) => passage.start)].sort((a, b) => a - b));
    expect(findPassages(report, 'daglig leder', 2)).toHaveLength(2);
  });

  it('finds nothing for a phrase the document does not have, or for a single letter', () => {
    expect(findPassages(report, 'ordfører på Mars')).toEqual([]);
    expect(findPassages(report, 'a')).toEqual([]);
    expect(quoteOccurs(report, 'Daglig leder har ingen ansvar')).toBe(false);
  });

  it('checks a quote as the server does: white space folded, but case and letters kept', () => {
    expect(quoteOccurs(report, 'Daglig  leder har\npersonal')).toBe(true);
    expect(quoteOccurs(report, 'daglig leder har personal')).toBe(false);
    expect(quoteOccurs(report, '   ')).toBe(false);
  });
});
