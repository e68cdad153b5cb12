import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvField, toCsv } from '../../client/src/lib/csv.js';
import {
  buildView,
  compactPeriod,
  foldName,
  isIsoDate,
  type Matrix,
  type MatrixRole,
  OWN_OFFICES,
  type RepresentationCsvLabels,
  representationCsv,
} from '../../client/src/lib/representation.js';

// The CSV export of "who represents whom": Excel must open it with æøå intact and every cell in its column.

const role = (id: string, person: string, title: string, documents: string[] = ['Årsrapport 2022']): MatrixRole => ({
  id,
  title,
  validFrom: '2022-01-01',
  validTo: '2022-12-31',
  periodStated: false,
  person: { id: `person:${id}`, name: person },
  citations: documents.map((name, index) => ({ quote: `sitat ${index}`, document: { id: `doc:${index}`, name } })),
});

const matrix: Matrix = {
  municipalities: [
    { id: 'municipality:froya', name: 'Frøya', aliases: ['Frøya kommune'] },
    { id: 'municipality:hitra', name: 'Hitra', aliases: [] },
    { id: 'municipality:orland', name: 'Ørland', aliases: [] },
  ],
  bodies: [
    { id: 'org:council', name: 'Interkommunalt politisk råd' },
    { id: 'org:business', name: 'Næringsråd' },
  ],
  cells: [
    { municipality: { id: 'municipality:froya' }, body: null, roles: [role('r1', 'Kristin F. Strømskag', 'ordfører')] },
    {
      municipality: { id: 'municipality:froya' },
      body: { id: 'org:council' },
      roles: [
        role('r2', 'Kristin F. Strømskag', 'representant', ['Årsrapport 2022', 'Protokoll', 'Årsrapport 2022']),
        role('r3', 'Geir Meland', 'representant'),
      ],
    },
    {
      municipality: { id: 'municipality:hitra' },
      body: { id: 'org:business' },
      roles: [role('r4', 'Ingjerd Astad', 'medlem')],
    },
  ],
};

const labels: RepresentationCsvLabels = {
  headers: ['kommune', 'organ', 'person', 'rolle', 'fra', 'til', 'kilde'],
  ownOffices: 'Kommunens egne verv',
};

describe('csvField', () => {
  it('leaves plain text alone, æøå included', () => {
    expect(csvField('Frøya')).toBe('Frøya');
    expect(csvField('2022-01-01')).toBe('2022-01-01');
    expect(csvField('')).toBe('');
  });

  it('quotes a cell holding ";" or "," (either separator), a quote or a line break, doubling quotes', () => {
    expect(csvField('Trøndelag sørvest; lakseregionen')).toBe('"Trøndelag sørvest; lakseregionen"');
    expect(csvField('Leder, AU')).toBe('"Leder, AU"');
    expect(csvField('«Hvem» sa "ja"')).toBe('"«Hvem» sa ""ja"""');
    expect(csvField('linje 1\nlinje 2')).toBe('"linje 1\nlinje 2"');
    expect(csvField('linje 1\r\nlinje 2')).toBe('"linje 1\r\nlinje 2"');
  });

  it('keeps a cell that looks like a formula from running in Excel', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+47 123')).toBe("'+47 123");
    expect(csvField('@sum')).toBe("'@sum");
  });
});

