import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { foldWhitespace } from '../server/src/domain/names.js';
import { plannedRoles, planSeed, readSeedSources, SeedError, type SeedPlan } from './plan.js';

// Every refusal rule and every merge rule of the seed planner, one small case each, beside its good twin: a rule
// that refuses too much fails the twin, a rule that refuses too little fails the case. The records are made here,
// over one short text, so that each expected value can be read off the case itself.

const TEXT = `Regionrådet  Frøya  Hitra
Kari Nord, leder fra 1. mars 2021
Kari Nord, styreleder, 40 % stilling
Ola Sør, medlem
Frøya er medlem av Regionrådet
Tilskudd A 100 000  Tilskudd B 60 000  Tilskudd C 50 000
Sak 1/21 Kari Nord saksbehandler`;

/** Two documents over the same text: one covering 2021, one covering 2022. */
const doc2021 = {
  id: 'doc:a',
  file: 'test.txt',
  title: 'Årsmelding 2021',
  type: 'annual report',
  covers: { start: '2021-01-01', end: '2021-12-31' },
};
const doc2022 = {
  ...doc2021,
  id: 'doc:b',
  title: 'Årsmelding 2022',
  covers: { start: '2022-01-01', end: '2022-12-31' },
};

const council = { id: 'org:council', kind: 'ORGANIZATION', name: 'Regionrådet', quote: 'Regionrådet' };
const froya = { id: 'municipality:froya', kind: 'MUNICIPALITY', name: 'Frøya', quote: 'Frøya  Hitra' };
const kari = { id: 'person:kari-nord', kind: 'PERSON', name: 'Kari Nord', quote: 'Kari Nord, leder' };
const ola = { id: 'person:ola-sor', kind: 'PERSON', name: 'Ola Sør', quote: 'Ola Sør, medlem' };
const sak = { id: 'case:sak-1-21', kind: 'CASE', name: 'Sak 1/21', quote: 'Sak 1/21' };
const grant = (id: string, name: string, amountNok: number, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'GRANT',
  name,
  quote: name,
  props: { amountNok, ...extra },
});

type File = Record<string, unknown>;

/** Seed files in the order given (the planner reads them in that order), over TEXT. */
function seed(files: [string, File][], decisions: unknown = {}) {
  return { files: new Map<string, unknown>(files), texts: new Map([['test.txt', TEXT]]), decisions };
}

function problemsOf(files: [string, File][], decisions?: unknown): string[] {
  try {
    planSeed(seed(files, decisions));
    return [];
  } catch (error) {
    if (error instanceof SeedError) return error.problems;
    throw error;
  }
}

const one = (file: File): [string, File][] => [['a.yaml', { document: doc2021, ...file }]];
const two = (a: File, b: File, docA = doc2021, docB = doc2022): [string, File][] => [
  ['a.yaml', { document: docA, ...a }],
  ['b.yaml', { document: docB, ...b }],
];

interface RefusalCase {
  rule: string;
  bad: [string, File][];
  /** The same records with the one fault taken out: planned without a problem. */
  good: [string, File][];
  problem: string;
  decisions?: unknown;
  goodDecisions?: unknown;
}

