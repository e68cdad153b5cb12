import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, gql } from './support/auth.js';
import { engines } from './support/engines.js';
import { SEED_DIR, seedPlan, startServer, type TestServer } from './support/server.js';
import { staffOf } from './support/staff.js';

// Each of the five source documents uploaded again into the full seeded graph, over the real HTTP endpoint, once per
// engine (issue 15's Done-when, docs/ingest.md "What accepting does"): every proposal restates a fact the graph
// already has, one that the seed cites from that very document — an observation, never a duplicate new fact nor a
// conflict. The document's text is uploaded as a new file (a new name and title: the bytes are the seed's text).

const PROPOSALS = `query ($d: ID!) { proposals(document: $d) { id kind effect restates summary quote } }`;
const READER = `query ($id: ID!) { node(id: $id) { ... on Document { quotes(first: 5000) { supports { id } } } } }`;

interface Proposal {
  id: string;
  kind: string;
  effect: string;
  restates: string | null;
  summary: string;
  quote: string;
}

const plan = seedPlan();

for (const engine of engines()) {
  describe(`A source document uploaded again on ${engine.name}`, () => {
    let server: TestServer;
    let editor: Credentials;

    beforeAll(async () => {
      server = await startServer(engine);
      const staff = await staffOf(server, 'admin password for re-ingest', { editor1: 'EDITOR' });
      editor = { ...staff.editor1, preflight: true };
    });
    afterAll(async () => {
      await server?.stop();
    });

    for (const document of plan.documents) {
      it(`${document.file}: every proposal is an observation of a fact the seed cites from it`, async () => {
        const text = readFileSync(join(SEED_DIR, 'sources', document.file), 'utf8');
        const form = new FormData();
        form.set('file', new Blob([new TextEncoder().encode(text)], { type: 'text/plain' }), `igjen-${document.file}`);
        form.set('title', `${document.title} (lastet opp igjen)`);
        const response = await fetch(`${server.url}/api/documents`, {
          method: 'POST',
          headers: { cookie: editor.cookie as string, 'apollo-require-preflight': 'true' },
          body: form,
        });
        expect(response.status).toBe(201);
        const stored = (await response.json()) as { id: string; proposals: number };
        expect(stored.id).not.toBe(document.id);
        const answer = await gql<{ proposals: Proposal[] }>(server.url, PROPOSALS, { d: stored.id }, editor);
        expect(answer.errors).toBeUndefined();
        const proposals = answer.data?.proposals ?? [];
        expect(proposals.length).toBe(stored.proposals);
        expect(proposals.length).toBeGreaterThan(0);

        const reader = await gql<{ node: { quotes: { supports: { id: string }[] }[] } }>(
          server.url,
          READER,
          { id: document.id },
          editor,
        );
        expect(reader.errors).toBeUndefined();
        const cited = new Set(reader.data?.node.quotes.flatMap((quote) => quote.supports.map((fact) => fact.id)));
        const astray = proposals.filter(
          (proposal) => proposal.effect !== 'OBSERVATION' || proposal.restates === null || !cited.has(proposal.restates),
        );
        expect(
          astray.map((p) => `${p.kind} ${p.effect} → ${p.restates}: ${p.summary} «${p.quote}»`),
          'proposals that are not observations of the document’s own facts',
        ).toEqual([]);
      });
    }
  });
}
