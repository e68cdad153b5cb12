import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editsById } from '../server/src/cypher/index.js';
import { storeUpload } from '../server/src/data/ingest.js';
import { toEditRow } from '../server/src/data/mapping.js';
import type { Row } from '../server/src/graph/store.js';
import { type Credentials, gql } from './support/auth.js';
import { uploadText } from './support/documents.js';
import { engines } from './support/engines.js';
import { startServer, type TestServer } from './support/server.js';
import { staffOf } from './support/staff.js';

// The findings of issue 15's review, over the real HTTP endpoint, once per engine (docs/ingest.md "Proposals",
// docs/edits.md): what a proposal restates, who a pending new person is, what "approve all from a document" and a
// rejection do across documents, and the day an observation speaks for.

const KDU_HEADER = 'Utvalg: Trøndelag sørvest, kommunedirektørutvalget';
const sheet = (day: string, rows: string[][]) =>
  `${KDU_HEADER}\nMøtested: Teams\nDato: ${day}\n\nDeltaker\tRolle\tTil stede\n${rows.map((row) => row.join('\t')).join('\n')}\n`;

interface Named {
  name: string;
  match: { id: string } | null;
  ranked: { entity: { id: string }; reason: string }[];
}
interface ProposalView {
  id: string;
  kind: string;
  status: string;
  effect: string;
  restates: string | null;
  quote: string;
  start: number;
  end: number;
  amountNok: number | null;
  person: Named | null;
  onBehalfOf: Named | null;
  edits: { id: string; kind: string; status: string }[];
}
interface EditView {
  id: string;
  kind: string;
  status: string;
  reviewReason: string | null;
  entities: { id: string; kind: string }[];
}

const NAMED = 'name match { id } ranked { entity { id } reason }';
const PROPOSALS = `query ($d: ID!) { proposals(document: $d) {
  id kind status effect restates quote start end amountNok person { ${NAMED} } onBehalfOf { ${NAMED} }
  edits { id kind status } } }`;
const EDIT_PROPOSAL = 'mutation ($p: ID!, $d: Date) { editProposal(proposal: $p, date: $d) { id date } }';
const END_ROLE = `mutation ($r: ID!, $e: Date!, $s: SourceInput!) { endRole(role: $r, end: $e, source: $s) { id } }`;
const APPROVE = 'mutation ($id: ID!) { approveEdit(id: $id) { id status } }';
const EDIT_STATE = `query ($id: ID!) { node(id: $id) { ... on Edit { id status reviewReason reviewer { id }
  rejectedBecause { id } } } }`;
const REJECT = 'mutation ($id: ID!, $why: String!) { rejectEdit(id: $id, reason: $why) { id status } }';
const APPROVE_DOCUMENT = 'mutation ($d: ID!) { approveDocumentEdits(document: $d) { id status } }';
const REVIEWABLE = 'query ($id: ID!) { node(id: $id) { ... on Document { reviewableEdits } } }';
const REVIEW = `mutation ($d: ID!, $a: [ID!]!, $r: [ID!]!) {
  reviewProposals(document: $d, accept: $a, reject: $r) { id kind status reviewReason entities { id kind } } }`;

