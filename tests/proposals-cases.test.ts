import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, gql } from './support/auth.js';
import { engines } from './support/engines.js';
import { startServer, type TestServer } from './support/server.js';
import { staffOf } from './support/staff.js';

// A case number alone never picks another body's case, over the real HTTP endpoint, once per engine (issue 15,
// docs/ingest.md "Proposals"): every body numbers its cases 1/21, 2/21, … each year, so the graph can hold two cases
// "72/21" of different bodies. A case heading restates the case on its meeting, else one of its body's cases, else
// the only case of that number; a case duty accepted in review is in the case its document's heading restates.

const KDU = 'org:ts-kommunedirektorutvalget';
const KDU_72_21 = 'case:kdu-72-21';
const ASU = 'org:asu-sondre-trondelag';
// Ingjerd Astad (kommunedirektør, Hitra) presents a case in the seed's KDU minutes, but no case numbered 72/21.
const PRESENTER = 'person:ingjerd-astad';
// The duty's quote: the sentence without its full stop.
const PRESENTS = 'Ingjerd Astad orienterer';

// Minutes of one case 72/21 with a presenter, under a meeting header naming `body` on `day` (none: no header).
const minutes = (header: { body: string; day: string } | null, heading: string) =>
  new TextEncoder().encode(
    [
      ...(header ? [`Utvalg: ${header.body}`, 'Møtested: Teams', `Dato: ${header.day}`, ''] : []),
      heading,
      `${PRESENTS}.`,
      'Vedtak: Saken tas til orientering',
      '',
    ].join('\n'),
  );
const ASU_HEADER = (day: string) => ({ body: 'Administrativt samarbeidsutvalg', day });
const KDU_HEADER = (day: string) => ({ body: 'Trøndelag sørvest, kommunedirektørutvalget', day });

interface Named {
  name: string;
  match: { id: string } | null;
}
interface ProposalView {
  id: string;
  kind: string;
  status: string;
  effect: string;
  restates: string | null;
  caseNumber: string | null;
  quote: string;
  person: Named | null;
  organization: Named | null;
  meeting: Named | null;
}
interface EditView {
  id: string;
  kind: string;
  status: string;
  entities: { id: string; kind: string }[];
}

const PROPOSALS = `query ($d: ID!) { proposals(document: $d) {
  id kind status effect restates caseNumber quote person { name match { id } } organization { name match { id } }
  meeting { name match { id } } } }`;
const EDIT_FIELDS = 'id kind status entities { id kind }';
const ADD_ENTITY = `mutation ($input: EntityInput!, $source: SourceInput!) { addEntity(input: $input, source: $source) { ${EDIT_FIELDS} } }`;
const APPROVE = 'mutation ($id: ID!) { approveEdit(id: $id) { id status } }';
const APPROVE_ALL = 'mutation ($ids: [ID!]!) { approveEdits(ids: $ids) { id status } }';
const REVIEW = `mutation ($d: ID!, $a: [ID!]!, $r: [ID!]!) { reviewProposals(document: $d, accept: $a, reject: $r) { ${EDIT_FIELDS} } }`;
const CASE = `query ($id: ID!) { node(id: $id) { ... on Case { id number meeting { id organization { id } }
  roles { title person { id } } } } }`;

