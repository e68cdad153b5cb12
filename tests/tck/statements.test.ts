import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientOperations } from '../../bench/operations.js';
import { engines } from '../support/engines.js';
import { OPERATION_VARIABLES } from '../support/operation-variables.js';
import { startServer, type TestServer } from '../support/server.js';

// TCK-style (as neo4j/graphql does it): for every operation the client sends, the statements it costs and their
// parameters, recorded through the store's onStatement, against a snapshot. A change in what an operation asks the
// database shows up here as a diff to review, beside the statement counts of tests/round-trip.test.ts. The
// statements are the same on both engines, so the embedded graph alone records them.

type Recorded = { statement: string; params: Record<string, unknown> };

// Statements of one wave run concurrently and finish in any order, and DataLoader keys follow the order of the
// loads: sort both so that the snapshot says what is asked, not when.
// Today's date (search asks for the seats held today) is recorded as "today", so that the snapshot holds tomorrow.
function normalised(params: Record<string, unknown>): Record<string, unknown> {
  const today = new Date().toISOString().slice(0, 10);
  return Object.fromEntries(
    Object.entries(params)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, value]) => [
        key,
        Array.isArray(value) && value.every((item) => typeof item === 'string')
          ? [...value].sort()
          : value === today
            ? 'today'
            : value,
      ]),
  );
}

const order = (a: Recorded, b: Recorded) =>
  a.statement.localeCompare(b.statement) || JSON.stringify(a.params).localeCompare(JSON.stringify(b.params));

const [embedded] = engines();

describe('What each client operation sends to the database', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(embedded as NonNullable<typeof embedded>);
  });
  afterAll(async () => {
    await server?.stop();
  });

  for (const [name, query] of clientOperations()) {
    for (const [index, variables] of (OPERATION_VARIABLES[name] ?? []).entries()) {
      it(`${name} #${index} ${JSON.stringify(variables)}`, async () => {
        const recorded: Recorded[] = [];
        const stop = server.store.onStatement((statement, params) => {
          recorded.push({ statement: statement.name, params: normalised(params) });
        });
        try {
          const response = await server.query(query, variables);
          expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
        } finally {
          stop();
        }
        expect(recorded.sort(order)).toMatchSnapshot();
      });
    }
  }

  it('has variables for every operation the client sends', () => {
    expect([...clientOperations().keys()].filter((name) => !OPERATION_VARIABLES[name])).toEqual([]);
  });
});
