import { describe, expect, it } from 'vitest';
import { toCsv } from '../domain/csv.js';
import { OWN_OFFICES } from '../domain/representation.js';
import { type Language, REPORTS, reportFileName } from './reports.js';

// The "who represents whom" download (/export/report/representation.csv), which the page's "Last ned CSV" saves:
// Excel must open it with æøå intact and every cell in its column, and it must hold exactly what the table shows.

const representation = REPORTS.representation;
if (!representation) throw new Error('no representation report');

const role = (person: string, title: string, documents: string[] = ['Årsrapport 2022'], periodStated = true) => ({
  title,
  validFrom: '2022-01-01',
  validTo: '2022-12-31',
  periodStated,
  person: { name: person },
  citations: documents.map((name) => ({ quote: `${person} er ${title}`, document: { name } })),
});

// The API's answer: bodies most widely represented first, cells in no particular order.
const answer = {
  representation: {
    bodies: [{ id: 'org:council' }, { id: 'org:business' }],
    cells: [
      {
        municipality: { name: 'Hitra' },
        body: { id: 'org:business', name: 'Næringsråd' },
        roles: [role('Ingjerd Astad', 'medlem')],
      },
      {
        municipality: { name: 'Frøya' },
        body: { id: 'org:council', name: 'Interkommunalt politisk råd' },
        roles: [
          role('Kristin F. Strømskag', 'representant', ['Årsrapport 2022', 'Protokoll', 'Årsrapport 2022']),
          role('Geir Meland', 'representant'),
        ],
      },
      { municipality: { name: 'Frøya' }, body: null, roles: [role('Kristin F. Strømskag', 'ordfører')] },
    ],
  },
};

/** The file the server writes for these download parameters. */
const csv = (query: string, data: Record<string, unknown> = answer, language: Language = 'nb') => {
  const params = new URLSearchParams(query);
  const separator = params.get('sep') === ',' ? ',' : ';';
  return toCsv([representation.columns[language], ...representation.rows(data, language, params)], separator);
};

