import { describe, expect, it } from 'vitest';
import { planSeed, SeedError, type SeedSources } from './plan.js';

// Small builders: one document text and seed files made in the test, so each rule is shown on its own.

const TEXT = `Råd og utvalg
Frøya  Kristin F. Strømskag, ordfører
Arbeidsutvalget har bestått av Kristin Strømskag (leder)
Hitra  Ole L. Haugen, ordfører`;

const document = {
  id: 'doc:test',
  file: 'test.txt',
  title: 'Testdokument',
  type: 'annual report',
  covers: { start: '2022-01-01', end: '2022-12-31' },
};

function sources(file: Record<string, unknown>, decisions: unknown = {}): SeedSources {
  return { files: new Map([['test.yaml', { document, ...file }]]), texts: new Map([['test.txt', TEXT]]), decisions };
}

const froya = { id: 'municipality:froya', kind: 'MUNICIPALITY', name: 'Frøya', quote: 'Frøya  Kristin' };
const kristin = {
  id: 'person:kristin-stromskag',
  kind: 'PERSON',
  name: 'Kristin F. Strømskag',
  aliases: ['Kristin Strømskag'],
  quote: 'Kristin F. Strømskag, ordfører',
};

function problems(file: Record<string, unknown>, decisions?: unknown): string[] {
  try {
    planSeed(sources(file, decisions));
    return [];
  } catch (error) {
    if (error instanceof SeedError) return error.problems;
    throw error;
  }
}

describe('planSeed', () => {
  it('turns a role without a stated period into one that holds for the period its document covers', () => {
    const plan = planSeed(
      sources({
        entities: [froya, kristin],
        roles: [{ person: kristin.id, title: 'ordfører', in: froya.id, quote: 'Kristin F. Strømskag, ordfører' }],
      }),
    );
    expect(plan.roles).toHaveLength(1);
    expect(plan.roles[0]).toMatchObject({ validFrom: '2022-01-01', validTo: '2022-12-31', periodStated: false });
  });

  it('marks the citations of an interpretation with its reading, apart from the same quote read as stated', () => {
    const reading = 'Leder of the council taken from the paragraph above';
    const plan = planSeed(
      sources({
        entities: [froya, kristin],
        roles: [
          { person: kristin.id, title: 'ordfører', in: froya.id, quote: 'Kristin F. Strømskag, ordfører' },
          { person: kristin.id, title: 'leder', in: froya.id, quote: 'Kristin F. Strømskag, ordfører', reading },
        ],
      }),
    );
    const byTitle = new Map(plan.roles.map((role) => [role.title, role]));
    const citationOf = (title: string) =>
      plan.citations.find((citation) => citation.id === byTitle.get(title)?.citationIds[0]);
    expect(citationOf('ordfører')?.reading).toBeNull();
    expect(citationOf('leder')?.reading).toBe(reading);
    expect(citationOf('leder')?.quote).toBe(citationOf('ordfører')?.quote);
  });

  it('keeps a stated start as stated: held from it through the end of the period its document covers', () => {
    const plan = planSeed(
      sources({
        entities: [froya, kristin],
        roles: [
          { person: kristin.id, title: 'leder', in: froya.id, start: '2022-03-01', quote: 'Kristin Strømskag (leder)' },
        ],
      }),
    );
    expect(plan.roles[0]).toMatchObject({
      start: '2022-03-01',
      validFrom: '2022-03-01',
      validTo: '2022-12-31',
      endedOn: null,
      periodStated: true,
    });
  });

  it('matches quotes across line breaks and runs of spaces', () => {
    const plan = planSeed(sources({ entities: [{ ...froya, quote: 'utvalg Frøya Kristin F.' }] }));
    expect(plan.citations.map((citation) => citation.quote)).toContain('utvalg Frøya Kristin F.');
  });

  it('refuses a quote or an alias the document does not contain', () => {
    expect(problems({ entities: [{ ...froya, quote: 'Frøya kommune er vertskommune' }] })).toEqual([
      expect.stringMatching(/quote not found/),
    ]);
    expect(problems({ entities: [{ ...kristin, aliases: ['Kristin Fløtten Strømskag'] }] })).toEqual([
      expect.stringMatching(/alias not found/),
    ]);
  });

  it('refuses a role whose person or place is not declared, or not of the right kind', () => {
    const found = problems({
      entities: [froya, kristin],
      roles: [
        { person: 'person:nobody', title: 'ordfører', quote: 'Kristin F. Strømskag, ordfører' },
        { person: kristin.id, title: 'ordfører', onBehalfOf: kristin.id, quote: 'Kristin F. Strømskag, ordfører' },
      ],
    });
    expect(found).toEqual([
      expect.stringMatching(/person:nobody is not a declared PERSON/),
      expect.stringMatching(/onBehalfOf/),
    ]);
  });

  it('refuses a relationship between kinds its type does not join', () => {
    const found = problems({
      entities: [froya, kristin],
      relations: [{ type: 'MEMBER_OF', from: kristin.id, to: froya.id, quote: 'Frøya  Kristin' }],
    });
    expect(found).toEqual([expect.stringMatching(/from must be/), expect.stringMatching(/to must be/)]);
  });

  it('refuses malformed files with the path of each problem', () => {
    const found = problems({ entities: [{ ...froya, kind: 'TOWN', props: { date: '5. november' } }] });
    expect(found.some((problem) => problem.includes('entities.0.kind'))).toBe(true);
    expect(found.some((problem) => problem.includes('entities.0.props.date'))).toBe(true);
  });

  it('merges the same id across records, uniting aliases and citations', () => {
    const plan = planSeed(
      sources({ entities: [kristin, { ...kristin, aliases: [], quote: 'Kristin Strømskag (leder)' }] }),
    );
    const merged = plan.entities.find((entity) => entity.id === kristin.id);
    expect(merged?.aliases).toEqual(['Kristin Strømskag']);
    expect(merged?.citationIds).toHaveLength(2);
  });

  it('fails when two persons share a name key, unless a reviewed decision says they are distinct', () => {
    const twin = { ...kristin, id: 'person:kristin-stromskag-2', aliases: [] };
    expect(problems({ entities: [kristin, twin] })).toEqual([
      expect.stringMatching(/share the name key "kristin stromskag"/),
    ]);
    const decisions = {
      distinctPersons: [{ ids: [kristin.id, twin.id], reason: 'Two different people, see the minutes.' }],
    };
    expect(problems({ entities: [kristin, twin] }, decisions)).toEqual([]);
  });

  it('keeps a status that differs between documents with the date of each source, oldest first', () => {
    const later = { ...document, id: 'doc:later', covers: { start: '2024-12-31', end: '2024-12-31' } };
    const project = { id: 'project:pilot', kind: 'PROJECT', name: 'Pilot', quote: 'Råd og utvalg' };
    const plan = planSeed({
      files: new Map<string, unknown>([
        ['b.yaml', { document: later, entities: [{ ...project, props: { status: 'etablert' } }] }],
        ['a.yaml', { document, entities: [{ ...project, props: { status: 'konseptfase' } }] }],
      ]),
      texts: new Map([['test.txt', TEXT]]),
      decisions: {},
    });
    expect(plan.entities.find((entity) => entity.id === 'project:pilot')?.props.status).toBe(
      'konseptfase (2022-12-31); etablert (2024-12-31)',
    );
  });

  it('derives the same ids from the same files', () => {
    const file = {
      entities: [froya, kristin],
      roles: [{ person: kristin.id, title: 'ordfører', in: froya.id, quote: 'Kristin F. Strømskag, ordfører' }],
    };
    expect(planSeed(sources(file))).toEqual(planSeed(sources(file)));
  });
});

