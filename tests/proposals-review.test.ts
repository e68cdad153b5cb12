import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/src/app.js';
import { judgementIdOf, readJudgements } from '../server/src/data/proposals.js';
import { type Credentials, gql } from './support/auth.js';
import { uploadText } from './support/documents.js';
import { engines } from './support/engines.js';
import { SEED_DIR, startServer, type TestServer } from './support/server.js';
import { staffOf } from './support/staff.js';

// The review side of uploaded documents' proposals over the real HTTP endpoint, once per engine (issue 15,
// docs/ingest.md "Review"): a new person or meeting named by several reviews or documents is proposed once and the
// later edits rest on it; rejecting an edit rejects those resting on it; rules that ran out of time are flagged and
// run again when the same bytes come back; an accepted new entity the graph has after all keeps its spelling; a
// judgement of a spelling records who made it; a document's open proposals are for editors.

const MINUTES = readFileSync(join(SEED_DIR, 'sources', '001_5bf35c0e7693fa5c.txt'), 'utf8');
const KDU_HEADER = 'Utvalg: Trøndelag sørvest, kommunedirektørutvalget';
const sheet = (day: string, rows: string[][]) =>
  new TextEncoder().encode(
    `${KDU_HEADER}\nMøtested: Teams\nDato: ${day}\n\nDeltaker\tRolle\tTil stede\n${rows.map((row) => row.join('\t')).join('\n')}\n`,
  );

interface Named {
  name: string;
  match: { id: string } | null;
}
interface ProposalView {
  id: string;
  kind: string;
  status: string;
  date: string | null;
  person: Named | null;
  organization: Named | null;
  meeting: Named | null;
  edits: { id: string; kind: string; status: string }[];
}
interface EditView {
  id: string;
  kind: string;
  status: string;
  reviewReason: string | null;
  entities: { id: string; kind: string }[];
}

const PROPOSALS = `query ($d: ID!) { proposals(document: $d) {
  id kind status date person { name match { id } } organization { name match { id } } meeting { name match { id } }
  edits { id kind status } } }`;
const REVIEW = `mutation ($d: ID!, $a: [ID!]!, $r: [ID!]!) {
  reviewProposals(document: $d, accept: $a, reject: $r) { id kind status reviewReason entities { id kind } } }`;
const EDIT = 'query ($id: ID!) { node(id: $id) { ... on Edit { id kind status reviewReason entities { id kind } } } }';
const APPROVE = 'mutation ($id: ID!) { approveEdit(id: $id) { id status } }';
const APPROVE_ALL = 'mutation ($ids: [ID!]!) { approveEdits(ids: $ids) { id status } }';
const REJECT = 'mutation ($id: ID!, $why: String!) { rejectEdit(id: $id, reason: $why) { id status } }';
const MATCH = `mutation ($p: ID!, $s: ProposalSlot!, $e: ID) { matchProposal(proposal: $p, slot: $s, entity: $e) { id } }`;
const DOCUMENT = 'query ($id: ID!) { node(id: $id) { ... on Document { id name openProposals proposalsComplete } } }';

