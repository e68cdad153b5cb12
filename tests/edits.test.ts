import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../seed/load.js';
import { createApp } from '../server/src/app.js';
import { foldWhitespace } from '../server/src/domain/names.js';
import { type Credentials, gql } from './support/auth.js';
import { engines } from './support/engines.js';
import { SEED_DIR, seedPlan, startServer, type TestServer } from './support/server.js';
import { staffOf } from './support/staff.js';

// Edits over the real HTTP endpoint, once per engine (docs/edits.md): a change is proposed with its source,
// invisible until a second person approves it, then shown where seeded facts are shown, with its source; it can be
// reverted (itself reviewed); a stale change is a CONFLICT; and a reseed keeps every approved change.

const DOCUMENT = 'doc:arsrapport-2022';
const PERSON = 'person:albert-verhagen';
const BODY = 'org:ts-naeringsradet';
const MUNICIPALITY = 'municipality:froya';
const TITLE = 'observatør for edits-testen';

const plan = seedPlan();
const documentFile = plan.documents.find((document) => document.id === DOCUMENT)?.file as string;
const documentText = readFileSync(join(SEED_DIR, 'sources', documentFile), 'utf8');
// A quote as a person copies it: a run of the text with its line breaks and double spaces.
const QUOTE = 'Utviklingsveileder helse har vært på besøk i alle kommunene';

const ADD_ROLE = `
mutation ($input: RoleInput!, $source: SourceInput!) {
  addRole(input: $input, source: $source) {
    id kind status summary author { username } reviewer { username }
    entities { id } source { quote document { id } } note changes { target field before after }
  }
}`;
const APPROVE = 'mutation ($id: ID!) { approveEdit(id: $id) { id status selfApproved reviewer { username } } }';
const REVERT = 'mutation ($id: ID!, $reason: String!) { revertEdit(id: $id, reason: $reason) { id kind status } }';
const PERSON_PAGE = `
query ($id: ID!) {
  node(id: $id) {
    ... on Person {
      version
      roles { id title version citations { quote document { id } } notes { text author { username } }
              history { id kind status } }
      history { id kind status summary revertedBy { id } }
    }
  }
}`;
const MUNICIPALITY_PAGE = `
query ($id: ID!) {
  node(id: $id) { ... on Municipality { representatives { id title person { id } citations { quote } } } }
}`;

type Edit = {
  id: string;
  kind: string;
  status: string;
  entities: { id: string }[];
  source: { quote: string; document: { id: string } } | null;
  changes: { target: string; field: string; before: string | null; after: string | null }[];
};
type RoleView = {
  id: string;
  title: string;
  version: number;
  citations: { quote: string; document: { id: string } }[];
  notes: { text: string; author: { username: string } }[];
  history: { id: string; kind: string; status: string }[];
};

