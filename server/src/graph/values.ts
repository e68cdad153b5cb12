import neo4j from 'neo4j-driver';
import type { Plain } from './store.js';

// Both engines hand back values that must not leak past the storage port: neo4j-driver's Integer and
// temporal classes, nodes and relationships; Grafeo's bigint (past 2^53) and Date. Everything becomes
// JSON-like plain values here; dates become ISO strings.

function bigToPlain(value: bigint): number | string {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
    ? Number(value)
    : value.toString();
}

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

/** Converts a value returned by the Grafeo binding into plain JavaScript. */
export function fromGrafeo(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return bigToPlain(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(fromGrafeo);
  if (typeof value === 'object') {
    const out: Record<string, Plain> = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      // Grafeo adds _id/_labels/_type to whole nodes and edges: internal ids must not leak.
      if (key.startsWith('_')) continue;
      out[key] = fromGrafeo(inner);
    }
    return out;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/** Converts parameters for neo4j-driver: whole numbers become Integers so that Cypher sees INTEGER, not FLOAT. */
export function toNeo4jParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = toNeo4jParams(inner);
    return out;
  }
  return value;
}
