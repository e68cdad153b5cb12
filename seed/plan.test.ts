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

  it('keeps a stated period as stated', () => {
    const plan = planSeed(
      sources({
        entities: [froya, kristin],
        roles: [
          { person: kristin.id, title: 'leder', in: froya.id, start: '2022-03-01', quote: 'Kristin Strømskag (leder)' },
        ],
      }),
    );
    expect(plan.roles[0]).toMatchObject({ validFrom: '2022-03-01', validTo: null, periodStated: true });
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