for (const engine of engines()) {
  describe(`Review findings of uploaded documents on ${engine.name}`, () => {
    let server: TestServer;
    let editor: Credentials;
    let reviewer: Credentials;

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
    const review = async (document: string, accept: string[], reject: string[] = []) => {
      const answer = await gql<{ reviewProposals: EditView[] }>(
        server.url,
        REVIEW,
        { d: document, a: accept, r: reject },
        editor,
      );
      expect(answer.errors).toBeUndefined();
      return answer.data?.reviewProposals ?? [];
    };

    beforeAll(async () => {
      server = await startServer(engine);
      const staff = await staffOf(server, 'admin password for the findings', {
        editor1: 'EDITOR',
        reviewer1: 'REVIEWER',
      });
      editor = { ...staff.editor1, preflight: true };
      reviewer = { ...staff.reviewer1, preflight: true };
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('a grant is restated only by a text naming its own funder, or none: another funder’s "med 7 mill." is new', async () => {
      const { proposals } = await upload(
        [
          'Prosjektet HARMONI er nå blitt innvilget av Norges forskningsråd, med 7 mill.',
          '',
          'Prosjektet FJORD er nå blitt innvilget av Sparebank1 SMN, med 7 mill.',
          '',
        ].join('\n'),
        'To tilskudd',
        { date: '2024-05-02' },
      );
      const grants = proposals.filter((proposal) => proposal.kind === 'GRANT');
      expect(grants.map((grant) => grant.amountNok)).toEqual([7_000_000, 7_000_000]);
      expect(grants[0]).toMatchObject({ effect: 'OBSERVATION', restates: 'grant:harmoni-norges-forskningsrad' });
      expect(grants[1]).toMatchObject({ effect: 'NEW_FACT', restates: null });
    });

    it('rules run again on known bytes read the text stored for them, not the text their reader makes now', async () => {
      const now = sheet('9. mai 2022', [['Nora Nyland', 'Kommunedirektør, Aure', 'x']]);
      // Stored before the reader changed (a PDF's text before the tabs): another text, without proposals yet.
      const stored = `Side 1 av 1\n\n${now}`;
      const bytes = new TextEncoder().encode(now);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const before = await storeUpload(
        server.store,
        { mediaType: 'text/plain', text: stored, pageStarts: [0], sha256, proposals: [], proposalsComplete: false },
        { fileName: 'gammel.txt', title: 'Gammel lesning', date: null, type: null, coversStart: null, coversEnd: null },
        { userId: 'user:test' },
        new Date(),
      );
      const again = await uploadText(server, editor, bytes, { title: 'Gammel lesning' });
      expect(again).toMatchObject({ status: 200, body: { id: before.id } });
      expect(again.body.proposals).toBeGreaterThan(0);
      const text = await gql<{ node: { text: string } }>(
        server.url,
        'query ($id: ID!) { node(id: $id) { ... on Document { text } } }',
        { id: before.id },
        editor,
      );
      expect(text.data?.node.text).toBe(stored);
      const proposals = await proposalsOf(before.id);
      for (const proposal of proposals) expect(stored.slice(proposal.start, proposal.end)).toBe(proposal.quote);
      expect(pick(proposals, 'ROLE', 'Nora Nyland').quote).toBe('Nora Nyland\tKommunedirektør, Aure\tx');
      expect(pick(proposals, 'MEETING').quote).toMatch(/^Utvalg: Trøndelag sørvest/);
    });

    it('what an undated document states speaks for its meeting header’s day, or is refused: never today', async () => {
      const storedInput = async (id: string) => {
        const [row] = await server.store.read(editsById, { ids: [id] });
        return toEditRow((row as Row).edit as Row).input as {
          observation?: { from: string; to: string };
          observed?: { from: string; to: string };
        };
      };
      // Uploaded without a date; the meeting header says 12 May 2022. Ingjerd Astad's seat is known (an observation).
      const dated = await upload(
        sheet('12. mai 2022', [
          ['Ingjerd Astad', 'Kommunedirektør, Hitra', 'x'],
          ['Udatert Person', 'Kommunedirektør, Aure', 'x'],
        ]),
        'Udatert referat',
      );
      const seat = pick(dated.proposals, 'ROLE', 'Ingjerd Astad');
      expect(seat.effect).toBe('OBSERVATION');
      const made = await review(dated.id, [
        pick(dated.proposals, 'MEETING').id,
        seat.id,
        pick(dated.proposals, 'ROLE', 'Udatert Person').id,
        pick(dated.proposals, 'ATTENDANCE', 'Udatert Person').id,
      ]);
      const day = { from: '2022-05-12', to: '2022-05-12' };
      const observation = made.find((edit) => edit.kind === 'ADD_OBSERVATION') as EditView;
      expect((await storedInput(observation.id)).observation).toMatchObject(day);
      expect(
        (await storedInput((made.find((edit) => edit.kind === 'ADD_ROLE') as EditView).id)).observation,
      ).toMatchObject(day);
      expect((await storedInput((made.find((edit) => edit.kind === 'ADD_RELATION') as EditView).id)).observed).toEqual(
        day,
      );

      // No date and no header: refused, saying how to give one; with the proposal's date, that day.
      const bare = await upload('Deltaker\tRolle\tTil stede\nIngjerd Astad\tKommunedirektør, Hitra\tx\n', 'Uten dato');
      const role = pick(bare.proposals, 'ROLE', 'Ingjerd Astad');
      expect(role.effect).toBe('OBSERVATION');
      const refused = await gql(server.url, REVIEW, { d: bare.id, a: [role.id], r: [] }, editor);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'accept' });
      expect(refused.errors?.[0]?.message).toMatch(/no date.*editProposal/);
      expect((await gql(server.url, EDIT_PROPOSAL, { p: role.id, d: '2022-06-01' }, editor)).errors).toBeUndefined();
      const [restated] = await review(bare.id, [role.id]);
      expect((await storedInput(restated?.id as string)).observation).toMatchObject({
        from: '2022-06-01',
        to: '2022-06-01',
      });
    });

    it('a source of a role whose stated end is before the days it speaks for is refused at approval, naming the end', async () => {
      const { id, proposals } = await upload(
        sheet('20. mai 2022', [['Ingjerd Astad', 'Kommunedirektør, Hitra', 'x']]),
        'Etter slutt',
        {
          date: '2022-05-20',
        },
      );
      const seat = pick(proposals, 'ROLE', 'Ingjerd Astad');
      expect(seat.effect).toBe('OBSERVATION');
      const [observation] = (await review(id, [seat.id])).filter((edit) => edit.kind === 'ADD_OBSERVATION');
      // Meanwhile the role is ended, before the day the document speaks for.
      const ended = await gql<{ endRole: { id: string } }>(
        server.url,
        END_ROLE,
        { r: seat.restates, e: '2022-01-31', s: { note: 'Sluttet 31. januar 2022' } },
        editor,
      );
      expect(ended.errors, JSON.stringify(ended.errors)).toBeUndefined();
      expect((await gql(server.url, APPROVE, { id: ended.data?.endRole.id }, reviewer)).errors).toBeUndefined();
      const refused = await gql(server.url, APPROVE, { id: observation?.id }, reviewer);
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        fact: seat.restates,
        end: '2022-01-31',
        observed: { from: '2022-05-20', to: '2022-05-20' },
      });
      expect(refused.errors?.[0]?.message).toMatch(/ended on 2022-01-31/);
    });

    it('a rejection that follows from another is recorded as such, naming it, in whichever document it was made', async () => {
      const first = await upload(sheet('1. juni 2022', [['Kari Kaskade', 'Kommunedirektør, Aure', 'x']]), 'Kaskade 1', {
        date: '2022-06-01',
      });
      const one = await review(first.id, [pick(first.proposals, 'ROLE', 'Kari Kaskade').id]);
      const person = one.find((edit) => edit.kind === 'ADD_PERSON') as EditView;
      const firstRole = one.find((edit) => edit.kind === 'ADD_ROLE') as EditView;
      // Another document names her in the same municipality: its role rests on the first document's new person.
      const second = await upload(
        sheet('2. juni 2022', [['Kari Kaskade', 'Kommunedirektør, Aure', 'x']]),
        'Kaskade 2',
        { date: '2022-06-02' },
      );
      const two = await review(second.id, [pick(second.proposals, 'ROLE', 'Kari Kaskade').id]);
      expect(two.map((edit) => edit.kind)).toEqual(['ADD_ROLE']);
      const secondRole = two[0] as EditView;

      expect((await gql(server.url, REJECT, { id: person.id, why: 'Finnes ikke' }, reviewer)).errors).toBeUndefined();
      type State = {
        status: string;
        reviewReason: string;
        reviewer: { id: string } | null;
        rejectedBecause: { id: string } | null;
      };
      const state = async (id: string) =>
        (await gql<{ node: State }>(server.url, EDIT_STATE, { id }, editor)).data?.node as State;
      const rejected = await state(person.id);
      expect(rejected).toMatchObject({ status: 'REJECTED', reviewReason: 'Finnes ikke', rejectedBecause: null });
      expect(rejected.reviewer).not.toBeNull();
      for (const dependent of [firstRole, secondRole]) {
        const after = await state(dependent.id);
        expect(after).toMatchObject({ status: 'REJECTED', reviewer: null, rejectedBecause: { id: person.id } });
        expect(after.reviewReason).toContain(person.id);
        expect(after.reviewReason).toMatch(/No reviewer judged this change itself/);
      }
    });

    it('approving all from a document approves the pending person of another document its edits rest on, or names it', async () => {
      const reviewOf = async (who: Credentials, document: string, accept: string[]) => {
        const answer = await gql<{ reviewProposals: EditView[] }>(
          server.url,
          REVIEW,
          { d: document, a: accept, r: [] },
          who,
        );
        expect(answer.errors).toBeUndefined();
        return answer.data?.reviewProposals ?? [];
      };
      const count = async (document: string) =>
        (await gql<{ node: { reviewableEdits: number } }>(server.url, REVIEWABLE, { id: document }, reviewer)).data
          ?.node.reviewableEdits;
      // Document A proposes a new person with her role; document B's role of her (the same municipality) rests on it.
      const a = await upload(
        sheet('3. juni 2022', [['Berit Forutsatt', 'Kommunedirektør, Aure', 'x']]),
        'Forutsatt A',
        {
          date: '2022-06-03',
        },
      );
      const madeA = await reviewOf(editor, a.id, [pick(a.proposals, 'ROLE', 'Berit Forutsatt').id]);
      const person = madeA.find((edit) => edit.kind === 'ADD_PERSON') as EditView;
      const b = await upload(
        sheet('4. juni 2022', [['Berit Forutsatt', 'Kommunedirektør, Aure', 'x']]),
        'Forutsatt B',
        {
          date: '2022-06-04',
        },
      );
      const [roleB] = await reviewOf(editor, b.id, [pick(b.proposals, 'ROLE', 'Berit Forutsatt').id]);
      expect(await count(b.id)).toBe(2);
      const approved = await gql<{ approveDocumentEdits: { id: string; status: string }[] }>(
        server.url,
        APPROVE_DOCUMENT,
        { d: b.id },
        reviewer,
      );
      expect(approved.errors).toBeUndefined();
      expect(approved.data?.approveDocumentEdits.map((edit) => [edit.id, edit.status]).sort()).toEqual(
        [
          [person.id, 'APPROVED'],
          [roleB?.id, 'APPROVED'],
        ].sort(),
      );
      // Document A's own role waits for its own approval.
      expect(await count(a.id)).toBe(1);

      // A prerequisite this reviewer may not approve (they accepted it themselves) is named, and nothing is approved.
      const c = await upload(
        sheet('5. juni 2022', [['Siv Selvgodkjent', 'Kommunedirektør, Aure', 'x']]),
        'Forutsatt C',
        {
          date: '2022-06-05',
        },
      );
      const madeC = await reviewOf(reviewer, c.id, [pick(c.proposals, 'ROLE', 'Siv Selvgodkjent').id]);
      const own = madeC.find((edit) => edit.kind === 'ADD_PERSON') as EditView;
      const d = await upload(
        sheet('6. juni 2022', [['Siv Selvgodkjent', 'Kommunedirektør, Aure', 'x']]),
        'Forutsatt D',
        {
          date: '2022-06-06',
        },
      );
      const [roleD] = await reviewOf(editor, d.id, [pick(d.proposals, 'ROLE', 'Siv Selvgodkjent').id]);
      const refused = await gql(server.url, APPROVE_DOCUMENT, { d: d.id }, reviewer);
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'PREREQUISITE_PENDING',
        prerequisite: own.id,
        prerequisites: [own.id],
      });
      expect(refused.errors?.[0]?.message).toContain(own.id);
      const state = await gql<{ node: { status: string } }>(
        server.url,
        'query ($id: ID!) { node(id: $id) { ... on Edit { status } } }',
        { id: roleD?.id },
        editor,
      );
      expect(state.data?.node.status).toBe('PROPOSED');
    });

    it('a pending new person is the same only in the same document or municipality; else a candidate, and new', async () => {
      const first = await upload(sheet('7. juni 2022', [['Ola Navnesen', 'Rådgiver, Aure', 'x']]), 'Navnesen 1', {
        date: '2022-06-07',
      });
      const one = await review(first.id, [pick(first.proposals, 'ROLE', 'Ola Navnesen').id]);
      const pending = one.find((edit) => edit.kind === 'ADD_PERSON') as EditView;
      const pendingId = pending.entities[0]?.id as string;
      // Another document's Ola Navnesen of another municipality: the pending one is offered, not matched.
      const other = await upload(sheet('8. juni 2022', [['Ola Navnesen', 'Rådgiver, Hitra', 'x']]), 'Navnesen 2', {
        date: '2022-06-08',
      });
      const role = pick(other.proposals, 'ROLE', 'Ola Navnesen');
      expect(role.person?.match).toBeNull();
      expect(role.person?.ranked).toContainEqual({ entity: { id: pendingId }, reason: 'PENDING_NEW' });
      const two = await review(other.id, [role.id]);
      expect(two.map((edit) => edit.kind).sort()).toEqual(['ADD_PERSON', 'ADD_ROLE']);
      const secondId = (two.find((edit) => edit.kind === 'ADD_PERSON') as EditView).entities[0]?.id;
      expect(secondId).not.toBe(pendingId);
      // The same municipality in a third document: the first one, not a third.
      const third = await upload(sheet('9. juni 2022', [['Ola Navnesen', 'Konsulent, Aure', 'x']]), 'Navnesen 3', {
        date: '2022-06-09',
      });
      const three = await review(third.id, [pick(third.proposals, 'ROLE', 'Ola Navnesen').id]);
      expect(three.map((edit) => edit.kind)).toEqual(['ADD_ROLE']);
      const [stored] = await server.store.read(editsById, { ids: [three[0]?.id] });
      expect(toEditRow((stored as Row).edit as Row).input.personId).toBe(pendingId);
    });

    it('the review queue’s documents cost one statement for what approving all from each would approve', async () => {
      const documents: string[] = [];
      for (const [n, name] of ['Per Teller', 'Pål Teller', 'Espen Teller'].entries()) {
        const { id, proposals } = await upload(
          sheet(`1${n}. juli 2022`, [[name, 'Rådgiver, Aure', 'x']]),
          `Teller ${n}`,
          {
            date: `2022-07-1${n}`,
          },
        );
        await review(id, [pick(proposals, 'ROLE', name).id]);
        documents.push(id);
      }
      const QUEUE = `query { edits(status: PROPOSED, first: 50) { edges { node { id source { document { id sha256
        reviewableEdits } } } } } }`;
      const recorded: string[] = [];
      const stop = server.store.onStatement((statement) => {
        recorded.push(statement.name);
      });
      let answer: Awaited<
        ReturnType<
          typeof gql<{
            edits: { edges: { node: { source: { document: { id: string; reviewableEdits: number } } | null } }[] };
          }>
        >
      >;
      try {
        answer = await gql(server.url, QUEUE, {}, reviewer);
      } finally {
        stop();
      }
      expect(answer.errors).toBeUndefined();
      const counts = new Map(
        answer.data?.edits.edges.flatMap((edge) =>
          edge.node.source ? [[edge.node.source.document.id, edge.node.source.document.reviewableEdits] as const] : [],
        ),
      );
      for (const id of documents) expect(counts.get(id)).toBe(2);
      expect(recorded.filter((name) => name.startsWith('proposedEditsOfDocument'))).toEqual([
        'proposedEditsOfDocuments',
      ]);
    });
  });
}