for (const engine of engines()) {
  describe(`Case numbers of different bodies on ${engine.name}`, () => {
    let server: TestServer;
    let editor: Credentials;
    let reviewer: Credentials;
    let reader: Credentials;
    let uploads = 0;

    const upload = async (bytes: Uint8Array, title: string) => {
      uploads += 1;
      const form = new FormData();
      form.set('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'text/plain' }), `saker-${uploads}.txt`);
      form.set('title', title);
      const response = await fetch(`${server.url}/api/documents`, {
        method: 'POST',
        headers: { cookie: editor.cookie as string, 'apollo-require-preflight': 'true' },
        body: form,
      });
      expect(response.status).toBe(201);
      const { id } = (await response.json()) as { id: string };
      return { id, proposals: await proposalsOf(id) };
    };
    const proposalsOf = async (document: string) => {
      const answer = await gql<{ proposals: ProposalView[] }>(server.url, PROPOSALS, { d: document }, editor);
      expect(answer.errors).toBeUndefined();
      return answer.data?.proposals ?? [];
    };
    const pick = (proposals: readonly ProposalView[], kind: 'CASE' | 'ROLE') => {
      const found = proposals.filter((p) => p.kind === kind && p.caseNumber === '72/21');
      expect(found, `one ${kind} proposal of case 72/21`).toHaveLength(1);
      return found[0] as ProposalView;
    };
    const caseNode = async (id: string) => {
      const answer = await gql<{
        node: {
          id: string;
          number: string;
          meeting: { id: string; organization: { id: string } | null } | null;
          roles: { title: string; person: { id: string } }[];
        } | null;
      }>(server.url, CASE, { id }, reader);
      expect(answer.errors).toBeUndefined();
      return answer.data?.node;
    };
    /** An entity proposed by the editor on a staff note and approved by the reviewer; its id. */
    const addApproved = async (input: Record<string, unknown>) => {
      const proposed = await gql<{ addEntity: EditView }>(
        server.url,
        ADD_ENTITY,
        { input, source: { note: 'Registrert av sekretariatet for testen' } },
        editor,
      );
      expect(proposed.errors).toBeUndefined();
      const edit = proposed.data?.addEntity as EditView;
      const approved = await gql<{ approveEdit: { status: string } }>(server.url, APPROVE, { id: edit.id }, reviewer);
      expect(approved.errors).toBeUndefined();
      expect(approved.data?.approveEdit.status).toBe('APPROVED');
      const id = edit.entities.find((entity) => entity.kind === input.kind)?.id;
      expect(id).toBeDefined();
      return id as string;
    };
    /** Accepts a document's duty in case 72/21 and approves the edits; the case(s) of its ADD_ROLE edit. */
    const acceptDuty = async (document: { id: string; proposals: ProposalView[] }) => {
      const duty = pick(document.proposals, 'ROLE');
      expect(duty).toMatchObject({ quote: PRESENTS, person: { match: { id: PRESENTER } }, effect: 'NEW_FACT' });
      const reviewed = await gql<{ reviewProposals: EditView[] }>(
        server.url,
        REVIEW,
        { d: document.id, a: [duty.id], r: [] },
        editor,
      );
      expect(reviewed.errors).toBeUndefined();
      const edits = reviewed.data?.reviewProposals ?? [];
      const role = edits.find((edit) => edit.kind === 'ADD_ROLE');
      expect(role?.status).toBe('PROPOSED');
      const approved = await gql(server.url, APPROVE_ALL, { ids: edits.map((edit) => edit.id) }, reviewer);
      expect(approved.errors).toBeUndefined();
      // The cases the edit touches: the one the role is held in.
      return role?.entities.filter((entity) => entity.kind === 'CASE').map((entity) => entity.id);
    };

    let asuMeeting: string;
    let asuCase: string;

    beforeAll(async () => {
      server = await startServer(engine);
      const staff = await staffOf(server, 'admin password for case numbers', {
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

    it('the seed’s case 72/21 is the KDU’s, on a KDU meeting', async () => {
      expect(await caseNode(KDU_72_21)).toMatchObject({ number: '72/21', meeting: { organization: { id: KDU } } });
    });

    it('while the graph has one case 72/21, a heading of another body does not restate it; one of no body does', async () => {
      const asu = await upload(minutes(ASU_HEADER('1. desember 2021'), 'Sak 72/21 – Regional plan'), 'ASU 1');
      const heading = pick(asu.proposals, 'CASE');
      expect(heading.meeting).toMatchObject({ match: null });
      expect(heading).toMatchObject({ effect: 'NEW_FACT', restates: null });

      const bare = await upload(minutes(null, 'Sak 72/21 – Godkjenning referat'), 'Uten møte 1');
      expect(pick(bare.proposals, 'CASE')).toMatchObject({ effect: 'OBSERVATION', restates: KDU_72_21 });
    });

    it('another body’s meeting and its case 72/21 are added and approved through the API', async () => {
      asuMeeting = await addApproved({
        kind: 'MEETING',
        name: 'Administrativt samarbeidsutvalg 15. september 2021',
        date: '2021-09-15',
        body: ASU,
      });
      asuCase = await addApproved({
        kind: 'CASE',
        // (Its id sorts after case:kdu-72-21: the first case of the number is never the right one by chance.)
        name: 'Sak 72/21 – Regional plan for kompetanse',
        number: '72/21',
        title: 'Regional plan for kompetanse',
        meeting: asuMeeting,
      });
      expect(asuCase > KDU_72_21).toBe(true);
      expect(await caseNode(asuCase)).toMatchObject({
        number: '72/21',
        meeting: { id: asuMeeting, organization: { id: ASU } },
      });
    });

    it('a heading of that body’s 72/21 at a new meeting restates its case, and its duty is in that case', async () => {
      const asu = await upload(minutes(ASU_HEADER('2. desember 2021'), 'Sak 72/21 – Regional plan'), 'ASU 2');
      const heading = pick(asu.proposals, 'CASE');
      // A new meeting (no meeting of the body on that day) of the body the header names.
      expect(heading.meeting).toMatchObject({ match: null });
      expect(heading).toMatchObject({ effect: 'OBSERVATION', restates: asuCase });

      expect(await acceptDuty(asu)).toEqual([asuCase]);
      const roles = (await caseNode(asuCase))?.roles ?? [];
      expect(roles).toContainEqual({ title: 'orienterer', person: { id: PRESENTER } });
      expect((await caseNode(KDU_72_21))?.roles.map((role) => role.person.id)).not.toContain(PRESENTER);
    });

    it('a heading of the KDU’s 72/21 at a new KDU meeting still restates the KDU’s case, and its duty is in it', async () => {
      const kdu = await upload(minutes(KDU_HEADER('14. januar 2022'), 'Sak 72/21 – Godkjenning referat'), 'KDU');
      const heading = pick(kdu.proposals, 'CASE');
      expect(heading.meeting).toMatchObject({ match: null });
      expect(heading).toMatchObject({ effect: 'OBSERVATION', restates: KDU_72_21 });

      expect(await acceptDuty(kdu)).toEqual([KDU_72_21]);
      expect((await caseNode(KDU_72_21))?.roles).toContainEqual({ title: 'orienterer', person: { id: PRESENTER } });
    });

    it('a heading of no body restates neither 72/21, and accepting its duty is refused, naming the two', async () => {
      const bare = await upload(minutes(null, 'Sak 72/21 – Regional plan'), 'Uten møte 2');
      expect(pick(bare.proposals, 'CASE')).toMatchObject({ effect: 'NEW_FACT', restates: null });
      const duty = pick(bare.proposals, 'ROLE');
      const refused = await gql(server.url, REVIEW, { d: bare.id, a: [duty.id], r: [] }, editor);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'accept' });
      expect(refused.errors?.[0]?.message).toMatch(/2 cases numbered 72\/21/);
      // Refused as a whole: the duty is still open, and neither case has a second duty of hers.
      expect(pick(await proposalsOf(bare.id), 'ROLE').status).toBe('OPEN');
      for (const id of [asuCase, KDU_72_21]) {
        const roles = (await caseNode(id))?.roles ?? [];
        expect(roles.filter((role) => role.person.id === PRESENTER)).toHaveLength(1);
      }
    });
  });
}
