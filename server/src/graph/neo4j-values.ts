import neo4j from 'neo4j-driver';
import type { Plain } from './store.js';
import { bigToPlain, DATE, DATE_TIME, TemporalValue } from './values.js';

// neo4j-driver's values to and from plain JavaScript (graph/values.ts says why). Apart from values.ts so that the
// embedded engine's start never loads the driver.

/** Converts a value returned by neo4j-driver into plain JavaScript. */
export function fromNeo4j(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    const int = value as InstanceType<typeof neo4j.Integer>;
    return int.inSafeRange() ? int.toNumber() : int.toString();
  }
  if (typeof value === 'bigint') return bigToPlain(value);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return String(value);
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) {
    return fromNeo4j((value as { properties: unknown }).properties);
  }
  if (Array.isArray(value)) return value.map(fromNeo4j);
  if (typeof value === 'object') {
    const out: Record<string, Plain> = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) out[key] = fromNeo4j(inner);
    return out;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

function toNeo4jTemporal(value: TemporalValue): unknown {
  if (value.type === 'date') {
    const match = DATE.exec(value.iso);
    if (!match) throw new TypeError(`Not a date: ${value.iso}`);
    return new neo4j.types.Date(Number(match[1]), Number(match[2]), Number(match[3]));
  }
  const match = DATE_TIME.exec(value.iso);
  if (!match) throw new TypeError(`Not a date-time with an offset: ${value.iso}`);
  const [, y, mo, d, h, mi, s, fraction = '', offset = 'Z'] = match;
  const offsetSeconds =
    offset === 'Z'
      ? 0
      : (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 3600 + Number(offset.slice(4)) * 60);
  return new neo4j.types.DateTime(
    Number(y),
    Number(mo),
    Number(d),
    Number(h),
    Number(mi),
    Number(s),
    Number(fraction.padEnd(9, '0')),
    offsetSeconds,
  );
}

/** Converts parameters for neo4j-driver: whole numbers become Integers so that Cypher sees INTEGER, not FLOAT. */
export function toNeo4jParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (value instanceof TemporalValue) return toNeo4jTemporal(value);
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = toNeo4jParams(inner);
    return out;
  }
  return value;
}