const refusals: RefusalCase[] = [
  {
    rule: 'a document block that differs between files',
    bad: two({}, {}, doc2021, { ...doc2021, title: 'Årsmelding 2021 (utkast)' }),
    good: two({}, {}, doc2021, doc2021),
    problem: 'b.yaml: document doc:a differs from its block in another file',
  },
  {
    rule: 'a document file that is not among the sources',
    bad: [['a.yaml', { document: { ...doc2021, file: 'gone.txt' } }]],
    good: [['a.yaml', { document: doc2021 }]],
    problem: 'a.yaml: document file gone.txt is not in seed/sources/',
  },
  {
    rule: 'an id declared with another name in another file',
    bad: two({ entities: [council] }, { entities: [{ ...council, name: 'Rådet' }] }),
    good: two({ entities: [council] }, { entities: [council] }),
    problem: 'b.yaml: entity org:council is "Rådet" (ORGANIZATION) here but "Regionrådet" (ORGANIZATION) in a.yaml',
  },
  {
    rule: 'an id declared as another kind in another file',
    bad: two({ entities: [council] }, { entities: [{ ...council, kind: 'PROJECT' }] }),
    good: two({ entities: [council] }, { entities: [council] }),
    problem: 'b.yaml: entity org:council is "Regionrådet" (PROJECT) here but "Regionrådet" (ORGANIZATION) in a.yaml',
  },
  {
    rule: 'a field with another value in another file',
    bad: two({ entities: [{ ...council, type: 'råd' }] }, { entities: [{ ...council, type: 'nettverk' }] }),
    good: two({ entities: [{ ...council, type: 'råd' }] }, { entities: [{ ...council, type: 'råd' }] }),
    problem: 'b.yaml: entity org:council: type is "nettverk" here but "råd" in a.yaml',
  },
  {
    rule: 'a date with another value in another file',
    bad: two(
      { entities: [{ ...council, kind: 'PROJECT', props: { start: '2021-01-01' } }] },
      { entities: [{ ...council, kind: 'PROJECT', props: { start: '2021-02-01' } }] },
    ),
    good: two(
      { entities: [{ ...council, kind: 'PROJECT', props: { start: '2021-01-01' } }] },
      { entities: [{ ...council, kind: 'PROJECT' }] },
    ),
    problem: 'b.yaml: entity org:council: start is 2021-02-01 here but 2021-01-01 elsewhere',
  },
  {
    rule: 'a role held in something that holds no seats (a person)',
    bad: one({ entities: [kari, ola], roles: [{ person: kari.id, title: 'leder', in: ola.id, quote: kari.quote }] }),
    good: one({
      entities: [kari, council],
      roles: [{ person: kari.id, title: 'leder', in: council.id, quote: kari.quote }],
    }),
    problem: 'a.yaml: role "leder" of person:kari-nord: in person:ola-sor is not a declared',
  },
  {
    rule: 'a role held by something that is not a person',
    bad: one({ entities: [council], roles: [{ person: council.id, title: 'leder', quote: kari.quote }] }),
    good: one({ entities: [kari], roles: [{ person: kari.id, title: 'leder', quote: kari.quote }] }),
    problem: 'a.yaml: role "leder" of org:council: org:council is not a declared PERSON',
  },
  {
    rule: 'a role that ends before it starts',
    bad: one({
      entities: [kari, council],
      roles: [
        { person: kari.id, title: 'leder', in: council.id, start: '2021-03-01', end: '2021-02-28', quote: kari.quote },
      ],
    }),
    // One day is a period: a role may end the day it starts.
    good: one({
      entities: [kari, council],
      roles: [
        { person: kari.id, title: 'leder', in: council.id, start: '2021-03-01', end: '2021-03-01', quote: kari.quote },
      ],
    }),
    problem: 'a.yaml: role "leder" of person:kari-nord: ends (2021-02-28) before it starts (2021-03-01)',
  },
  {
    rule: 'a listing of the holders of a post in something that holds no seats',
    bad: one({ entities: [kari], listings: [{ title: 'medlem', in: kari.id, quote: 'Ola Sør, medlem' }] }),
    good: one({ entities: [council], listings: [{ title: 'medlem', in: council.id, quote: 'Ola Sør, medlem' }] }),
    problem: 'a.yaml: listing of "medlem" in person:kari-nord: person:kari-nord is not a declared',
  },
  {
    rule: 'a relation from an id no file declares',
    bad: one({
      entities: [council],
      relations: [{ type: 'MEMBER_OF', from: 'municipality:hitra', to: council.id, quote: 'Frøya er medlem' }],
    }),
    good: one({
      entities: [council, froya],
      relations: [{ type: 'MEMBER_OF', from: froya.id, to: council.id, quote: 'Frøya er medlem' }],
    }),
    problem: 'a.yaml: MEMBER_OF municipality:hitra → org:council: from must be a declared',
  },
  {
    rule: 'a relation to a kind its type does not join',
    bad: one({
      entities: [froya, ola],
      relations: [{ type: 'MEMBER_OF', from: froya.id, to: ola.id, quote: 'Frøya er medlem' }],
    }),
    good: one({
      entities: [froya, council],
      relations: [{ type: 'MEMBER_OF', from: froya.id, to: council.id, quote: 'Frøya er medlem' }],
    }),
    problem: 'a.yaml: MEMBER_OF municipality:froya → person:ola-sor: to must be a declared ORGANIZATION (is PERSON)',
  },
  {
    rule: 'an attendance on a relation that is not an attendance',
    bad: one({
      entities: [froya, council],
      relations: [
        { type: 'MEMBER_OF', from: froya.id, to: council.id, attendance: 'PRESENT', quote: 'Frøya er medlem' },
      ],
    }),
    good: one({
      entities: [froya, council],
      relations: [{ type: 'MEMBER_OF', from: froya.id, to: council.id, quote: 'Frøya er medlem' }],
    }),
    problem: 'a.yaml: MEMBER_OF municipality:froya → org:council: attendance belongs on ATTENDED records only',
  },
  {
    rule: 'a quote that is not in its document',
    bad: one({ entities: [{ ...ola, quote: 'Ola Sør, leder' }] }),
    good: one({ entities: [ola] }),
    problem: 'a.yaml: entity person:ola-sor: quote not found in test.txt: "Ola Sør, leder"',
  },
  {
    rule: 'one of several quotes that is not in its document',
    bad: one({ entities: [{ ...ola, quote: ['Ola Sør, medlem', 'Ola Sør, nestleder'] }] }),
    good: one({ entities: [{ ...ola, quote: ['Ola Sør, medlem', 'Ola Sør'] }] }),
    problem: 'a.yaml: entity person:ola-sor: quote not found in test.txt: "Ola Sør, nestleder"',
  },
  {
    rule: 'a malformed decisions file',
    bad: one({ entities: [ola] }),
    good: one({ entities: [ola] }),
    decisions: { distinctPersons: [{ ids: [ola.id], reason: 'Too few ids to be a decision.' }] },
    goodDecisions: { distinctPersons: [{ ids: [ola.id, kari.id], reason: 'Two different people, see the minutes.' }] },
    problem: 'decisions.yaml: distinctPersons.0.ids:',
  },
  {
    rule: 'a grant that is part of itself through the grant tree',
    bad: one({
      entities: [grant('grant:a', 'Tilskudd A', 100_000), grant('grant:b', 'Tilskudd B', 60_000)],
      relations: [
        { type: 'ALLOCATED_FROM', from: 'grant:b', to: 'grant:a', quote: 'Tilskudd B' },
        { type: 'ALLOCATED_FROM', from: 'grant:a', to: 'grant:b', quote: 'Tilskudd A' },
      ],
    }),
    good: one({
      entities: [grant('grant:a', 'Tilskudd A', 100_000), grant('grant:b', 'Tilskudd B', 60_000)],
      relations: [{ type: 'ALLOCATED_FROM', from: 'grant:b', to: 'grant:a', quote: 'Tilskudd B' }],
    }),
    problem: 'grant tree: grant:a is part of itself through ALLOCATED_FROM',
  },
  {
    rule: 'parts that add up to more than their grant, with no note saying why',
    bad: one({
      entities: [
        grant('grant:a', 'Tilskudd A', 100_000),
        grant('grant:b', 'Tilskudd B', 60_000),
        grant('grant:c', 'Tilskudd C', 50_000),
      ],
      relations: [
        { type: 'ALLOCATED_FROM', from: 'grant:b', to: 'grant:a', quote: 'Tilskudd B' },
        { type: 'ALLOCATED_FROM', from: 'grant:c', to: 'grant:a', quote: 'Tilskudd C' },
      ],
    }),
    good: one({
      entities: [
        grant('grant:a', 'Tilskudd A', 100_000, { partsNote: 'B and C overlap: both count the same 10 000.' }),
        grant('grant:b', 'Tilskudd B', 60_000),
        grant('grant:c', 'Tilskudd C', 50_000),
      ],
      relations: [
        { type: 'ALLOCATED_FROM', from: 'grant:b', to: 'grant:a', quote: 'Tilskudd B' },
        { type: 'ALLOCATED_FROM', from: 'grant:c', to: 'grant:a', quote: 'Tilskudd C' },
      ],
    }),
    problem:
      'grant tree: grant:a: its parts add up to 110000 kr, more than its 100000 kr; state why in props.partsNote',
  },
];

