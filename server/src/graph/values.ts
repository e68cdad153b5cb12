import type { Plain } from './store.js';

// Both engines hand back values that must not leak past the storage port: neo4j-driver's Integer and
// temporal classes, nodes and relationships (graph/neo4j-values.ts, loaded only with the Neo4j adapter); Grafeo's
// bigint (past 2^53) and Date (here). Everything becomes JSON-like plain values; dates become ISO strings.

export function bigToPlain(value: bigint): number | string {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
    ? Number(value)
    : value.toString();
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

/**
 * A date (`YYYY-MM-DD`) or a date-time with an offset (ISO 8601) to be stored as the engine's own temporal type, as
 * a parameter anywhere in a statement's parameters: each adapter hands it to its engine in that engine's form. Read
 * back, both engines give the ISO text (above); a statement that must know the type asks Cypher (cypher/backup.ts).
 */
export class TemporalValue {
  constructor(
    readonly type: 'date' | 'datetime',
    readonly iso: string,
  ) {}
}

export const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/;

/** The one spelling of a date-time both engines read back alike: no trailing zeros in the fraction, `Z` for UTC. */
export function canonicalDateTime(iso: string): string | null {
  const match = DATE_TIME.exec(iso);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, fraction = '', offset] = match;
  const digits = fraction.replace(/0+$/, '');
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${digits ? `.${digits}` : ''}${offset === '+00:00' || offset === '-00:00' ? 'Z' : offset}`;
}

/** Converts parameters for the Grafeo binding: temporal values become its tagged form (`{$date: …}`). */
export function toGrafeoParams(value: unknown): unknown {
  if (value instanceof TemporalValue) {
    return value.type === 'date' ? { $date: value.iso } : { $zoned_datetime: value.iso };
  }
  if (Array.isArray(value)) return value.some(needsGrafeoConversion) ? value.map(toGrafeoParams) : value;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    if (!Object.values(value).some(needsGrafeoConversion)) return value;
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = toGrafeoParams(inner);
    return out;
  }
  return value;
}

// Parameters are passed on untouched unless they hold a temporal value (the seed's large row lists do not).
function needsGrafeoConversion(value: unknown): boolean {
  if (value instanceof TemporalValue) return true;
  if (Array.isArray(value)) return value.some(needsGrafeoConversion);
  if (value && typeof value === 'object') return Object.values(value).some(needsGrafeoConversion);
  return false;
}