for (const engine of engines()) {
  describe(`Edits on ${engine.name}`, () => {
    let server: TestServer;
    let admin: Credentials;
    let editor: Credentials;
    let reviewer: Credentials;
    const codes = (answer: { errors?: { extensions?: { code?: string } }[] }) =>
      (answer.errors ?? []).map((error) => error.extensions?.code);
    const as = (who: Credentials, query: string, variables: Record<string, unknown> = {}) =>
      gql(server.url, query, variables, who);
    const rolesOf = async (person: string): Promise<RoleView[]> => {
      const answer = await as({}, PERSON_PAGE, { id: person });
      expect(answer.errors).toBeUndefined();
      return (((answer.data ?? {}) as Record<string, unknown>).node as { roles: RoleView[] }).roles;
    };
    const representatives = async () => {
      const answer = await as({}, MUNICIPALITY_PAGE, { id: MUNICIPALITY });
      expect(answer.errors).toBeUndefined();
      return (
        ((answer.data ?? {}) as Record<string, unknown>).node as {
          representatives: { id: string; title: string; person: { id: string } }[];
        }
      ).representatives;
    };
    const propose = async (who: Credentials, input: Record<string, unknown>, source: Record<string, unknown>) => {
      const answer = await as(who, ADD_ROLE, { input, source });
      return { answer, edit: answer.data?.addRole as Edit | undefined };
    };
    const editCount = async () => {
      const answer = await as(admin, '{ edits(first: 200) { totalCount } }');
      expect(answer.errors).toBeUndefined();
      return (((answer.data ?? {}) as Record<string, unknown>).edits as { totalCount: number }).totalCount;
    };

    beforeAll(async () => {
      server = await startServer(engine);
      ({
        admin,
        editor1: editor,
        reviewer1: reviewer,
      } = await staffOf(server, 'admin password for edits', {
        editor1: 'EDITOR',
        reviewer1: 'REVIEWER',
      }));
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('Document.text is the whole source document, the text quotes are checked against', async () => {
      const answer = await as({}, 'query ($id: ID!) { node(id: $id) { ... on Document { text } } }', { id: DOCUMENT });
      expect(answer.errors).toBeUndefined();
      expect((((answer.data ?? {}) as Record<string, unknown>).node as { text: string }).text).toBe(documentText);
    });

    it('refuses a quote that does not occur in the document (BAD_USER_INPUT), and stores nothing', async () => {
      const before = await editCount();
      const wrong = await propose(
        editor,
        { person: PERSON, title: TITLE, organization: BODY, onBehalfOf: MUNICIPALITY },
        { document: DOCUMENT, quote: 'Dette står ikke i årsrapporten' },
      );
      expect(codes(wrong.answer)).toEqual(['BAD_USER_INPUT']);
      for (const source of [
        {},
        { document: DOCUMENT },
        { note: '   ' },
        { document: DOCUMENT, quote: QUOTE, note: 'both' },
        { document: 'municipality:froya', quote: 'Frøya' },
      ]) {
        const refused = await propose(editor, { person: PERSON, title: TITLE, organization: BODY }, source);
        expect(codes(refused.answer), JSON.stringify(source)).toEqual(['BAD_USER_INPUT']);
      }
      for (const input of [
        { person: MUNICIPALITY, title: TITLE },
        { person: PERSON, title: TITLE, organization: DOCUMENT },
        { person: PERSON, title: TITLE, onBehalfOf: PERSON },
        { person: PERSON, title: TITLE, start: '2024-02-30' },
        { person: PERSON, title: TITLE, start: '2024-05-01', end: '2024-04-01' },
        { person: PERSON, title: '   ' },
      ]) {
        const refused = await propose(editor, input, { document: DOCUMENT, quote: QUOTE });
        expect(codes(refused.answer), JSON.stringify(input)).toEqual(['BAD_USER_INPUT']);
      }
      expect(await editCount()).toBe(before);
    });

    let added: Edit;
    it('an editor proposes a role with a quote: stored as PROPOSED, invisible to every reading query', async () => {
      const { answer, edit } = await propose(
        editor,
        { person: PERSON, title: TITLE, organization: BODY, onBehalfOf: MUNICIPALITY },
        // Copied with the document's own line breaks and spacing: compared with white space folded.
        { document: DOCUMENT, quote: `  Utviklingsveileder helse\n har vært på  besøk i alle kommunene ` },
      );
      expect(answer.errors).toBeUndefined();
      added = edit as Edit;
      expect(added).toMatchObject({
        kind: 'ADD_ROLE',
        status: 'PROPOSED',
        source: { quote: QUOTE, document: { id: DOCUMENT } },
        note: null,
      });
      expect(added.entities.map((entity) => entity.id)).toEqual([PERSON, BODY, MUNICIPALITY]);
      expect(added.changes).toEqual(
        expect.arrayContaining([
          { target: expect.stringMatching(/^role:/), field: 'title', before: null, after: TITLE },
        ]),
      );
      expect((await rolesOf(PERSON)).map((role) => role.title)).not.toContain(TITLE);
      expect((await representatives()).map((role) => role.title)).not.toContain(TITLE);
      const list = await as({}, 'query ($p: ID!) { roles(filter: { person: $p }) { edges { node { title } } } }', {
        p: PERSON,
      });
      expect(JSON.stringify(list.data)).not.toContain(TITLE);
      const queue = await as(reviewer, '{ edits(status: PROPOSED) { totalCount edges { node { id summary } } } }');
      expect(queue.errors).toBeUndefined();
      expect(JSON.stringify(queue.data)).toContain(added.id);
      // Readers do not see proposals: not in history, not by id.
      const anonymous = await as({}, 'query ($id: ID!) { node(id: $id) { id } }', { id: added.id });
      expect(codes(anonymous)).toEqual(['NOT_FOUND']);
    });

    it('its author may not approve it (FORBIDDEN), nor may an editor; it stays proposed', async () => {
      expect(codes(await as(editor, APPROVE, { id: added.id }))).toEqual(['FORBIDDEN']);
      const still = await as(reviewer, 'query ($id: ID!) { node(id: $id) { ... on Edit { status } } }', {
        id: added.id,
      });
      expect(still.data?.node).toEqual({ status: 'PROPOSED' });
    });

    let roleId: string;
    it('a reviewer approves it: on the person and municipality pages with its source, and in their history', async () => {
      const approved = await as(reviewer, APPROVE, { id: added.id });
      expect(approved.errors).toBeUndefined();
      expect(approved.data?.approveEdit).toMatchObject({
        status: 'APPROVED',
        selfApproved: false,
        reviewer: { username: 'reviewer1' },
      });
      const role = (await rolesOf(PERSON)).find((r) => r.title === TITLE) as RoleView;
      expect(role).toBeDefined();
      roleId = role.id;
      expect(role.citations).toEqual([{ quote: QUOTE, document: { id: DOCUMENT } }]);
      expect(role.version).toBe(1);
      expect(role.history).toEqual([{ id: added.id, kind: 'ADD_ROLE', status: 'APPROVED' }]);
      const seat = (await representatives()).find((r) => r.title === TITLE);
      expect(seat?.person.id).toBe(PERSON);
      const body = await as(
        {},
        'query ($id: ID!) { node(id: $id) { ... on Organization { history { id } roles { id citations { quote } } } } }',
        { id: BODY },
      );
      const bodyPage = body.data?.node as { history: { id: string }[]; roles: { id: string; citations: unknown[] }[] };
      expect(bodyPage.history).toEqual([{ id: added.id }]);
      expect(bodyPage.roles.find((r) => r.id === roleId)?.citations).toEqual([{ quote: QUOTE }]);
      const seatHolders = await as(
        {},
        'query ($id: ID!) { node(id: $id) { ... on Role { post { holders { id } } } } }',
        {
          id: roleId,
        },
      );
      expect(JSON.stringify(seatHolders.data)).toContain(roleId);
      const quotes = await as({}, 'query ($id: ID!) { node(id: $id) { ... on Document { quotes { quote } } } }', {
        id: DOCUMENT,
      });
      expect(
        (((quotes.data ?? {}) as Record<string, unknown>).node as { quotes: { quote: string }[] }).quotes.map(
          (q) => q.quote,
        ),
      ).toContain(QUOTE);
      expect(codes(await as(reviewer, APPROVE, { id: added.id }))).toEqual(['CONFLICT']);
    });

    it('a stale change is a CONFLICT with the current state, and changes nothing', async () => {
      const END_ROLE =
        'mutation ($role: ID!, $end: Date!, $v: Int, $s: SourceInput!) { endRole(role: $role, end: $end, version: $v, source: $s) { id } }';
      const stale = await as(editor, END_ROLE, { role: roleId, end: '2022-12-31', v: 0, s: { note: 'Sluttet' } });
      expect(codes(stale)).toEqual(['CONFLICT']);
      expect(
        (((stale.errors ?? [])[0]?.extensions ?? {}) as { current: Record<string, { version: number }> }).current[
          roleId
        ]?.version,
      ).toBe(1);
      // Two proposals on version 1: the first approved raises it, the second's approval is then stale.
      const first = await as(editor, END_ROLE, {
        role: roleId,
        end: '2022-12-31',
        v: 1,
        s: { note: 'Sluttet ved årsskiftet' },
      });
      const second = await as(editor, END_ROLE, {
        role: roleId,
        end: '2022-11-30',
        v: 1,
        s: { note: 'Sluttet i november' },
      });
      expect(first.errors).toBeUndefined();
      expect(second.errors).toBeUndefined();
      const firstId = (((first.data ?? {}) as Record<string, unknown>).endRole as { id: string }).id;
      const secondId = (((second.data ?? {}) as Record<string, unknown>).endRole as { id: string }).id;
      expect((await as(reviewer, APPROVE, { id: firstId })).errors).toBeUndefined();
      const conflict = await as(reviewer, APPROVE, { id: secondId });
      expect(codes(conflict)).toEqual(['CONFLICT']);
      expect(
        (
          ((conflict.errors ?? [])[0]?.extensions ?? {}) as {
            current: Record<string, { end: string; version: number }>;
          }
        ).current[roleId],
      ).toMatchObject({ end: '2022-12-31', version: 2 });
      const role = (await rolesOf(PERSON)).find((r) => r.id === roleId) as RoleView;
      expect(role.version).toBe(2);
      expect(role.notes).toEqual([{ text: 'Sluttet ved årsskiftet', author: { username: 'editor1' } }]);
      // Undo the end again, so that the revert below undoes the role itself.
      const undoEnd = await as(editor, REVERT, { id: firstId, reason: 'Feil dato' });
      expect(
        (
          await as(reviewer, APPROVE, {
            id: (((undoEnd.data ?? {}) as Record<string, unknown>).revertEdit as { id: string }).id,
          })
        ).errors,
      ).toBeUndefined();
      const restored = (await rolesOf(PERSON)).find((r) => r.id === roleId) as RoleView;
      expect(restored.notes).toEqual([]);
    });

    it('reseeding keeps every approved change (and twice changes nothing)', async () => {
      const before = await as({}, PERSON_PAGE, { id: PERSON });
      const first = await loadPlan(server.store, plan);
      expect(first.unapplied).toEqual([]);
      const after = await as({}, PERSON_PAGE, { id: PERSON });
      expect(after.data).toEqual(before.data);
      await loadPlan(server.store, plan);
      expect((await as({}, PERSON_PAGE, { id: PERSON })).data).toEqual(before.data);
      expect(await editCount()).toBe(4);
    });

    it('a revert, proposed by an editor and approved by a reviewer, takes the role away; both edits stay in history', async () => {
      const proposed = await as(editor, REVERT, { id: added.id, reason: 'Feil person' });
      expect(proposed.errors).toBeUndefined();
      const revert = proposed.data?.revertEdit as { id: string; kind: string; status: string };
      expect(revert).toMatchObject({ kind: 'REVERT', status: 'PROPOSED' });
      expect((await rolesOf(PERSON)).map((role) => role.title)).toContain(TITLE);
      expect(codes(await as(editor, APPROVE, { id: revert.id }))).toEqual(['FORBIDDEN']);
      expect((await as(reviewer, APPROVE, { id: revert.id })).errors).toBeUndefined();
      expect((await rolesOf(PERSON)).map((role) => role.title)).not.toContain(TITLE);
      expect((await representatives()).map((role) => role.title)).not.toContain(TITLE);
      const page = await as({}, PERSON_PAGE, { id: PERSON });
      const history = (
        (page.data as Record<string, unknown>).node as {
          history: { id: string; kind: string; status: string; revertedBy: { id: string } | null }[];
        }
      ).history;
      expect(history.find((edit) => edit.id === added.id)).toMatchObject({
        status: 'REVERTED',
        revertedBy: { id: revert.id },
      });
      expect(history.find((edit) => edit.id === revert.id)).toMatchObject({ kind: 'REVERT', status: 'APPROVED' });
      // Reseeding does not bring a reverted change back.
      await loadPlan(server.store, plan);
      expect((await rolesOf(PERSON)).map((role) => role.title)).not.toContain(TITLE);
    });

    it('addRole for a person already in that post adds a source to the one role; a reseed reports what changed', async () => {
      const seeded = plan.roles.find(
        (role) => role.end === null && !role.duty && role.heldInId !== null && role.personId !== PERSON,
      ) as (typeof plan.roles)[number];
      const post = plan.posts.find((p) => p.id === seeded.postId) as (typeof plan.posts)[number];
      const { answer, edit } = await propose(
        editor,
        {
          person: seeded.personId,
          title: post.title,
          organization: post.organizationId,
          onBehalfOf: post.onBehalfOfId,
        },
        { document: DOCUMENT, quote: QUOTE },
      );
      expect(answer.errors).toBeUndefined();
      expect((await as(reviewer, APPROVE, { id: edit?.id })).errors).toBeUndefined();
      const holding = (await rolesOf(seeded.personId)).filter((role) => role.id === seeded.id);
      expect(holding).toHaveLength(1);
      expect(holding[0]?.citations).toHaveLength(seeded.citationIds.length + 1);
      expect(holding[0]?.citations.at(-1)).toEqual({ quote: QUOTE, document: { id: DOCUMENT } });

      const END_ROLE =
        'mutation ($role: ID!, $s: SourceInput!) { endRole(role: $role, end: "2029-12-31", source: $s) { id } }';
      const ended = await as(editor, END_ROLE, { role: seeded.id, s: { note: 'Går av i 2029' } });
      expect(ended.errors).toBeUndefined();
      expect(
        (await as(reviewer, APPROVE, { id: ((ended.data as Record<string, unknown>).endRole as { id: string }).id }))
          .errors,
      ).toBeUndefined();
      // The seed files now state an end themselves: the edit still wins, and the seed reports the conflict.
      const restated = structuredClone(plan);
      const role = restated.roles.find((r) => r.id === seeded.id) as (typeof plan.roles)[number];
      role.end = '2028-06-30';
      const conflicted = await loadPlan(server.store, restated);
      expect(conflicted.conflicts).toEqual([expect.stringContaining(seeded.id)]);
      expect((await rolesOf(seeded.personId)).find((r) => r.id === seeded.id)).toBeDefined();
      // The seed files no longer have the person: both edits are reported and kept, not applied.
      const without = structuredClone(plan);
      without.entities = without.entities.filter((entity) => entity.id !== seeded.personId);
      without.roles = without.roles.filter((r) => r.personId !== seeded.personId);
      without.relations = without.relations.filter((r) => r.fromId !== seeded.personId && r.toId !== seeded.personId);
      const gone = await loadPlan(server.store, without);
      expect(gone.unapplied).toHaveLength(2);
      const back = await loadPlan(server.store, plan);
      expect(back.unapplied).toEqual([]);
      expect(back.conflicts).toEqual([]);
      const again = (await rolesOf(seeded.personId)).find((r) => r.id === seeded.id);
      expect(again?.citations.at(-1)).toEqual({ quote: QUOTE, document: { id: DOCUMENT } });
      expect(again?.history.map((h) => h.kind)).toEqual(['END_ROLE', 'ADD_ROLE']);
    });

    it('a reviewer rejects with a reason: REJECTED, never applied, and cannot be approved after', async () => {
      const proposed = await propose(
        editor,
        { person: PERSON, title: 'avvist rolle', organization: BODY },
        { note: 'Kanskje' },
      );
      const id = proposed.edit?.id;
      const REJECT =
        'mutation ($id: ID!, $r: String!) { rejectEdit(id: $id, reason: $r) { status reviewReason reviewer { username } } }';
      expect(codes(await as(reviewer, REJECT, { id, r: '  ' }))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await as(editor, REJECT, { id, r: 'Min egen' }))).toEqual(['FORBIDDEN']);
      const rejected = await as(reviewer, REJECT, { id, r: 'Ingen kilde' });
      expect(rejected.data?.rejectEdit).toEqual({
        status: 'REJECTED',
        reviewReason: 'Ingen kilde',
        reviewer: { username: 'reviewer1' },
      });
      expect(codes(await as(reviewer, APPROVE, { id }))).toEqual(['CONFLICT']);
      expect((await rolesOf(PERSON)).map((role) => role.title)).not.toContain('avvist rolle');
    });

    it('a new person from a staff note: found by search only once approved, with the note', async () => {
      const ADD_PERSON =
        'mutation ($s: SourceInput!) { addPerson(name: "Testa Edithaug", aliases: ["T. Edithaug"], source: $s) { id status entities { id name } note } }';
      const proposed = await as(editor, ADD_PERSON, { s: { note: 'Ny leder fra 2027, meldt på telefon' } });
      expect(proposed.errors).toBeUndefined();
      const edit = proposed.data?.addPerson as { id: string; entities: { id: string; name: string }[] };
      expect(edit.entities).toEqual([{ id: 'person:testa-edithaug', name: 'Testa Edithaug' }]);
      const search = () => as({}, '{ search(text: "edithaug") { entity { id } } }');
      expect((await search()).data?.search).toEqual([]);
      expect((await as(reviewer, APPROVE, { id: edit.id })).errors).toBeUndefined();
      expect((await search()).data?.search).toEqual([{ entity: { id: 'person:testa-edithaug' } }]);
      const person = await as(
        {},
        '{ node(id: "person:testa-edithaug") { ... on Person { name aliases citations { quote } notes { text author { username } } } } }',
      );
      expect(person.data?.node).toEqual({
        name: 'Testa Edithaug',
        aliases: ['T. Edithaug'],
        citations: [],
        notes: [{ text: 'Ny leder fra 2027, meldt på telefon', author: { username: 'editor1' } }],
      });
      // The same name again is the same person: refused, as the seed refuses it.
      const again = await as(editor, ADD_PERSON, { s: { note: 'igjen' } });
      expect(codes(again)).toEqual(['BAD_USER_INPUT']);
    });

    it('ALLOW_SELF_APPROVAL lets an admin approve their own change, recorded and logged; otherwise FORBIDDEN', async () => {
      const own = await propose(admin, { person: PERSON, title: 'selvgodkjent', organization: BODY }, { note: 'Selv' });
      expect(codes(await as(admin, APPROVE, { id: own.edit?.id }))).toEqual(['FORBIDDEN']);
      const app = await createApp({
        store: server.store,
        clientDir: null,
        maxQueryDepth: 12,
        logLevel: 'silent',
        auth: { allowSelfApproval: true },
      });
      try {
        const url = await app.listen(0, '127.0.0.1');
        const approved = await gql(url, APPROVE, { id: own.edit?.id }, admin);
        expect(approved.errors).toBeUndefined();
        expect(approved.data?.approveEdit).toMatchObject({ status: 'APPROVED', selfApproved: true });
        const ownByEditor = await propose(
          editor,
          { person: PERSON, title: 'selvgodkjent 2', organization: BODY },
          { note: 'Selv' },
        );
        expect(codes(await gql(url, APPROVE, { id: ownByEditor.edit?.id }, editor))).toEqual(['FORBIDDEN']);
      } finally {
        await app.stop();
      }
      const log = await as(admin, '{ accessLog(first: 50) { edges { node { action username detail } } } }');
      const entries = (
        (log.data as Record<string, unknown>).accessLog as {
          edges: { node: { action: string; username: string; detail: string } }[];
        }
      ).edges;
      expect(entries.map((edge) => edge.node)).toEqual(
        expect.arrayContaining([expect.objectContaining({ action: 'EDIT_SELF_APPROVED', username: 'admin' })]),
      );
    });

    it('every edit mutation needs a sign-in', async () => {
      const anonymous = await propose({}, { person: PERSON, title: TITLE }, { note: 'x' });
      expect(codes(anonymous.answer)).toEqual(['UNAUTHENTICATED']);
      expect(foldWhitespace(documentText)).toContain(QUOTE);
    });
  });
}
