import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, gql } from './support/auth.js';
import { uploadText } from './support/documents.js';
import { engines } from './support/engines.js';
import { startServer, type TestServer } from './support/server.js';
import { staffOf } from './support/staff.js';

// The last findings of issue 15's review, over the real HTTP endpoint, once per engine (docs/ingest.md "Proposals",
// docs/edits.md "Approving all from a document"): a funder named after an amount that the graph does not know vetoes
// no grant; what approving all from a document would approve is read again after an approval in the same request, is
// 0 while an edit it rests on blocks it, and names that edit; an ENTITY proposal matched to a pending new person
// rests on that person's edit.

const KDU_HEADER = 'Utvalg: Trøndelag sørvest, kommunedirektørutvalget';
const sheet = (day: string, rows: string[][]) =>
  `${KDU_HEADER}\nMøtested: Teams\nDato: ${day}\n\nDeltaker\tRolle\tTil stede\n${rows.map((row) => row.join('\t')).join('\n')}\n`;

interface Named {
  name: string;
  match: { id: string; name: string } | null;
  ranked: { entity: { id: string }; reason: string }[];
}
interface ProposalView {
  id: string;
  kind: string;
  status: string;
  effect: string;
  restates: string | null;
  amountNok: number | null;
  person: Named | null;
  edits: { id: string; kind: string; status: string }[];
}
interface EditView {
  id: string;
  kind: string;
  status: string;
  entities: { id: string; kind: string }[];
}
interface Blocking {
  reviewableEdits: number;
  reviewableEditsBlockedBy: { id: string; status: string; summary: string }[];
}

const NAMED = 'name match { id name } ranked { entity { id } reason }';
const PROPOSALS = `query ($d: ID!) { proposals(document: $d) {
  id kind status effect restates amountNok person { ${NAMED} } edits { id kind status } } }`;
const REVIEW = `mutation ($d: ID!, $a: [ID!]!, $r: [ID!]!) {
  reviewProposals(document: $d, accept: $a, reject: $r) { id kind status entities { id kind } } }`;
const MATCH = `mutation ($p: ID!, $e: ID) { matchProposal(proposal: $p, slot: PERSON, entity: $e) { id } }`;
const APPROVE = 'mutation ($id: ID!) { approveEdit(id: $id) { id status } }';
const REVERT = 'mutation ($id: ID!, $why: String!) { revertEdit(id: $id, reason: $why) { id status } }';
const APPROVE_DOCUMENT = 'mutation ($d: ID!) { approveDocumentEdits(document: $d) { id status } }';
const REVIEWABLE = 'query ($id: ID!) { node(id: $id) { ... on Document { reviewableEdits } } }';
const BLOCKING = `query ($id: ID!) { node(id: $id) { ... on Document { reviewableEdits
  reviewableEditsBlockedBy { id status summary } } } }`;
const EDIT_STATUS = 'query ($id: ID!) { node(id: $id) { ... on Edit { status } } }';