// Two documents of different days: minutes of one meeting (2021-11-05) and an annual report (2022).
const MINUTES = `Deltaker Rolle
Emil Raaen Kommunedirektør Ørland Ikke til stede
Beathe Sandvik Meland Kommunedirektør, Frøya x
Petter Lindseth Kommunedirektør, Skaun x
Sak 12/21 Saksbehandler: Petter Lindseth`;
const REPORT = `Ørland Marit K Ervik, kommunedirektør
Frøya Beate Sandvik Meland, Rådmann
Representanter: Frøya Geir Meland
Representanter 2023: Frøya Kari Nord`;
const minutes = {
  ...document,
  id: 'doc:minutes',
  file: 'minutes.txt',
  covers: { start: '2021-11-05', end: '2021-11-05' },
};
const report = { ...document, id: 'doc:report', file: 'report.txt' };
const report2023 = {
  ...document,
  id: 'doc:report-2023',
  file: 'report.txt',
  covers: { start: '2023-01-01', end: '2023-12-31' },
};
const person = (id: string, name: string, quote: string) => ({ id, kind: 'PERSON', name, quote });
const place = (id: string, kind: string, name: string, quote: string) => ({ id, kind, name, quote });

function twoDocuments(files: [string, Record<string, unknown>][]) {
  return planSeed({
    files: new Map(files),
    texts: new Map([
      ['minutes.txt', MINUTES],
      ['report.txt', REPORT],
    ]),
    decisions: {},
  });
}

