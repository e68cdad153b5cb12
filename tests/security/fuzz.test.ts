import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../../server/src/app.js';
import { engines } from '../support/engines.js';
import { startServer, type TestServer } from '../support/server.js';

// Random schema-valid operations for a bounded time: whatever the arguments (negative, huge, empty, malformed
// dates and ids, odd text), the server answers with data or a typed error, never a 5xx or an internal error,
// and /health keeps answering fast meanwhile. A fixed seed makes a failure reproducible.

const FUZZ_MS = Number(process.env.FUZZ_MS ?? 6_000);
const schema = buildSchema();

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const IDS = [
  'municipality:froya',
  'person:kristin-stromskag',
  'org:ipr-trondelag-sorvest',
  'nope',
  '',
  'x:'.repeat(40),
];
const TEXTS = ['frøya', 'Hitra', '', '%', 'a'.repeat(199), 'æøå ÆØÅ', '\u0000', '"; MATCH (n) DETACH DELETE n //'];
const INTS = [-1, 0, 1, 2, 3, 6, 50, 500, 501, 10_000, 2 ** 31 - 1];
const DATES = ['2021-11-05', '2024-02-30', '1900-01-01', '9999-12-31', 'yesterday'];

function literal(type: GraphQLInputType, pick: () => number, depth = 0): string {
  const nullable = getNullableType(type);
  const one = <T>(values: readonly T[]): T => values[Math.floor(pick() * values.length)] as T;
  if (isListType(nullable)) {
    const count = Math.floor(pick() * 3);
    return `[${Array.from({ length: count }, () => literal(nullable.ofType, pick, depth + 1)).join(', ')}]`;
  }
  if (isEnumType(nullable)) return one(nullable.getValues()).name;
  if (isInputObjectType(nullable)) {
    if (depth > 2) return '{}';
    const fields = Object.values(nullable.getFields()).filter((f) => isNonNullType(f.type) || pick() < 0.5);
    return `{ ${fields.map((f) => `${f.name}: ${literal(f.type, pick, depth + 1)}`).join(', ')} }`;
  }
  const name = getNamedType(nullable).name;
  if (name === 'Int') return String(one(INTS));
  if (name === 'Float') return String(one(INTS));
  if (name === 'Boolean') return pick() < 0.5 ? 'true' : 'false';
  if (name === 'ID') return JSON.stringify(one(IDS));
  if (name === 'Date') return JSON.stringify(one(DATES));
  return JSON.stringify(one(TEXTS));
}

function args(list: readonly GraphQLArgument[], pick: () => number): string {
  const chosen = list.filter((a) => isNonNullType(a.type) || pick() < 0.5);
  return chosen.length === 0 ? '' : `(${chosen.map((a) => `${a.name}: ${literal(a.type, pick)}`).join(', ')})`;
}

function selection(type: GraphQLOutputType, pick: () => number, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isUnionType(named)) {
    const member = named.getTypes()[Math.floor(pick() * named.getTypes().length)];
    return member ? `{ __typename ... on ${member.name} ${selection(member, pick, depth)} }` : '{ __typename }';
  }
  if (!isObjectType(named) && !isInterfaceType(named)) return '{ __typename }';
  const fields = Object.values(named.getFields()) as GraphQLField<unknown, unknown>[];
  const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)));
  const parts = new Set<string>([leaves[0]?.name ?? '__typename']);
  const count = 1 + Math.floor(pick() * 3);
  for (let i = 0; i < count; i++) {
    const field = fields[Math.floor(pick() * fields.length)];
    if (!field) continue;
    const leaf = isLeafType(getNamedType(field.type));
    if (!leaf && depth >= 3) continue;
    parts.add(`${field.name}${args(field.args, pick)} ${leaf ? '' : selection(field.type, pick, depth + 1)}`);
  }
  return `{ ${[...parts].join(' ')} }`;
}

/** One random query: one or two root fields with random arguments and a random selection below them. */
function operation(pick: () => number): string {
  const roots = Object.values(schema.getQueryType()?.getFields() ?? {});
  const fields = Array.from({ length: 1 + Math.floor(pick() * 2) }, (_, i) => {
    const field = roots[Math.floor(pick() * roots.length)] as GraphQLField<unknown, unknown>;
    return `f${i}: ${field.name}${args(field.args, pick)} ${selection(field.type, pick, 1)}`;
  });
  return `{ ${fields.join(' ')} }`;
}

for (const engine of engines()) {
  describe(`random valid operations on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startServer(engine);
    });
    afterAll(async () => {
      await server?.stop();
    });

    it(`never give a 5xx or an internal error, and /health stays fast (${FUZZ_MS} ms of operations)`, async () => {
      const pick = random(12);
      const failures: string[] = [];
      let sent = 0;
      let answered = 0;
      let refused = 0;
      let slowestHealth = 0;
      let running = true;
      const health = (async () => {
        while (running) {
          const started = performance.now();
          const response = await fetch(`${server.url}/health`);
          expect(response.status).toBe(200);
          slowestHealth = Math.max(slowestHealth, performance.now() - started);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      })();
      const until = performance.now() + FUZZ_MS;
      const worker = async () => {
        while (performance.now() < until) {
          const query = operation(pick);
          sent++;
          const response = await fetch(`${server.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query }),
          });
          const text = await response.text();
          if (text.includes('"data":{')) answered++;
          if (text.includes('"errors":[')) refused++;
          if (response.status >= 500 || text.includes('INTERNAL_SERVER_ERROR')) {
            failures.push(`${response.status} ${query}\n  → ${text.slice(0, 300)}`);
          }
        }
      };
      await Promise.all([worker(), worker(), worker()]);
      running = false;
      await health;
      expect(failures.slice(0, 5)).toEqual([]);
      expect(sent).toBeGreaterThan(10);
      // Both kinds occur: operations that run and return data, and ones refused with a typed error.
      expect(answered).toBeGreaterThan(5);
      expect(refused).toBeGreaterThan(5);
      // /health kept answering while the fuzzing ran for FUZZ_MS: a request that blocked the server would have
      // held it for seconds. The bound has room for a loaded CI machine (two busy cores); it is not a speed target.
      expect(slowestHealth).toBeLessThan(Math.min(2_000, FUZZ_MS / 2));
    }, 60_000);
  });
}
