import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePlan } from '../bench/generate.js';
import { clientOperations } from '../bench/operations.js';
import { loadPlan } from '../seed/load.js';
import { engines } from './support/engines.js';
import { seedPlan, startServer, type TestServer } from './support/server.js';

// One round trip: every GraphQL operation the client sends costs a fixed number of Cypher statements, however
// many rows it returns. Each operation runs on the seeded graph, then again after the graph has grown (synthetic
// roles and relations attached to the same municipalities and bodies); the statement counts must not change.

// Variables for every operation, covering each kind of page. A new operation in the client needs an entry here.
const FIXTURES: Record<string, Record<string, unknown>[]> = {
  Home: [{}],
  Suggest: [{ text: 'ast' }, { text: 'Froya' }],
  Search: [{ text: 'helse' }],
  EntityPage: [
    { id: 'municipality:froya' },
    { id: 'municipality:hitra', asOf: '2022-06-30' },
    { id: 'person:ingjerd-astad' },
    { id: 'org:ipr-trondelag-sorvest' },
    { id: 'project:helseplattformen' },
    { id: 'university:ntnu' },
    { id: 'funder:norges-forskningsrad' },
    { id: 'meeting:kdu-2021-11-05' },
    { id: 'case:kdu-74-21' },
    { id: 'doc:kdu-referat-2021-11-05' },
  ],
  GraphPickerSuggest: [{ text: 'hitra' }],
  NetworkNeighbourhood: [
    { id: 'municipality:hitra', hops: 1 },
    { id: 'org:ipr-trondelag-sorvest', hops: 2 },
  ],
  Representation: [{ asOf: null }, { asOf: '2021-11-05' }],
  ConnectionEnd: [{ id: 'person:kristin-stromskag' }],
  ConnectionPaths: [{ from: 'person:kristin-stromskag', to: 'person:ingjerd-astad', maxHops: 4 }],
  ReportFundingChoices: [{}],
  ReportMunicipalities: [{}],
  ReportChooserSuggest: [{ text: 'råd', kinds: ['ORGANIZATION', 'PROJECT'] }],
  ReportChooserEntity: [{ id: 'org:ipr-trondelag-sorvest' }],
  ReportFunding: [
    { groupBy: 'FUNDER', year: null, funder: null, recipient: null },
    { groupBy: 'PROJECT', year: 2024, funder: 'org:helsefellesskapet-sondre-trondelag', recipient: null },
    { groupBy: 'YEAR', year: null, funder: null, recipient: 'project:psht-sondre-trondelag' },
  ],
  ReportGrants: [
    { filter: { funder: null, recipient: null, year: null }, orderBy: 'AMOUNT_DESC', first: 50 },
    {
      filter: { funder: 'org:helsefellesskapet-sondre-trondelag', recipient: null, year: 2024 },
      orderBy: 'NAME',
      first: 50,
    },
  ],
  ReportChanges: [
    { from: '2021-11-05', to: '2022-06-30', municipality: null, body: null },
    { from: '2021-11-05', to: '2022-06-30', municipality: 'municipality:orland', body: 'org:ipr-trondelag-sorvest' },
  ],
  ReportRoleCounts: [
    { groupBy: 'BODY', asOf: null },
    { groupBy: 'MUNICIPALITY', asOf: '2022-06-30' },
  ],
  ReportCollaboration: [{ asOf: null }, { asOf: '2022-06-30' }],
};

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