describe('planSeed: one role per person and post, with every statement of it as an observation', () => {
  const places = [
    place('municipality:orland', 'MUNICIPALITY', 'Ørland', 'Ørland'),
    place('municipality:froya', 'MUNICIPALITY', 'Frøya', 'Frøya'),
    place('municipality:skaun', 'MUNICIPALITY', 'Skaun', 'Skaun'),
    place('org:council', 'ORGANIZATION', 'Rådet', 'Representanter'),
    place('case:x-12-21', 'CASE', 'Sak 12/21', 'Sak 12/21'),
  ];
  const raaen = person('person:emil-raaen', 'Emil Raaen', 'Emil Raaen');
  const ervik = person('person:marit-ervik', 'Marit K Ervik', 'Marit K Ervik');
  const meland = person('person:beate-sandvik-meland', 'Beate Sandvik Meland', 'Beate Sandvik Meland');
  const lindseth = person('person:petter-lindseth', 'Petter Lindseth', 'Petter Lindseth');
  const geir = person('person:geir-meland', 'Geir Meland', 'Geir Meland');
  const kari = person('person:kari-nord', 'Kari Nord', 'Kari Nord');
  const plan = twoDocuments([
    [
      'minutes.yaml',
      {
        document: minutes,
        entities: [
          ...places.filter((p) => p.id !== 'org:council'),
          raaen,
          { ...meland, quote: 'Beathe Sandvik Meland' },
          lindseth,
        ],
        roles: [
          {
            person: raaen.id,
            title: 'Kommunedirektør',
            in: 'municipality:orland',
            onBehalfOf: 'municipality:orland',
            quote: 'Emil Raaen Kommunedirektør Ørland',
          },
          {
            person: meland.id,
            title: 'Kommunedirektør',
            in: 'municipality:froya',
            onBehalfOf: 'municipality:froya',
            quote: 'Beathe Sandvik Meland Kommunedirektør, Frøya',
          },
          {
            person: lindseth.id,
            title: 'Kommunedirektør',
            in: 'municipality:skaun',
            quote: 'Petter Lindseth Kommunedirektør, Skaun',
          },
          { person: lindseth.id, title: 'saksbehandler', in: 'case:x-12-21', quote: 'Saksbehandler: Petter Lindseth' },
        ],
      },
    ],
    [
      'report.yaml',
      {
        document: report,
        entities: [places[0], places[1], places[3], ervik, meland, geir],
        roles: [
          {
            person: ervik.id,
            title: 'kommunedirektør',
            in: 'municipality:orland',
            quote: 'Marit K Ervik, kommunedirektør',
          },
          { person: meland.id, title: 'Rådmann', in: 'municipality:froya', quote: 'Beate Sandvik Meland, Rådmann' },
          {
            person: geir.id,
            title: 'representant',
            in: 'org:council',
            onBehalfOf: 'municipality:froya',
            quote: 'Representanter: Frøya Geir Meland',
          },
        ],
        listings: [
          {
            title: 'representant',
            in: 'org:council',
            onBehalfOf: 'municipality:froya',
            quote: 'Representanter: Frøya',
          },
        ],
      },
    ],
    [
      'report-2023.yaml',
      {
        document: report2023,
        entities: [places[1], places[3], kari],
        roles: [
          {
            person: kari.id,
            title: 'representant',
            in: 'org:council',
            onBehalfOf: 'municipality:froya',
            quote: 'Representanter 2023: Frøya Kari Nord',
          },
        ],
        listings: [
          {
            title: 'representant',
            in: 'org:council',
            onBehalfOf: 'municipality:froya',
            quote: 'Representanter 2023: Frøya',
          },
        ],
      },
    ],
  ]);
  const roleOf = (personId: string, duty = false) =>
    plan.roles.find((role) => role.personId === personId && role.duty === duty);

  it('merges the same person in the same post across documents, an older title and the own office included', () => {
    const role = roleOf(meland.id);
    expect(plan.roles.filter((r) => r.personId === meland.id)).toHaveLength(1);
    expect(role).toMatchObject({
      title: 'Rådmann',
      onBehalfOfId: null,
      firstObserved: '2021-11-05',
      lastObserved: '2022-12-31',
      validFrom: '2021-11-05',
      validTo: '2022-12-31',
      endedOn: null,
    });
    expect(role?.observations.map((o) => [o.documentId, o.from, o.to, o.title])).toEqual([
      ['doc:minutes', '2021-11-05', '2021-11-05', 'Kommunedirektør'],
      ['doc:report', '2022-01-01', '2022-12-31', 'Rådmann'],
    ]);
    expect(plan.posts.find((post) => post.id === role?.postId)).toMatchObject({
      title: 'kommunedirektør',
      organizationId: 'municipality:froya',
      onBehalfOfId: null,
      singleSeat: true,
    });
  });

  it('ends the holder of a single seat from the first later statement that names someone else', () => {
    expect(roleOf(raaen.id)).toMatchObject({ validTo: '2021-11-05', endedOn: '2022-01-01' });
    expect(roleOf(ervik.id)).toMatchObject({ validFrom: '2022-01-01', endedOn: null });
    expect(roleOf(raaen.id)?.postId).toBe(roleOf(ervik.id)?.postId);
  });

  it('leaves a single seat nobody else is named in open: last confirmed, not ended', () => {
    expect(roleOf(lindseth.id)).toMatchObject({ lastObserved: '2021-11-05', endedOn: null });
  });

  it('ends a holder of a post with several seats only when a later listing of its holders leaves them out', () => {
    expect(roleOf(geir.id)).toMatchObject({ validTo: '2022-12-31', endedOn: '2023-01-01' });
    expect(roleOf(kari.id)).toMatchObject({ validFrom: '2023-01-01', endedOn: null });
  });

  it('keeps a case duty apart from the seats', () => {
    expect(roleOf(lindseth.id, true)).toMatchObject({ title: 'saksbehandler', duty: true });
    expect(roleOf(lindseth.id)?.duty).toBe(false);
  });
});