describe('the representation download', () => {
  it('writes one line per municipality × column × role, in table order, with the source titles', () => {
    const lines = csv('').slice(1).split('\r\n');
    expect(lines).toEqual([
      'kommune;organ;person;rolle;fra;til;kilde;sitat;periode fra dokumentet',
      'Frøya;Kommunens egne verv;Kristin F. Strømskag;ordfører;2022-01-01;2022-12-31;Årsrapport 2022;Kristin F. Strømskag er ordfører;nei',
      'Frøya;Interkommunalt politisk råd;Kristin F. Strømskag;representant;2022-01-01;2022-12-31;Årsrapport 2022 | Protokoll;Kristin F. Strømskag er representant;nei',
      'Frøya;Interkommunalt politisk råd;Geir Meland;representant;2022-01-01;2022-12-31;Årsrapport 2022;Geir Meland er representant;nei',
      'Hitra;Næringsråd;Ingjerd Astad;medlem;2022-01-01;2022-12-31;Årsrapport 2022;Ingjerd Astad er medlem;nei',
      '',
    ]);
  });

  it('holds exactly what is shown: the chosen columns, in their order, and the chosen municipalities', () => {
    expect(csv('organ=org:council&sep=,')).toBe(
      '\uFEFFkommune,organ,person,rolle,fra,til,kilde,sitat,periode fra dokumentet\r\n' +
        'Frøya,Interkommunalt politisk råd,Kristin F. Strømskag,representant,2022-01-01,2022-12-31,Årsrapport 2022 | Protokoll,Kristin F. Strømskag er representant,nei\r\n' +
        'Frøya,Interkommunalt politisk råd,Geir Meland,representant,2022-01-01,2022-12-31,Årsrapport 2022,Geir Meland er representant,nei\r\n',
    );
    const reordered = csv(`organ=org:business,${OWN_OFFICES}`).slice(1).split('\r\n');
    expect(reordered.slice(1, 3)).toEqual([
      'Frøya;Kommunens egne verv;Kristin F. Strømskag;ordfører;2022-01-01;2022-12-31;Årsrapport 2022;Kristin F. Strømskag er ordfører;nei',
      'Hitra;Næringsråd;Ingjerd Astad;medlem;2022-01-01;2022-12-31;Årsrapport 2022;Ingjerd Astad er medlem;nei',
    ]);
    // The municipalities are chosen by the query itself.
    expect(representation.variables(new URLSearchParams('kommune=municipality:froya&dato=2021-11-05'))).toEqual({
      asOf: '2021-11-05',
      municipalities: ['municipality:froya'],
    });
  });

  it('sorts municipalities the Norwegian way: Ørland before Åfjord', () => {
    const data = {
      representation: {
        bodies: [],
        cells: ['Åfjord', 'Ørland', 'Frøya'].map((name) => ({
          municipality: { name },
          body: null,
          roles: [role('N.N.', 'ordfører')],
        })),
      },
    };
    const lines = csv('', data).slice(1).trimEnd().split('\r\n').slice(1);
    expect(lines.map((line) => line.split(';')[0])).toEqual(['Frøya', 'Ørland', 'Åfjord']);
  });

  it('writes the column names in the chosen language, leaves unknown dates empty and quotes what needs it', () => {
    const data = {
      representation: {
        bodies: [],
        cells: [
          {
            municipality: { name: 'Hitra' },
            body: null,
            roles: [{ ...role('A "B" C', 'leder; AU'), validFrom: null, validTo: null }],
          },
        ],
      },
    };
    expect(csv('', data, 'en')).toBe(
      '\uFEFFmunicipality;body;person;role;from;to;source;quote;period from the document\r\n' +
        'Hitra;The municipality\'s own offices;"A ""B"" C";"leder; AU";;;Årsrapport 2022;"A ""B"" C er leder; AU";no\r\n',
    );
  });

  it('quotes a cell holding either separator, and keeps a cell that looks like a formula from running in Excel', () => {
    const data = {
      representation: {
        bodies: [],
        cells: [
          {
            municipality: { name: 'Hitra' },
            body: null,
            roles: [role('=HYPERLINK("http://x")', 'Leder, AU'), role('@sum', '+47 123')],
          },
        ],
      },
    };
    const lines = csv('', data).slice(1).trimEnd().split('\r\n');
    expect(lines[1]).toBe(
      'Hitra;Kommunens egne verv;"\'=HYPERLINK(""http://x"")";"Leder, AU";2022-01-01;2022-12-31;Årsrapport 2022;"\'=HYPERLINK(""http://x"") er Leder, AU";nei',
    );
    expect(lines[2]).toBe(
      "Hitra;Kommunens egne verv;'@sum;'+47 123;2022-01-01;2022-12-31;Årsrapport 2022;'@sum er +47 123;nei",
    );
  });

  it('starts with the UTF-8 byte order mark (EF BB BF) and ends every line with CRLF', () => {
    const text = csv('');
    expect([...new TextEncoder().encode(text).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '').includes('\n')).toBe(false);
  });

  it("gives each role's quote and says when its period is the document's rather than the source's own", () => {
    const data = {
      representation: {
        bodies: [],
        cells: [
          {
            municipality: { name: 'Frøya' },
            body: null,
            roles: [role('Beate Sandvik Meland', 'kommunedirektør', ['Referat KDU'], false)],
          },
        ],
      },
    };
    expect(csv('', data).slice(1).split('\r\n')[1]).toBe(
      'Frøya;Kommunens egne verv;Beate Sandvik Meland;kommunedirektør;2022-01-01;2022-12-31;Referat KDU;Beate Sandvik Meland er kommunedirektør;ja',
    );
    expect(csv('', data, 'en').slice(1).split('\r\n')[1]?.endsWith(';yes')).toBe(true);
  });

  it('is just the header line when nothing is shown', () => {
    expect(csv('organ=org:gone')).toBe(
      '\uFEFFkommune;organ;person;rolle;fra;til;kilde;sitat;periode fra dokumentet\r\n',
    );
  });
});

describe('the file name of a download', () => {
  it("is in the download's language with the day or years the report is for, not today's", () => {
    expect(reportFileName('representation', 'nb', new URLSearchParams('dato=2021-11-05'))).toBe(
      'representasjon-2021-11-05',
    );
    expect(reportFileName('funding', 'en', new URLSearchParams('aar=2022'))).toBe('funding-2022');
    expect(reportFileName('changes', 'nb', new URLSearchParams('fra=2021-01-01&til=2022-12-31'))).toBe(
      'endringer-2021-01-01-2022-12-31',
    );
    expect(reportFileName('role-counts', 'nb', new URLSearchParams())).toBe('verv-alle-perioder');
    expect(reportFileName('grants', 'en', new URLSearchParams('aar=2022"; x'))).toBe('grants-all-periods');
  });
});
