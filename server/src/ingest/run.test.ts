import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractionRefusal } from './refusal.js';
import { ExtractionBusy, extractInWorker, MAX_CONCURRENT_EXTRACTIONS } from './run.js';

// The worker thread around extraction: at most MAX_CONCURRENT_EXTRACTIONS at once, and a reader's unforeseen
// failure is the file's problem (422), not the server's.

describe('extractInWorker', () => {
  it('reads in a worker what extractDocument reads', async () => {
    const extracted = await extractInWorker(Buffer.from('Møtested: Teams\r\n'), 'a.txt', null);
    expect(extracted).toMatchObject({ kind: 'TEXT', text: 'Møtested: Teams', pageStarts: [0] });
  });

  it('refuses more extractions at once than it allows, and takes new ones when those are done', async () => {
    const file = Buffer.from('Dato: 5. november 2021');
    const started = Array.from({ length: MAX_CONCURRENT_EXTRACTIONS + 1 }, () =>
      extractInWorker(file, 'a.txt', null).then(
        () => 'read',
        (error: unknown) => (error instanceof ExtractionBusy ? 'busy' : 'failed'),
      ),
    );
    const outcomes = await Promise.all(started);
    expect(outcomes.filter((outcome) => outcome === 'read')).toHaveLength(MAX_CONCURRENT_EXTRACTIONS);
    expect(outcomes.filter((outcome) => outcome === 'busy')).toHaveLength(1);
    expect(await extractInWorker(file, 'a.txt', null)).toMatchObject({ text: 'Dato: 5. november 2021' });
  });

  it('answers a file nested deeper than the reader can walk as unreadable (422), not as a server failure', async () => {
    const deep = `<html><body>${'<b>'.repeat(60_000)}Frøya${'</b>'.repeat(60_000)}</body></html>`;
    const error = await extractInWorker(Buffer.from(deep), 'dyp.html', 'text/html').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExtractionRefusal);
    expect((error as ExtractionRefusal).status).toBe(422);
  });

  it('stops a reader that takes longer than its budget', async () => {
    const error = await extractInWorker(Buffer.from('Frøya'), 'a.txt', null, { timeoutMs: 1, maxHeapMb: 64 }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ExtractionRefusal);
    expect((error as ExtractionRefusal).message).toMatch(/took longer than/);
  });

  // The KDU minutes' own text, and a gazetteer of the municipalities they name (and many more names to match).
  const MINUTES = readFileSync(join(import.meta.dirname, '../../../seed/sources/001_5bf35c0e7693fa5c.txt'));
  const gazetteer = [
    { id: 'municipality:froya', kind: 'MUNICIPALITY' as const, names: ['Frøya'] },
    { id: 'municipality:hitra', kind: 'MUNICIPALITY' as const, names: ['Hitra'] },
  ];

  it('runs the proposal rules on the text in the worker when given a gazetteer', async () => {
    const extracted = await extractInWorker(MINUTES, 'kdu.txt', 'text/plain', undefined, gazetteer);
    expect(extracted.proposalsComplete).toBe(true);
    const role = extracted.proposals.find((draft) => draft.kind === 'ROLE' && draft.person?.name === 'Ingjerd Astad');
    expect(role?.onBehalfOf?.matches[0]?.id).toBe('municipality:hitra');
    expect(extracted.text.slice(role?.quote.start, role?.quote.end)).toBe('Ingjerd Astad\tKommunedirektør, Hitra\tx');
  });

  // The rules get 1 ms once the text is made: on three megabytes and 3000 names they cannot finish in it on any
  // machine, while the text itself has a minute (a shared budget made the outcome depend on the machine's speed).
  it('keeps the text without proposals when the rules take longer than the budget', async () => {
    const many = Array.from({ length: 3000 }, (_, n) => ({
      id: `person:p${n}`,
      kind: 'PERSON' as const,
      names: [`Person${n} Navnesen${n}`],
    }));
    const long = Buffer.from(Array(450).fill(MINUTES.toString('utf8')).join('\n\n'));
    const extracted = await extractInWorker(
      long,
      'lang.txt',
      'text/plain',
      { timeoutMs: 60_000, rulesTimeoutMs: 1, maxHeapMb: 256 },
      [...gazetteer, ...many],
    );
    expect(extracted.text.length).toBeGreaterThan(3_000_000);
    expect(extracted).toMatchObject({ proposals: [], proposalsComplete: false });
  }, 90_000);
});
