import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../seed/load.js';
import { BACKUP_VOCABULARY, backupData } from '../server/src/data/backup.js';
import { parseBackup, serialiseBackup } from '../server/src/domain/backup.js';
import { ID_PREFIX_OF_KIND } from '../server/src/domain/ids.js';
import { type Credentials, gql } from './support/auth.js';
import { engines } from './support/engines.js';
import { seedPlan, startServer, type TestServer } from './support/server.js';
import { staffOf } from './support/staff.js';

// addEntity, addGrant and correctName over HTTP, once per engine (docs/edits.md, "Entities, grants and names"): each
// proposal is invisible until a second person approves it, then shown where a reader looks (the entity's page,
// search, the funding reports, to the krone), exported with its provenance, kept by a reseed and a backup; a revert
// takes it away again, refused while other facts rest on what it added.

// 002 (ASU 17.4.2024): "HARMONI … er nå blitt innvilget av Norges forskningsråd, med 7 mill."
const ASU = 'doc:asu-saksdokumenter-2024-04-17';
const ASU_QUOTE = 'er nå blitt innvilget av Norges forskningsråd, med 7 mill.';
// 000 (årsrapport 2022).
const REPORT = 'doc:arsrapport-2022';
const REPORT_QUOTE = 'Utviklingsveileder helse har vært på besøk i alle kommunene';
const FUNDER = 'funder:norges-forskningsrad';
const PROJECT = 'project:helseplattformen';
// 004: "32,85 mill. kroner til Helse Vest RHF", a share of the 150 mill. with no parts of its own.
const HELSE_VEST_SHARE = 'grant:samhandlingstilskudd-2024-helse-vest';
const BODY = 'org:ts-naeringsradet';
const NEW_ORG = 'Kystnettverket for helse og oppvekst';
const NEW_ORG_ID = 'org:kystnettverket-for-helse-og-oppvekst';

const NOTE = { note: 'Meldt inn av sekretariatet på telefon.' };

const EDIT_FIELDS =
  'id kind status summary entities { id name kind } changes { target field before after } source { quote } note';
const ADD_ENTITY = `mutation ($input: EntityInput!, $source: SourceInput!) { addEntity(input: $input, source: $source) { ${EDIT_FIELDS} } }`;
const ADD_GRANT = `mutation ($input: GrantInput!, $source: SourceInput!) { addGrant(input: $input, source: $source) { ${EDIT_FIELDS} } }`;
const CORRECT_NAME = `mutation ($entity: ID!, $name: String, $add: [String!], $remove: [String!], $source: SourceInput!, $version: Int) {
  correctName(entity: $entity, name: $name, addAliases: $add, removeAliases: $remove, source: $source, version: $version) { ${EDIT_FIELDS} }
}`;
const APPROVE = 'mutation ($id: ID!) { approveEdit(id: $id) { id status } }';
const REVERT = 'mutation ($id: ID!, $reason: String!) { revertEdit(id: $id, reason: $reason) { id } }';
const ENTITY_PAGE = `
query ($id: ID!) {
  node(id: $id) {
    ... on Entity {
      id kind name aliases version citations { quote document { id } } notes { text author { username } }
      history { id kind status }
    }
    ... on Organization { type description grantsReceived { id } }
    ... on Project { start end type grants { id } }
    ... on Funder { grants { id amountNok } }
    ... on Grant {
      amountNok year purpose funder { id } recipients { id } partOf { id } parts { id }
      relations(direction: OUT) { type to { id } citations { quote } notes { text } history { id } }
    }
  }
}`;
const SEARCH = 'query ($text: String!) { search(text: $text) { entity { id name } } }';
const FUNDING = `query ($groupBy: FundingGroup!, $level: FundingLevel) {
  fundingTotals(groupBy: $groupBy, level: $level) { totalNok grants rows { entity { id } totalNok grants } }
}`;

type Edit = {
  id: string;
  kind: string;
  status: string;
  summary: string;
  entities: { id: string; name: string; kind: string }[];
  changes: { target: string; field: string; before: string | null; after: string | null }[];
  source: { quote: string } | null;
  note: string | null;
};
type Relation = {
  type: string;
  to: { id: string };
  citations: { quote: string }[];
  notes: { text: string }[];
  history: { id: string }[];
};
type Page = Record<string, unknown> & {
  id: string;
  name: string;
  aliases: string[];
  version: number;
  citations: { quote: string; document: { id: string } }[];
  notes: { text: string; author: { username: string } }[];
  history: { id: string; kind: string; status: string }[];
  grants?: { id: string }[];
  grantsReceived?: { id: string }[];
  parts?: { id: string }[];
  recipients?: { id: string }[];
  relations?: Relation[];
};
type Funding = { totalNok: number; grants: number; rows: { entity: { id: string } | null; totalNok: number | null }[] };

