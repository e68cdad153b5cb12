import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/engines.js';
import { startServer, type TestServer } from '../support/server.js';

// The hostile requests of issue 12, each of which took the server down or held it for seconds to minutes:
// each must now be refused before it runs, quickly, with its own code, while /health keeps answering.

const nested = (depth: number): string =>
  depth === 0 ? 'id' : `relations { ${depth % 2 ? 'from' : 'to'} { ${nested(depth - 1)} } }`;
const heavy = `entities(first: 200) { edges { node { ${nested(4)} } } }`;
const aliases = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

/** Refusals must come before any work: well under the seconds the requests used to take. */
const QUICK_MS = 2_000;

interface Answer {
  status: number;
  code: string | undefined;
  ms: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

for (const engine of engines()) {
  describe(`hostile requests on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startServer(engine);
    });
    afterAll(async () => {
      await server?.stop();
    });

    async function post(query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
      const started = performance.now();
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Answer['body'];
      return {
        status: response.status,
        code: body.errors?.[0]?.extensions?.code,
        ms: performance.now() - started,
        body,
      };
    }

    /** Sends the request with a /health probe beside it; the probe must answer fast whatever the request does. */
    async function withHealth(send: () => Promise<Answer>): Promise<Answer> {
      const probe = (async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        const started = performance.now();
        const response = await fetch(`${server.url}/health`);
        expect(response.status).toBe(200);
        return performance.now() - started;
      })();
      const [answer, healthMs] = await Promise.all([send(), probe]);
      expect(healthMs).toBeLessThan(QUICK_MS);
      return answer;
    }

    it('the 268-byte nested query that exhausted the heap is QUERY_TOO_COSTLY', async () => {
      const answer = await withHealth(() => post(`{ a: ${heavy} b: ${heavy} }`));
      expect(answer.status).toBe(400);
      expect(answer.code).toBe('QUERY_TOO_COSTLY');
      expect(answer.body.data ?? null).toBeNull();
      expect(answer.ms).toBeLessThan(QUICK_MS);
    });

    it('one alias of it alone is refused too', async () => {
      const answer = await post(`{ ${heavy} }`);
      expect(answer.code).toBe('QUERY_TOO_COSTLY');
    });

    it('10,000 aliases of the widest neighbourhood are refused as too many tokens or aliases', async () => {
      const query = aliases(
        10_000,
        'neighbourhood(id: "org:ipr-trondelag-sorvest", hops: 3, limit: 2000) { nodes { id } }',
      );
      expect(query.length).toBeGreaterThan(500_000);
      const answer = await withHealth(() => post(query));
      expect(answer.status).toBe(400);
      expect(['TOO_MANY_ALIASES', 'TOO_MANY_TOKENS']).toContain(answer.code);
      expect(answer.ms).toBeLessThan(QUICK_MS);
    });

    it('10,000 search aliases are refused', async () => {
      const answer = await withHealth(() => post(aliases(10_000, 'search(text: "frøya") { entity { id } }')));
      expect(answer.status).toBe(400);
      expect(['TOO_MANY_ALIASES', 'TOO_MANY_TOKENS']).toContain(answer.code);
      expect(answer.ms).toBeLessThan(QUICK_MS);
    });

    it('40 aliases, within the token limit, are TOO_MANY_ALIASES', async () => {
      const answer = await post(aliases(40, 'search(text: "x") { score }'));
      expect(answer.code).toBe('TOO_MANY_ALIASES');
    });

    it('a few aliases of a widest neighbourhood are costed together', async () => {
      const answer = await post(
        aliases(
          20,
          'neighbourhood(id: "org:ipr-trondelag-sorvest", hops: 3, limit: 2000) { nodes { id } links { id } }',
        ),
      );
      expect(answer.code).toBe('QUERY_TOO_COSTLY');
    });

    it('a 100 KB search text is BAD_USER_INPUT at once', async () => {
      const answer = await withHealth(() =>
        post('query ($t: String!) { search(text: $t) { entity { id } } }', { t: 'frøya hitra '.repeat(8_500) }),
      );
      expect(answer.status).toBe(400);
      expect(answer.code).toBe('BAD_USER_INPUT');
      expect(answer.ms).toBeLessThan(QUICK_MS);
    });

    it('a search of many short words is BAD_USER_INPUT', async () => {
      const answer = await post(
        '{ search(text: "a b c d e f g h i j k l m n o p q r s t u v w x y z") { entity { id } } }',
      );
      expect(answer.code).toBe('BAD_USER_INPUT');
    });

    it('a document of too many tokens is TOO_MANY_TOKENS', async () => {
      const answer = await post(`{ ${Array.from({ length: 3_000 }, () => '__typename').join(' ')} }`);
      expect(answer.status).toBe(400);
      expect(answer.code).toBe('TOO_MANY_TOKENS');
    });

    it('too many directives are TOO_MANY_DIRECTIVES', async () => {
      const answer = await post(`{ __typename ${'@include(if: true) '.repeat(50)} }`);
      expect(answer.code).toBe('TOO_MANY_DIRECTIVES');
    });

    it('an over-deep query is QUERY_TOO_DEEP', async () => {
      const answer = await post(`{ entities(first: 1) { edges { node { ${nested(6)} } } } }`);
      expect(answer.code).toBe('QUERY_TOO_DEEP');
    });

    it('a chain of fragments that expands beyond reason is refused, not run', async () => {
      const fragments = Array.from(
        { length: 30 },
        (_, i) =>
          `fragment F${i} on Query { a: __typename ${i < 29 ? `...F${i + 1} b: __typename ...F${i + 1}` : ''} }`,
      );
      const answer = await post(`{ ...F0 } ${fragments.join(' ')}`);
      expect(answer.status).toBe(400);
      expect(answer.code).not.toBe('INTERNAL_SERVER_ERROR');
    });

    it('a huge offset cursor is BAD_USER_INPUT, not an internal error', async () => {
      const after = Buffer.from(JSON.stringify(['1e300'])).toString('base64url');
      const answer = await post('query ($a: String) { roles(first: 5, after: $a) { edges { cursor } } }', { a: after });
      expect(answer.code).toBe('BAD_USER_INPUT');
    });

    // The schema has mutations (sign-in, tokens) but no subscriptions.
    it('subscription { __typename } is BAD_USER_INPUT, not an internal error', async () => {
      const answer = await post('subscription { __typename }');
      expect(answer.status).toBe(400);
      expect(answer.code).toBe('BAD_USER_INPUT');
    });

    it('introspection is off, and field suggestions do not reveal the schema', async () => {
      const introspection = await post('{ __schema { types { name } } }');
      expect(introspection.status).toBe(400);
      expect(introspection.body.data ?? null).toBeNull();
      const typo = await post('{ entitie { id } }');
      expect(typo.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
    });

    it('the server still answers the client afterwards', async () => {
      const answer = await post('{ search(text: "Frøya") { entity { id } } }');
      expect(answer.status).toBe(200);
      expect(JSON.stringify(answer.body.data)).toContain('municipality:froya');
    });
  });
}
