import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { KDU_HEADER, KDU_TABLE, makeDocx, makePdf, makeZipBomb } from '../../../tests/support/documents.js';
import { foldWhitespace } from '../domain/names.js';
import { DEFAULT_EXTRACTION_LIMITS, extractDocument, pdfPageText } from './extract.js';
import { extractProposals } from './proposals/extract.js';
import { ExtractionRefusal } from './refusal.js';

// Lines of the KDU minutes (seed/sources/001_…): the header and part of the participant table, as the files
// staff upload would carry them.
const MINUTES = readFileSync(
  join(import.meta.dirname, '..', '..', '..', 'seed', 'sources', '001_5bf35c0e7693fa5c.txt'),
  'utf8',
);
const HEADER = ['Referat KDU, Trøndelag sørvest', 'Møtested: Teams', 'Dato: 5. november 2021', 'Tidspunkt: 1000-1300'];
const TABLE = [
  ['Deltaker', 'Rolle', 'Til stede / ikke til stede'],
  ['Beathe Sandvik Meland', 'Kommunedirektør, Frøya', 'x'],
  ['Per Øivind Sundell', 'Kommunedirektør, Rennebu', 'Ikke til stede'],
];

async function refusal(promise: Promise<unknown>): Promise<ExtractionRefusal> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ExtractionRefusal);
  return error as ExtractionRefusal;
}