describe('planSeed refuses each fault on its own, and not its good twin', () => {
  for (const { rule, bad, good, problem, decisions, goodDecisions } of refusals) {
    it(`refuses ${rule}`, () => {
      const found = problemsOf(bad, decisions);
      expect(found.length).toBeGreaterThan(0);
      // Every problem the fault causes names it (a cycle is reported from each grant on it).
      for (const each of found) expect(each.slice(0, 12)).toBe(problem.slice(0, 12));
      expect(found.some((each) => each.includes(problem))).toBe(true);
      expect(problemsOf(good, goodDecisions ?? decisions)).toEqual([]);
    });
  }

  it('lists every problem at once, and at most 50 in its message', () => {
    const entities = Array.from({ length: 60 }, (_, i) => ({ ...ola, id: `person:ola-${i}`, quote: `Ola ${i}` }));
    let error: unknown;
    try {
      planSeed(seed(one({ entities })));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SeedError);
    const { problems, message } = error as SeedError;
    expect(problems.filter((p) => p.includes('quote not found'))).toHaveLength(60);
    expect(
      message.startsWith(`The seed files have ${problems.length} problem(s):\n- a.yaml: entity person:ola-0:`),
    ).toBe(true);
    expect(message.split('\n- ')).toHaveLength(51);
  });
});