describe('toCsv', () => {
  it('starts with the UTF-8 BOM and ends every line with CRLF', () => {
    const text = toCsv(
      [
        ['a', 'b'],
        ['c;d', 'e'],
      ],
      ';',
    );
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(CSV_BOM).toBe('\uFEFF');
    expect(text).toBe('\uFEFFa;b\r\n"c;d";e\r\n');
  });

  it('uses the chosen separator', () => {
    expect(toCsv([['a', 'b,c', 'd;e']], ',')).toBe('\uFEFFa,"b,c","d;e"\r\n');
  });

  it('encodes to UTF-8 bytes beginning EF BB BF', () => {
    const bytes = new TextEncoder().encode(toCsv([['Ørland']], ';'));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('representationCsv', () => {
  it('writes one line per municipality × column × role, in table order, with the source titles', () => {
    const view = buildView(matrix, null, '');
    const lines = representationCsv(view, labels, ';').slice(1).split('\r\n');
    expect(lines).toEqual([
      'kommune;organ;person;rolle;fra;til;kilde',
      'Frøya;Kommunens egne verv;Kristin F. Strømskag;ordfører;2022-01-01;2022-12-31;Årsrapport 2022',
      'Frøya;Interkommunalt politisk råd;Kristin F. Strømskag;representant;2022-01-01;2022-12-31;Årsrapport 2022 | Protokoll',
      'Frøya;Interkommunalt politisk råd;Geir Meland;representant;2022-01-01;2022-12-31;Årsrapport 2022',
      'Hitra;Næringsråd;Ingjerd Astad;medlem;2022-01-01;2022-12-31;Årsrapport 2022',
      '',
    ]);
  });

  it('holds exactly what is shown: the chosen columns and the filtered municipalities only', () => {
    const view = buildView(matrix, ['org:council'], 'froy');
    const text = representationCsv(view, labels, ',');
    expect(text).toBe(
      '\uFEFFkommune,organ,person,rolle,fra,til,kilde\r\n' +
        'Frøya,Interkommunalt politisk råd,Kristin F. Strømskag,representant,2022-01-01,2022-12-31,Årsrapport 2022 | Protokoll\r\n' +
        'Frøya,Interkommunalt politisk råd,Geir Meland,representant,2022-01-01,2022-12-31,Årsrapport 2022\r\n',
    );
  });

  it('writes the headers it is given (the UI language) and leaves unknown dates empty', () => {
    const open: Matrix = {
      ...matrix,
      cells: [
        {
          municipality: { id: 'municipality:hitra' },
          body: null,
          roles: [{ ...role('r9', 'A "B" C', 'leder; AU'), validFrom: null, validTo: null }],
        },
      ],
    };
    const text = representationCsv(
      buildView(open, null, ''),
      { headers: ['municipality', 'body', 'person', 'role', 'from', 'to', 'source'], ownOffices: 'Own offices' },
      ';',
    );
    expect(text).toBe(
      '\uFEFFmunicipality;body;person;role;from;to;source\r\nHitra;Own offices;"A ""B"" C";"leder; AU";;;Årsrapport 2022\r\n',
    );
  });

  it('is just the header line when nothing is shown', () => {
    expect(representationCsv(buildView(matrix, [], ''), labels, ';')).toBe(
      '\uFEFFkommune;organ;person;rolle;fra;til;kilde\r\n',
    );
  });
});

describe('buildView', () => {
  it('shows own offices and the most represented bodies by default, and every municipality as a row', () => {
    const view = buildView(matrix, null, '');
    expect(view.columns.map((column) => column.id)).toEqual([OWN_OFFICES, 'org:council', 'org:business']);
    expect(view.rows.map((row) => row.municipality.name)).toEqual(['Frøya', 'Hitra', 'Ørland']);
    expect(view.rows[2]?.cells.every((roles) => roles.length === 0)).toBe(true);
    expect(view.roleCount).toBe(4);
    expect(view.choices.map((column) => column.municipalityCount)).toEqual([1, 1, 1]);
  });

  it('matches municipalities without æøå and by alias, and counts chosen bodies missing on the date', () => {
    expect(buildView(matrix, null, 'orland').rows.map((row) => row.municipality.name)).toEqual(['Ørland']);
    expect(buildView(matrix, null, 'FRØYA KOMMUNE').rows).toHaveLength(1);
    expect(buildView(matrix, ['org:council', 'org:gone'], '').missingCount).toBe(1);
  });
});

describe('helpers', () => {
  it('folds names for matching', () => {
    expect(foldName(' Ørland ')).toBe('orland');
    expect(foldName('Sælbu Åfjord')).toBe('saelbu afjord');
    expect(foldName('Frøya')).toBe(foldName('froya'));
  });

  it('writes a whole year as the year and one day as the date', () => {
    expect(compactPeriod('2022-01-01', '2022-12-31')).toBe('2022');
    expect(compactPeriod('2021-11-05', '2021-11-05')).toBe('2021-11-05');
    expect(compactPeriod('2021-03-01', '2022-12-31')).toBe('2021-03-01 – 2022-12-31');
    expect(compactPeriod('2021-03-01', null)).toBe('2021-03-01 – …');
    expect(compactPeriod(null, null)).toBe('–');
  });

  it('accepts only real ISO dates', () => {
    expect(isIsoDate('2021-11-05')).toBe(true);
    expect(isIsoDate('2021-13-45')).toBe(false);
    expect(isIsoDate('2021-02-30')).toBe(false);
    expect(isIsoDate('5.11.2021')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});
