import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_VOCABULARY, backupData } from '../server/src/data/backup.js';
import { parseBackup, serialiseBackup } from '../server/src/domain/backup.js';
import { foldName } from '../server/src/domain/names.js';
import { type Credentials, gql } from './support/auth.js';
import { KDU_HEADER as HEADER, KDU_CASES, KDU_TABLE, makeDocx, makePdf } from './support/documents.js';
import { engines } from './support/engines.js';
import { SEED_DIR, seedPlan, startServer, type TestServer } from './support/server.js';
import { staffOf } from './support/staff.js';

// Proposals from an uploaded document over the real HTTP endpoint, once per engine (issue 15, docs/ingest.md
// "Proposals: stored, matched, reviewed"): the upload stores the proposals the rules read, each quoting the stored
// text exactly and matched to the graph's people and bodies with reasons; a review turns accepted ones into edits
// by the uploader, which another person approves; a seed document uploaded again restates what the graph knows.

// The KDU minutes of 5 November 2021 (seed/sources/001_…): the test files are made of their own lines, for a new
// meeting of the same body (14 January 2022, a day the graph has no meeting on).
const MINUTES = readFileSync(join(SEED_DIR, 'sources', '001_5bf35c0e7693fa5c.txt'), 'utf8');
const TABLE = [
  ...KDU_TABLE,
  // Not in the minutes: a person the graph does not know, in a seat of a known municipality.
  ['Nora Nyland', 'Kommunedirektør, Aure', 'x'],
];
const CASES = [...KDU_CASES, 'KDU 02/22 – Godkjenning av innkalling 14. januar 2022', 'Vedtak: Innkalling godkjent'];
const NEW_MEETING_DAY = '2022-01-14';
const KDU = 'org:ts-kommunedirektorutvalget';
const SEED_MINUTES = 'doc:kdu-referat-2021-11-05';
const plan = seedPlan();

const PROPOSAL_FIELDS = `
  id kind status quote summary start end rule confidence effect restates conflicts title attendance date caseNumber decision
  person { name kind match { id } candidates { id } ranked { entity { id } reason score } }
  organization { name kind match { id } }
  onBehalfOf { name kind match { id } }
  meeting { name kind match { id } candidates { id } }
  edits { id kind status }`;
const PROPOSALS = `query ($d: ID!, $s: ProposalStatus) { proposals(document: $d, status: $s) { ${PROPOSAL_FIELDS} } }`;
const DOCUMENT = 'query ($id: ID!) { node(id: $id) { ... on Document { id text openProposals } } }';

interface Named {
  name: string;
  kind: string;
  match: { id: string } | null;
  candidates?: { id: string }[];
  ranked?: { entity: { id: string }; reason: string; score: number }[];
}
interface ProposalView {
  id: string;
  kind: string;
  status: string;
  quote: string;
  summary: string;
  start: number;
  end: number;
  rule: string;
  effect: string;
  restates: string | null;
  conflicts: string[];
  title: string | null;
  attendance: string | null;
  date: string | null;
  caseNumber: string | null;
  person: Named | null;
  organization: Named | null;
  onBehalfOf: Named | null;
  meeting: Named | null;
  edits: { id: string; kind: string; status: string }[];
}