const planOf = (files: [string, File][]): SeedPlan => planSeed(seed(files));
const entityIn = (plan: SeedPlan, id: string) => plan.entities.find((entity) => entity.id === id);

describe('planSeed merges what several records say of one entity', () => {
  it('keeps each distinct description, in file order, and one copy of a repeated one', () => {
    const described = (description: string) => ({ ...council, props: { description } });
    expect(
      entityIn(planOf(two({ entities: [described('Første')] }, { entities: [described('Andre')] })), council.id)?.props
        .description,
    ).toBe('Første\nAndre');
    expect(
      entityIn(planOf(two({ entities: [described('Første')] }, { entities: [described('Første')] })), council.id)?.props
        .description,
    ).toBe('Første');
  });

  it('keeps a status stated alike in every document as it is, without dates', () => {
    const project = { ...council, kind: 'PROJECT', props: { status: 'etablert' } };
    expect(entityIn(planOf(two({ entities: [project] }, { entities: [project] })), council.id)?.props.status).toBe(
      'etablert',
    );
  });

  it('keeps a field one record states and another leaves out', () => {
    const plan = planOf(two({ entities: [{ ...council, type: 'råd' }] }, { entities: [council] }));
    expect(entityIn(plan, council.id)?.props.type).toBe('råd');
  });

  it('drops an alias that is the name itself and sorts the rest', () => {
    const plan = planOf(one({ entities: [{ ...kari, aliases: ['Kari Nord', 'Nord', 'Kari'] }] }));
    expect(entityIn(plan, kari.id)?.aliases).toEqual(['Kari', 'Nord']);
  });

  it('makes every document an entity of its own, with its type, file and period', () => {
    const plan = planOf(two({}, {}));
    expect(entityIn(plan, 'doc:b')).toMatchObject({
      kind: 'DOCUMENT',
      name: 'Årsmelding 2022',
      aliases: [],
      props: { type: 'annual report', file: 'test.txt' },
      dates: { coversStart: '2022-01-01', coversEnd: '2022-12-31' },
    });
    expect(entityIn(planOf(one({})), 'doc:a')?.dates).not.toHaveProperty('date');
    const dated = { ...doc2021, date: '2022-02-15' };
    expect(entityIn(planOf([['a.yaml', { document: dated }]]), 'doc:a')?.dates.date).toBe('2022-02-15');
  });
});

