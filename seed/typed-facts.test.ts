import { describe, expect, it } from 'vitest';
import { planSeed, SeedError, type SeedSources } from './plan.js';

// The seed's rules for typed facts, each shown on a small document of its own.

const TEXT = `Deltaker Rolle Til stede / ikke til stede
Kari Frøseth Daglig leder x
Ola Nordmann Rådgiver Kommer senere
Møtet 5. november 2021 Tidspunkt: 1000-1300
Regionrådet hadde 5 møter i 2022.
Frøya vedtok 13. desember 2022 å signere.`;

const document = {
  id: 'doc:test',
  file: 'test.txt',
  title: 'Testdokument',
  type: 'minutes',
  covers: { start: '2022-01-01', end: '2022-12-31' },
};
const entities = [
  { id: 'person:kari-froseth', kind: 'PERSON', name: 'Kari Frøseth', quote: 'Kari Frøseth Daglig leder' },
  { id: 'person:ola-nordmann', kind: 'PERSON', name: 'Ola Nordmann', quote: 'Ola Nordmann Rådgiver' },
  { id: 'meeting:m', kind: 'MEETING', name: 'Møtet', quote: 'Møtet 5. november 2021' },
  { id: 'org:rad', kind: 'ORGANIZATION', name: 'Regionrådet', quote: 'Regionrådet hadde' },
  { id: 'municipality:froya', kind: 'MUNICIPALITY', name: 'Frøya', quote: 'Frøya vedtok' },
];

function problems(extra: { entities?: object[]; relations?: object[] }): string[] {
  const file = { document, entities: [...entities, ...(extra.entities ?? [])], relations: extra.relations ?? [] };
  const sources: SeedSources = {
    files: new Map([['test.yaml', file]]),
    texts: new Map([['test.txt', TEXT]]),
    decisions: {},
  };
  try {
    planSeed(sources);
    return [];
  } catch (error) {
    if (error instanceof SeedError) return error.problems;
    throw error;
  }
}

const attended = (as: string | undefined, more: object = {}) => ({
  type: 'ATTENDED',
  from: 'person:kari-froseth',
  to: 'meeting:m',
  ...(as === undefined ? {} : { as }),
  quote: 'Kari Frøseth Daglig leder x',
  ...more,
});

describe('typed facts in the seed', () => {
  it('types attendance from the wording, and refuses a record it cannot type', () => {
    expect(problems({ relations: [attended('x')] })).toEqual([]);
    expect(problems({ relations: [attended('Kommer senere')] })).toEqual([
      expect.stringMatching(/no attendance status/),
    ]);
  });

  it('takes a stated status only with a reading when the wording does not give it', () => {
    expect(problems({ relations: [attended(undefined, { attendance: 'FOR_CASE' })] })).toEqual([
      expect.stringMatching(/add a reading/),
    ]);
    expect(
      problems({ relations: [attended(undefined, { attendance: 'FOR_CASE', reading: 'read from the case text' })] }),
    ).toEqual([]);
    expect(problems({ relations: [attended(undefined, { attendance: 'HERE' })] })).toEqual([
      expect.stringMatching(/attendance/),
    ]);
  });

  it('refuses a meeting time not written HH:MM', () => {
    const meeting = (startTime: string) => ({
      id: 'meeting:m',
      kind: 'MEETING',
      name: 'Møtet',
      props: { startTime },
      quote: 'Tidspunkt: 1000-1300',
    });
    expect(problems({ entities: [meeting('10:00')] })).toEqual([]);
    expect(problems({ entities: [meeting('1000')] })).toEqual([expect.stringMatching(/HH:MM/)]);
    expect(problems({ entities: [meeting('25:00')] })).toEqual([expect.stringMatching(/HH:MM/)]);
  });

  const event = (props: object, type = 'DECISION') => ({
    id: 'event:e',
    kind: 'EVENT',
    name: 'Frøya vedtok',
    type,
    props,
    quote: 'Frøya vedtok 13. desember 2022 å signere.',
  });
  const concerns = (from: string, to: string) => ({ type: 'CONCERNS', from, to, quote: 'Frøya vedtok' });

  it('needs an event to have a known type, the date in words, and something it concerns', () => {
    const ok = { date: '2022-12-13', year: 2022, month: 12, dateAsWritten: '13. desember 2022' };
    expect(problems({ entities: [event(ok)], relations: [concerns('event:e', 'municipality:froya')] })).toEqual([]);
    expect(
      problems({ entities: [event(ok, 'PARTY')], relations: [concerns('event:e', 'municipality:froya')] }),
    ).toEqual([expect.stringMatching(/type must be one of/)]);
    expect(problems({ entities: [event(ok)] })).toEqual([expect.stringMatching(/must CONCERN/)]);
    expect(
      problems({ entities: [event({ date: '2022-12-13' })], relations: [concerns('event:e', 'municipality:froya')] }),
    ).toEqual([expect.stringMatching(/dateAsWritten is required/)]);
  });

  it('refuses an event whose year or month contradicts its day, or a month without a year', () => {
    const wrong = { date: '2022-12-13', year: 2023, dateAsWritten: '13. desember 2022' };
    expect(problems({ entities: [event(wrong)], relations: [concerns('event:e', 'municipality:froya')] })).toEqual([
      expect.stringMatching(/contradicts/),
    ]);
    expect(
      problems({
        entities: [event({ month: 12, dateAsWritten: 'i desember' })],
        relations: [concerns('event:e', 'municipality:froya')],
      }),
    ).toEqual([expect.stringMatching(/month needs its year/)]);
  });

  it('needs a key figure to have a value and a unit, and to be about one municipality, body or project', () => {
    const figure = (props: object) => ({
      id: 'figure:f',
      kind: 'FIGURE',
      name: 'Møter',
      props,
      quote: 'Regionrådet hadde 5 møter i 2022.',
    });
    const good = { value: 5, unit: 'møter', start: '2022-01-01', end: '2022-12-31' };
    expect(problems({ entities: [figure(good)], relations: [concerns('figure:f', 'org:rad')] })).toEqual([]);
    expect(problems({ entities: [figure({ value: 5 })], relations: [concerns('figure:f', 'org:rad')] })).toEqual([
      expect.stringMatching(/unit is required/),
    ]);
    expect(problems({ entities: [figure(good)], relations: [concerns('figure:f', 'person:kari-froseth')] })).toEqual([
      expect.stringMatching(/is not a MUNICIPALITY\/ORGANIZATION\/PROJECT/),
    ]);
    expect(
      problems({ entities: [figure({ ...good, start: '2023-01-01' })], relations: [concerns('figure:f', 'org:rad')] }),
    ).toEqual([expect.stringMatching(/start is after end/)]);
  });
});
