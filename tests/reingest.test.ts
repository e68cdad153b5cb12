import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, gql } from './support/auth.js';
import { uploadText } from './support/documents.js';
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
    let reviewer: Credentials;
    const uploaded = new Map<string, { id: string; proposals: Proposal[] }>();

    beforeAll(async () => {
      server = await startServer(engine);
      const staff = await staffOf(server, 'admin password for re-ingest', {
        editor1: 'EDITOR',
        reviewer1: 'REVIEWER',
      });
      editor = { ...staff.editor1, preflight: true };
      reviewer = { ...staff.reviewer1, preflight: true };
    });
    afterAll(async () => {
      await server?.stop();
    });

    for (const document of plan.documents) {
      it(`${document.file}: every proposal is an observation of a fact the seed cites from it`, async () => {
        const text = readFileSync(join(SEED_DIR, 'sources', document.file), 'utf8');
        // As the secretariat uploads it: with its date (when it has one) and the period it covers, so its
        // observations are dated by them (an undated upload's would otherwise have no day: never today).
        const response = await uploadText(server, editor, text, {
          title: `${document.title} (lastet opp igjen)`,
          fileName: `igjen-${document.file}`,
          ...(document.date ? { date: document.date } : {}),
          ...(document.covers ? { coversStart: document.covers.start, coversEnd: document.covers.end } : {}),
        });
        expect(response.status).toBe(201);
        const stored = response.body;
        expect(stored.id).not.toBe(document.id);
        const answer = await gql<{ proposals: Proposal[] }>(server.url, PROPOSALS, { d: stored.id }, editor);
        expect(answer.errors).toBeUndefined();
        const proposals = answer.data?.proposals ?? [];
        expect(proposals.length).toBe(stored.proposals);
        expect(proposals.length).toBeGreaterThan(0);
        uploaded.set(document.id, { id: stored.id, proposals });

        const reader = await gql<{ node: { quotes: { supports: { id: string }[] }[] } }>(
          server.url,
          READER,
          { id: document.id },
          editor,
        );
        expect(reader.errors).toBeUndefined();
        const cited = new Set(reader.data?.node.quotes.flatMap((quote) => quote.supports.map((fact) => fact.id)));
        const astray = proposals.filter(
          (proposal) =>
            proposal.effect !== 'OBSERVATION' || proposal.restates === null || !cited.has(proposal.restates),
        );
        expect(
          astray.map((p) => `${p.kind} ${p.effect} → ${p.restates}: ${p.summary} «${p.quote}»`),
          'proposals that are not observations of the document’s own facts',
        ).toEqual([]);
      });
    }

    it('accepting all of one and approving “all from this document” gives every restated fact the new source', async () => {
      // The KDU minutes: more proposals than the review queue's first page (50), all approved by one action.
      const minutes = plan.documents.find((document) => document.file.startsWith('001_'));
      const again = minutes && uploaded.get(minutes.id);
      expect(again?.proposals.length).toBeGreaterThan(50);
      if (!again) return;
      const reviewed = await gql<{ reviewProposals: { id: string; kind: string }[] }>(
        server.url,
        'mutation ($d: ID!, $a: [ID!]!) { reviewProposals(document: $d, accept: $a, reject: []) { id kind } }',
        { d: again.id, a: again.proposals.map((proposal) => proposal.id) },
        editor,
      );
      expect(reviewed.errors).toBeUndefined();
      const edits = reviewed.data?.reviewProposals ?? [];
      // One observation per proposal; a spelling the graph did not have kept as an alias (the meeting header's
      // "Trøndelag sørvest, kommunedirektørutvalget"): nothing new besides.
      expect(edits.filter((edit) => edit.kind === 'ADD_OBSERVATION').length).toBe(again.proposals.length);
      expect(edits.filter((edit) => edit.kind !== 'ADD_OBSERVATION').map((edit) => edit.kind)).toEqual(
        edits.filter((edit) => edit.kind === 'CORRECT_NAME').map(() => 'CORRECT_NAME'),
      );

      const COUNT = 'query ($id: ID!) { node(id: $id) { ... on Document { reviewableEdits } } }';
      const counted = async (who: Credentials) =>
        (await gql<{ node: { reviewableEdits: number } }>(server.url, COUNT, { id: again.id }, who)).data?.node
          .reviewableEdits;
      // The reviewer may approve every one; the editor (their author, no reviewer) none.
      expect(await counted(reviewer)).toBe(edits.length);
      expect(await counted(editor)).toBe(0);

      const APPROVE = 'mutation ($d: ID!) { approveDocumentEdits(document: $d) { id status reviewer { username } } }';
      const refused = await gql(server.url, APPROVE, { d: again.id }, editor);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const wrong = await gql(server.url, APPROVE, { d: 'person:ingjerd-astad' }, reviewer);
      expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'document' });

      const approved = await gql<{ approveDocumentEdits: { id: string; status: string }[] }>(
        server.url,
        APPROVE,
        { d: again.id },
        reviewer,
      );
      expect(approved.errors).toBeUndefined();
      expect(approved.data?.approveDocumentEdits.map((edit) => edit.id).sort()).toEqual(
        edits.map((edit) => edit.id).sort(),
      );
      expect(new Set(approved.data?.approveDocumentEdits.map((edit) => edit.status))).toEqual(new Set(['APPROVED']));
      expect(await counted(reviewer)).toBe(0);
      const nothing = await gql(server.url, APPROVE, { d: again.id }, reviewer);
      expect(nothing.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

      // The new document now supports what it restated: its quotes in the reader name those facts.
      const reader = await gql<{ node: { quotes: { supports: { id: string }[] }[] } }>(
        server.url,
        READER,
        { id: again.id },
        editor,
      );
      const supported = new Set(reader.data?.node.quotes.flatMap((quote) => quote.supports.map((fact) => fact.id)));
      const restated = new Set(again.proposals.map((proposal) => proposal.restates));
      expect([...restated].filter((id) => id !== null && !supported.has(id))).toEqual([]);
    });

    it('a reviewer who accepted the proposals is offered none of their edits; a seed document has none to approve', async () => {
      const note = plan.documents.find((document) => document.file.startsWith('003_'));
      const again = note && uploaded.get(note.id);
      if (!again) throw new Error('the status note was not uploaded again');
      const reviewed = await gql(
        server.url,
        'mutation ($d: ID!, $a: [ID!]!) { reviewProposals(document: $d, accept: $a, reject: []) { id } }',
        { d: again.id, a: again.proposals.map((proposal) => proposal.id) },
        reviewer,
      );
      expect(reviewed.errors).toBeUndefined();
      const COUNT = 'query ($id: ID!) { node(id: $id) { ... on Document { reviewableEdits } } }';
      const count = await gql<{ node: { reviewableEdits: number } }>(server.url, COUNT, { id: again.id }, reviewer);
      expect(count.data?.node.reviewableEdits).toBe(0);
      const APPROVE = 'mutation ($d: ID!) { approveDocumentEdits(document: $d) { id } }';
      const own = await gql(server.url, APPROVE, { d: again.id }, reviewer);
      expect(own.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const seed = await gql(server.url, APPROVE, { d: note.id }, reviewer);
      expect(seed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'document' });
    });

    it('a seat in a body the graph does not know is a new fact, not an observation of the person’s other seat', async () => {
      const text = [
        'Utvalg: Havbruksforum Nordmøre',
        'Dato: 3. mars 2023',
        '',
        'Deltaker\tRolle\tTil stede',
        'Nils Karlsen\tVaraordfører, Frøya\tx',
        '',
      ].join('\n');
      const response = await uploadText(server, editor, text, {
        title: 'Havbruksforum 3. mars 2023',
        fileName: 'havbruksforum.txt',
      });
      expect(response.status).toBe(201);
      const { id } = response.body;
      const answer = await gql<{ proposals: Proposal[] }>(server.url, PROPOSALS, { d: id }, editor);
      expect(answer.errors).toBeUndefined();
      const proposals = answer.data?.proposals ?? [];
      // He is Frøya's member of the business council (næringsrådet); his seat in the unknown forum is another one.
      const seats = proposals.filter((proposal) => proposal.kind === 'MEMBERSHIP');
      expect(seats.length).toBeGreaterThan(0);
      for (const seat of seats) expect(seat, seat.summary).toMatchObject({ effect: 'NEW_FACT', restates: null });
    });
  });
}
