import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  decisionsSchema,
  documentSchema,
  entityPropsSchema,
  entitySchema,
  listingSchema,
  relationSchema,
  roleSchema,
  seedFileSchema,
} from './schema.js';

// The seed file format (docs/seed-format.md), one field at a time: each malformed value beside a good one, and the
// message a curator reads when a seed file is refused. The planner's own rules are in plan-rules.test.ts.

/** The messages zod gives for `value`, or [] when it is accepted. */
function problems(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const document = {
  id: 'doc:arsrapport-2022',
  file: '000_e5da9677eaa1b615.txt',
  title: 'Årsrapport 2022',
  type: 'annual report',
  covers: { start: '2022-01-01', end: '2022-12-31' },
};

describe('a seed document', () => {
  it('accepts the shape the seed files use', () => {
    expect(problems(documentSchema, document)).toEqual([]);
    expect(problems(documentSchema, { ...document, date: '2022-03-01', publisher: 'org:ipr' })).toEqual([]);
  });

  it.each([
    ['an id without the doc: prefix', { id: 'arsrapport-2022' }, 'id: must be doc:<slug>'],
    ['an id with text before doc:', { id: 'x-doc:arsrapport' }, 'id: must be doc:<slug>'],
    ['an id with capitals after the slug', { id: 'doc:arsrapport-2022 NY' }, 'id: must be doc:<slug>'],
    ['a file that is not .txt', { file: 'rapport.pdf' }, 'file: must be a .txt file name in seed/sources/'],
    ['a file with more after .txt', { file: 'rapport.txt.bak' }, 'file: must be a .txt file name in seed/sources/'],
    ['a file in a folder', { file: '../rapport.txt' }, 'file: must be a .txt file name in seed/sources/'],
    ['a date that is not a day', { date: '2022-02-30' }, 'date: must be a date written YYYY-MM-DD'],
    [
      'a period with an end that is no date',
      { covers: { start: '2022-01-01', end: '31.12.2022' } },
      'covers.end: must be a date written YYYY-MM-DD',
    ],
    [
      'a publisher that is not an id',
      { publisher: 'IPR Trøndelag sørvest' },
      'publisher: must be an id like person:kari-froseth',
    ],
  ])('refuses %s', (_case, change, message) => {
    expect(problems(documentSchema, { ...document, ...change })).toEqual([message]);
  });

  it('refuses a field the format does not have', () => {
    expect(problems(documentSchema, { ...document, author: 'Kari' })).toHaveLength(1);
  });
});

describe("an entity's props, by field type", () => {
  it.each([
    ['text', { description: 'Et samarbeid' }],
    ['a date', { start: '2021-03-01' }],
    ['a whole number', { amountNok: 1_500_000 }],
    ['an amount of 0', { amountNok: 0 }],
    ['the first year allowed', { year: 1900 }],
    ['the last year allowed', { year: 2100 }],
    ['a month', { month: 12 }],
    ['a time', { startTime: '09:30' }],
    ['the last minute of the day', { endTime: '23:59' }],
    ['a number with decimals', { value: 8.564 }],
  ])('accepts %s', (_case, props) => {
    expect(problems(entityPropsSchema, props)).toEqual([]);
  });

  it.each([
    ['a number as text', { description: 42 }, 'description'],
    ['a date not written YYYY-MM-DD', { date: '5. november 2021' }, 'date: must be a date written YYYY-MM-DD'],
    ['a negative amount', { amountNok: -1 }, 'amountNok'],
    ['an amount with øre', { amountNok: 10.5 }, 'amountNok'],
    ['a year before 1900', { year: 1899 }, 'year'],
    ['a year after 2100', { year: 2101 }, 'year'],
    ['month 0', { month: 0 }, 'month'],
    ['month 13', { month: 13 }, 'month'],
    ['a time past 23', { startTime: '24:00' }, 'startTime: must be a time written HH:MM (24-hour clock)'],
    ['a time with one hour digit', { startTime: '9:30' }, 'startTime: must be a time written HH:MM (24-hour clock)'],
    [
      'a time with words before it',
      { startTime: 'kl. 09:30' },
      'startTime: must be a time written HH:MM (24-hour clock)',
    ],
    ['a time with more after it', { endTime: '15:00 (ca.)' }, 'endTime: must be a time written HH:MM (24-hour clock)'],
    ['a time with 60 minutes', { endTime: '14:60' }, 'endTime: must be a time written HH:MM (24-hour clock)'],
    ['an infinite number', { value: Number.POSITIVE_INFINITY }, 'value'],
    ['a number as text', { value: '8,5' }, 'value'],
    ["a kind's type inside props (it is written beside them)", { type: 'råd' }, ''],
    ['a field no kind has', { colour: 'blå' }, ''],
  ])('refuses %s', (_case, props, message) => {
    const found = problems(entityPropsSchema, props);
    expect(found).toHaveLength(1);
    // A message of our own is checked whole; zod's own ("Expected number, received string") by its field.
    if (message.includes(':')) expect(found[0]).toBe(message);
    else expect(found[0]?.startsWith(`${message}:`)).toBe(true);
  });
});

describe('an entity, a role, a relation and a listing', () => {
  const entity = { id: 'person:kari-nord', kind: 'PERSON', name: 'Kari Nord', quote: 'Kari Nord, leder' };
  const role = { person: 'person:kari-nord', title: 'leder', in: 'org:council', quote: 'Kari Nord, leder' };
  const relation = { type: 'MEMBER_OF', from: 'municipality:froya', to: 'org:council', quote: 'Frøya er medlem' };
  const listing = { title: 'medlem', in: 'org:council', quote: 'Regionrådet består av' };

  it('accepts the shapes the seed files use', () => {
    expect(problems(entitySchema, entity)).toEqual([]);
    expect(problems(entitySchema, { ...entity, aliases: ['Kari Nordmann', 'K. Nord'] })).toEqual([]);
    expect(problems(roleSchema, { ...role, post: 'utviklingsveileder oppvekst' })).toEqual([]);
    expect(problems(relationSchema, { ...relation, as: 'deltok i' })).toEqual([]);
    expect(
      problems(entitySchema, { ...entity, quote: ['Kari Nord', 'K. Nord'], reading: 'lest ut av tabellen' }),
    ).toEqual([]);
    expect(problems(roleSchema, { ...role, start: '2021-03-01', share: 40 })).toEqual([]);
    expect(problems(relationSchema, { ...relation, type: 'ATTENDED', attendance: 'PARTLY' })).toEqual([]);
    expect(problems(listingSchema, listing)).toEqual([]);
  });

  it.each([
    [
      'an entity with an id that is not one',
      entitySchema,
      { ...entity, id: 'Kari Nord' },
      'id: must be an id like person:kari-froseth',
    ],
    ['a document as a seeded entity', entitySchema, { ...entity, kind: 'DOCUMENT' }, 'kind'],
    ['an entity with an empty name', entitySchema, { ...entity, name: '' }, 'name'],
    ['a quote of two letters', entitySchema, { ...entity, quote: 'Ka' }, 'quote'],
    ['an empty list of quotes', entitySchema, { ...entity, quote: [] }, 'quote'],
    ['a reading too short to say why', entitySchema, { ...entity, reading: 'tolket' }, 'reading'],
    ['a role without a title', roleSchema, { ...role, title: '' }, 'title'],
    [
      'a role that starts on no day',
      roleSchema,
      { ...role, start: '2021-13-01' },
      'start: must be a date written YYYY-MM-DD',
    ],
    ['a share over 100 %', roleSchema, { ...role, share: 120 }, 'share'],
    ['a relation of an unknown type', relationSchema, { ...relation, type: 'FRIEND_OF' }, 'type'],
    ['an attendance no list says', relationSchema, { ...relation, attendance: 'LATE' }, 'attendance'],
    ['a listing of no body', listingSchema, { title: 'medlem', quote: 'Regionrådet består av' }, 'in'],
  ])('refuses %s', (_case, schema, value, message) => {
    const found = problems(schema, value);
    expect(found).toHaveLength(1);
    if (message.includes(':')) expect(found[0]).toBe(message);
    else expect(found[0]?.startsWith(`${message}:`)).toBe(true);
  });
});

describe('a seed file and the decisions file', () => {
  it('gives a file with only its document empty lists', () => {
    expect(seedFileSchema.parse({ document })).toEqual({
      document,
      entities: [],
      roles: [],
      relations: [],
      listings: [],
    });
  });

  it('gives an empty decisions file empty lists', () => {
    expect(decisionsSchema.parse({})).toEqual({ distinctPersons: [], unlinked: [] });
  });

  it('accepts the decisions the file records', () => {
    const decisions = {
      distinctPersons: [{ ids: ['person:ole-haugen', 'person:ole-l-haugen'], reason: 'to ulike personer i Hitra' }],
      unlinked: [{ id: 'project:alone', reason: 'named once, in passing' }],
    };
    expect(decisionsSchema.parse(decisions)).toEqual(decisions);
  });

  it('refuses a decision without a reason or with one id', () => {
    expect(problems(decisionsSchema, { unlinked: [{ id: 'person:kari-nord', reason: 'kort' }] })).toHaveLength(1);
    expect(
      problems(decisionsSchema, { distinctPersons: [{ ids: ['person:kari-nord'], reason: 'to ulike personer' }] }),
    ).toHaveLength(1);
  });
});
