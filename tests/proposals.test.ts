import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldName } from '../server/src/domain/names.js';
import { type Credentials, gql } from './support/auth.js';
import { makeDocx, makePdf } from './support/documents.js';
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
const HEADER = [
  'Referat KDU, Trøndelag sørvest',
  'Utvalg: Trøndelag sørvest, kommunedirektørutvalget',
  'Møtested: Teams',
  'Dato: 14. januar 2022',
  'Tidspunkt: 1000-1300',
];
const TABLE = [
  ['Deltaker', 'Rolle', 'Til stede / ikke til stede'],
  ['Beathe Sandvik Meland', 'Kommunedirektør, Frøya', 'x'],
  ['Per Øivind Sundell', 'Kommunedirektør, Rennebu', 'Ikke til stede'],
  ['Ingjerd Astad', 'Kommunedirektør, Hitra', 'x'],
  // Not in the minutes: a person the graph does not know, in a seat of a known municipality.
  ['Nora Nyland', 'Kommunedirektør, Aure', 'x'],
];
const CASES = [
  'KDU 01/22 – Godkjenning referat 5. november 2021',
  'Vedtak: Referat godkjent',
  'KDU 02/22 – Godkjenning av innkalling 14. januar 2022',
  'Vedtak: Innkalling godkjent',
];
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
    let admin: Credentials;
    let editor: Credentials;
    let reviewer: Credentials;
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
        reader1: 'READER',
      });
      admin = staff.admin;
      editor = { ...staff.editor1, preflight: true };
      reviewer = { ...staff.reviewer1, preflight: true };
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
  });
}