describe('extractDocument', () => {
  it('the test lines are the minutes’ own words', () => {
    for (const row of TABLE.slice(1)) expect(MINUTES).toContain(row.join('\t'));
    expect(foldWhitespace(MINUTES)).toContain('Dato:** 5. november 2021');
  });

  it('reads a PDF page by page, in reading order, and keeps where each page starts', async () => {
    const bytes = await makePdf([HEADER, TABLE.map((row) => row.join('  '))]);
    const extracted = await extractDocument(bytes, 'referat.pdf', 'application/pdf');
    expect(extracted.kind).toBe('PDF');
    expect(extracted.pageStarts).toHaveLength(2);
    expect(extracted.pageStarts[0]).toBe(0);
    const second = extracted.text.slice(extracted.pageStarts[1]);
    expect(second.startsWith('Deltaker')).toBe(true);
    expect(extracted.text.slice(0, extracted.pageStarts[1])).toContain('Dato: 5. november 2021');
    expect(foldWhitespace(extracted.text)).toContain('Beathe Sandvik Meland Kommunedirektør, Frøya x');
    expect(extracted.sha256).toMatch(/^[0-9a-f]{64}$/);
    // The same bytes are the same document; other bytes another.
    expect((await extractDocument(bytes, 'copy.pdf', null)).sha256).toBe(extracted.sha256);
    expect((await extractDocument(await makePdf([HEADER]), 'other.pdf', null)).sha256).not.toBe(extracted.sha256);
  });

  it("reads a PDF table's cells a tab apart, so that the participant-table rule reads its roles", async () => {
    const bytes = await makePdf([KDU_HEADER, KDU_TABLE]);
    const { text } = await extractDocument(bytes, 'referat.pdf', 'application/pdf');
    // The same rows as the minutes write them (the Word and HTML tables give the same).
    for (const row of KDU_TABLE) expect(text).toContain(row.join('\t'));
    expect(MINUTES).toContain(KDU_TABLE[1]?.join('\t'));
    const municipalities = ['Frøya', 'Rennebu', 'Hitra'].map((name) => ({
      id: `municipality:${name}`,
      kind: 'MUNICIPALITY' as const,
      names: [name],
    }));
    const proposals = extractProposals(text, municipalities).filter((draft) => draft.rule === 'participant-table');
    expect(
      proposals
        .filter((draft) => draft.kind === 'ROLE')
        .map((draft) => [draft.person?.name, draft.title, draft.onBehalfOf?.matches[0]?.id]),
    ).toEqual([
      ['Beathe Sandvik Meland', 'Kommunedirektør', 'municipality:Frøya'],
      ['Per Øivind Sundell', 'Kommunedirektør', 'municipality:Rennebu'],
      ['Ingjerd Astad', 'Kommunedirektør', 'municipality:Hitra'],
    ]);
    expect(proposals.filter((draft) => draft.kind === 'ATTENDANCE').map((draft) => draft.attendance)).toEqual([
      'PRESENT',
      'ABSENT',
      'PRESENT',
    ]);
  });

  it('puts a tab only where a gap on the line is wider than about two spaces, never between lines', () => {
    const run = (str: string, x: number, width: number, y = 800, hasEOL = false) => ({
      str,
      transform: [11, 0, 0, 11, x, y],
      width,
      hasEOL,
    });
    expect(
      pdfPageText([
        run('Beathe', 50, 34),
        run(' ', 84, 3),
        run('Sandvik', 87, 40),
        run(' ', 127, 60),
        run('x', 187, 6, 800, true),
        run('Neste linje', 50, 60, 784),
        run('lenger ut', 300, 50, 770),
      ]),
    ).toBe('Beathe Sandvik\tx\nNeste linjelenger ut');
  });

  it('reads a Word document with its headings, paragraphs and a table row per line, cells a tab apart', async () => {
    const bytes = await makeDocx({ heading: HEADER[0] as string, paragraphs: HEADER.slice(1), table: TABLE });
    const extracted = await extractDocument(bytes, 'referat.docx', null);
    expect(extracted.kind).toBe('DOCX');
    // Paragraphs a blank line apart, table rows one line each.
    expect(extracted.text).toBe(`${HEADER.join('\n\n')}\n\n${TABLE.map((row) => row.join('\t')).join('\n')}`);
    expect(extracted.pageStarts).toEqual([0]);
  });

  it('reads HTML as a reader sees it: no script or style, entities decoded, cells a tab apart', async () => {
    const html = `<!doctype html><html><head><title>Ikke tekst</title><style>p{}</style></head><body>
      <h2>Referat KDU, Tr&oslash;ndelag s&oslash;rvest</h2><script>alert(1)</script>
      <p>M&oslash;tested: Teams<br>Dato: 5. november   2021</p>
      <table><tr><th>Deltaker</th><th>Rolle</th></tr><tr><td>Per &Oslash;ivind Sundell</td><td>Kommunedirektør, Rennebu</td></tr></table>
    </body></html>`;
    const extracted = await extractDocument(Buffer.from(html), 'referat.html', 'text/html');
    expect(extracted.text.split('\n')).toEqual([
      'Referat KDU, Trøndelag sørvest',
      '',
      'Møtested: Teams',
      'Dato: 5. november 2021',
      '',
      'Deltaker\tRolle',
      'Per Øivind Sundell\tKommunedirektør, Rennebu',
    ]);
  });

  it('reads Markdown without its markup', async () => {
    const markdown = '## Referat KDU\n\n**Møtested:** Teams  \n**Dato:** 5. november 2021\n\n- Frøya\n- Hitra\n';
    const extracted = await extractDocument(Buffer.from(markdown), 'referat.md', null);
    expect(extracted.text).toBe('Referat KDU\n\nMøtested: Teams\nDato: 5. november 2021\n\nFrøya\nHitra');
  });

  it('reads plain text in UTF-8 or Windows-1252, with Unix line breaks and no byte-order mark', async () => {
    const utf8 = await extractDocument(Buffer.from('\ufeffDato: 5. november 2021\r\nFrøya  \r\n'), 'a.txt', null);
    expect(utf8.text).toBe('Dato: 5. november 2021\nFrøya');
    const latin = await extractDocument(Buffer.from([0x46, 0x72, 0xf8, 0x79, 0x61]), 'b.txt', 'text/plain');
    expect(latin.text).toBe('Frøya');
  });

  it('refuses what it cannot read, each with its own status and reason', async () => {
    const cases: [string, () => Promise<unknown>, number, RegExp][] = [
      ['empty', () => extractDocument(new Uint8Array(), 'tom.pdf', null), 400, /is empty/],
      [
        'unknown type',
        () => extractDocument(Buffer.from('GIF89a'), 'bilde.gif', 'image/gif'),
        415,
        /not a document this can read/,
      ],
      ['binary as text', () => extractDocument(Buffer.from([0x41, 0, 0x42]), 'x.txt', null), 415, /binary data/],
      [
        'encrypted PDF',
        async () => extractDocument(await makePdf([HEADER], { userPassword: 'hemmelig' }), 'låst.pdf', null),
        422,
        /encrypted/,
      ],
      [
        'broken PDF',
        () => extractDocument(Buffer.from('%PDF-1.7\n1 0 obj <<'), 'brutt.pdf', null),
        422,
        /not a readable PDF/,
      ],
      [
        'PDF without text',
        async () => extractDocument(await makePdf([[]]), 'skannet.pdf', null),
        422,
        /no text to read/,
      ],
      ['zip bomb', async () => extractDocument(await makeZipBomb(20), 'bombe.docx', null), 422, /inflates/],
      [
        'a ZIP that is no Word document',
        async () =>
          extractDocument(
            await new JSZip().file('a.txt', 'Frøya').generateAsync({ type: 'nodebuffer' }),
            'x.docx',
            null,
          ),
        415,
        /not a Word document/,
      ],
      [
        'too much text',
        () =>
          extractDocument(Buffer.from('Frøya '.repeat(20)), 'lang.txt', null, {
            ...DEFAULT_EXTRACTION_LIMITS,
            maxTextChars: 50,
          }),
        413,
        /at most 50/,
      ],
    ];
    for (const [what, promise, status, message] of cases) {
      const refused = await refusal(promise());
      expect({ what, status: refused.status }).toEqual({ what, status });
      expect(refused.message).toMatch(message);
    }
  });
});
