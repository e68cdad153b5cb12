import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePlan } from '../bench/generate.js';
import { clientOperations } from '../bench/operations.js';
import { loadPlan } from '../seed/load.js';
import { engines } from './support/engines.js';
import { OPERATION_VARIABLES as FIXTURES } from './support/operation-variables.js';
import { seedPlan, startServer, type TestServer } from './support/server.js';

// One round trip: every GraphQL operation the client sends costs a fixed number of Cypher statements, however
// many rows it returns. Each operation runs on the seeded graph, then again after the graph has grown (synthetic
// roles and relations attached to the same municipalities and bodies); the statement counts must not change.

interface Measure {
  statements: number;
  bytes: number;
}

async function measure(server: TestServer, query: string, variables: Record<string, unknown>): Promise<Measure> {
  let statements = 0;
  const stop = server.store.onStatement(() => {
    statements++;
  });
  try {
    const response = await server.query(query, variables);
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return { statements, bytes: JSON.stringify(response.data).length };
  } finally {
    stop();
  }
}

const operations = clientOperations();

for (const engine of engines()) {
  describe(`One round trip per client operation on ${engine.name}`, () => {
    let server: TestServer;
    const before = new Map<string, Measure>();

    beforeAll(async () => {
      server = await startServer(engine);
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('finds the client operations, and has variables for each', () => {
      expect(operations.size).toBeGreaterThanOrEqual(4);
      expect([...operations.keys()].filter((name) => !FIXTURES[name])).toEqual([]);
    });

    it('measures every operation on the seeded graph', async () => {
      for (const [name, query] of operations) {
        for (const [index, variables] of (FIXTURES[name] ?? []).entries()) {
          before.set(`${name}#${index}`, await measure(server, query, variables));
        }
      }
      expect(before.size).toBeGreaterThan(0);
    });

    it('sends the same number of statements after the graph has grown', async () => {
      const plan = seedPlan();
      const grown = generatePlan({
        facts: 4000,
        prefix: 'grow',
        // Cite a seeded document, so that both runs meet the same documents (a new one would only add a cache miss).
        documentId: 'doc:arsrapport-2022',
        anchors: {
          municipalities: plan.entities.filter((entity) => entity.kind === 'MUNICIPALITY').map((entity) => entity.id),
          bodies: plan.entities.filter((entity) => entity.kind === 'ORGANIZATION').map((entity) => entity.id),
        },
      });
      await loadPlan(server.store, {
        documents: plan.documents,
        entities: [...plan.entities, ...grown.entities],
        citations: [...plan.citations, ...grown.citations],
        roles: [...plan.roles, ...grown.roles],
        relations: [...plan.relations, ...grown.relations],
      });
      const report: string[] = [];
      let grewSomewhere = false;
      for (const [name, query] of operations) {
        for (const [index, variables] of (FIXTURES[name] ?? []).entries()) {
          const key = `${name}#${index}`;
          const after = await measure(server, query, variables);
          const earlier = before.get(key) as Measure;
          if (after.bytes > earlier.bytes * 1.2) grewSomewhere = true;
          if (after.statements !== earlier.statements) {
            report.push(`${key} ${JSON.stringify(variables)}: ${earlier.statements} → ${after.statements} statements`);
          }
          expect(after.statements, key).toBeLessThanOrEqual(20);
        }
      }
      expect(report).toEqual([]);
      expect(grewSomewhere).toBe(true);
    });
  });
}
