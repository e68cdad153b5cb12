import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, gql } from '../support/auth.js';
import { browserAvailable } from '../support/browser.js';
import { EDITOR, type EditSession, REVIEWER, startEditSession } from '../support/browser-edits.js';
import { uploadText } from '../support/documents.js';
import { engines } from '../support/engines.js';

// What waits on another review, in Chromium (issue 15, docs/ingest.md "Review", docs/edits.md): a proposal accepted
// as a new person another document's review proposes names that person as awaiting approval, with no link to a page
// that does not exist yet; and a document whose edits rest on an edit the reviewer may not approve (one they accepted
// themselves) offers no "approve all", but says why and links that edit. The documents are made and reviewed over
// HTTP; what the pages show is read in the browser.

const FLOW = 180_000;
const KDU_HEADER = 'Utvalg: Trøndelag sørvest, kommunedirektørutvalget';
const sheet = (day: string, rows: string[][]) =>
  `${KDU_HEADER}\nMøtested: Teams\nDato: ${day}\n\nDeltaker\tRolle\tTil stede\n${rows.map((row) => row.join('\t')).join('\n')}\n`;

interface ProposalView {
  id: string;
  kind: string;
  person: { name: string; ranked: { entity: { id: string }; reason: string }[] } | null;
}
const PROPOSALS = `query ($d: ID!) { proposals(document: $d) { id kind person { name ranked { entity { id } reason } } } }`;
const REVIEW = `mutation ($d: ID!, $a: [ID!]!) { reviewProposals(document: $d, accept: $a, reject: []) {
  id kind summary entities { id } } }`;
const MATCH = `mutation ($p: ID!, $e: ID) { matchProposal(proposal: $p, slot: PERSON, entity: $e) { id } }`;

