import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldWhitespace } from '../server/src/domain/names.js';
import { engines } from './support/engines.js';
import { seedPlan, startServer, type TestServer } from './support/server.js';

// The document reader (issue 15): a document's page shows its text with every quote highlighted where it stands,
// and each highlight lists the facts it is a source of. The server gives both: Citation.start/end in Document.text
// and Citation.supports.

const READER = `
  query Reader($id: ID!) {
    node(id: $id) {
      ... on Document {
        text
        pageStarts
        quotes(first: 5000) { id quote start end supports { __typename id } }
      }
    }
  }
`;

interface ReaderAnswer {
  node: {
    text: string;
    pageStarts: number[];
    quotes: { id: string; quote: string; start: number | null; end: number | null; supports: { id: string }[] }[];
  };
}

const plan = seedPlan();

/** What the seed says each citation is a source of: the entities, roles and relations that list it. */
function factsCiting(): Map<string, string[]> {
  const facts = new Map<string, string[]>();
  const documentIds = new Set(plan.documents.map((document) => document.id));
  const entities = plan.entities.filter((entity) => !documentIds.has(entity.id));
  for (const fact of [...entities, ...plan.roles, ...plan.relations]) {
    for (const citationId of fact.citationIds) facts.set(citationId, [...(facts.get(citationId) ?? []), fact.id]);
  }
  return facts;
}

for (const engine of engines()) {
  describe(`The document reader on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startServer(engine);
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('every quote of every seed document is found in its text, where the text says it', async () => {
      let quotes = 0;
      for (const document of plan.documents) {
        const answer = await server.query<ReaderAnswer>(READER, { id: document.id });
        expect(answer.errors).toBeUndefined();
        const { text } = answer.data?.node ?? { text: '' };
        for (const quote of answer.data?.node.quotes ?? []) {
          expect(quote.start, quote.quote).not.toBeNull();
          const written = text.slice(quote.start ?? 0, quote.end ?? 0);
          expect(foldWhitespace(written)).toBe(foldWhitespace(quote.quote));
          quotes++;
        }
      }
      expect(quotes).toBe(plan.citations.length);
    });

    it('each quote lists exactly the facts that cite it', async () => {
      const expected = factsCiting();
      for (const document of plan.documents) {
        const answer = await server.query<ReaderAnswer>(READER, { id: document.id });
        for (const quote of answer.data?.node.quotes ?? []) {
          expect(quote.supports.map((fact) => fact.id).sort(), quote.quote).toEqual(
            [...(expected.get(quote.id) ?? [])].sort(),
          );
        }
      }
      const annualReport = await server.query<ReaderAnswer>(READER, { id: 'doc:arsrapport-2022' });
      const supported = annualReport.data?.node.quotes.filter((quote) => quote.supports.length > 0) ?? [];
      expect(supported.length).toBeGreaterThan(100);
    });
  });
}
