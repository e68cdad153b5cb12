import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, signIn } from '../support/auth.js';
import { browserAvailable, screenshot } from '../support/browser.js';
import {
  EDITOR,
  type EditSession,
  PASSWORD,
  pick,
  REVIEWER,
  seriousViolations,
  startEditSession,
} from '../support/browser-edits.js';
import { engines } from '../support/engines.js';
import type { TestServer } from '../support/server.js';

// Edits in Chromium, as the secretariat works: an editor proposes a role with a quote picked inside the
// document's text; it stays invisible until a reviewer (another user) approves it in the queue; then the person's
// page shows it with its quote and its history tab lists it; undoing it is proposed and approved the same way.
// Also: what readers see (no edit controls), a new person on a staff note, and merging two search results.

const PERSON = '/entity/person:kari-froseth';
const TITLE = 'sekretær for regionrådet';
// Each step signs in, loads pages and waits for the server: on Neo4j on a busy machine that takes a while.
const FLOW = 120_000;

for (const engine of engines()) {
  describe.runIf(browserAvailable())(`Edits in a browser on ${engine.name}`, () => {
    let session: EditSession;
    let server: TestServer;
    let visitor: EditSession['visitor'];
    let go: EditSession['go'];

    beforeAll(async () => {
      session = await startEditSession(engine);
      ({ server, visitor, go } = session);
    });
    afterAll(async () => {
      await session?.close();
    });

    let editor: Page;
    let reviewer: Page;
    let reader: Page;

    it(
      'shows readers and visitors no edit controls, and an editor the ways to propose',
      async () => {
        reader = await visitor(null);
        await go(reader, PERSON);
        await reader.getByRole('heading', { name: 'Roller over tid' }).waitFor();
        expect(await reader.getByRole('button', { name: 'Foreslå ny rolle' }).count()).toBe(0);
        expect(await reader.getByRole('button', { name: /^Foreslå at rollen/ }).count()).toBe(0);
        expect(await reader.getByRole('link', { name: /^Gjennomgang/ }).count()).toBe(0);
        await reader.goto(`${server.url}/gjennomgang`);
        await reader.getByRole('alert').getByText('Du må logge inn for å se denne siden.').waitFor();

        editor = await visitor(EDITOR);
        await go(editor, PERSON);
        await editor.getByRole('button', { name: 'Foreslå ny rolle' }).waitFor();
        expect(await editor.getByRole('button', { name: /^Foreslå at rollen/ }).count()).toBeGreaterThan(0);
        await editor.getByRole('link', { name: /^Gjennomgang/ }).waitFor();
      },
      FLOW,
    );

    it(
      "offers the role form on a body's members and a municipality's representatives, filled in for the page",
      async () => {
        await go(editor, '/entity/org:ipr-trondelag-sorvest');
        await editor.getByRole('button', { name: 'Foreslå nytt medlem eller ny rolle' }).click();
        const body = editor.getByRole('region', { name: 'Foreslå nytt medlem eller ny rolle' });
        expect(await body.getByRole('combobox', { name: 'Hvor (organ, prosjekt eller kommune)' }).inputValue()).toBe(
          'Interkommunalt politisk råd Trøndelag sørvest – lakseregionen',
        );
        await body.getByRole('combobox', { name: 'Person' }).waitFor();
        // (The same form is checked with axe on the person's page; the council's page is long for axe.)
        await body.scrollIntoViewIfNeeded();
        await screenshot(editor, 'edit-propose-member', engine.name);

        await go(editor, '/entity/municipality:froya');
        await editor.getByRole('button', { name: 'Foreslå ny rolle' }).click();
        const municipality = editor.getByRole('region', { name: 'Foreslå ny rolle' });
        expect(await municipality.getByRole('combobox', { name: 'På vegne av' }).inputValue()).toBe('Frøya');
        // In English too.
        await editor.getByRole('button', { name: 'English' }).click();
        await editor.getByRole('button', { name: 'Close' }).waitFor();
        await editor.getByRole('button', { name: 'Norsk' }).click();
      },
      FLOW,
    );

    it(
      'lets an editor propose a role with a quote picked in the document; it stays invisible until approved',
      async () => {
        await go(editor, PERSON);
        await editor.getByRole('button', { name: 'Foreslå ny rolle' }).click();
        const form = editor.getByRole('region', { name: 'Foreslå ny rolle' });
        await form.getByLabel(/^Tittel/).fill(TITLE);
        await pick(form, 'Hvor (organ, prosjekt eller kommune)', 'IPR Trøndelag', /^Interkommunalt politisk råd/);
        await form.getByLabel('Fra og med (valgfritt)').fill('2022-01-01');
        await pick(form, 'Dokument', 'Årsrapport 2022', /^Årsrapport 2022/);
        // Words typed in another case and spacing than the PDF text has: the match is the document's own words.
        await form.getByLabel('Søk i dokumentets tekst').fill('dialog  opp mott kdu');
        const passages = form.getByRole('listitem').filter({ has: editor.locator('mark') });
        await passages.first().waitFor();
        expect(await passages.count()).toBe(1);
        expect(await passages.first().locator('mark').textContent()).toBe('dialog opp mott KDU');
        await form.getByRole('status').getByText('1 treff i dokumentet.').waitFor();
        await passages.first().scrollIntoViewIfNeeded();
        expect(await seriousViolations(editor)).toEqual([]);
        await screenshot(editor, 'edit-propose-role', engine.name);
        await passages.first().getByRole('button', { name: 'Bruk hele setningen' }).click();
        await form.getByText('Sitatet står ordrett i dokumentet.').waitFor();
        const quote = (await form.locator('.chosen-quote blockquote').textContent()) ?? '';
        expect(quote).toContain('Daglig leder har dialog opp mott KDU, AU og regionrådet');
        await form.getByRole('button', { name: 'Send forslaget til godkjenning' }).click();
        const sent = form.getByRole('status').getByText('Forslaget er sendt til godkjenning:');
        await sent.waitFor();
        await sent.scrollIntoViewIfNeeded();
        await screenshot(editor, 'edit-proposal-sent', engine.name);

        // Invisible to a reader, and to the editor's own page, until approved.
        await go(reader, PERSON);
        await reader.getByRole('heading', { name: 'Roller over tid' }).waitFor();
        expect(await reader.getByText(TITLE).count()).toBe(0);

        // The author sees the proposal in the queue, and why they cannot approve it.
        await editor.getByRole('link', { name: /^Gjennomgang/ }).click();
        await editor.getByRole('heading', { name: 'Gjennomgang av endringer', level: 1 }).waitFor();
        const card = editor.getByRole('article', { name: new RegExp(`^Ny rolle: .*${TITLE}`) });
        await card.getByText('Dette er ditt eget forslag.').waitFor();
        expect(await card.getByRole('button', { name: /^Godkjenn/ }).count()).toBe(0);
      },
      FLOW,
    );

    it(
      'shows a reviewer the proposal as before and after with its quote and author; approving makes it visible',
      async () => {
        reviewer = await visitor(REVIEWER);
        const link = reviewer.getByRole('link', { name: /^Gjennomgang/ });
        await expect.poll(() => link.textContent()).toContain('1');
        await link.click();
        await reviewer.getByRole('heading', { name: 'Gjennomgang av endringer', level: 1 }).waitFor();
        const card = reviewer.getByRole('article', { name: new RegExp(`^Ny rolle: .*${TITLE}`) });
        await card.waitFor();
        expect(await card.getByText(`Foreslått av ${EDITOR.displayName}`).count()).toBe(1);
        expect(await card.textContent()).toContain('Daglig leder har dialog opp mott KDU');
        const changes = card.getByRole('table', { name: 'Endringer' });
        expect(await changes.textContent()).toContain(TITLE);
        expect(await seriousViolations(reviewer)).toEqual([]);
        await screenshot(reviewer, 'edit-review-queue', engine.name);
        // On a phone the card fits the screen: nothing overflows sideways.
        await reviewer.setViewportSize({ width: 390, height: 844 });
        expect(await reviewer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        await card.scrollIntoViewIfNeeded();
        await screenshot(reviewer, 'edit-review-queue-phone', engine.name);
        await reviewer.setViewportSize({ width: 1280, height: 900 });
        await card.getByRole('button', { name: /^Godkjenn: / }).click();
        await reviewer.getByText('Ingen forslag venter. Alt er gjennomgått.').waitFor();

        // On the person's page, for a reader: the role, with its quote one click away.
        await go(reader, PERSON);
        const item = reader.locator('.timeline-item').filter({ hasText: TITLE });
        await item.waitFor();
        expect(await item.textContent()).toContain('Interkommunalt politisk råd');
        await item.getByRole('button', { name: /^Vis kilder/ }).click();
        await item.getByText(/Daglig leder har dialog opp mott KDU/).waitFor();
        await item.scrollIntoViewIfNeeded();
        await screenshot(reader, 'edit-role-on-person', engine.name);
      },
      FLOW,
    );

    it(
      'lists the approved change in the history tab, and undoes it through a reviewed revert',
      async () => {
        await go(reader, PERSON);
        await reader.getByRole('link', { name: 'Historikk' }).click();
        await reader.getByRole('heading', { name: 'Historikk', level: 2 }).waitFor();
        expect(reader.url()).toContain('/historikk');
        const entry = reader.getByRole('article', { name: new RegExp(`^Ny rolle: .*${TITLE}`) });
        await entry.waitFor();
        const text = (await entry.textContent()) ?? '';
        expect(text).toContain('Godkjent');
        expect(text).toContain(`Foreslått av ${EDITOR.displayName}`);
        expect(text).toContain(`godkjent av ${REVIEWER.displayName}`);
        expect(text).toContain('Daglig leder har dialog opp mott KDU');
        // A reader cannot undo it.
        expect(await entry.getByRole('button', { name: /^Angre/ }).count()).toBe(0);
        expect(await seriousViolations(reader)).toEqual([]);
        await screenshot(reader, 'edit-history', engine.name);

        await go(editor, `${PERSON}/historikk`);
        const own = editor.getByRole('article', { name: new RegExp(`^Ny rolle: .*${TITLE}`) });
        await own.getByRole('button', { name: /^Angre: / }).click();
        await own.getByLabel('Hvorfor skal endringen angres?').fill('Feil tittel: kilden sier ikke dette.');
        await own.getByRole('button', { name: 'Foreslå å angre' }).click();
        await own.getByRole('status').getByText('Forslaget er sendt til godkjenning:').waitFor();
        // Until the revert is approved, the role stands.
        await go(reader, PERSON);
        await reader.locator('.timeline-item').filter({ hasText: TITLE }).waitFor();

        await go(reviewer, '/gjennomgang');
        const revert = reviewer.getByRole('article', { name: /^Tilbakeføring: / });
        await revert.waitFor();
        expect(await revert.textContent()).toContain('Feil tittel: kilden sier ikke dette.');
        await revert.getByRole('button', { name: /^Godkjenn: / }).click();
        await reviewer.getByText('Ingen forslag venter. Alt er gjennomgått.').waitFor();

        await go(reader, PERSON);
        await reader.getByRole('heading', { name: 'Roller over tid' }).waitFor();
        expect(await reader.getByText(TITLE).count()).toBe(0);
        await reader.getByRole('link', { name: 'Historikk' }).click();
        const undone = reader
          .getByRole('article', { name: new RegExp(`^Ny rolle: .*${TITLE}`) })
          .filter({ hasText: 'Tilbakeført' });
        await undone.first().waitFor();
        expect(await reader.getByRole('article', { name: /^Tilbakeføring: / }).count()).toBeGreaterThan(0);
      },
      FLOW,
    );

    it(
      'says in Norwegian why a proposal is refused (CONFLICT, BAD_USER_INPUT), and lets a reviewer reject one',
      async () => {
        const [editorCookie, reviewerCookie] = await Promise.all(
          [EDITOR, REVIEWER].map(async (user) => (await signIn(server.url, user.username, PASSWORD)).cookie ?? ''),
        );
        const roles = await gql<{ node: { roles: { id: string; title: string }[] } }>(
          server.url,
          '{ node(id: "person:kari-froseth") { ... on Person { roles { id title } } } }',
        );
        const director = roles.data?.node.roles.find((role) => role.title === 'daglig leder');
        expect(director).toBeDefined();

        // The editor opens the form on the page as it is now …
        await go(editor, PERSON);
        await editor.getByRole('button', { name: /^Foreslå at rollen daglig leder/ }).click();
        const dialog = editor.getByRole('dialog', { name: 'Foreslå at en rolle er avsluttet' });
        await dialog.getByLabel('Siste dag i rollen').fill('2023-06-30');
        await dialog.getByLabel('Notat fra sekretariatet (uten dokument)').check();
        await dialog.getByLabel('Notat', { exact: true }).fill('Sluttet ved utgangen av juni.');
        // … while someone else ends the same role, and it is approved.
        const ended = await gql<{ endRole: { id: string } }>(
          server.url,
          'mutation ($r: ID!) { endRole(role: $r, end: "2023-12-31", source: { note: "Sluttet ved nyttår." }) { id } }',
          { r: director?.id },
          { cookie: editorCookie },
        );
        const approved = await gql(
          server.url,
          'mutation ($id: ID!) { approveEdit(id: $id) { status } }',
          { id: ended.data?.endRole.id },
          { cookie: reviewerCookie },
        );
        expect(approved.errors).toBeUndefined();
        await dialog.getByRole('button', { name: 'Send forslaget til godkjenning' }).click();
        const conflict = dialog.getByRole('alert');
        await conflict.getByText(/Noen har endret dette etter at du åpnet siden/).waitFor();
        expect(await conflict.textContent()).toContain('31. desember 2023');
        await conflict.getByRole('button', { name: 'Last siden på nytt' }).waitFor();
        await screenshot(editor, 'edit-conflict', engine.name);
        await dialog.getByRole('button', { name: 'Lukk' }).click();

        // A person the graph already has is refused, and the form says so.
        await go(editor, '/ny-person');
        await editor.getByLabel('Navn', { exact: true }).fill('Kari Frøseth');
        await editor.getByLabel('Notat fra sekretariatet (uten dokument)').check();
        await editor.getByLabel('Notat', { exact: true }).fill('Ny i sekretariatet.');
        await editor.getByRole('button', { name: 'Send forslaget til godkjenning' }).click();
        await editor
          .getByRole('alert')
          .getByText(/noe med samme navn finnes allerede i grafen/)
          .waitFor();

        // A reviewer rejects a proposal with a reason; it is listed under "Avvist" with the reason.
        const proposed = await gql<{ addRole: { id: string } }>(
          server.url,
          'mutation { addRole(input: { person: "person:kari-froseth", title: "kasserer", organization: "org:ipr-trondelag-sorvest" }, source: { note: "Hørt i et møte." }) { id } }',
          {},
          { cookie: editorCookie },
        );
        expect(proposed.errors).toBeUndefined();
        await go(reviewer, '/gjennomgang');
        const card = reviewer.getByRole('article', { name: /kasserer/ });
        await card.getByRole('button', { name: /^Avvis: / }).click();
        await card.getByLabel(/^Hvorfor avvises forslaget/).fill('Et møte er ikke en kilde: finn det i referatet.');
        await card.getByRole('button', { name: 'Avvis forslaget' }).click();
        await reviewer.getByText('Ingen forslag venter. Alt er gjennomgått.').waitFor();
        await reviewer.getByRole('link', { name: 'Avvist' }).click();
        const rejected = reviewer.getByRole('article', { name: /kasserer/ });
        await rejected.getByText('Et møte er ikke en kilde: finn det i referatet.').waitFor();
        expect(await rejected.textContent()).toContain(`avvist av ${REVIEWER.displayName}`);
      },
      FLOW,
    );

    it(
      'proposes a new person with spellings on a staff note, shown as registered by the secretariat',
      async () => {
        await editor.getByRole('link', { name: 'Ny person' }).click();
        await editor.getByRole('heading', { name: 'Foreslå ny person', level: 1 }).waitFor();
        await editor.getByLabel('Navn', { exact: true }).fill('Siri Testesen Aune');
        await editor.getByLabel('Andre stavemåter (valgfritt)').fill('Siri T. Aune\nSiri Aune');
        await editor.getByLabel('Notat fra sekretariatet (uten dokument)').check();
        await editor
          .getByLabel('Notat', { exact: true })
          .fill('Ny rådgiver i sekretariatet fra 1. mars, bekreftet på telefon.');
        expect(await seriousViolations(editor)).toEqual([]);
        await screenshot(editor, 'edit-new-person', engine.name);
        await editor.getByRole('button', { name: 'Send forslaget til godkjenning' }).click();
        await editor.getByRole('status').getByText('Forslaget er sendt til godkjenning:').waitFor();

        await go(reviewer, '/gjennomgang');
        const card = reviewer.getByRole('article', { name: /^Ny person: Siri Testesen Aune/ });
        await card.getByText('Registrert av sekretariatet').first().waitFor();
        await card.getByRole('button', { name: /^Godkjenn: / }).click();
        await reviewer.getByText('Ingen forslag venter. Alt er gjennomgått.').waitFor();

        await go(reader, `/search?q=${encodeURIComponent('Siri Aune')}`);
        await reader.getByRole('link', { name: 'Siri Testesen Aune' }).click();
        await reader.getByRole('heading', { name: 'Siri Testesen Aune', level: 1 }).waitFor();
        await reader
          .getByRole('button', { name: /^Vis kilde/ })
          .first()
          .click();
        await reader.getByText(`Registrert av sekretariatet (${EDITOR.displayName},`).waitFor();
        await reader.getByText('Ny rådgiver i sekretariatet fra 1. mars').waitFor();
        await screenshot(reader, 'edit-staff-note', engine.name);
      },
      FLOW,
    );

    it(
      'merges two search results after review; the removed page leads to the one kept',
      async () => {
        // A second spelling of the person as a person of its own, proposed and approved over HTTP (not the flow
        // under test here).
        const [editorCookie, reviewerCookie] = await Promise.all(
          [EDITOR, REVIEWER].map(async (user) => (await signIn(server.url, user.username, PASSWORD)).cookie ?? ''),
        );
        const added = await gql<{ addPerson: { id: string; entities: { id: string }[] } }>(
          server.url,
          'mutation { addPerson(name: "S. Testesen Aune", source: { note: "Samme person, skrevet slik i en e-post." }) { id entities { id } } }',
          {},
          { cookie: editorCookie },
        );
        expect(added.errors).toBeUndefined();
        const removedId = added.data?.addPerson.entities[0]?.id ?? '';
        const approved = await gql(
          server.url,
          'mutation ($id: ID!) { approveEdit(id: $id) { status } }',
          { id: added.data?.addPerson.id },
          { cookie: reviewerCookie },
        );
        expect(approved.errors).toBeUndefined();

        await go(editor, `/search?q=${encodeURIComponent('Testesen Aune')}`);
        await editor.getByRole('checkbox', { name: 'Velg Siri Testesen Aune' }).check();
        await editor.getByText('Siri Testesen Aune er valgt. Kryss av for ett treff til.').waitFor();
        await editor.getByRole('checkbox', { name: 'Velg S. Testesen Aune' }).check();
        const panel = editor.getByRole('region', { name: 'Slå sammen to treff' });
        await panel.getByRole('radio', { name: /^Siri Testesen Aune/ }).check();
        await panel.getByText(/Alt om S\. Testesen Aune .* flyttes til Siri Testesen Aune/).waitFor();
        await panel.getByLabel(/^Begrunnelse/).fill('Samme rådgiver: e-posten forkorter fornavnet.');
        expect(await seriousViolations(editor)).toEqual([]);
        await screenshot(editor, 'edit-merge', engine.name);
        await panel.getByRole('button', { name: 'Foreslå sammenslåing' }).click();
        await panel.getByRole('status').getByText('Forslaget er sendt til godkjenning:').waitFor();

        await go(reviewer, '/gjennomgang');
        const card = reviewer.getByRole('article', { name: /S\. Testesen Aune/ });
        await card.getByText('Samme rådgiver: e-posten forkorter fornavnet.').waitFor();
        await card.getByRole('button', { name: /^Godkjenn: / }).click();
        await reviewer.getByText('Ingen forslag venter. Alt er gjennomgått.').waitFor();

        // The removed id's address leads to the kept person, which has both spellings.
        await go(reader, `/entity/${removedId}`);
        await reader.getByRole('heading', { name: 'Siri Testesen Aune', level: 1 }).waitFor();
        await reader
          .getByRole('status')
          .getByText('Det du åpnet, er slått sammen med Siri Testesen Aune.', { exact: false })
          .waitFor();
        expect(reader.url()).not.toContain(removedId);
        expect(await reader.locator('.aliases').first().textContent()).toContain('S. Testesen Aune');
        await screenshot(reader, 'edit-merged-redirect', engine.name);

        // Two results that are not the same person: recorded as such, so the pair is not suggested again.
        await go(editor, `/search?q=${encodeURIComponent('kari')}`);
        await editor.getByRole('checkbox', { name: 'Velg Karin Helen Halle' }).check();
        await editor.getByRole('checkbox', { name: 'Velg Karina Haus Steinshylla' }).check();
        const pair = editor.getByRole('region', { name: 'Slå sammen to treff' });
        await pair.getByLabel(/^Begrunnelse/).fill('To ulike personer med like fornavn.');
        await pair.getByRole('button', { name: 'Ikke samme: registrer det' }).click();
        await pair.getByRole('status').getByText('Forslaget er sendt til godkjenning:').waitFor();
        await go(reviewer, '/gjennomgang');
        await reviewer.getByRole('article', { name: /^Ikke samme: Karin Helen Halle/ }).waitFor();
      },
      FLOW,
    );
  });
}