for (const engine of engines()) {
  describe(`Pending persons and undated headers in the review of uploaded documents on ${engine.name}`, () => {
    let server: TestServer;
    let editor: Credentials;
    let reviewer: Credentials;

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
    const roles = (proposals: ProposalView[], name: string) =>
      proposals.filter((p) => p.kind === 'ROLE' && p.person?.name === name).sort((a, b) => a.start - b.start);
    const review = async (document: string, accept: string[], reject: string[] = []) => {
      const answer = await gql<{ reviewProposals: EditView[] }>(
        server.url,
        REVIEW,
        { d: document, a: accept, r: reject },
        editor,
      );
      expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
      return answer.data?.reviewProposals ?? [];
    };
    const storedInput = async (id: string) => {
      const [row] = await server.store.read(editsById, { ids: [id] });
      return toEditRow((row as Row).edit as Row).input as {
        personId?: string;
        observation?: { from: string; to: string };
      };
    };

    beforeAll(async () => {
      server = await startServer(engine);
      const staff = await staffOf(server, 'admin password for the pending findings', {
        editor1: 'EDITOR',
        reviewer1: 'REVIEWER',
      });
      editor = { ...staff.editor1, preflight: true };
      reviewer = { ...staff.reviewer1, preflight: true };
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('a pending new person picked from the list is the match, and the proposal rests on that person’s edit', async () => {
      const a = await upload(sheet('1. august 2022', [['Vera Ventende', 'Rådgiver, Aure', 'x']]), 'Ventende A', {
        date: '2022-08-01',
      });
      const madeA = await review(a.id, [(roles(a.proposals, 'Vera Ventende')[0] as ProposalView).id]);
      const person = madeA.find((edit) => edit.kind === 'ADD_PERSON') as EditView;
      const pendingId = person.entities[0]?.id as string;
      // Another municipality: offered (PENDING_NEW), not matched; the editor picks her.
      const b = await upload(sheet('2. august 2022', [['Vera Ventende', 'Rådgiver, Hitra', 'x']]), 'Ventende B', {
        date: '2022-08-02',
      });
      const role = roles(b.proposals, 'Vera Ventende')[0] as ProposalView;
      expect(role.person?.match).toBeNull();
      expect(role.person?.ranked).toContainEqual({ entity: { id: pendingId }, reason: 'PENDING_NEW' });
      const picked = await gql<{ matchProposal: { person: { match: { id: string; name: string } | null } } }>(
        server.url,
        'mutation ($p: ID!, $e: ID) { matchProposal(proposal: $p, slot: PERSON, entity: $e) { person { match { id name } } } }',
        { p: role.id, e: pendingId },
        editor,
      );
      expect(picked.errors, JSON.stringify(picked.errors)).toBeUndefined();
      expect(picked.data?.matchProposal.person.match).toEqual({ id: pendingId, name: 'Vera Ventende' });
      expect((await proposalsOf(b.id)).find((p) => p.id === role.id)?.person?.match).toEqual({ id: pendingId });
      // Accepted: her role only, of the pending person; approving all from B approves A's person it rests on.
      const madeB = await review(b.id, [role.id]);
      expect(madeB.map((edit) => edit.kind)).toEqual(['ADD_ROLE']);
      expect((await storedInput(madeB[0]?.id as string)).personId).toBe(pendingId);
      const alone = await gql(server.url, APPROVE, { id: madeB[0]?.id }, reviewer);
      expect(alone.errors?.[0]?.extensions).toMatchObject({ code: 'PREREQUISITE_PENDING', prerequisite: person.id });
      const approved = await gql<{ approveDocumentEdits: { id: string; status: string }[] }>(
        server.url,
        APPROVE_DOCUMENT,
        { d: b.id },
        reviewer,
      );
      expect(approved.errors, JSON.stringify(approved.errors)).toBeUndefined();
      expect(approved.data?.approveDocumentEdits.map((edit) => [edit.id, edit.status]).sort()).toEqual(
        [
          [person.id, 'APPROVED'],
          [madeB[0]?.id, 'APPROVED'],
        ].sort(),
      );
    });

    it('whether a pending new person is reused does not depend on the order the document names them in', async () => {
      const a = await upload(sheet('3. august 2022', [['Tor Rekkefølge', 'Rådgiver, Aure', 'x']]), 'Rekkefølge A', {
        date: '2022-08-03',
      });
      const madeA = await review(a.id, [(roles(a.proposals, 'Tor Rekkefølge')[0] as ProposalView).id]);
      const pendingId = (madeA.find((edit) => edit.kind === 'ADD_PERSON') as EditView).entities[0]?.id;
      const hitra = ['Tor Rekkefølge', 'Konsulent, Hitra', 'x'];
      const aure = ['Tor Rekkefølge', 'Rådgiver, Aure', 'x'];
      // The same two facts in both orders: one of them places him in Aure, so both are the pending one of Aure.
      for (const [n, rows] of [
        [hitra, aure],
        [aure, hitra],
      ].entries()) {
        const doc = await upload(sheet(`${4 + n}. august 2022`, rows), `Rekkefølge ${n}`, {
          date: `2022-08-0${4 + n}`,
        });
        const both = roles(doc.proposals, 'Tor Rekkefølge');
        expect(both).toHaveLength(2);
        const made = await review(
          doc.id,
          both.map((role) => role.id),
        );
        expect(made.map((edit) => edit.kind)).toEqual(['ADD_ROLE', 'ADD_ROLE']);
        for (const edit of made) expect((await storedInput(edit.id)).personId).toBe(pendingId);
      }
    });

    it('an undated document’s proposals speak for the nearest meeting header above them that is not rejected', async () => {
      const { id, proposals } = await upload(
        `${sheet('12. september 2022', [['Dag Første', 'Rådgiver, Aure', 'x']])}\n${sheet('19. september 2022', [
          ['Dag Andre', 'Rådgiver, Aure', 'x'],
          ['Dag Tredje', 'Rådgiver, Hitra', 'x'],
        ])}`,
        'To møter uten dato',
      );
      const headers = proposals.filter((p) => p.kind === 'MEETING').sort((x, y) => x.start - y.start);
      expect(headers).toHaveLength(2);
      const roleOf = (name: string) => roles(proposals, name)[0] as ProposalView;
      const observed = async (made: EditView[]) =>
        (await storedInput((made.find((edit) => edit.kind === 'ADD_ROLE') as EditView).id)).observation;

      expect(await observed(await review(id, [roleOf('Dag Andre').id]))).toMatchObject({
        from: '2022-09-19',
        to: '2022-09-19',
      });
      // The second header rejected: what is under it speaks for the first one's day.
      expect(await observed(await review(id, [roleOf('Dag Tredje').id], [headers[1]?.id as string]))).toMatchObject({
        from: '2022-09-12',
        to: '2022-09-12',
      });
      // Both rejected: no day, so refused, saying how to give one (and nothing changes).
      const refused = await gql(
        server.url,
        REVIEW,
        { d: id, a: [roleOf('Dag Første').id], r: [headers[0]?.id] },
        editor,
      );
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'accept' });
      expect(refused.errors?.[0]?.message).toMatch(/no date.*editProposal/);
      expect((await proposalsOf(id)).find((p) => p.id === headers[0]?.id)?.status).toBe('OPEN');
    });
  });
}