describe('planSeed merges every statement of one person in one post into one role', () => {
  const leader = (title: string, extra: Record<string, unknown> = {}) => ({
    person: kari.id,
    title,
    post: 'leder',
    in: council.id,
    quote: kari.quote,
    ...extra,
  });
  const roleIn = (plan: SeedPlan) => {
    const found = plan.roles.filter((role) => role.personId === kari.id);
    expect(found).toHaveLength(1);
    return found[0] as SeedPlan['roles'][number];
  };
  const entities = [kari, council];

  it('takes the earliest stated start and the latest stated end, read in either order', () => {
    for (const [a, b] of [
      [
        { start: '2021-03-01', end: '2022-06-30' },
        { start: '2021-05-01', end: '2022-03-31' },
      ],
      [
        { start: '2021-05-01', end: '2022-03-31' },
        { start: '2021-03-01', end: '2022-06-30' },
      ],
    ]) {
      const role = roleIn(
        planOf(two({ entities, roles: [leader('leder', a)] }, { entities, roles: [leader('leder', b)] })),
      );
      expect(role).toMatchObject({ start: '2021-03-01', end: '2022-06-30', periodStated: true });
    }
  });

  it('counts a period as stated when any one statement states a start or an end', () => {
    const stated = roleIn(
      planOf(
        two({ entities, roles: [leader('leder')] }, { entities, roles: [leader('leder', { end: '2022-06-30' })] }),
      ),
    );
    expect(stated).toMatchObject({ start: null, end: '2022-06-30', periodStated: true });
    const unstated = roleIn(
      planOf(two({ entities, roles: [leader('leder')] }, { entities, roles: [leader('leder')] })),
    );
    expect(unstated).toMatchObject({ start: null, end: null, periodStated: false });
  });

  it('takes the title and the share of the latest statement, and an earlier share only when the latest has none', () => {
    const later = { entities, roles: [leader('styreleder')] };
    const earlier = { entities, roles: [leader('leder', { share: 40 })] };
    // Read with the later document first: the earlier statement's share fills the gap, its title does not.
    const laterFirst = planSeed(
      seed([
        ['b.yaml', { document: doc2022, ...later }],
        ['a.yaml', { document: doc2021, ...earlier }],
      ]),
    );
    expect(roleIn(laterFirst)).toMatchObject({ title: 'styreleder', share: 40, lastObserved: '2022-12-31' });
    const laterShare = planOf(two(earlier, { entities, roles: [leader('styreleder', { share: 60 })] }));
    expect(roleIn(laterShare)).toMatchObject({ title: 'styreleder', share: 60 });
    const noShare = planOf(two({ entities, roles: [leader('leder')] }, later));
    expect(roleIn(noShare).share).toBeNull();
  });

  it('keeps each observation once, oldest first, with the title its document gives', () => {
    const plan = planSeed(
      seed([
        ['b.yaml', { document: doc2022, entities, roles: [leader('styreleder'), leader('styreleder')] }],
        ['a.yaml', { document: doc2021, entities, roles: [leader('leder')] }],
      ]),
    );
    const role = roleIn(plan);
    expect(role.observations.map((o) => [o.documentId, o.from, o.to, o.title])).toEqual([
      ['doc:a', '2021-01-01', '2021-12-31', 'leder'],
      ['doc:b', '2022-01-01', '2022-12-31', 'styreleder'],
    ]);
    expect(new Set(role.citationIds).size).toBe(role.citationIds.length);
    expect(role).toMatchObject({ firstObserved: '2021-01-01', lastObserved: '2022-12-31' });
  });

  it('treats a seat held on behalf of its own body as the own office', () => {
    const plan = planOf(one({ entities, roles: [leader('leder', { onBehalfOf: council.id })] }));
    const role = roleIn(plan);
    expect(role.onBehalfOfId).toBeNull();
    expect(plan.posts.find((post) => post.id === role.postId)?.onBehalfOfId).toBeNull();
  });

  it('marks a role in a case as a duty, and a seat in a body as none', () => {
    const plan = planOf(
      one({
        entities: [kari, council, sak],
        roles: [
          { person: kari.id, title: 'saksbehandler', in: sak.id, quote: 'Kari Nord saksbehandler' },
          leader('leder'),
        ],
      }),
    );
    expect(plan.roles.map((role) => [role.title, role.duty]).sort()).toEqual([
      ['leder', false],
      ['saksbehandler', true],
    ]);
  });

  it('cites a reading apart from the same quote read as stated', () => {
    const reading = 'Leder is read from the heading above the name';
    const plan = planOf(
      one({ entities, roles: [leader('leder'), leader('nestleder', { post: 'nestleder', reading })] }),
    );
    const citations = plan.citations.filter((citation) => citation.quote === kari.quote);
    expect(citations.map((citation) => citation.reading).sort()).toEqual([reading, null].sort());
    expect(citations.every((citation) => citation.offset === foldWhitespace(TEXT).indexOf('Kari Nord, leder'))).toBe(
      true,
    );
  });
});

describe('planSeed merges a relation stated in several documents', () => {
  const member = (extra: Record<string, unknown> = {}) => ({
    type: 'MEMBER_OF',
    from: froya.id,
    to: council.id,
    quote: 'Frøya er medlem',
    ...extra,
  });
  const entities = [froya, council];
  const relationIn = (plan: SeedPlan) => {
    expect(plan.relations).toHaveLength(1);
    return plan.relations[0] as SeedPlan['relations'][number];
  };

  it('holds an unstated one from its first document to its last, read in either order', () => {
    for (const files of [
      two({ entities, relations: [member()] }, { entities, relations: [member()] }),
      two({ entities, relations: [member()] }, { entities, relations: [member()] }, doc2022, doc2021),
    ]) {
      const relation = relationIn(planOf(files));
      expect(relation).toMatchObject({ validFrom: '2021-01-01', validTo: '2022-12-31', start: null, end: null });
      // One quote in two documents: a citation of each.
      expect(relation.citationIds).toHaveLength(2);
    }
  });

  it('keeps a stated period as stated, however many documents repeat it', () => {
    const stated = member({ start: '2021-06-01', end: '2021-09-30', as: 'medlem' });
    const relation = relationIn(planOf(two({ entities, relations: [stated] }, { entities, relations: [stated] })));
    expect(relation).toMatchObject({
      validFrom: '2021-06-01',
      validTo: '2021-09-30',
      start: '2021-06-01',
      end: '2021-09-30',
      as: 'medlem',
    });
  });

  it('keeps two wordings of one pair as two relations', () => {
    const plan = planOf(one({ entities, relations: [member({ as: 'medlem' }), member({ as: 'deltaker' })] }));
    expect(plan.relations.map((relation) => relation.as).sort()).toEqual(['deltaker', 'medlem']);
  });
});

