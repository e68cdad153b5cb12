import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../client/src/generated/fragment-masking.js';
import { RepresentationRolesRoleFragmentDoc } from '../../client/src/generated/graphql.js';
import { foldName, isIsoDate } from '../../client/src/lib/domain.js';
import {
  buildView,
  compactPeriod,
  type Matrix,
  type MatrixRole,
  mergePages,
  OWN_OFFICES,
  representationCsvUrl,
} from '../../client/src/lib/representation.js';

// The "who represents whom" table as data: which rows and columns are shown, and the address of the server's CSV
// of exactly that (the file itself is tested with the server's export, server/src/exports/reports.test.ts).

const role = (id: string, person: string, title: string): MatrixRole =>
  makeFragmentData(
    {
      id,
      title,
      validFrom: '2022-01-01',
      validTo: '2022-12-31',
      periodStated: false,
      person: { id: `person:${id}`, name: person },
      citations: [],
      notes: [],
    },
    RepresentationRolesRoleFragmentDoc,
  );

const matrix: Matrix = {
  municipalities: [
    { id: 'municipality:froya', name: 'Frøya', aliases: ['Frøya kommune'] },
    { id: 'municipality:afjord', name: 'Åfjord', aliases: [] },
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
      roles: [role('r2', 'Kristin F. Strømskag', 'representant'), role('r3', 'Geir Meland', 'representant')],
    },
    {
      municipality: { id: 'municipality:hitra' },
      body: { id: 'org:business' },
      roles: [role('r4', 'Ingjerd Astad', 'medlem')],
    },
  ],
};

const params = (url: string) => Object.fromEntries(new URL(url, 'http://localhost').searchParams);

describe('buildView', () => {
  it('shows own offices and the most represented bodies by default, and every municipality as a row', () => {
    const view = buildView(matrix, null, '');
    expect(view.columns.map((column) => column.id)).toEqual([OWN_OFFICES, 'org:council', 'org:business']);
    expect(view.rows[3]?.cells.every((roles) => roles.length === 0)).toBe(true);
    expect(view.roleCount).toBe(4);
    expect(view.choices.map((column) => column.municipalityCount)).toEqual([1, 1, 1]);
  });

  it('lists the municipalities in Norwegian alphabetical order: Ørland before Åfjord', () => {
    expect(buildView(matrix, null, '').rows.map((row) => row.municipality.name)).toEqual([
      'Frøya',
      'Hitra',
      'Ørland',
      'Åfjord',
    ]);
  });

  it('matches municipalities without æøå and by alias, and counts chosen bodies missing on the date', () => {
    expect(buildView(matrix, null, 'orland').rows.map((row) => row.municipality.name)).toEqual(['Ørland']);
    expect(buildView(matrix, null, 'aafjord').rows.map((row) => row.municipality.name)).toEqual(['Åfjord']);
    expect(buildView(matrix, null, 'FRØYA KOMMUNE').rows).toHaveLength(1);
    expect(buildView(matrix, ['org:council', 'org:gone'], '').missingCount).toBe(1);
  });
});

describe('mergePages', () => {
  it('shows the pages loaded so far as one table: every row, every cell, each body once in first-seen order', () => {
    const [froya, afjord, hitra, orland] = matrix.municipalities;
    const firstPage: Matrix = {
      municipalities: [froya, hitra].flatMap((m) => (m ? [m] : [])),
      bodies: [matrix.bodies[0], matrix.bodies[1]].flatMap((b) => (b ? [b] : [])),
      cells: matrix.cells,
    };
    const secondPage: Matrix = {
      municipalities: [afjord, orland].flatMap((m) => (m ? [m] : [])),
      bodies: [{ id: 'org:health', name: 'Helsefellesskap' }, ...matrix.bodies.slice(1)],
      cells: [
        {
          municipality: { id: 'municipality:orland' },
          body: { id: 'org:health' },
          roles: [role('r5', 'Ogne Undertun', 'medlem')],
        },
      ],
    };
    const merged = mergePages([firstPage, secondPage]);
    expect(merged.municipalities.map((m) => m.name)).toEqual(['Frøya', 'Hitra', 'Åfjord', 'Ørland']);
    expect(merged.bodies.map((b) => b.id)).toEqual(['org:council', 'org:business', 'org:health']);
    expect(merged.cells).toHaveLength(4);
    // The rows of the table are still in Norwegian order, whichever page they came in.
    expect(buildView(merged, null, '').rows.map((row) => row.municipality.name)).toEqual([
      'Frøya',
      'Hitra',
      'Ørland',
      'Åfjord',
    ]);
  });
});

describe('representationCsvUrl', () => {
  it('asks the server for exactly what is shown: the chosen columns in order and the filtered municipalities', () => {
    const view = buildView(matrix, [OWN_OFFICES, 'org:council'], 'froy');
    const url = representationCsvUrl(view, '2022-06-30', true, { separator: ',', language: 'en' });
    expect(url.startsWith('/export/report/representation.csv?')).toBe(true);
    expect(params(url)).toEqual({
      dato: '2022-06-30',
      kommune: 'municipality:froya',
      organ: `${OWN_OFFICES},org:council`,
      sep: ',',
      lang: 'en',
    });
  });

  it('leaves out the date and the municipalities when the table shows every period and every municipality', () => {
    const url = representationCsvUrl(buildView(matrix, null, ''), null, false, { separator: ';', language: 'nb' });
    expect(params(url)).toEqual({ organ: `${OWN_OFFICES},org:council,org:business`, sep: ';', lang: 'nb' });
  });
});

describe('helpers', () => {
  it('folds names for matching', () => {
    expect(foldName(' Ørland ')).toBe('orland');
    expect(foldName('Sælbu Åfjord')).toBe('saelbu afjord');
    expect(foldName('Frøya')).toBe(foldName('froya'));
  });

  it('writes a whole year as the year and one day as the date', () => {
    expect(compactPeriod('2022-01-01', '2022-12-31', 'nb')).toBe('2022');
    expect(compactPeriod('2021-11-05', '2021-11-05', 'nb')).toBe('05.11.2021');
    expect(compactPeriod('2021-11-05', '2021-11-05', 'en')).toBe('5 Nov 2021');
    expect(compactPeriod('2021-03-01', '2022-12-31', 'nb')).toBe('01.03.2021 – 31.12.2022');
    expect(compactPeriod('2021-03-01', null, 'nb')).toBe('01.03.2021 – …');
    expect(compactPeriod(null, null, 'nb')).toBe('–');
  });

  it('accepts only real ISO dates', () => {
    expect(isIsoDate('2021-11-05')).toBe(true);
    expect(isIsoDate('2021-13-45')).toBe(false);
    expect(isIsoDate('2021-02-30')).toBe(false);
    expect(isIsoDate('5.11.2021')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});