for (const engine of engines()) {
  describe(`Reviewing proposals on ${engine.name}`, () => {
    let server: TestServer;
    let editor: Credentials;
    let reviewer: Credentials;
    let reader: Credentials;

    const upload = (url: string, bytes: Uint8Array, name: string, title: string) =>
      uploadText({ url }, editor, bytes, { title, fileName: name });
    const proposalsOf = async (document: string) => {
      const answer = await gql<{ proposals: ProposalView[] }>(server.url, PROPOSALS, { d: document }, editor);
      expect(answer.errors).toBeUndefined();
      return answer.data?.proposals ?? [];
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
    /** The kinds of a review's edits but the aliases kept (CORRECT_NAME), sorted. */
    const kinds = (edits: EditView[]) =>
      edits
        .map((edit) => edit.kind)
        .filter((kind) => kind !== 'CORRECT_NAME')
        .sort();
    const editOf = async (id: string) => {
      const answer = await gql<{ node: EditView }>(server.url, EDIT, { id }, editor);
      return answer.data?.node as EditView;
    };
    const uploadSheet = async (day: string, rows: string[][], title: string) => {
      const stored = await upload(server.url, sheet(day, rows), `${title}.txt`, title);
      expect(stored.status).toBe(201);
      return { id: stored.body.id, proposals: await proposalsOf(stored.body.id) };
    };

    beforeAll(async () => {
      server = await startServer(engine);
      const staff = await staffOf(server, 'admin password for the review', {
        editor1: 'EDITOR',
        reviewer1: 'REVIEWER',
        reader1: 'READER',
      });
      editor = { ...staff.editor1, preflight: true };
      reviewer = { ...staff.reviewer1, preflight: true };
      reader = { ...staff.reader1, preflight: true };
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('a new person and a new meeting named again in a later review or another document are proposed once', async () => {
      const first = await uploadSheet('14. januar 2022', [['Nora Nyland', 'Kommunedirektør, Aure', 'x']], 'Liste 1');
      // The first review: the meeting and her role (the person with it).
      const one = await review(first.id, [pick(first.proposals, 'MEETING').id, pick(first.proposals, 'ROLE').id]);
      // (The document's spelling of the body is kept as its alias: CORRECT_NAME.)
      expect(kinds(one)).toEqual(['ADD_ENTITY', 'ADD_PERSON', 'ADD_ROLE']);
      const personEdit = one.find((edit) => edit.kind === 'ADD_PERSON') as EditView;
      const meetingEdit = one.find((edit) => edit.kind === 'ADD_ENTITY') as EditView;
      const noraId = personEdit.entities[0]?.id as string;
      const meetingId = meetingEdit.entities.find((entity) => entity.kind === 'MEETING')?.id as string;

      // A later review of the same document: her attendance at that meeting, both still waiting for approval.
      const two = await review(first.id, [pick(first.proposals, 'ATTENDANCE', 'Nora Nyland').id]);
      expect(kinds(two)).toEqual(['ADD_RELATION']);
      const alone = await gql(server.url, APPROVE, { id: two[0]?.id }, reviewer);
      expect(alone.errors?.[0]?.extensions?.code).toBe('PREREQUISITE_PENDING');
      expect([personEdit.id, meetingEdit.id]).toContain(
        (alone.errors?.[0]?.extensions as { prerequisite?: string } | undefined)?.prerequisite,
      );

      // Another document naming her (in another seat of the same municipality) and the same meeting: no second
      // person, no second meeting. (In another municipality she would be another person: proposals-findings.)
      const second = await uploadSheet(
        '14. januar 2022',
        [
          ['Nora Nyland', 'Rådgiver, Aure', 'x'],
          ['Ingjerd Astad', 'Kommunedirektør, Hitra', 'Ikke til stede'],
        ],
        'Liste 2',
      );
      expect(pick(second.proposals, 'ROLE', 'Nora Nyland').person?.match).toBeNull();
      const three = await review(second.id, [
        pick(second.proposals, 'MEETING').id,
        pick(second.proposals, 'ROLE', 'Nora Nyland').id,
        pick(second.proposals, 'ATTENDANCE', 'Ingjerd Astad').id,
      ]);
      expect(kinds(three)).toEqual(['ADD_RELATION', 'ADD_ROLE']);
      // The meeting proposal of the second document is the first one's meeting edit.
      const secondMeeting = pick(await proposalsOf(second.id), 'MEETING');
      expect(secondMeeting).toMatchObject({ status: 'ACCEPTED', edits: [{ id: meetingEdit.id }] });

      const all = [...one, ...two, ...three].map((edit) => edit.id);
      const approved = await gql(server.url, APPROVE_ALL, { ids: all }, reviewer);
      expect(approved.errors).toBeUndefined();
      const persons = await gql<{ search: { entity: { id: string } }[] }>(
        server.url,
        '{ search(text: "Nora Nyland", kinds: [PERSON]) { entity { id } } }',
        {},
        reader,
      );
      expect(persons.errors).toBeUndefined();
      expect(persons.data?.search.map((hit) => hit.entity.id)).toEqual([noraId]);
      const nora = await gql<{
        node: { roles: { onBehalfOf: { id: string } | null; heldIn: { id: string } | null }[] };
      }>(
        server.url,
        'query ($id: ID!) { node(id: $id) { ... on Person { roles { heldIn { id } onBehalfOf { id } } } } }',
        { id: noraId },
        reader,
      );
      expect(nora.data?.node.roles.map((r) => r.onBehalfOf?.id ?? r.heldIn?.id).sort()).toEqual([
        'municipality:aure',
        'municipality:aure',
      ]);
      const meeting = await gql<{ node: { participants: { person: { id: string }; status: string }[] } }>(
        server.url,
        'query ($id: ID!) { node(id: $id) { ... on Meeting { participants { person { id } status } } } }',
        { id: meetingId },
        reader,
      );
      expect(meeting.data?.node.participants.map((p) => [p.person.id, p.status]).sort()).toEqual(
        [
          [noraId, 'PRESENT'],
          ['person:ingjerd-astad', 'ABSENT'],
        ].sort(),
      );
    });

    it('rejecting an edit rejects the pending edits that rest on it, naming it', async () => {
      const { id, proposals } = await uploadSheet(
        '2. februar 2022',
        [['Kari Forkastet', 'Kommunedirektør, Aure', 'x']],
        'Liste 3',
      );
      const made = await review(id, [
        pick(proposals, 'MEETING').id,
        pick(proposals, 'ROLE').id,
        pick(proposals, 'ATTENDANCE').id,
      ]);
      const person = made.find((edit) => edit.kind === 'ADD_PERSON') as EditView;
      const rejected = await gql(server.url, REJECT, { id: person.id, why: 'Ikke en person i regionen' }, reviewer);
      expect(rejected.errors).toBeUndefined();
      for (const kind of ['ADD_ROLE', 'ADD_RELATION']) {
        const dependent = await editOf((made.find((edit) => edit.kind === kind) as EditView).id);
        expect(dependent.status, kind).toBe('REJECTED');
        expect(dependent.reviewReason).toContain(person.id);
      }
      // The meeting rests on nothing rejected: it waits for its review.
      expect((await editOf((made.find((edit) => edit.kind === 'ADD_ENTITY') as EditView).id)).status).toBe('PROPOSED');
    });

    it('rules that run out of time leave the document flagged, and the same bytes uploaded again run them', async () => {
      // The same graph behind a server whose rules get a millisecond once the text is read.
      const hurried = await createApp({
        store: server.store,
        clientDir: null,
        maxQueryDepth: 12,
        logLevel: 'silent',
        extraction: { timeoutMs: 60_000, maxHeapMb: 512, rulesTimeoutMs: 1 },
      });
      const url = await hurried.listen(0, '127.0.0.1');
      const bytes = new TextEncoder().encode(MINUTES);
      let first: Awaited<ReturnType<typeof uploadText>>;
      try {
        first = await upload(url, bytes, 'kdu.txt', 'KDU-referat (hastig)');
      } finally {
        await hurried.stop();
      }
      expect(first).toMatchObject({ status: 201, body: { proposals: 0 } });
      const document = async () => {
        const answer = await gql<{ node: { proposalsComplete: boolean; openProposals: number } }>(
          server.url,
          DOCUMENT,
          { id: first.body.id },
          editor,
        );
        expect(answer.errors).toBeUndefined();
        return answer.data?.node;
      };
      expect(await document()).toMatchObject({ proposalsComplete: false, openProposals: 0 });

      const again = await upload(server.url, bytes, 'kdu-igjen.txt', 'KDU-referat (igjen)');
      expect(again.status).toBe(200);
      expect(again.body.id).toBe(first.body.id);
      expect(again.body.proposals).toBeGreaterThan(20);
      expect((await proposalsOf(first.body.id)).length).toBe(again.body.proposals);
      expect(await document()).toMatchObject({ proposalsComplete: true, openProposals: again.body.proposals });
      // Complete now: a third upload changes nothing.
      expect(await upload(server.url, bytes, 'kdu-3.txt', 'KDU')).toEqual({ status: 200, body: again.body });
    });

    it('an accepted new entity the graph has after all keeps the document’s spelling as its alias, or says why not', async () => {
      const { id, proposals } = await uploadSheet(
        '3. mars 2022',
        [['Ingjærd Asstad', 'Kommunedirektør, Hitra', 'x']],
        'Liste 4',
      );
      const entity = pick(proposals, 'ENTITY', 'Ingjærd Asstad');
      expect(entity.person?.match).toBeNull();
      const picked = await gql(server.url, MATCH, { p: entity.id, s: 'PERSON', e: 'person:ingjerd-astad' }, editor);
      expect(picked.errors).toBeUndefined();
      const made = await review(id, [entity.id]);
      expect(made.map((edit) => edit.kind)).toEqual(['CORRECT_NAME']);
      expect(made[0]?.entities.map((e) => e.id)).toContain('person:ingjerd-astad');
      const after = pick(await proposalsOf(id), 'ENTITY', 'Ingjærd Asstad');
      expect(after).toMatchObject({ status: 'ACCEPTED', edits: [{ id: made[0]?.id, kind: 'CORRECT_NAME' }] });

      // Picked as a person whose name it already is: nothing would change, and the review says so.
      const gunnar = await uploadSheet('4. mars 2022', [['Gunnar Nymo', 'Kommunedirektør, Aure', 'x']], 'Liste 5');
      const later = await uploadSheet('5. mars 2022', [['Gunnar Nymo', 'Kommunedirektør, Aure', 'x']], 'Liste 6');
      const [created] = await review(gunnar.id, [pick(gunnar.proposals, 'ENTITY', 'Gunnar Nymo').id]);
      expect(created?.kind).toBe('ADD_PERSON');
      expect((await gql(server.url, APPROVE, { id: created?.id }, reviewer)).errors).toBeUndefined();
      const known = pick(later.proposals, 'ENTITY', 'Gunnar Nymo');
      const gunnarId = created?.entities[0]?.id as string;
      expect((await gql(server.url, MATCH, { p: known.id, s: 'PERSON', e: gunnarId }, editor)).errors).toBeUndefined();
      const nothing = await gql(server.url, REVIEW, { d: later.id, a: [known.id], r: [] }, editor);
      expect(nothing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'accept' });
      expect(nothing.errors?.[0]?.message).toMatch(/change nothing/);
      expect(pick(await proposalsOf(later.id), 'ENTITY', 'Gunnar Nymo').status).toBe('OPEN');
    });

    it('a judgement of a spelling records who made it and when', async () => {
      const { proposals } = await uploadSheet(
        '6. april 2022',
        [['Emil Raaen', 'Kommunedirektør Ørland', 'x']],
        'Liste 7',
      );
      const role = pick(proposals, 'ROLE', 'Emil Raaen');
      const before = Date.now();
      const passed = await gql(server.url, MATCH, { p: role.id, s: 'PERSON', e: null }, editor);
      expect(passed.errors).toBeUndefined();
      const me = await gql<{ me: { id: string } }>(server.url, '{ me { id } }', {}, editor);
      const judgement = (await readJudgements((statement, params) => server.store.read(statement, params))).get(
        judgementIdOf('PERSON', 'Emil Raaen'),
      );
      expect(judgement).toMatchObject({ sameAs: null, judgedBy: me.data?.me.id });
      expect(Date.parse(judgement?.judgedAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
    });

    it('a document’s open proposals are for editors: a reader gets null and FORBIDDEN, and still the document', async () => {
      const { id } = await uploadSheet('7. april 2022', [['Ingjerd Astad', 'Kommunedirektør, Hitra', 'x']], 'Liste 8');
      const asReader = await gql<{ node: { name: string; openProposals: number | null } }>(
        server.url,
        DOCUMENT,
        { id },
        reader,
      );
      expect(asReader.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(asReader.data?.node).toMatchObject({ name: 'Liste 8', openProposals: null });
      const asEditor = await gql<{ node: { openProposals: number } }>(server.url, DOCUMENT, { id }, editor);
      expect(asEditor.errors).toBeUndefined();
      expect(asEditor.data?.node.openProposals).toBeGreaterThan(0);
    });
  });
}