for (const engine of engines()) {
  describe(`Proposals from uploaded documents on ${engine.name}`, () => {
    let server: TestServer;
    let editor: Credentials;
    let reviewer: Credentials;
    let reviewer2: Credentials;
    let reader: Credentials;

    const upload = async (
      who: Credentials,
      file: { bytes: Uint8Array; name: string; type: string },
      fields: Record<string, string>,
    ) => {
      const form = new FormData();
      form.set('file', new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.type }), file.name);
      for (const [key, value] of Object.entries(fields)) form.set(key, value);
      const response = await fetch(`${server.url}/api/documents`, {
        method: 'POST',
        headers: { cookie: who.cookie as string, 'apollo-require-preflight': 'true' },
        body: form,
      });
      return { status: response.status, body: (await response.json()) as { id: string; proposals: number } };
    };
    const proposalsOf = async (document: string, status?: string) => {
      const answer = await gql<{ proposals: ProposalView[] }>(
        server.url,
        PROPOSALS,
        { d: document, s: status },
        editor,
      );
      expect(answer.errors).toBeUndefined();
      return answer.data?.proposals ?? [];
    };
    const documentOf = async (id: string) => {
      const answer = await gql<{ node: { id: string; text: string; openProposals: number } }>(
        server.url,
        DOCUMENT,
        { id },
        editor,
      );
      expect(answer.errors).toBeUndefined();
      return answer.data?.node as { id: string; text: string; openProposals: number };
    };

    let docxId: string;
    let docxProposals: ProposalView[];

    beforeAll(async () => {
      server = await startServer(engine);
      const staff = await staffOf(server, 'admin password for proposals', {
        editor1: 'EDITOR',
        reviewer1: 'REVIEWER',
        reviewer2: 'REVIEWER',
        reader1: 'READER',
      });
      editor = { ...staff.editor1, preflight: true };
      reviewer = { ...staff.reviewer1, preflight: true };
      reviewer2 = { ...staff.reviewer2, preflight: true };
      reader = { ...staff.reader1, preflight: true };
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('the test files are made of the minutes’ own lines', () => {
      for (const row of TABLE.slice(1, 4)) expect(MINUTES).toContain(row.join('\t'));
      expect(MINUTES).toContain('**Utvalg:** Trøndelag sørvest, kommunedirektørutvalget');
      expect(MINUTES).not.toContain('Nora Nyland');
    });

    it('an uploaded Word document gets proposals whose quotes are exact spans of its stored text', async () => {
      const bytes = await makeDocx({ heading: HEADER[0] as string, paragraphs: HEADER.slice(1), table: TABLE });
      const stored = await upload(
        editor,
        {
          bytes: new Uint8Array(bytes),
          name: 'referat-kdu-2022-01-14.docx',
          type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        },
        { title: 'Referat KDU 14. januar 2022', date: NEW_MEETING_DAY, type: 'minutes' },
      );
      expect(stored.status).toBe(201);
      docxId = stored.body.id;
      docxProposals = await proposalsOf(docxId);
      expect(stored.body.proposals).toBe(docxProposals.length);
      expect(docxProposals.length).toBeGreaterThan(8);
      const { text, openProposals } = await documentOf(docxId);
      expect(openProposals).toBe(docxProposals.length);
      for (const proposal of docxProposals) {
        expect(proposal.quote).toBe(text.slice(proposal.start, proposal.end));
        expect(proposal.quote.length).toBeGreaterThan(0);
        expect(proposal.status).toBe('OPEN');
        expect(proposal.summary).not.toBe('');
      }
      // In the order of the text.
      const starts = docxProposals.map((proposal) => proposal.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    });

    it('the new meeting is proposed as new, of the known body, and its participants matched with reasons', () => {
      const meeting = docxProposals.find((proposal) => proposal.kind === 'MEETING');
      expect(meeting).toMatchObject({
        effect: 'NEW_FACT',
        date: NEW_MEETING_DAY,
        organization: { match: { id: KDU } },
      });
      expect(meeting?.meeting).toMatchObject({ kind: 'MEETING', match: null, candidates: [] });

      const role = docxProposals.find((p) => p.kind === 'ROLE' && p.person?.name === 'Beathe Sandvik Meland');
      expect(role?.quote).toBe('Beathe Sandvik Meland\tKommunedirektør, Frøya\tx');
      expect(role?.person?.match?.id).toBe('person:beate-sandvik-meland');
      expect(role?.person?.ranked?.[0]).toMatchObject({ entity: { id: 'person:beate-sandvik-meland' } });
      expect(['SAME_NAME', 'ALIAS']).toContain(role?.person?.ranked?.[0]?.reason);
      expect(role?.onBehalfOf?.match?.id).toBe('municipality:froya');
      // She was kommunedirektør of Frøya in the seed's minutes: the role is known, this is one more observation.
      expect(role).toMatchObject({ effect: 'OBSERVATION', restates: expect.stringMatching(/^role:/) });

      const attendance = docxProposals.find((p) => p.kind === 'ATTENDANCE' && p.person?.name === 'Per Øivind Sundell');
      expect(attendance).toMatchObject({ attendance: 'ABSENT', effect: 'NEW_FACT', date: NEW_MEETING_DAY });
      expect(attendance?.meeting?.match).toBeNull();

      const newcomer = docxProposals.find((p) => p.kind === 'ROLE' && p.person?.name === 'Nora Nyland');
      expect(newcomer?.person).toMatchObject({ match: null, candidates: [] });
      expect(docxProposals.some((p) => p.kind === 'ENTITY' && p.person?.name === 'Nora Nyland')).toBe(true);
    });

    const REVIEW = `mutation ($d: ID!, $a: [ID!]!, $r: [ID!]!) {
      reviewProposals(document: $d, accept: $a, reject: $r) { id kind status author { username } source { quote document { id } } }
    }`;
    const APPROVE_ALL = 'mutation ($ids: [ID!]!) { approveEdits(ids: $ids) { id status reviewer { username } } }';
    const APPROVE = 'mutation ($id: ID!) { approveEdit(id: $id) { id status } }';
    const editCount = async () => {
      const answer = await gql<{ edits: { totalCount: number } }>(server.url, '{ edits { totalCount } }', {}, editor);
      return answer.data?.edits.totalCount ?? -1;
    };
    const pick = (proposals: ProposalView[], kind: string, name?: string) => {
      const found = proposals.find((p) => p.kind === kind && (name === undefined || p.person?.name === name));
      if (!found) throw new Error(`No ${kind} proposal${name ? ` for ${name}` : ''}`);
      return found;
    };

    let meetingId: string;
    let approvedEditIds: string[] = [];
    let pdfId: string;

    it('accepted proposals become edits by the uploader; a reviewer approves them all at once', async () => {
      const header = pick(docxProposals, 'MEETING');
      const absent = pick(docxProposals, 'ATTENDANCE', 'Per Øivind Sundell');
      const newRole = pick(docxProposals, 'ROLE', 'Nora Nyland');
      const newAttendance = pick(docxProposals, 'ATTENDANCE', 'Nora Nyland');
      const known = pick(docxProposals, 'ROLE', 'Beathe Sandvik Meland');
      const rejected = pick(docxProposals, 'MEMBERSHIP', 'Ingjerd Astad');
      const before = await editCount();
      const reviewed = await gql<{
        reviewProposals: {
          id: string;
          kind: string;
          status: string;
          author: { username: string };
          source: { quote: string; document: { id: string } } | null;
        }[];
      }>(
        server.url,
        REVIEW,
        { d: docxId, a: [header.id, absent.id, newRole.id, newAttendance.id, known.id], r: [rejected.id] },
        editor,
      );
      expect(reviewed.errors).toBeUndefined();
      const edits = reviewed.data?.reviewProposals ?? [];
      const kinds = edits.map((edit) => edit.kind).sort();
      expect(kinds).toEqual(
        expect.arrayContaining([
          'ADD_ENTITY',
          'ADD_PERSON',
          'ADD_ROLE',
          'ADD_RELATION',
          'ADD_RELATION',
          'ADD_OBSERVATION',
        ]),
      );
      expect(kinds.filter((kind) => kind === 'ADD_PERSON')).toHaveLength(1);
      for (const edit of edits) {
        expect(edit).toMatchObject({ status: 'PROPOSED', author: { username: 'editor1' } });
        expect(edit.source?.document.id).toBe(docxId);
      }
      expect(await editCount()).toBe(before + edits.length);

      const after = await proposalsOf(docxId);
      const statusOf = (id: string) => after.find((p) => p.id === id);
      expect(statusOf(rejected.id)).toMatchObject({ status: 'REJECTED', edits: [] });
      expect(statusOf(newRole.id)?.status).toBe('ACCEPTED');
      expect(
        statusOf(newRole.id)
          ?.edits.map((edit) => edit.kind)
          .sort(),
      ).toEqual(['ADD_PERSON', 'ADD_ROLE']);
      expect(statusOf(known.id)?.edits.map((edit) => edit.kind)).toEqual(['ADD_OBSERVATION']);
      expect((await documentOf(docxId)).openProposals).toBe(docxProposals.length - 6);

      // The new person's role rests on the new person: approving it alone is refused, naming what to approve first.
      const role = edits.find((edit) => edit.kind === 'ADD_ROLE') as { id: string };
      const alone = await gql(server.url, APPROVE, { id: role.id }, reviewer);
      expect(alone.errors?.[0]?.extensions).toMatchObject({
        code: 'PREREQUISITE_PENDING',
        prerequisite: edits.find((edit) => edit.kind === 'ADD_PERSON')?.id,
      });
      // The uploader cannot approve their own (the four-eyes rule), a reader not at all.
      const own = await gql(server.url, APPROVE_ALL, { ids: edits.map((edit) => edit.id) }, editor);
      expect(own.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      const approved = await gql<{ approveEdits: { id: string; status: string; reviewer: { username: string } }[] }>(
        server.url,
        APPROVE_ALL,
        { ids: edits.map((edit) => edit.id).reverse() },
        reviewer,
      );
      expect(approved.errors).toBeUndefined();
      expect(approved.data?.approveEdits.map((edit) => edit.status)).toEqual(edits.map(() => 'APPROVED'));
      const meetingEdit = await gql<{ node: { entities: { id: string; kind: string }[] } }>(
        server.url,
        'query ($id: ID!) { node(id: $id) { ... on Edit { entities { id kind } } } }',
        { id: edits.find((edit) => edit.kind === 'ADD_ENTITY')?.id },
        editor,
      );
      meetingId = meetingEdit.data?.node.entities.find((entity) => entity.kind === 'MEETING')?.id as string;
      approvedEditIds = edits.map((edit) => edit.id);
      expect(meetingId).toMatch(/^meeting:/);
    });

    it('the approved meeting, its attendances and the new role are readable with the new document as their source', async () => {
      const answer = await gql<{
        node: {
          date: string;
          organization: { id: string };
          participants: {
            person: { id: string; name: string };
            asWritten: string;
            status: string;
            citations: { document: { id: string } }[];
          }[];
          citations: { document: { id: string } }[];
        };
      }>(
        server.url,
        `query ($id: ID!) { node(id: $id) { ... on Meeting { date organization { id } citations { document { id } }
          participants { person { id name } asWritten status citations { document { id } } } } } }`,
        { id: meetingId },
        reader,
      );
      expect(answer.errors).toBeUndefined();
      const meeting = answer.data?.node;
      expect(meeting).toMatchObject({ date: NEW_MEETING_DAY, organization: { id: KDU } });
      expect(meeting?.citations.map((c) => c.document.id)).toContain(docxId);
      const attended = Object.fromEntries((meeting?.participants ?? []).map((a) => [a.person.name, a]));
      expect(attended['Per Øivind Sundell']).toMatchObject({ status: 'ABSENT' });
      expect(attended['Nora Nyland']).toMatchObject({ status: 'PRESENT' });
      for (const attendance of meeting?.participants ?? []) {
        expect(attendance.citations.map((c) => c.document.id)).toContain(docxId);
      }
      const nora = attended['Nora Nyland']?.person.id as string;
      const person = await gql<{
        node: {
          name: string;
          roles: {
            title: string;
            heldIn: { id: string } | null;
            citations: { quote: string; document: { id: string } }[];
          }[];
        };
      }>(
        server.url,
        'query ($id: ID!) { node(id: $id) { ... on Person { name roles { title heldIn { id } citations { quote document { id } } } } } }',
        { id: nora },
        reader,
      );
      expect(person.errors).toBeUndefined();
      expect(person.data?.node.roles).toEqual([
        expect.objectContaining({
          title: 'Kommunedirektør',
          heldIn: { id: 'municipality:aure' },
          // Citations keep the quote with runs of white space as one space (as every edit's source).
          citations: [{ quote: 'Nora Nyland Kommunedirektør, Aure x', document: { id: docxId } }],
        }),
      ]);
    });

    it('a PDF of the same meeting’s cases: the meeting is now known, and its cases become cases of it', async () => {
      const bytes = await makePdf([HEADER, CASES]);
      const stored = await upload(
        editor,
        { bytes, name: 'saker-kdu-2022-01-14.pdf', type: 'application/pdf' },
        { title: 'Saksliste KDU 14. januar 2022', date: NEW_MEETING_DAY },
      );
      expect(stored.status).toBe(201);
      pdfId = stored.body.id;
      const proposals = await proposalsOf(stored.body.id);
      const { text } = await documentOf(stored.body.id);
      for (const proposal of proposals) expect(text.slice(proposal.start, proposal.end)).toBe(proposal.quote);
      expect(pick(proposals, 'MEETING')).toMatchObject({ effect: 'OBSERVATION', restates: meetingId });
      const cases = proposals.filter((p) => p.kind === 'CASE');
      expect(cases.map((c) => c.caseNumber)).toEqual(['01/22', '02/22']);
      expect(cases[0]).toMatchObject({
        effect: 'NEW_FACT',
        decision: 'Referat godkjent',
        meeting: { match: { id: meetingId } },
      });
      const reviewed = await gql<{ reviewProposals: { id: string; kind: string }[] }>(
        server.url,
        REVIEW,
        { d: stored.body.id, a: cases.map((c) => c.id), r: [] },
        editor,
      );
      expect(reviewed.errors).toBeUndefined();
      expect(reviewed.data?.reviewProposals.map((e) => e.kind)).toEqual(['ADD_ENTITY', 'ADD_ENTITY']);
      const approved = await gql(
        server.url,
        APPROVE_ALL,
        { ids: reviewed.data?.reviewProposals.map((e) => e.id) },
        reviewer,
      );
      expect(approved.errors).toBeUndefined();
      const answer = await gql<{
        node: { cases: { number: string; decision: string; citations: { document: { id: string } }[] }[] };
      }>(
        server.url,
        'query ($id: ID!) { node(id: $id) { ... on Meeting { cases { number decision citations { document { id } } } } } }',
        { id: meetingId },
        reader,
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.node.cases).toEqual([
        { number: '01/22', decision: 'Referat godkjent', citations: [{ document: { id: stored.body.id } }] },
        { number: '02/22', decision: 'Innkalling godkjent', citations: [{ document: { id: stored.body.id } }] },
      ]);
    });

    it('bad reviews are typed errors and change nothing', async () => {
      const open = await proposalsOf(docxId, 'OPEN');
      const reviewedOne = (await proposalsOf(docxId, 'ACCEPTED'))[0] as ProposalView;
      const other = (await proposalsOf(docxId, 'REJECTED'))[0] as ProposalView;
      const some = open[0] as ProposalView;
      const before = await editCount();
      const cases: [Record<string, unknown>, Credentials, string, string | null][] = [
        [{ d: docxId, a: ['proposal:nothing:1'], r: [] }, editor, 'BAD_USER_INPUT', 'accept'],
        [{ d: SEED_MINUTES, a: [some.id], r: [] }, editor, 'BAD_USER_INPUT', 'document'],
        [{ d: docxId, a: [reviewedOne.id], r: [] }, editor, 'BAD_USER_INPUT', 'accept'],
        [{ d: docxId, a: [], r: [other.id] }, editor, 'BAD_USER_INPUT', 'reject'],
        [{ d: docxId, a: [some.id], r: [some.id] }, editor, 'BAD_USER_INPUT', 'reject'],
        [{ d: docxId, a: [some.id], r: [] }, reader, 'FORBIDDEN', null],
      ];
      for (const [variables, who, code, argument] of cases) {
        const answer = await gql(server.url, REVIEW, variables, who);
        expect(answer.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe(code);
        if (argument)
          expect((answer.errors?.[0]?.extensions as { argumentName?: string } | undefined)?.argumentName).toBe(
            argument,
          );
      }
      // A proposal of another document under this one.
      const foreign = (await proposalsOf(pdfId, 'OPEN'))[0] as ProposalView;
      const wrongDocument = await gql(server.url, REVIEW, { d: docxId, a: [foreign.id], r: [] }, editor);
      expect(wrongDocument.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'accept' });
      // A grant proposal says no funder: a typed error saying what is missing, and the whole review is undone.
      const grantText = `${HEADER.join('\n')}\n\nFrøya kommune ble tildelt kr 150 000 til kurs.\n`;
      const grantDoc = await upload(
        editor,
        { bytes: new TextEncoder().encode(grantText), name: 'tilskudd.txt', type: 'text/plain' },
        { title: 'Tilskudd', date: NEW_MEETING_DAY },
      );
      const grantProposals = await proposalsOf(grantDoc.body.id);
      const grant = pick(grantProposals, 'GRANT');
      const grantReview = await gql(
        server.url,
        REVIEW,
        { d: grantDoc.body.id, a: [pick(grantProposals, 'MEETING').id, grant.id], r: [] },
        editor,
      );
      expect(grantReview.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'accept' });
      expect(grantReview.errors?.[0]?.message).toMatch(/funder/);
      expect(await editCount()).toBe(before);
      expect((await proposalsOf(docxId, 'OPEN')).length).toBe(open.length);
      expect((await proposalsOf(grantDoc.body.id, 'OPEN')).length).toBe(grantProposals.length);
    });

    it('a match picked or passed over is remembered for the spelling in the next upload', async () => {
      const sheet = (day: string) =>
        new TextEncoder().encode(
          `Utvalg: Trøndelag sørvest, kommunedirektørutvalget\nDato: ${day}\n\nDeltaker\tRolle\tTil stede\nEmil Raaen\tKommunedirektør Ørland\tx\n`,
        );
      const uploadSheet = async (day: string) => {
        const stored = await upload(
          editor,
          { bytes: sheet(day), name: `${day}.txt`, type: 'text/plain' },
          { title: `Liste ${day}` },
        );
        expect(stored.status).toBe(201);
        return pick(await proposalsOf(stored.body.id), 'ROLE', 'Emil Raaen');
      };
      const first = await uploadSheet('3. februar 2022');
      expect(first.person).toMatchObject({ match: { id: 'person:emil-raaen' } });
      const MATCH = `mutation ($p: ID!, $s: ProposalSlot!, $e: ID) { matchProposal(proposal: $p, slot: $s, entity: $e) { ${PROPOSAL_FIELDS} } }`;
      // Not him: the best candidate is passed over, and the next list with this spelling does not propose him.
      const passed = await gql<{ matchProposal: ProposalView }>(
        server.url,
        MATCH,
        { p: first.id, s: 'PERSON', e: null },
        editor,
      );
      expect(passed.errors).toBeUndefined();
      expect(passed.data?.matchProposal.person?.match).toBeNull();
      const second = await uploadSheet('4. februar 2022');
      expect(second.person?.match).toBeNull();
      expect(second.person?.candidates?.map((c) => c.id)).not.toContain('person:emil-raaen');
      expect(second.effect).toBe('NEW_FACT');
      // Him after all: picked, and proposed first as judged the same from then on.
      const picked = await gql<{ matchProposal: ProposalView }>(
        server.url,
        MATCH,
        { p: second.id, s: 'PERSON', e: 'person:emil-raaen' },
        editor,
      );
      expect(picked.errors).toBeUndefined();
      expect(picked.data?.matchProposal).toMatchObject({
        person: { match: { id: 'person:emil-raaen' } },
        effect: 'OBSERVATION',
      });
      const third = await uploadSheet('5. februar 2022');
      expect(third.person?.ranked?.[0]).toMatchObject({ entity: { id: 'person:emil-raaen' }, reason: 'JUDGED_SAME' });
      expect(third.person?.match?.id).toBe('person:emil-raaen');
      // A person is no body: refused.
      const wrongKind = await gql(
        server.url,
        MATCH,
        { p: third.id, s: 'ON_BEHALF_OF', e: 'person:emil-raaen' },
        editor,
      );
      expect(wrongKind.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'entity' });
      const corrected = await gql<{ editProposal: ProposalView }>(
        server.url,
        `mutation ($p: ID!) { editProposal(proposal: $p, title: "Rådmann") { ${PROPOSAL_FIELDS} } }`,
        { p: third.id },
        editor,
      );
      expect(corrected.data?.editProposal).toMatchObject({ title: 'Rådmann', quote: third.quote });
      // What accepting it does follows the correction: rådmann is the older title of the same seat, so it still
      // restates his role; as rådgiver it would be a new one.
      expect(third.effect).toBe('OBSERVATION');
      expect(corrected.data?.editProposal).toMatchObject({ effect: 'OBSERVATION', restates: third.restates });
      const adviser = await gql<{ editProposal: ProposalView }>(
        server.url,
        `mutation ($p: ID!) { editProposal(proposal: $p, title: "Rådgiver") { ${PROPOSAL_FIELDS} } }`,
        { p: third.id },
        editor,
      );
      expect(adviser.data?.editProposal).toMatchObject({ title: 'Rådgiver', effect: 'NEW_FACT', restates: null });
    });

    it('whoever accepts or corrects proposals may not approve the edits made from them (four eyes)', async () => {
      const text = `Utvalg: Trøndelag sørvest, kommunedirektørutvalget\nDato: 9. mars 2022\n\nDeltaker\tRolle\tTil stede\nEmil Raaen\tKommunedirektør Ørland\tx\n`;
      const stored = await upload(
        editor,
        { bytes: new TextEncoder().encode(text), name: 'mars.txt', type: 'text/plain' },
        { title: 'Liste 9. mars 2022' },
      );
      expect(stored.status).toBe(201);
      const proposals = await proposalsOf(stored.body.id);
      const attendance = pick(proposals, 'ATTENDANCE', 'Emil Raaen');
      // A reviewer corrects one proposal and accepts two: the edits are the uploader's, shaped by the reviewer.
      const corrected = await gql(
        server.url,
        'mutation ($p: ID!) { editProposal(proposal: $p, attendance: PARTLY) { id attendance } }',
        { p: attendance.id },
        reviewer,
      );
      expect(corrected.errors).toBeUndefined();
      const reviewed = await gql<{ reviewProposals: { id: string; author: { username: string } }[] }>(
        server.url,
        REVIEW,
        { d: stored.body.id, a: [pick(proposals, 'MEETING').id, attendance.id], r: [] },
        reviewer,
      );
      expect(reviewed.errors).toBeUndefined();
      const ids = (reviewed.data?.reviewProposals ?? []).map((edit) => edit.id);
      expect(ids.length).toBeGreaterThan(0);
      expect(reviewed.data?.reviewProposals.every((edit) => edit.author.username === 'editor1')).toBe(true);
      for (const who of [reviewer, editor]) {
        const refused = await gql(server.url, APPROVE_ALL, { ids }, who);
        expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      const approved = await gql<{ approveEdits: { status: string }[] }>(server.url, APPROVE_ALL, { ids }, reviewer2);
      expect(approved.errors).toBeUndefined();
      expect(approved.data?.approveEdits.map((edit) => edit.status)).toEqual(ids.map(() => 'APPROVED'));
    });

    it('another holder of a single seat in the document’s period is a CONFLICT, said in words', async () => {
      const text = `${HEADER.slice(1, 3).join('\n')}\nDato: 5. november 2021\n\nDeltaker\tRolle\tTil stede\nNora Nyland\tKommunedirektør, Hitra\tx\n`;
      const stored = await upload(
        editor,
        { bytes: new TextEncoder().encode(text), name: 'hitra.txt', type: 'text/plain' },
        { title: 'Deltakerliste 5. november 2021', date: '2021-11-05' },
      );
      expect(stored.status).toBe(201);
      const role = pick(await proposalsOf(stored.body.id), 'ROLE', 'Nora Nyland');
      // Ingjerd Astad was kommunedirektør of Hitra then (the seed's minutes of that day).
      expect(role.effect).toBe('CONFLICT');
      expect(role.conflicts).toEqual([expect.stringMatching(/^Ingjerd Astad er kommunedirektør, Hitra/)]);
    });

    it('approveEdits is all or nothing: an unknown id, an edit approved before or a reader approves none', async () => {
      const text = `${HEADER.slice(1, 3).join('\n')}\nDato: 5. november 2021\n\nDeltaker\tRolle\tTil stede\nIngjerd Astad\tKommunedirektør, Hitra\tx\nMONS OTNES\tKommunedirektør, Rindal\tx\n`;
      const stored = await upload(
        editor,
        { bytes: new TextEncoder().encode(text), name: 'to.txt', type: 'text/plain' },
        { title: 'To kommunedirektører', date: '2021-11-05' },
      );
      const roles = (await proposalsOf(stored.body.id)).filter((p) => p.kind === 'ROLE');
      expect(roles.map((role) => role.effect)).toEqual(['OBSERVATION', 'OBSERVATION']);
      const reviewed = await gql<{ reviewProposals: { id: string; kind: string }[] }>(
        server.url,
        REVIEW,
        { d: stored.body.id, a: roles.map((role) => role.id), r: [] },
        editor,
      );
      const ids = reviewed.data?.reviewProposals.map((edit) => edit.id) ?? [];
      // The document's spelling of a matched name is kept as an alias of the person.
      expect(reviewed.data?.reviewProposals.map((edit) => edit.kind)).toEqual([
        'ADD_OBSERVATION',
        'ADD_OBSERVATION',
        'CORRECT_NAME',
      ]);
      const statuses = async () =>
        Promise.all(
          ids.map(async (id) => {
            const answer = await gql<{ node: { status: string } }>(
              server.url,
              'query ($id: ID!) { node(id: $id) { ... on Edit { status } } }',
              { id },
              editor,
            );
            return answer.data?.node.status;
          }),
        );
      const unknown = await gql(server.url, APPROVE_ALL, { ids: [...ids, 'edit:nothing'] }, reviewer);
      expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const again = await gql(server.url, APPROVE_ALL, { ids: [...ids, approvedEditIds[0]] }, reviewer);
      expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const refused = await gql(server.url, APPROVE_ALL, { ids }, reader);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await statuses()).toEqual(['PROPOSED', 'PROPOSED', 'PROPOSED']);
      const approved = await gql(server.url, APPROVE_ALL, { ids }, reviewer);
      expect(approved.errors).toBeUndefined();
      expect(await statuses()).toEqual(['APPROVED', 'APPROVED', 'APPROVED']);
      const mons = await gql<{ node: { aliases: string[] } }>(
        server.url,
        'query { node(id: "person:mons-otnes") { ... on Person { aliases } } }',
        {},
        reader,
      );
      expect(mons.data?.node.aliases).toContain('MONS OTNES');
    });

    it('addEntity proposes a meeting of a body on a day, and refuses one without its date', async () => {
      const ADD = `mutation ($i: EntityInput!, $s: SourceInput!) { addEntity(input: $i, source: $s) { kind summary changes { field after } } }`;
      const source = { document: docxId, quote: 'Møtested: Teams' };
      const meeting = await gql<{
        addEntity: { kind: string; summary: string; changes: { field: string; after: string }[] };
      }>(
        server.url,
        ADD,
        { i: { kind: 'MEETING', name: 'KDU 11. mars 2022', date: '2022-03-11', body: KDU }, s: source },
        editor,
      );
      expect(meeting.errors).toBeUndefined();
      expect(meeting.data?.addEntity.summary).toBe('Nytt møte: KDU 11. mars 2022');
      expect(meeting.data?.addEntity.changes).toEqual(
        expect.arrayContaining([
          { field: 'date', after: '2022-03-11' },
          { field: 'body', after: KDU },
        ]),
      );
      const undated = await gql(
        server.url,
        ADD,
        { i: { kind: 'MEETING', name: 'KDU uten dato', body: KDU }, s: source },
        editor,
      );
      expect(undated.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'date' });
      const numberless = await gql(
        server.url,
        ADD,
        { i: { kind: 'CASE', name: 'Sak uten nummer', meeting: meetingId }, s: source },
        editor,
      );
      expect(numberless.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'number' });
    });

    it('proposals are for editors: a reader is refused, and an id that is no document is BAD_USER_INPUT', async () => {
      const refused = await gql(server.url, PROPOSALS, { d: docxId }, reader);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const wrong = await gql(server.url, PROPOSALS, { d: 'person:beate-sandvik-meland' }, editor);
      expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      // The seed's documents have no proposals.
      expect((await documentOf(SEED_MINUTES)).openProposals).toBe(0);
    });

    it('re-uploading a seed document’s text proposes observations of the facts the graph has, not duplicates', async () => {
      const stored = await upload(
        editor,
        { bytes: new TextEncoder().encode(MINUTES), name: 'kdu-referat.txt', type: 'text/plain' },
        { title: 'KDU-referat 5. november 2021 (igjen)', date: '2021-11-05' },
      );
      expect(stored.status).toBe(201);
      const proposals = await proposalsOf(stored.body.id);
      const byEffect = (kind: string, effect: string) =>
        proposals.filter((p) => p.kind === kind && p.effect === effect).length;
      // The meeting, its participants' attendances and roles, its cases: the graph has them.
      expect(proposals.find((p) => p.kind === 'MEETING')).toMatchObject({
        effect: 'OBSERVATION',
        restates: 'meeting:kdu-2021-11-05',
      });
      expect(byEffect('ATTENDANCE', 'OBSERVATION')).toBeGreaterThanOrEqual(12);
      expect(byEffect('ATTENDANCE', 'NEW_FACT')).toBe(0);
      expect(byEffect('CASE', 'OBSERVATION')).toBeGreaterThanOrEqual(6);
      expect(byEffect('ROLE', 'OBSERVATION')).toBeGreaterThanOrEqual(15);
      const known = new Set(
        proposals.filter((p) => p.effect === 'OBSERVATION' && p.kind === 'ROLE').map((p) => p.restates),
      );
      expect(known.size).toBeGreaterThanOrEqual(15);
      // No NEW_FACT that duplicates a known role: the seed has no role of that person with that title.
      const fresh = proposals.filter((p) => (p.kind === 'ROLE' || p.kind === 'MEMBERSHIP') && p.effect === 'NEW_FACT');
      expect(fresh.length).toBeLessThanOrEqual(2);
      for (const proposal of fresh) {
        const personId = proposal.person?.match?.id;
        const same = plan.roles.filter(
          (role) =>
            role.personId === personId &&
            foldName(role.title) === foldName(proposal.title ?? '') &&
            role.observations.some((observation) => observation.documentId === SEED_MINUTES),
        );
        expect(same, proposal.summary).toEqual([]);
      }
      const again = await upload(
        editor,
        { bytes: new TextEncoder().encode(MINUTES), name: 'igjen.txt', type: 'text/plain' },
        { title: 'Noe annet' },
      );
      expect(again).toEqual({ status: 200, body: { id: stored.body.id, proposals: proposals.length } });
    });

    it('a backup carries the proposals and the judgements, and restores them as they were', {
      timeout: 240_000,
    }, async () => {
      const text = serialiseBackup(await backupData(server.store).read());
      expect(text).toContain('"Proposal"');
      expect(text).toContain('"SpellingJudgement"');
      await backupData(server.store).restore(parseBackup(text, BACKUP_VOCABULARY));
      expect(serialiseBackup(await backupData(server.store).read())).toBe(text);
      expect((await proposalsOf(docxId)).length).toBe(docxProposals.length);
    });
  });
}
