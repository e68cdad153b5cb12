import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { fromNeo4j, toNeo4jParams } from './neo4j-values.js';
import { canonicalDateTime, fromGrafeo, TemporalValue, toGrafeoParams } from './values.js';

describe('values from the drivers', () => {
  it('turns neo4j Integers, dates and nested maps into plain values', () => {
    const value = fromNeo4j({
      count: neo4j.int(42),
      huge: neo4j.int('9007199254740993'),
      date: new neo4j.types.Date(2021, 11, 5),
      list: [neo4j.int(1), { inner: neo4j.int(2) }],
    });
    expect(value).toEqual({ count: 42, huge: '9007199254740993', date: '2021-11-05', list: [1, { inner: 2 }] });
  });

  it('turns Grafeo bigints past 2^53 into strings and drops internal ids', () => {
    expect(fromGrafeo({ n: 12n, big: 2n ** 60n, _id: 3, name: 'Frøya' })).toEqual({
      n: 12,
      big: '1152921504606846976',
      name: 'Frøya',
    });
  });

  it('sends whole numbers to Neo4j as integers (LIMIT needs one)', () => {
    const params = toNeo4jParams({ first: 20, ratio: 0.5, rows: [{ share: 100 }] }) as Record<string, unknown>;
    expect(neo4j.isInt(params.first)).toBe(true);
    expect(params.ratio).toBe(0.5);
    expect(neo4j.isInt((params.rows as Record<string, unknown>[])[0]?.share)).toBe(true);
  });

  it('hands dates and date-times to each engine as its own temporal type', () => {
    const params = { rows: [{ start: new TemporalValue('date', '2021-11-05'), name: 'Frøya' }] };
    const neo = toNeo4jParams({
      ...params,
      at: new TemporalValue('datetime', '2026-12-01T10:00:00.25+01:00'),
    }) as { rows: { start: unknown }[]; at: unknown };
    expect(neo4j.isDate(neo.rows[0]?.start)).toBe(true);
    expect(String(neo.rows[0]?.start)).toBe('2021-11-05');
    expect(neo4j.isDateTime(neo.at)).toBe(true);
    expect(canonicalDateTime(String(neo.at))).toBe('2026-12-01T10:00:00.25+01:00');
    expect(toGrafeoParams(params)).toEqual({ rows: [{ start: { $date: '2021-11-05' }, name: 'Frøya' }] });
    const plain = { rows: [{ name: 'Frøya' }] };
    expect(toGrafeoParams(plain)).toBe(plain);
  });

  it('writes a date-time one way whichever engine read it', () => {
    expect(canonicalDateTime('2026-12-01T10:00:00.250000000+00:00')).toBe('2026-12-01T10:00:00.25Z');
    expect(canonicalDateTime('2026-12-01T10:00:00Z')).toBe('2026-12-01T10:00:00Z');
    expect(canonicalDateTime('2026-12-01')).toBeNull();
  });
});