for (const engine of engines()) {
  describe(`Follow-ups of the review of uploaded documents on ${engine.name}`, () => {
    let server: TestServer;
    let editor: Credentials;
    let reviewer: Credentials;
    let otherReviewer: Credentials;

    const proposalsOf = async (document: string) => {
      const answer = await gql<{ proposals: ProposalView[] }>(server.url, PROPOSALS, { d: document }, editor);
      expect(answer.errors).toBeUndefined();
      return answer.data?.proposals ?? [];
    };
    const upload = async (text: string, title: string, fields: { date?: string } = {}) => {
      const stored = await uploadText(server, editor, text, { title, ...fields });
      expect(stored.status, JSON.stringify(stored.body)).toBe(201);
      return { id: stored.body.id, proposals: await proposalsOf(stored.body.id) };
    };
    const pick = (proposals: ProposalView[], kind: string, name?: string) => {
      const found = proposals.find((p) => p.kind === kind && (name === undefined || p.person?.name === name));
      if (!found) throw new Error(`No ${kind} proposal${name ? ` for ${name}` : ''}`);
      return found;
    };
    const review = async (who: Credentials, document: string, accept: string[]) => {
      const answer = await gql<{ reviewProposals: EditView[] }>(
        server.url,
        REVIEW,
        { d: document, a: accept, r: [] },
        who,
      );
      expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
      return answer.data?.reviewProposals ?? [];
    };
    const blocking = async (document: string) => {
      const answer = await gql<{ node: Blocking }>(server.url, BLOCKING, { id: document }, reviewer);
      expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
      return answer.data?.node as Blocking;
    };
    const statusOf = async (id: string) =>
      (await gql<{ node: { status: string } }>(server.url, EDIT_STATUS, { id }, editor)).data?.node.status;

    beforeAll(async () => {
      server = await startServer(engine);
      const staff = await staffOf(server, 'admin password for the follow-ups', {
        editor1: 'EDITOR',
        reviewer1: 'REVIEWER',
        reviewer2: 'REVIEWER',
      });
      editor = { ...staff.editor1, preflight: true };
      reviewer = { ...staff.reviewer1, preflight: true };
      otherReviewer = { ...staff.reviewer2, preflight: true };
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('a funder after the amount that the graph does not know vetoes no grant; one named before it still does', async () => {
      const { proposals } = await upload(
        [
          // "Forskningsrådet" is no name the graph has: the amount still restates HARMONI's grant ("med 7 mill.").
          'Prosjektet HARMONI er nå finansiert med 7 mill. fra Forskningsrådet.',
          '',
          'Prosjektet FJORD er nå blitt innvilget av Sparebank1 SMN, med 7 mill.',
          '',
        ].join('\n'),
        'Tilskudd og finansiering',
        { date: '2024-05-03' },
      );
      const grants = proposals.filter((proposal) => proposal.kind === 'GRANT');
      expect(grants.map((grant) => grant.amountNok)).toEqual([7_000_000, 7_000_000]);
      expect(grants[0]).toMatchObject({ effect: 'OBSERVATION', restates: 'grant:harmoni-norges-forskningsrad' });
      expect(grants[1]).toMatchObject({ effect: 'NEW_FACT', restates: null });
    });

    it('what approving all from a document approves is read again after an approval in the same request', async () => {
      const { id, proposals } = await upload(
        sheet('1. september 2022', [
          ['Anne Alias', 'Rådgiver, Aure', 'x'],
          ['Bjørn Alias', 'Rådgiver, Aure', 'x'],
        ]),
        'Alias i samme forespørsel',
        { date: '2022-09-01' },
      );
      const made = await review(editor, id, [
        pick(proposals, 'ROLE', 'Anne Alias').id,
        pick(proposals, 'ROLE', 'Bjørn Alias').id,
      ]);
      expect(made).toHaveLength(4);
      const count = await gql<{ node: { reviewableEdits: number } }>(server.url, REVIEWABLE, { id }, reviewer);
      expect(count.data?.node.reviewableEdits).toBe(4);
      // The two persons first, then the roles that rest on them.
      const ofKind = (kind: string) => made.filter((edit) => edit.kind === kind).map((edit) => edit.id);
      const TWICE = `mutation ($a: [ID!]!, $b: [ID!]!) {
        first: approveEdits(ids: $a) { id source { document { reviewableEdits } } }
        second: approveEdits(ids: $b) { id source { document { reviewableEdits } } } }`;
      type Approved = { id: string; source: { document: { reviewableEdits: number } } | null }[];
      const answer = await gql<{ first: Approved; second: Approved }>(
        server.url,
        TWICE,
        { a: ofKind('ADD_PERSON'), b: ofKind('ADD_ROLE') },
        reviewer,
      );
      expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
      // After the first approval two are left; after the second none, though the first read said two.
      expect(answer.data?.first.map((edit) => edit.source?.document.reviewableEdits)).toEqual([2, 2]);
      expect(answer.data?.second.map((edit) => edit.source?.document.reviewableEdits)).toEqual([0, 0]);
    });

    it('a document whose edits rest on the reviewer’s own pending person offers nothing, and names that edit', async () => {
      const c = await upload(sheet('2. september 2022', [['Sara Selv', 'Kommunedirektør, Aure', 'x']]), 'Selv C', {
        date: '2022-09-02',
      });
      // The reviewer accepted this person's proposal: someone else must approve it.
      const own = (await review(reviewer, c.id, [pick(c.proposals, 'ROLE', 'Sara Selv').id])).find(
        (edit) => edit.kind === 'ADD_PERSON',
      ) as EditView;
      const d = await upload(sheet('3. september 2022', [['Sara Selv', 'Kommunedirektør, Aure', 'x']]), 'Selv D', {
        date: '2022-09-03',
      });
      const [roleD] = await review(editor, d.id, [pick(d.proposals, 'ROLE', 'Sara Selv').id]);
      expect(roleD?.kind).toBe('ADD_ROLE');
      expect(await blocking(d.id)).toMatchObject({
        reviewableEdits: 0,
        reviewableEditsBlockedBy: [{ id: own.id, status: 'PROPOSED' }],
      });
      // An editor (no reviewer) is blocked by nothing: there is nothing for them to approve.
      const asEditor = await gql<{ node: Blocking }>(server.url, BLOCKING, { id: d.id }, editor);
      expect(asEditor.data?.node).toEqual({ reviewableEdits: 0, reviewableEditsBlockedBy: [] });
      // Once someone else approved it, the document's role is offered.
      expect((await gql(server.url, APPROVE, { id: own.id }, otherReviewer)).errors).toBeUndefined();
      expect(await blocking(d.id)).toEqual({ reviewableEdits: 1, reviewableEditsBlockedBy: [] });
    });

    it('a document whose edits rest on a reverted person offers nothing, names it, and approving all is refused', async () => {
      const a = await upload(sheet('5. september 2022', [['Rolf Reversert', 'Rådgiver, Aure', 'x']]), 'Revert A', {
        date: '2022-09-05',
      });
      const person = (await review(editor, a.id, [pick(a.proposals, 'ROLE', 'Rolf Reversert').id])).find(
        (edit) => edit.kind === 'ADD_PERSON',
      ) as EditView;
      const b = await upload(sheet('6. september 2022', [['Rolf Reversert', 'Rådgiver, Aure', 'x']]), 'Revert B', {
        date: '2022-09-06',
      });
      const [roleB] = await review(editor, b.id, [pick(b.proposals, 'ROLE', 'Rolf Reversert').id]);
      expect((await gql(server.url, APPROVE, { id: person.id }, reviewer)).errors).toBeUndefined();
      const revert = await gql<{ revertEdit: { id: string } }>(
        server.url,
        REVERT,
        { id: person.id, why: 'Feil person' },
        editor,
      );
      expect(revert.errors).toBeUndefined();
      expect((await gql(server.url, APPROVE, { id: revert.data?.revertEdit.id }, reviewer)).errors).toBeUndefined();
      expect(await statusOf(person.id)).toBe('REVERTED');

      expect(await blocking(b.id)).toMatchObject({
        reviewableEdits: 0,
        reviewableEditsBlockedBy: [{ id: person.id, status: 'REVERTED' }],
      });
      const refused = await gql(server.url, APPROVE_DOCUMENT, { d: b.id }, reviewer);
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        prerequisite: person.id,
        status: 'REVERTED',
      });
      expect(refused.errors?.[0]?.message).toContain(person.id);
      expect(await statusOf(roleB?.id as string)).toBe('PROPOSED');
    });

    it('an ENTITY proposal matched to a pending new person rests on that person’s edit and adds no other', async () => {
      const a = await upload(sheet('8. september 2022', [['Eva Entitet', 'Rådgiver, Aure', 'x']]), 'Entitet A', {
        date: '2022-09-08',
      });
      const madeA = await review(editor, a.id, [pick(a.proposals, 'ROLE', 'Eva Entitet').id]);
      const person = madeA.find((edit) => edit.kind === 'ADD_PERSON') as EditView;
      const pendingId = person.entities[0]?.id as string;
      // Another municipality: the new-person proposal offers her (PENDING_NEW), unmatched; the editor picks her.
      const b = await upload(sheet('9. september 2022', [['Eva Entitet', 'Rådgiver, Hitra', 'x']]), 'Entitet B', {
        date: '2022-09-09',
      });
      const entity = pick(b.proposals, 'ENTITY', 'Eva Entitet');
      expect(entity.person?.match).toBeNull();
      expect(entity.person?.ranked).toContainEqual({ entity: { id: pendingId }, reason: 'PENDING_NEW' });
      const picked = await gql(server.url, MATCH, { p: entity.id, e: pendingId }, editor);
      expect(picked.errors, JSON.stringify(picked.errors)).toBeUndefined();

      const madeB = await review(editor, b.id, [entity.id]);
      expect(madeB.filter((edit) => edit.kind === 'ADD_PERSON')).toEqual([]);
      const accepted = pick(await proposalsOf(b.id), 'ENTITY', 'Eva Entitet');
      expect(accepted).toMatchObject({
        status: 'ACCEPTED',
        person: { match: { id: pendingId, name: 'Eva Entitet' } },
        edits: [{ id: person.id, kind: 'ADD_PERSON', status: 'PROPOSED' }],
      });
      // Approved (from document A), the proposal's match is the person of the graph.
      expect((await gql(server.url, APPROVE, { id: person.id }, reviewer)).errors).toBeUndefined();
      const approved = pick(await proposalsOf(b.id), 'ENTITY', 'Eva Entitet');
      expect(approved).toMatchObject({
        person: { match: { id: pendingId, name: 'Eva Entitet' } },
        edits: [{ id: person.id, status: 'APPROVED' }],
      });
    });
  });
}
