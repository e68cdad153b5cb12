import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from '../support/browser.js';
import {
  EDITOR,
  type EditSession,
  pick,
  REVIEWER,
  screenshotsAtBothSizes,
  seriousViolations,
  startEditSession,
} from '../support/browser-edits.js';
import { engines } from '../support/engines.js';

// The proposal forms of the other edit kinds, where the facts are: a new organisation or project (/ny-enhet), a
// grant on a funder's page, a corrected name in every page's header, a corrected role and a new source or a
// retraction on a role's row, a new relation on a body's page and the actions on a relation's row. Each is shown to
// an editor only, passes axe, and is screenshotted at a desktop's and a phone's size. Then the main flows: a grant
// proposed on a funder's page and a membership on a body's page, approved by a reviewer in the queue and shown to
// readers; and a refusal told in words.

const FUNDER = '/entity/funder:norges-forskningsrad';
const BODY = '/entity/org:ipr-trondelag-sorvest';
const PERSON = '/entity/person:kari-froseth';
const GRANT = 'Kystpiloten, forprosjekt';
const FLOW = 120_000;

for (const engine of engines()) {
  describe.runIf(browserAvailable())(`Proposal forms in a browser on ${engine.name}`, () => {
    let session: EditSession;
    let editor: Page;
    let reader: Page;
    let reviewer: Page;

    beforeAll(async () => {
      session = await startEditSession(engine);
      editor = await session.visitor(EDITOR);
      reader = await session.visitor(null);
    });
    afterAll(async () => {
      await session?.close();
    });

    it(
      'shows a reader none of the new controls',
      async () => {
        await session.go(reader, BODY);
        await reader.getByRole('heading', { name: 'Alle forbindelser med kilder' }).waitFor();
        for (const name of ['Foreslå ny forbindelse', /^Rett navnet/, /^Rett forbindelsen/, /^Trekk tilbake/]) {
          expect(await reader.getByRole('button', { name }).count()).toBe(0);
        }
        expect(await reader.getByRole('link', { name: 'Ny enhet' }).count()).toBe(0);
        await session.go(reader, FUNDER);
        expect(await reader.getByRole('button', { name: 'Foreslå nytt tilskudd' }).count()).toBe(0);
      },
      FLOW,
    );

    it(
      'proposes a new organisation or project from the header link, with dates only for a project',
      async () => {
        await session.go(editor, '/');
        await editor.getByRole('link', { name: 'Ny enhet' }).click();
        await editor.getByRole('heading', { name: /^Foreslå ny organisasjon/, level: 1 }).waitFor();
        expect(await editor.getByLabel('Fra og med (valgfritt)').count()).toBe(0);
        await editor.getByLabel('Hva slags').selectOption({ label: 'Prosjekt' });
        await editor.getByLabel('Fra og med (valgfritt)').fill('2025-01-01');
        await editor.getByLabel('Navn', { exact: true }).fill('Kystpiloten');
        await editor.getByLabel('Andre stavemåter (valgfritt)').fill('Kystpilot Trøndelag');
        await editor.getByLabel('Type (valgfritt)').fill('pilot');
        await editor.getByLabel('Notat fra sekretariatet (uten dokument)').check();
        expect(await seriousViolations(editor)).toEqual([]);
        await screenshotsAtBothSizes(editor, editor.locator('.edit-page'), 'edit-new-entity', engine.name);
        // In English too.
        await editor.getByRole('button', { name: 'English' }).click();
        await editor
          .getByRole('heading', { name: 'Propose a new organisation, project or funder', level: 1 })
          .waitFor();
        await editor.getByLabel('From (optional)').waitFor();
        await editor.getByRole('button', { name: 'Norsk' }).click();
      },
      FLOW,
    );

    it(
      "offers a grant on a funder's page with the funder filled in, and reads amounts as Norwegians write them",
      async () => {
        await session.go(editor, FUNDER);
        await editor.getByRole('button', { name: 'Foreslå nytt tilskudd' }).click();
        const form = editor.getByRole('region', { name: 'Foreslå nytt tilskudd' });
        expect(await form.getByRole('combobox', { name: 'Gitt av' }).inputValue()).toBe('Norges forskningsråd');
        await form.getByLabel('Navn på tilskuddet').fill('Kystpiloten, forprosjekt');
        const amount = form.getByLabel('Beløp i kroner (valgfritt)');
        await amount.fill('1 500 000,50');
        await form.getByText('Beløpet må være hele kroner over 0').waitFor();
        await amount.fill('1 500 000');
        await form.getByText('Leses som 1 500 000 kr.').waitFor();
        await form.getByLabel('År (valgfritt)').fill('2025');
        await pick(form, 'Gitt til', 'Helseplattformen', /^Helseplattformen/);
        await form.getByRole('list', { name: 'Gitt til: valgt' }).getByText('Helseplattformen').waitFor();
        // The field is free for the next recipient.
        expect(await form.getByRole('combobox', { name: 'Gitt til' }).inputValue()).toBe('');
        await form.getByLabel('Notat fra sekretariatet (uten dokument)').check();
        expect(await seriousViolations(editor, '.propose-panel')).toEqual([]);
        await screenshotsAtBothSizes(editor, form, 'edit-new-grant', engine.name);

        await session.go(editor, '/rapporter/finansiering');
        await editor.getByRole('button', { name: 'Foreslå nytt tilskudd' }).waitFor();
      },
      FLOW,
    );

    it(
      "offers a name's correction in the header: the name, spellings to add and to take away",
      async () => {
        await session.go(editor, BODY);
        await editor.getByRole('button', { name: /^Rett navnet Interkommunalt politisk råd/ }).click();
        const dialog = editor.getByRole('dialog', { name: /^Rett navnet/ });
        const name = dialog.getByLabel('Navn', { exact: true });
        expect(await name.inputValue()).toBe('Interkommunalt politisk råd Trøndelag sørvest – lakseregionen');
        await dialog.getByRole('button', { name: 'Send forslaget til godkjenning' }).click();
        await dialog.getByRole('alert').getByText('Ingenting er endret ennå').waitFor();
        await dialog.getByLabel('Legg til stavemåter (valgfritt)').fill('Lakseregionen');
        expect(await dialog.getByRole('alert').count()).toBe(0);
        expect(
          await dialog.getByRole('group', { name: 'Fjern stavemåter' }).getByRole('checkbox').count(),
        ).toBeGreaterThan(0);
        expect(await seriousViolations(editor, '.edit-dialog')).toEqual([]);
        await screenshotsAtBothSizes(editor, dialog, 'edit-correct-name', engine.name);
        await dialog.getByRole('button', { name: 'Lukk' }).click();
      },
      FLOW,
    );

    it(
      "offers on a role's row to correct it, add a source or retract it, beside ending it",
      async () => {
        await session.go(editor, PERSON);
        await editor.getByRole('button', { name: /^Rett rollen daglig leder/ }).click();
        const correct = editor.getByRole('dialog', { name: 'Rett en rolle' });
        expect(await correct.getByLabel(/^Tittel/).inputValue()).toBe('daglig leder');
        await correct.getByLabel('Til og med (valgfritt)').fill('2023-06-30');
        expect(await seriousViolations(editor, '.edit-dialog')).toEqual([]);
        await screenshotsAtBothSizes(editor, correct, 'edit-correct-role', engine.name);
        await correct.getByRole('button', { name: 'Lukk' }).click();

        await editor.getByRole('button', { name: /^Legg til en kilde for daglig leder/ }).click();
        const observation = editor.getByRole('dialog', { name: 'Legg til en kilde' });
        await pick(observation, 'Dokument', 'Årsrapport 2022', /^Årsrapport 2022/);
        await observation.getByLabel('Søk i dokumentets tekst').waitFor();
        expect(await seriousViolations(editor, '.edit-dialog')).toEqual([]);
        await screenshotsAtBothSizes(editor, observation, 'edit-add-source', engine.name);
        await observation.getByRole('button', { name: 'Lukk' }).click();

        await editor.getByRole('button', { name: /^Trekk tilbake daglig leder/ }).click();
        const retract = editor.getByRole('dialog', { name: 'Trekk tilbake' });
        await retract.getByLabel('Hvorfor skal det trekkes tilbake?').fill('Feil person: kilden gjelder en annen.');
        await retract.getByLabel('Notat fra sekretariatet (uten dokument)').check();
        expect(await seriousViolations(editor, '.edit-dialog')).toEqual([]);
        await screenshotsAtBothSizes(editor, retract, 'edit-retract', engine.name);
        await retract.getByRole('button', { name: 'Lukk' }).click();
      },
      FLOW,
    );

    it(
      "offers a new relation on a body's page, read from its side, and actions on each relation's row",
      async () => {
        await session.go(editor, BODY);
        await editor.getByRole('button', { name: 'Foreslå ny forbindelse' }).click();
        const form = editor.getByRole('region', { name: 'Foreslå ny forbindelse' });
        const type = form.getByLabel('Forbindelse, lest fra denne siden');
        await type.selectOption({ label: 'har som medlem …' });
        await pick(form, 'Med hvem', 'Trondheim', /^Trondheim/);
        await form.getByLabel('Kildens ord (valgfritt)').fill('medlemskommune');
        expect(await seriousViolations(editor, '.propose-panel')).toEqual([]);
        await screenshotsAtBothSizes(editor, form, 'edit-new-relation', engine.name);
        await editor.getByRole('button', { name: 'Lukk' }).first().click();

        const row = editor.getByRole('button', { name: /^Rett forbindelsen / }).first();
        await row.click();
        const correct = editor.getByRole('dialog', { name: 'Rett en forbindelse' });
        await correct.getByLabel('Kildens ord (valgfritt)').waitFor();
        expect(await seriousViolations(editor, '.edit-dialog')).toEqual([]);
        await screenshotsAtBothSizes(editor, correct, 'edit-correct-relation', engine.name);
        await correct.getByRole('button', { name: 'Lukk' }).click();

        await editor
          .getByRole('button', { name: /^Foreslå at forbindelsen .* er avsluttet/ })
          .first()
          .click();
        const end = editor.getByRole('dialog', { name: 'Foreslå at en forbindelse er avsluttet' });
        await end.getByLabel('Siste dag forbindelsen gjaldt').fill('2024-12-31');
        expect(await seriousViolations(editor, '.edit-dialog')).toEqual([]);
        await screenshotsAtBothSizes(editor, end, 'edit-end-relation', engine.name);
        await end.getByRole('button', { name: 'Lukk' }).click();
      },
      FLOW,
    );
    it(
      "lets an editor propose a grant on a funder's page; once a reviewer approves it, the funder's page lists it",
      async () => {
        await session.go(editor, FUNDER);
        await editor.getByRole('button', { name: 'Foreslå nytt tilskudd' }).click();
        const form = editor.getByRole('region', { name: 'Foreslå nytt tilskudd' });
        await form.getByLabel('Navn på tilskuddet').fill(GRANT);
        await form.getByLabel('Beløp i kroner (valgfritt)').fill('1 500 000');
        await form.getByLabel('År (valgfritt)').fill('2025');
        await pick(form, 'Gitt til', 'Helseplattformen', /^Helseplattformen/);
        await form.getByLabel('Notat fra sekretariatet (uten dokument)').check();
        await form.getByLabel('Notat', { exact: true }).fill('Tilsagnsbrev mottatt på e-post 3. mars.');
        await form.getByRole('button', { name: 'Send forslaget til godkjenning' }).click();
        const sent = form.getByRole('status');
        await sent.getByText('Forslaget er sendt til godkjenning:').waitFor();
        expect(await sent.textContent()).toContain(GRANT);
        await sent.getByRole('link', { name: 'Se forslagene som venter' }).waitFor();

        // Not for readers until approved.
        await session.go(reader, FUNDER);
        await reader.getByRole('heading', { name: 'Norges forskningsråd', level: 1 }).waitFor();
        expect(await reader.getByRole('link', { name: GRANT }).count()).toBe(0);

        reviewer = await session.visitor(REVIEWER);
        await session.go(reviewer, '/gjennomgang');
        const card = reviewer.getByRole('article', { name: new RegExp(GRANT) });
        await card.waitFor();
        // (Digits are grouped with no-break spaces.)
        const text = ((await card.textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ');
        expect(text).toContain('Nytt tilskudd');
        expect(text).toContain('Beløp1 500 000 kr');
        expect(text).toContain('Helseplattformen');
        expect(text).toContain('Tilsagnsbrev mottatt på e-post 3. mars.');
        expect(await seriousViolations(reviewer)).toEqual([]);
        await screenshotsAtBothSizes(reviewer, card, 'edit-review-grant', engine.name);
        await card.getByRole('button', { name: /^Godkjenn: / }).click();
        await reviewer.getByText('Ingen forslag venter. Alt er gjennomgått.').waitFor();

        await session.go(reader, FUNDER);
        await reader.getByRole('link', { name: GRANT }).first().click();
        await reader.getByRole('heading', { name: GRANT, level: 1 }).waitFor();
        const details = ((await reader.locator('.details').first().textContent()) ?? '').replace(
          /[\u00a0\u202f]/g,
          ' ',
        );
        expect(details).toContain('1 500 000');
        expect(details).toContain('2025');
      },
      FLOW,
    );

    it(
      "lets an editor propose a new member on a body's page; once approved, the body lists it with its source",
      async () => {
        await session.go(editor, BODY);
        await editor.getByRole('button', { name: 'Foreslå ny forbindelse' }).click();
        const form = editor.getByRole('region', { name: 'Foreslå ny forbindelse' });
        await form.getByLabel('Forbindelse, lest fra denne siden').selectOption({ label: 'har som medlem …' });
        await pick(form, 'Med hvem', 'Trondheim', /^Trondheim/);
        await form.getByLabel('Fra og med (valgfritt)').fill('2025-01-01');
        await form.getByLabel('Notat fra sekretariatet (uten dokument)').check();
        await form.getByLabel('Notat', { exact: true }).fill('Vedtatt innmeldt i kommunestyret.');
        await form.getByRole('button', { name: 'Send forslaget til godkjenning' }).click();
        await form.getByRole('status').getByText('Forslaget er sendt til godkjenning:').waitFor();

        await session.go(reviewer, '/gjennomgang');
        const card = reviewer.getByRole('article', { name: /^Ny relasjon: .*Trondheim/ });
        await card.waitFor();
        const text = (await card.textContent()) ?? '';
        expect(text).toContain('Ny forbindelse');
        // The relation's type in words, its ends as names.
        expect(text).toContain('Typemedlem av');
        expect(text).toContain('FraTrondheim');
        await card.getByRole('button', { name: /^Godkjenn: / }).click();
        await reviewer.getByText('Ingen forslag venter. Alt er gjennomgått.').waitFor();

        await session.go(reader, BODY);
        // Every connection with its sources is the page's last section, folded until asked for.
        await reader.getByRole('heading', { name: 'Alle forbindelser med kilder' }).click();
        const row = reader.getByRole('row').filter({ hasText: 'har som medlem' }).filter({ hasText: 'Trondheim' });
        await row.waitFor();
        await row.getByRole('button', { name: /^Vis kilde/ }).click();
        await row.getByText('Vedtatt innmeldt i kommunestyret.').waitFor();
        await reader.getByRole('link', { name: 'Historikk' }).click();
        await reader.getByRole('article', { name: /^Ny relasjon: .*Trondheim/ }).waitFor();
      },
      FLOW,
    );

    it(
      'says why a proposal is refused: a name the graph has already is BAD_USER_INPUT, in Norwegian and English',
      async () => {
        await session.go(editor, '/ny-enhet?kind=FUNDER');
        expect(await editor.getByLabel('Hva slags').inputValue()).toBe('FUNDER');
        await editor.getByLabel('Navn', { exact: true }).fill('Norges forskningsråd');
        await editor.getByLabel('Notat fra sekretariatet (uten dokument)').check();
        await editor.getByLabel('Notat', { exact: true }).fill('Ny finansiør.');
        await editor.getByRole('button', { name: 'Send forslaget til godkjenning' }).click();
        const alert = editor.getByRole('alert');
        await alert.getByText(/noe med samme navn finnes allerede i grafen/).waitFor();
        expect(await alert.textContent()).toContain('funder:norges-forskningsrad');
        await screenshotsAtBothSizes(editor, alert, 'edit-refused-name', engine.name);
        await editor.getByRole('button', { name: 'English' }).click();
        await alert.getByText(/something of that name is already in the graph/).waitFor();
        await editor.getByRole('button', { name: 'Norsk' }).click();
      },
      FLOW,
    );
  });
}