describe('plannedRoles (synthetic plans: benchmarks and growth)', () => {
  const stated = (id: string, personId: string, title: string, heldInId: string | null, extra = {}) => ({
    id,
    personId,
    title,
    heldInId,
    onBehalfOfId: null,
    documentId: 'doc:a',
    validFrom: '2021-01-01',
    validTo: '2021-12-31',
    citationIds: [`cite:${id}`],
    ...extra,
  });

  it('makes one post per title and place, and the seat rules settle its holders', () => {
    const { posts, roles } = plannedRoles([
      stated('role:a', 'person:a', 'ordfører', 'municipality:froya', {
        validFrom: '2020-01-01',
        validTo: '2020-12-31',
      }),
      stated('role:b', 'person:b', 'ordfører', 'municipality:froya'),
      stated('role:c', 'person:c', 'saksbehandler', 'case:sak-1-21', { end: '2021-06-30' }),
    ]);
    expect(posts.map((post) => [post.title, post.organizationId, post.singleSeat])).toEqual([
      ['ordfører', 'municipality:froya', true],
      ['saksbehandler', 'case:sak-1-21', false],
    ]);
    const byId = new Map(roles.map((role) => [role.id, role]));
    expect(byId.get('role:a')).toMatchObject({ endedOn: '2021-01-01', duty: false, periodStated: false });
    expect(byId.get('role:b')).toMatchObject({ endedOn: null, duty: false });
    expect(byId.get('role:c')).toMatchObject({ duty: true, end: '2021-06-30', periodStated: true });
    expect(byId.get('role:c')?.observations).toEqual([
      { citationId: 'cite:role:c', documentId: 'doc:a', from: '2021-01-01', to: '2021-12-31', title: 'saksbehandler' },
    ]);
  });

  it('treats a seat held on behalf of its own place as the own office', () => {
    const { posts, roles } = plannedRoles([
      stated('role:a', 'person:a', 'leder', 'org:council', { onBehalfOfId: 'org:council' }),
    ]);
    expect(posts.map((post) => post.onBehalfOfId)).toEqual([null]);
    expect(roles.map((role) => role.onBehalfOfId)).toEqual([null]);
  });
});

describe('readSeedSources', () => {
  const dir = mkdtempSync(join(tmpdir(), 'regiongraf-seed-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the YAML seed files and the decisions apart, and only the .txt sources', () => {
    mkdirSync(join(dir, 'data'));
    mkdirSync(join(dir, 'sources'));
    writeFileSync(join(dir, 'data', 'b.yaml'), 'document:\n  id: doc:b\n');
    writeFileSync(join(dir, 'data', 'a.yaml'), 'document:\n  id: doc:a\n  date: 2021-01-01\n');
    writeFileSync(join(dir, 'data', 'decisions.yaml'), 'distinctPersons: []\n');
    writeFileSync(join(dir, 'data', 'notes.md'), '# not a seed file\n');
    writeFileSync(join(dir, 'sources', 'x.txt'), 'Regionrådet');
    writeFileSync(join(dir, 'sources', 'x.pdf'), '%PDF');
    const read = readSeedSources(dir);
    expect([...read.files.keys()]).toEqual(['a.yaml', 'b.yaml']);
    // The core schema: a date stays the text it is written as, for the planner to check.
    expect(read.files.get('a.yaml')).toEqual({ document: { id: 'doc:a', date: '2021-01-01' } });
    expect(read.decisions).toEqual({ distinctPersons: [] });
    expect([...read.texts]).toEqual([['x.txt', 'Regionrådet']]);
  });

  it('reads an empty decisions file as no decisions', () => {
    writeFileSync(join(dir, 'data', 'decisions.yaml'), '');
    expect(readSeedSources(dir).decisions).toEqual({});
  });
});