/** The Popolo organization schema (tests/fixtures/popolo, as tests/exports.test.ts validates the download). */
function popoloOrganization() {
  const dir = join(import.meta.dirname, 'fixtures', 'popolo');
  const ajv = new Ajv({ allErrors: true, strict: false });
  // ajv-formats is CommonJS; its default export is the plugin function.
  (addFormats as unknown as (ajv: Ajv) => void)(ajv);
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.schema.json'))) {
    ajv.addSchema(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  }
  const validate = ajv.getSchema('https://www.popoloproject.com/schemas/organization.json');
  if (!validate) throw new Error('no Popolo organization schema');
  return validate;
}

it('every seeded id has the prefix of its kind that new entities are given', () => {
  for (const entity of seedPlan().entities)
    expect(entity.id.startsWith(`${ID_PREFIX_OF_KIND[entity.kind]}:`)).toBe(true);
});

for (const engine of engines()) {
  describe(`Entities, grants and names as edits on ${engine.name}`, () => {
    let server: TestServer;
    let admin: Credentials;
    let editor: Credentials;
    let reviewer: Credentials;
    const codes = (answer: { errors?: { extensions?: { code?: string } }[] }) =>
      (answer.errors ?? []).map((error) => error.extensions?.code);
    const as = (who: Credentials, query: string, variables: Record<string, unknown> = {}) =>
      gql(server.url, query, variables, who);
    const page = async (id: string): Promise<Page | null> => {
      const answer = await as({}, ENTITY_PAGE, { id });
      // An id the graph does not have (yet, or any longer) is NOT_FOUND, as the entity page shows it.
      if (codes(answer).includes('NOT_FOUND')) return null;
      expect(answer.errors).toBeUndefined();
      const node = ((answer.data ?? {}) as { node: Page | null }).node;
      // Relations come in no stated order.
      node?.relations?.sort((a, b) => `${a.type} ${a.to.id}`.localeCompare(`${b.type} ${b.to.id}`));
      return node;
    };
    const found = async (text: string): Promise<string[]> => {
      const answer = await as({}, SEARCH, { text });
      expect(answer.errors).toBeUndefined();
      return ((answer.data ?? {}) as { search: { entity: { id: string } }[] }).search.map((hit) => hit.entity.id);
    };
    const funding = async (groupBy: 'FUNDER' | 'RECIPIENT', level: 'TOP' | 'DETAILED' = 'TOP'): Promise<Funding> => {
      const answer = await as({}, FUNDING, { groupBy, level });
      expect(answer.errors).toBeUndefined();
      return ((answer.data ?? {}) as { fundingTotals: Funding }).fundingTotals;
    };
    const rowOf = (report: Funding, id: string) => report.rows.find((row) => row.entity?.id === id)?.totalNok ?? null;
    const editCount = async () => {
      const answer = await as(admin, '{ edits(first: 200) { totalCount } }');
      expect(answer.errors).toBeUndefined();
      return ((answer.data ?? {}) as { edits: { totalCount: number } }).edits.totalCount;
    };
    const propose = async (query: string, variables: Record<string, unknown>): Promise<Edit> => {
      const answer = await as(editor, query, variables);
      expect(answer.errors, JSON.stringify(variables)).toBeUndefined();
      return Object.values(answer.data ?? {})[0] as Edit;
    };
    const refused = async (query: string, variables: Record<string, unknown>) =>
      codes(await as(editor, query, variables));
    /** Self-approval is FORBIDDEN; the reviewer's approval goes through. */
    const approve = async (edit: Edit) => {
      expect(codes(await as(editor, APPROVE, { id: edit.id }))).toEqual(['FORBIDDEN']);
      const answer = await as(reviewer, APPROVE, { id: edit.id });
      expect(answer.errors).toBeUndefined();
    };
    /** An approved revert of `edit` (its error codes, empty when it went through). */
    const revert = async (edit: Edit) => {
      const proposed = await as(editor, REVERT, { id: edit.id, reason: 'Feil i testen' });
      expect(proposed.errors).toBeUndefined();
      return codes(
        await as(reviewer, APPROVE, { id: (proposed.data as { revertEdit: { id: string } }).revertEdit.id }),
      );
    };

    let funderTop: Funding;
    let recipientDetailed: Funding;

    beforeAll(async () => {
      server = await startServer(engine);
      ({
        admin,
        editor1: editor,
        reviewer1: reviewer,
      } = await staffOf(server, 'admin password for entity edits', {
        editor1: { role: 'EDITOR', displayName: 'Eva Redaktør' },
        reviewer1: { role: 'REVIEWER', displayName: 'Rolf Kontroll' },
      }));
      funderTop = await funding('FUNDER');
      recipientDetailed = await funding('RECIPIENT', 'DETAILED');
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('refuses an entity of another kind, a name the graph has, dates out of place and a quote not in the document', async () => {
      const before = await editCount();
      const source = { document: REPORT, quote: REPORT_QUOTE };
      for (const input of [
        { kind: 'PERSON', name: 'Ny Person' },
        { kind: 'GRANT', name: 'Et tilskudd' },
        { kind: 'DOCUMENT', name: 'Et dokument' },
        { kind: 'ORGANIZATION', name: '   ' },
        // org:ts-naeringsradet is "Næringsråd", also written "Næringsrådet": the same name folded, whatever the case.
        { kind: 'ORGANIZATION', name: 'NÆRINGSRÅDET' },
        { kind: 'ORGANIZATION', name: NEW_ORG, start: '2024-01-01' },
        { kind: 'FUNDER', name: NEW_ORG, type: 'fond' },
        { kind: 'PROJECT', name: 'Prosjekt X', start: '2024-05-01', end: '2024-04-01' },
        { kind: 'PROJECT', name: 'Prosjekt X', start: '2024-02-30' },
        // With a document source, another spelling must occur in the document, as the seed requires.
        { kind: 'PROJECT', name: 'Prosjekt X', aliases: ['Står ikke i årsrapporten'] },
      ]) {
        expect(await refused(ADD_ENTITY, { input, source }), JSON.stringify(input)).toEqual(['BAD_USER_INPUT']);
      }
      expect(
        await refused(ADD_ENTITY, {
          input: { kind: 'ORGANIZATION', name: NEW_ORG },
          source: { document: REPORT, quote: 'Dette står ikke i årsrapporten' },
        }),
      ).toEqual(['BAD_USER_INPUT']);
      expect(await editCount()).toBe(before);
    });

    let organization: Edit;
    it('addEntity: a new organisation on a staff note, invisible until a reviewer approves it, then found by every spelling', async () => {
      organization = await propose(ADD_ENTITY, {
        input: {
          kind: 'ORGANIZATION',
          name: NEW_ORG,
          aliases: ['KHO-nettverket'],
          type: 'nettverk',
          description: 'Et nettverk for kysten.',
        },
        source: NOTE,
      });
      expect(organization).toMatchObject({
        kind: 'ADD_ENTITY',
        status: 'PROPOSED',
        summary: `Ny organisasjon: ${NEW_ORG}`,
        entities: [{ id: NEW_ORG_ID, name: NEW_ORG, kind: 'ORGANIZATION' }],
        note: NOTE.note,
      });
      expect(organization.changes).toContainEqual({ target: NEW_ORG_ID, field: 'name', before: null, after: NEW_ORG });
      expect(await page(NEW_ORG_ID)).toBeNull();
      expect(await found('Kystnettverket')).toEqual([]);
      await approve(organization);
      const shown = (await page(NEW_ORG_ID)) as Page;
      expect(shown).toMatchObject({
        kind: 'ORGANIZATION',
        name: NEW_ORG,
        aliases: ['KHO-nettverket'],
        type: 'nettverk',
        description: 'Et nettverk for kysten.',
        version: 1,
        citations: [],
        notes: [{ text: NOTE.note, author: { username: 'editor1' } }],
        history: [{ id: organization.id, kind: 'ADD_ENTITY', status: 'APPROVED' }],
      });
      expect(await found('kystnettverket helse')).toEqual([NEW_ORG_ID]);
      expect(await found('kho nettverket')).toEqual([NEW_ORG_ID]);
      // The name is taken now.
      expect(await refused(ADD_ENTITY, { input: { kind: 'ORGANIZATION', name: NEW_ORG }, source: NOTE })).toEqual([
        'BAD_USER_INPUT',
      ]);
    });

    let project: Edit;
    it('addEntity: a project with its period and a quote, cited on its page and the document', async () => {
      project = await propose(ADD_ENTITY, {
        input: { kind: 'PROJECT', name: 'Kommunebesøk helse 2022', start: '2022-01-01', end: '2022-12-31' },
        source: { document: REPORT, quote: REPORT_QUOTE },
      });
      const id = project.entities[0]?.id as string;
      expect(id).toBe('project:kommunebesok-helse-2022');
      expect(project.source).toEqual({ quote: REPORT_QUOTE });
      await approve(project);
      expect(await page(id)).toMatchObject({
        kind: 'PROJECT',
        start: '2022-01-01',
        end: '2022-12-31',
        citations: [{ quote: REPORT_QUOTE, document: { id: REPORT } }],
        notes: [],
      });
    });

    it('refuses a grant of no kroner, an impossible year, ends of the wrong kind, unknown ids and a broken grant tree', async () => {
      const before = await editCount();
      const source = { document: ASU, quote: ASU_QUOTE };
      for (const input of [
        { name: 'Tilskudd X', amountNok: 0 },
        { name: 'Tilskudd X', amountNok: -5 },
        { name: 'Tilskudd X', year: 1800 },
        { name: '  ' },
        { name: 'Tilskudd X', funder: PROJECT },
        { name: 'Tilskudd X', funder: 'funder:finnes-ikke' },
        { name: 'Tilskudd X', recipients: [FUNDER] },
        { name: 'Tilskudd X', recipients: [PROJECT, 'org:finnes-ikke'] },
        { name: 'Tilskudd X', partOf: BODY },
        // 004's share for Helse Vest is 32 850 000 kr: a part of 40 mill. would make its parts more than the grant,
        // which the seed allows only where the grant states why (partsNote).
        { name: 'Tilskudd X', amountNok: 40_000_000, partOf: HELSE_VEST_SHARE },
      ]) {
        expect(await refused(ADD_GRANT, { input, source }), JSON.stringify(input)).toEqual(['BAD_USER_INPUT']);
      }
      expect(
        await refused(ADD_GRANT, {
          input: { name: 'Tilskudd X', amountNok: 1000 },
          source: { document: ASU, quote: 'innvilget av Forskningsrådet med 8 mill.' },
        }),
      ).toEqual(['BAD_USER_INPUT']);
      expect(await editCount()).toBe(before);
    });

    let grant: Edit;
    let grantId: string;
    it('addGrant: the funder, the recipients and the funding report gain exactly its amount once approved', async () => {
      grant = await propose(ADD_GRANT, {
        input: {
          name: 'HARMONI – tilleggsbevilgning',
          amountNok: 1_234_567,
          year: 2024,
          purpose: 'forskning',
          funder: FUNDER,
          recipients: [PROJECT, NEW_ORG_ID],
        },
        source: { document: ASU, quote: ASU_QUOTE },
      });
      grantId = grant.entities[0]?.id as string;
      expect(grantId).toBe('grant:harmoni-tilleggsbevilgning');
      expect(grant.summary).toBe(
        'Nytt tilskudd: HARMONI – tilleggsbevilgning, 1 234 567 kr fra Norges forskningsråd til Helseplattformen, Kystnettverket for helse og oppvekst',
      );
      expect(grant.changes).toContainEqual({ target: grantId, field: 'amountNok', before: null, after: '1234567' });
      expect(grant.entities.map((entity) => entity.id)).toEqual([grantId, FUNDER, PROJECT, NEW_ORG_ID]);
      expect(await page(grantId)).toBeNull();
      expect(await funding('FUNDER')).toEqual(funderTop);
      await approve(grant);
      const shown = (await page(grantId)) as Page;
      expect(shown).toMatchObject({
        amountNok: 1_234_567,
        year: 2024,
        purpose: 'forskning',
        funder: { id: FUNDER },
        partOf: null,
        citations: [{ quote: ASU_QUOTE, document: { id: ASU } }],
      });
      expect((shown.recipients ?? []).map((r) => r.id).sort()).toEqual([NEW_ORG_ID, PROJECT].sort());
      // Every relation it made carries the quote and the edit.
      expect(shown.relations).toHaveLength(3);
      for (const relation of shown.relations ?? []) {
        expect(relation.citations).toEqual([{ quote: ASU_QUOTE }]);
        expect(relation.history).toEqual([{ id: grant.id }]);
      }
      expect((await page(FUNDER))?.grants?.map((g) => g.id)).toContain(grantId);
      expect((await page(PROJECT))?.grants?.map((g) => g.id)).toContain(grantId);
      expect((await page(NEW_ORG_ID))?.grantsReceived).toEqual([{ id: grantId }]);
      // 002: "med 7 mill." from Norges forskningsråd, now 7 000 000 + 1 234 567; the whole report as much more.
      const after = await funding('FUNDER');
      expect(rowOf(after, FUNDER)).toBe(8_234_567);
      expect(after.totalNok).toBe(funderTop.totalNok + 1_234_567);
      expect(after.grants).toBe(funderTop.grants + 1);
    });

    let part: Edit;
    it('addGrant partOf: a part counted inside its grant at the top, in its place where the money ended up', async () => {
      part = await propose(ADD_GRANT, {
        input: { name: 'Delbevilgning Helse Vest', amountNok: 1_000_000, year: 2024, partOf: HELSE_VEST_SHARE },
        source: NOTE,
      });
      const id = part.entities[0]?.id as string;
      await approve(part);
      expect(await page(id)).toMatchObject({ partOf: { id: HELSE_VEST_SHARE }, notes: [{ text: NOTE.note }] });
      expect((await page(HELSE_VEST_SHARE))?.parts).toEqual([{ id }]);
      // TOP: inside the 150 mill., nothing added; DETAILED: the 32 850 000 share is replaced by its one part.
      expect((await funding('FUNDER')).totalNok).toBe(funderTop.totalNok + 1_234_567);
      const detailed = await funding('RECIPIENT', 'DETAILED');
      expect(detailed.totalNok).toBe(recipientDetailed.totalNok + 1_234_567 - 32_850_000 + 1_000_000);
    });

    let renamed: Edit;
    let original: Page;
    it('correctName: the name replaced stays an alias, search finds both; a stale version is a CONFLICT', async () => {
      const body = (await page(BODY)) as Page;
      original = body;
      expect(body.name).toBe('Næringsråd');
      const before = await editCount();
      for (const [variables, code] of [
        [{ entity: BODY, remove: ['Regionrådet'], source: NOTE }, 'BAD_USER_INPUT'],
        [{ entity: BODY, remove: ['Næringsråd'], source: NOTE }, 'BAD_USER_INPUT'],
        [{ entity: BODY, name: 'Næringsråd', source: NOTE }, 'BAD_USER_INPUT'],
        [{ entity: REPORT, name: 'Årsrapporten', source: NOTE }, 'BAD_USER_INPUT'],
        [{ entity: 'org:finnes-ikke', name: 'Noe', source: NOTE }, 'BAD_USER_INPUT'],
        // Another organisation's name.
        [{ entity: BODY, name: 'Helse Vest RHF', source: NOTE }, 'BAD_USER_INPUT'],
        [
          { entity: BODY, name: 'Nytt navn', source: { document: REPORT, quote: 'Dette står ikke der' } },
          'BAD_USER_INPUT',
        ],
        [{ entity: BODY, name: 'Nytt navn', source: NOTE, version: body.version + 1 }, 'CONFLICT'],
      ] as const) {
        expect(await refused(CORRECT_NAME, variables), JSON.stringify(variables)).toEqual([code]);
      }
      expect(await editCount()).toBe(before);
      // The seed's spellings (Næringsrådet, næringsråd, næringsrådet), one taken away, the replaced name and one added.
      const spellings = [
        ...body.aliases.filter((alias) => alias !== 'næringsrådet'),
        'Næringsråd',
        'TS-næringsrådet',
      ].sort();
      renamed = await propose(CORRECT_NAME, {
        entity: BODY,
        name: 'Næringsrådet i Trøndelag sørvest',
        add: ['TS-næringsrådet'],
        remove: ['næringsrådet'],
        source: NOTE,
        version: body.version,
      });
      expect(renamed.summary).toBe(
        'Navn rettet: Næringsråd → Næringsrådet i Trøndelag sørvest (+TS-næringsrådet, −næringsrådet)',
      );
      expect(renamed.changes).toEqual([
        { target: BODY, field: 'name', before: 'Næringsråd', after: 'Næringsrådet i Trøndelag sørvest' },
        {
          target: BODY,
          field: 'aliases',
          before: body.aliases.join(', '),
          after: spellings.join(', '),
        },
      ]);
      expect(((await page(BODY)) as Page).name).toBe('Næringsråd');
      await approve(renamed);
      const after = (await page(BODY)) as Page;
      expect(after).toMatchObject({
        name: 'Næringsrådet i Trøndelag sørvest',
        aliases: spellings,
        version: body.version + 1,
      });
      expect(await found('naeringsradet i trondelag sorvest')).toEqual([BODY]);
      expect(await found('ts-næringsrådet')).toEqual([BODY]);
      expect(await found('Næringsråd')).toContain(BODY);
      // Proposed on the version before: stale now.
      expect(
        await refused(CORRECT_NAME, { entity: BODY, name: 'Et tredje navn', source: NOTE, version: body.version }),
      ).toEqual(['CONFLICT']);
    });

    it('a reseed replays every approved change: the same pages, the same totals, the edits kept', async () => {
      const ids = [NEW_ORG_ID, grantId, part.entities[0]?.id as string, BODY, 'project:kommunebesok-helse-2022'];
      const pages = async () => Promise.all(ids.map(page));
      const before = {
        pages: await pages(),
        top: await funding('FUNDER'),
        detailed: await funding('RECIPIENT', 'DETAILED'),
      };
      const edits = await editCount();
      const report = await loadPlan(server.store, seedPlan());
      expect(report.unapplied).toEqual([]);
      expect(report.conflicts).toEqual([]);
      expect({
        pages: await pages(),
        top: await funding('FUNDER'),
        detailed: await funding('RECIPIENT', 'DETAILED'),
      }).toEqual(before);
      expect(await editCount()).toBe(edits);
      // The seed files now name the body otherwise: the correction still wins, and the seed reports the conflict.
      const restated = structuredClone(seedPlan());
      const seeded = restated.entities.find((entity) => entity.id === BODY) as (typeof restated.entities)[number];
      seeded.name = 'Næringsrådet (ny skrivemåte i seedfilene)';
      const conflicted = await loadPlan(server.store, restated);
      expect(conflicted.unapplied).toEqual([]);
      expect(conflicted.conflicts).toEqual([expect.stringContaining(renamed.id)]);
      expect((await page(BODY))?.name).toBe('Næringsrådet i Trøndelag sørvest');
      expect((await page(BODY))?.aliases).toContain('Næringsrådet (ny skrivemåte i seedfilene)');
      // The files as they were: the graph as it was.
      expect((await loadPlan(server.store, seedPlan())).conflicts).toEqual([]);
      expect(await pages()).toEqual(before.pages);
    });

    it('a backup restored gives back the same file and the same pages', { timeout: 120_000 }, async () => {
      const backup = backupData(server.store);
      const text = serialiseBackup(await backup.read());
      const before = [await page(NEW_ORG_ID), await page(grantId), await page(BODY)];
      await backup.restore(parseBackup(text, BACKUP_VOCABULARY));
      expect(serialiseBackup(await backup.read())).toBe(text);
      expect([await page(NEW_ORG_ID), await page(grantId), await page(BODY)]).toEqual(before);
    });

    it('the GraphML and Popolo downloads name the edits that wrote a fact and mark its staff note', async () => {
      const graphml = await (await fetch(`${server.url}/export/graph.graphml`)).text();
      const node = graphml.match(new RegExp(`<node id="${NEW_ORG_ID}">.*?</node>`))?.[0] ?? '';
      expect(node).toContain(`<data key="n_editIds">${organization.id}</data>`);
      expect(node).toContain(
        `<data key="n_staffNotes">registrert av sekretariatet (Eva Redaktør, ${new Date().toISOString().slice(0, 10)}): ${NOTE.note}</data>`,
      );
      const edge = graphml.match(new RegExp(`<edge id="[^"]+" source="${grantId}" target="${FUNDER}">.*?</edge>`))?.[0];
      expect(edge).toContain(`<data key="e_editIds">${grant.id}</data>`);
      expect(edge).toContain(`${ASU}: «${ASU_QUOTE}»`);
      expect(edge).not.toContain('e_staffNotes');
      // A seeded fact no edit touched has neither.
      expect(graphml.match(/<node id="municipality:froya">.*?<\/node>/)?.[0]).not.toContain('editIds');

      const popolo = (await (await fetch(`${server.url}/export/popolo.json`)).json()) as {
        organizations: { id: string; name: string; sources: { url: string; note: string }[] }[];
      };
      const validate = popoloOrganization();
      const org = popolo.organizations.find((o) => o.id === NEW_ORG_ID);
      // Popolo takes no properties of its own: the edit is a source, the staff note its words.
      expect(validate(org), JSON.stringify(validate.errors)).toBe(true);
      expect(org?.sources).toEqual([
        {
          url: `${server.url}/entity/${NEW_ORG_ID}/historikk#${organization.id}`,
          note: expect.stringMatching(/^registrert av sekretariatet \(Eva Redaktør, \d{4}-\d\d-\d\d\): Meldt inn/),
        },
      ]);
      const body = popolo.organizations.find((o) => o.id === BODY);
      expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
      expect(body?.name).toBe('Næringsrådet i Trøndelag sørvest');
      expect(body?.sources.at(-1)).toEqual({
        url: `${server.url}/entity/${BODY}/historikk#${renamed.id}`,
        note: expect.stringContaining(`registrert av sekretariatet (Eva Redaktør, `),
      });
      // A seeded record no edit touched lists its quotes only.
      const froya = popolo.organizations.find((o) => o.id === 'municipality:froya');
      expect(froya?.sources.length).toBeGreaterThan(0);
      expect(froya?.sources.every((source) => source.url.startsWith(`${server.url}/entity/doc:`))).toBe(true);
    });

    it('reverts: refused while a part or a grant rests on what was added; then everything is as the seed had it', async () => {
      // The new organisation receives the new grant (GRANTED_TO): its revert waits for the grant's.
      expect(await revert(organization)).toEqual(['CONFLICT']);
      expect(await page(NEW_ORG_ID)).not.toBeNull();
      expect(await revert(grant)).toEqual([]);
      expect(await page(grantId)).toBeNull();
      expect(rowOf(await funding('FUNDER'), FUNDER)).toBe(7_000_000);
      expect((await page(FUNDER))?.grants?.map((g) => g.id)).not.toContain(grantId);
      expect(await revert(organization)).toEqual([]);
      expect(await page(NEW_ORG_ID)).toBeNull();
      expect(await found('Kystnettverket')).toEqual([]);
      expect(await revert(part)).toEqual([]);
      expect(await funding('FUNDER')).toEqual(funderTop);
      expect(await funding('RECIPIENT', 'DETAILED')).toEqual(recipientDetailed);
      expect(await revert(project)).toEqual([]);
      expect(await page('project:kommunebesok-helse-2022')).toBeNull();
    });

    it('reverting a name correction gives the old name and aliases back; search no longer finds the new one', async () => {
      expect(await revert(renamed)).toEqual([]);
      const body = (await page(BODY)) as Page;
      expect(body).toMatchObject({ name: 'Næringsråd', aliases: original.aliases, notes: [] });
      expect(body.version).toBe(original.version + 2);
      expect(body.history.map((edit) => [edit.kind, edit.status])).toEqual([
        ['REVERT', 'APPROVED'],
        ['CORRECT_NAME', 'REVERTED'],
      ]);
      expect(await found('ts-næringsrådet')).toEqual([]);
      // Reverted and reseeded: still as the seed has it.
      const report = await loadPlan(server.store, seedPlan());
      expect(report.unapplied).toEqual([]);
      expect(await page(BODY)).toEqual(body);
      expect(await page(NEW_ORG_ID)).toBeNull();
      expect(await funding('FUNDER')).toEqual(funderTop);
    });

    const REJECT = 'mutation ($id: ID!, $reason: String!) { rejectEdit(id: $id, reason: $reason) { id status } }';
    /** The reviewer's approval: its error codes, empty when it went through. */
    const approval = async (edit: Edit) => codes(await as(reviewer, APPROVE, { id: edit.id }));

    it('approving a second proposal of a name the first one has taken since is a CONFLICT, and adds nothing', async () => {
      const first = await propose(ADD_ENTITY, { input: { kind: 'ORGANIZATION', name: 'Øyrådet' }, source: NOTE });
      const second = await propose(ADD_ENTITY, {
        input: { kind: 'ORGANIZATION', name: 'Oyradet nord', aliases: ['Øyrådet'] },
        source: NOTE,
      });
      const renaming = await propose(CORRECT_NAME, { entity: BODY, name: 'Øyrådet', source: NOTE });
      expect(await approval(first)).toEqual([]);
      const firstId = first.entities[0]?.id as string;
      expect(await approval(second)).toEqual(['CONFLICT']);
      expect(await approval(renaming)).toEqual(['CONFLICT']);
      expect(await found('Øyrådet')).toEqual([firstId]);
      expect(await page(second.entities[0]?.id as string)).toBeNull();
      expect((await page(BODY))?.name).toBe('Næringsråd');
      for (const edit of [second, renaming]) {
        expect((await as(reviewer, REJECT, { id: edit.id, reason: 'Navnet er tatt' })).errors).toBeUndefined();
      }
      expect(await revert(first)).toEqual([]);
    });

    it('approving a second part that with the first would be more than its grant is a CONFLICT', async () => {
      const share = 32_850_000;
      const parts = [];
      for (const name of ['Del A av Helse Vest-andelen', 'Del B av Helse Vest-andelen']) {
        parts.push(
          await propose(ADD_GRANT, { input: { name, amountNok: 20_000_000, partOf: HELSE_VEST_SHARE }, source: NOTE }),
        );
      }
      const [a, b] = parts as [Edit, Edit];
      expect(await approval(a)).toEqual([]);
      expect(await approval(b)).toEqual(['CONFLICT']);
      expect((await page(HELSE_VEST_SHARE))?.parts).toEqual([{ id: a.entities[0]?.id }]);
      const detailed = await funding('RECIPIENT', 'DETAILED');
      expect(detailed.totalNok).toBe(recipientDetailed.totalNok - share + 20_000_000);
      expect((await as(reviewer, REJECT, { id: b.id, reason: 'For mye' })).errors).toBeUndefined();
      expect(await revert(a)).toEqual([]);
      expect(await funding('RECIPIENT', 'DETAILED')).toEqual(recipientDetailed);
    });

    it('after a merge moved what an edit added, its revert takes it away where it is now, or refuses', async () => {
      const MERGE =
        'mutation ($keep: ID!, $remove: ID!) { mergeEntities(keep: $keep, remove: $remove, reason: "Samme råd") { id status } }';
      const [one, other] = [
        await propose(ADD_ENTITY, { input: { kind: 'ORGANIZATION', name: 'Helseråd Vest' }, source: NOTE }),
        await propose(ADD_ENTITY, { input: { kind: 'ORGANIZATION', name: 'Helserådet for Vest' }, source: NOTE }),
      ];
      for (const edit of [one, other]) expect(await approval(edit)).toEqual([]);
      const [oneId, otherId] = [one.entities[0]?.id as string, other.entities[0]?.id as string];
      const grant = await propose(ADD_GRANT, {
        input: { name: 'Tilskudd til helserådet', amountNok: 50_000, funder: FUNDER, recipients: [oneId] },
        source: NOTE,
      });
      expect(await approval(grant)).toEqual([]);
      const grantId = grant.entities[0]?.id as string;
      const ADD_RELATION = `mutation ($input: RelationInput!, $source: SourceInput!) { addRelation(input: $input, source: $source) { ${EDIT_FIELDS} } }`;
      const ADD_OBSERVATION = `mutation ($fact: ID!, $source: SourceInput!) { addObservation(fact: $fact, source: $source) { ${EDIT_FIELDS} } }`;
      const joined = await propose(ADD_RELATION, {
        input: { type: 'PARTICIPATES_IN', from: oneId, to: PROJECT },
        source: NOTE,
      });
      const observed = await propose(ADD_OBSERVATION, {
        fact: oneId,
        source: { document: REPORT, quote: REPORT_QUOTE },
      });
      for (const edit of [joined, observed]) expect(await approval(edit)).toEqual([]);
      const participants = async () => {
        const answer = await as({}, 'query ($id: ID!) { node(id: $id) { ... on Project { participants { id } } } }', {
          id: PROJECT,
        });
        expect(answer.errors).toBeUndefined();
        return (answer.data as { node: { participants: { id: string }[] } }).node.participants.map((p) => p.id);
      };
      const merged = await as(editor, MERGE, { keep: otherId, remove: oneId });
      expect(merged.errors).toBeUndefined();
      expect(await approval((merged.data as { mergeEntities: Edit }).mergeEntities)).toEqual([]);
      expect((await page(grantId))?.recipients).toEqual([{ id: otherId }]);
      // The grant's relation to the merged-away organisation now ends at the one kept: the revert takes it away.
      expect(await revert(grant)).toEqual([]);
      expect(await page(grantId)).toBeNull();
      expect(rowOf(await funding('FUNDER'), FUNDER)).toBe(rowOf(funderTop, FUNDER));
      // So does the relation added to it: the participation moved with the merge goes.
      expect(await participants()).toContain(otherId);
      expect(await revert(joined)).toEqual([]);
      expect(await participants()).not.toContain(otherId);
      // The organisation merged away is no longer there to take away, nor to take the added source from.
      expect(await revert(observed)).toEqual(['CONFLICT']);
      expect(await revert(one)).toEqual(['CONFLICT']);
      expect((await page(otherId))?.aliases).toContain('Helseråd Vest');
    });
  });
}