for (const engine of engines()) {
  describe.runIf(browserAvailable())(`Changes that wait on another review, in a browser on ${engine.name}`, () => {
    let session: EditSession;
    let editorPage: Page;
    let reviewerPage: Page;
    let editor: Credentials;
    let reviewer: Credentials;

    /** Uploads a participant table as the editor: its id and proposals. */
    const upload = async (text: string, title: string, date: string) => {
      const stored = await uploadText(session.server, editor, text, { title, date });
      expect(stored.status, JSON.stringify(stored.body)).toBe(201);
      const answer = await gql<{ proposals: ProposalView[] }>(
        session.server.url,
        PROPOSALS,
        { d: stored.body.id },
        editor,
      );
      expect(answer.errors).toBeUndefined();
      return { id: stored.body.id, proposals: answer.data?.proposals ?? [] };
    };
    const proposalOf = (proposals: ProposalView[], kind: string, name: string) => {
      const found = proposals.find((p) => p.kind === kind && p.person?.name === name);
      if (!found) throw new Error(`No ${kind} proposal for ${name}`);
      return found;
    };
    const review = async (who: Credentials, document: string, accept: string[]) => {
      const answer = await gql<{
        reviewProposals: { id: string; kind: string; summary: string; entities: { id: string }[] }[];
      }>(session.server.url, REVIEW, { d: document, a: accept }, who);
      expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
      return answer.data?.reviewProposals ?? [];
    };

    beforeAll(async () => {
      session = await startEditSession(engine);
      editor = { cookie: await session.cookie(EDITOR), preflight: true };
      reviewer = { cookie: await session.cookie(REVIEWER), preflight: true };
      editorPage = await session.visitor(EDITOR);
      reviewerPage = await session.visitor(REVIEWER);
    });
    afterAll(async () => {
      await session?.close();
    });

    it(
      'an accepted proposal matched to a pending new person names her as awaiting approval, with no link',
      async () => {
        const a = await upload(
          sheet('1. oktober 2022', [['Pia Ventetid', 'Rådgiver, Aure', 'x']]),
          'Ventetid A',
          '2022-10-01',
        );
        const madeA = await review(editor, a.id, [proposalOf(a.proposals, 'ROLE', 'Pia Ventetid').id]);
        const pendingId = madeA.find((edit) => edit.kind === 'ADD_PERSON')?.entities[0]?.id as string;
        // Another municipality: she is offered (PENDING_NEW), not matched; the editor picks her and accepts.
        const b = await upload(
          sheet('2. oktober 2022', [['Pia Ventetid', 'Rådgiver, Hitra', 'x']]),
          'Ventetid B',
          '2022-10-02',
        );
        const entity = proposalOf(b.proposals, 'ENTITY', 'Pia Ventetid');
        expect(entity.person?.ranked).toContainEqual({ entity: { id: pendingId }, reason: 'PENDING_NEW' });
        expect((await gql(session.server.url, MATCH, { p: entity.id, e: pendingId }, editor)).errors).toBeUndefined();
        await review(editor, b.id, [entity.id]);

        await session.go(editorPage, `/dokumenter/${encodeURIComponent(b.id)}/forslag`);
        const card = editorPage.locator(`[id="proposal-${entity.id}"]`);
        const label = card.locator('.pending-person');
        await label.waitFor();
        expect(await label.textContent()).toBe('Pia Ventetid (ny person, venter på godkjenning)');
        expect(await card.locator(`a[href*="${encodeURIComponent(pendingId)}"], a[href*="${pendingId}"]`).count()).toBe(
          0,
        );
        // In English too.
        await editorPage.evaluate(() => localStorage.setItem('regiongraf.language', 'en'));
        await editorPage.reload();
        await label.waitFor();
        expect(await label.textContent()).toBe('Pia Ventetid (new person, awaiting approval)');
        await editorPage.evaluate(() => localStorage.setItem('regiongraf.language', 'nb'));
      },
      FLOW,
    );

    it(
      'a document resting on the reviewer’s own pending person says why it cannot be approved, and links that edit',
      async () => {
        const c = await upload(
          sheet('3. oktober 2022', [['Siri Selvsagt', 'Rådgiver, Aure', 'x']]),
          'Selvsagt C',
          '2022-10-03',
        );
        // The reviewer accepted this person's proposal: someone else must approve her.
        const own = (await review(reviewer, c.id, [proposalOf(c.proposals, 'ROLE', 'Siri Selvsagt').id])).find(
          (edit) => edit.kind === 'ADD_PERSON',
        );
        if (!own) throw new Error('No new person was proposed');
        const d = await upload(
          sheet('4. oktober 2022', [['Siri Selvsagt', 'Rådgiver, Aure', 'x']]),
          'Selvsagt D',
          '2022-10-04',
        );
        await review(editor, d.id, [proposalOf(d.proposals, 'ROLE', 'Siri Selvsagt').id]);

        await session.go(reviewerPage, '/gjennomgang');
        const note = reviewerPage.locator('.document-blocked', { hasText: '«Selvsagt D»' });
        await note.waitFor();
        expect(await note.textContent()).toContain(
          'Endringene fra «Selvsagt D» kan ikke godkjennes samlet ennå: de bygger på disse endringene, som må avgjøres først:',
        );
        const link = note.getByRole('link', { name: own.summary });
        expect(await link.getAttribute('href')).toMatch(/^\/gjennomgang\?status=PROPOSED#endring-/);
        expect(await note.textContent()).toContain('du foreslo eller godtok den selv, så en annen må godkjenne den');
        expect(await reviewerPage.getByRole('button', { name: /^Godkjenn alle \d+ fra «Selvsagt D»$/ }).count()).toBe(
          0,
        );
        // The link leads to the edit in the queue.
        const anchor = (await link.getAttribute('href'))?.split('#')[1] as string;
        expect(await reviewerPage.locator(`[id="${anchor}"]`).textContent()).toContain(own.summary);
        await reviewerPage.evaluate(() => localStorage.setItem('regiongraf.language', 'en'));
        await reviewerPage.reload();
        const english = reviewerPage.locator('.document-blocked', { hasText: '“Selvsagt D”' });
        await english.waitFor();
        expect(await english.textContent()).toContain(
          'you proposed or accepted it yourself, so someone else must approve it',
        );
      },
      FLOW,
    );
  });
}
