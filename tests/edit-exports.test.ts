import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/src/app.js';
import { type Credentials, gql, signIn } from './support/auth.js';
import { engines } from './support/engines.js';
import { startServer, type TestServer } from './support/server.js';

// The history of edits as a download (/export/edits.json) and the provenance in the graph export: which approved
// edit wrote which fact, on a document's quote or on a staff note, marked as such. Over HTTP on each engine.

const PASSWORD = 'correct horse battery';
const QUOTE = 'Utviklingsveileder helse har vært på besøk i alle kommunene';

interface ExportedEdit {
  id: string;
  kind: string;
  status: string;
  author: { username: string } | null;
  reviewer: { username: string } | null;
  source:
    | { type: 'DOCUMENT'; documentId: string; quote: string; citationId: string }
    | { type: 'STAFF_NOTE'; text: string; author: string; label: string }
    | null;
}

for (const engine of engines()) {
  describe(`Edit history and provenance downloads on ${engine.name}`, () => {
    let server: TestServer;
    let editor: Credentials;
    const ids = { person: '', roleEdit: '', personEdit: '', proposed: '', rejected: '' };
    const download = async (path: string, who: Credentials = {}) => {
      const response = await fetch(`${server.url}${path}`, { headers: who.cookie ? { cookie: who.cookie } : {} });
      expect(response.status).toBe(200);
      return (await response.json()) as Record<string, unknown>;
    };

    beforeAll(async () => {
      server = await startServer(engine);
      const app = await createApp({ store: server.store, clientDir: null, maxQueryDepth: 12, logLevel: 'silent' });
      try {
        await app.auth.bootstrapAdmin('admin password for exports');
      } finally {
        await app.stop();
      }
      const sign = async (username: string, password: string) => ({
        cookie: (await signIn(server.url, username, password)).cookie as string,
      });
      const admin = await sign('admin', 'admin password for exports');
      for (const [u, r] of [
        ['editor1', 'EDITOR'],
        ['reviewer1', 'REVIEWER'],
      ]) {
        const made = await gql(
          server.url,
          'mutation ($u: String!, $r: UserRole!, $p: String!) { createUser(username: $u, role: $r, password: $p) { id } }',
          { u, r, p: PASSWORD },
          admin,
        );
        expect(made.errors).toBeUndefined();
      }
      editor = await sign('editor1', PASSWORD);
      const reviewer = await sign('reviewer1', PASSWORD);
      const as = async (who: Credentials, query: string, variables: Record<string, unknown>) => {
        const answer = await gql(server.url, query, variables, who);
        expect(answer.errors).toBeUndefined();
        return Object.values(answer.data ?? {})[0] as { id: string; entities: { id: string }[] };
      };
      const ADD_ROLE =
        'mutation ($input: RoleInput!, $source: SourceInput!) { addRole(input: $input, source: $source) { id entities { id } } }';
      const role = await as(editor, ADD_ROLE, {
        input: { person: 'person:albert-verhagen', title: 'observatør', organization: 'org:ts-naeringsradet' },
        source: { document: 'doc:arsrapport-2022', quote: QUOTE },
      });
      const person = await as(
        editor,
        'mutation ($s: SourceInput!) { addPerson(name: "Testa Eksporthaug", source: $s) { id entities { id } } }',
        { s: { note: 'Ringte sekretariatet 1. desember' } },
      );
      const APPROVE = 'mutation ($id: ID!) { approveEdit(id: $id) { id } }';
      await as(reviewer, APPROVE, { id: role.id });
      await as(reviewer, APPROVE, { id: person.id });
      const proposed = await as(editor, ADD_ROLE, {
        input: { person: 'person:albert-verhagen', title: 'gjest', organization: 'org:ts-naeringsradet' },
        source: { note: 'Foreslått, ikke godkjent' },
      });
      const rejected = await as(editor, ADD_ROLE, {
        input: { person: 'person:albert-verhagen', title: 'avvist gjest', organization: 'org:ts-naeringsradet' },
        source: { note: 'Avvises' },
      });
      await as(reviewer, 'mutation ($id: ID!) { rejectEdit(id: $id, reason: "Feil") { id } }', { id: rejected.id });
      Object.assign(ids, {
        person: person.entities[0]?.id,
        roleEdit: role.id,
        personEdit: person.id,
        proposed: proposed.id,
        rejected: rejected.id,
      });
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('the history of edits: approved ones with their source for readers, every edit for editors', async () => {
      const published = await download('/export/edits.json');
      expect(published).toMatchObject({ format: 'regiongraf-edits', scope: 'PUBLISHED' });
      const edits = published.edits as ExportedEdit[];
      expect(edits.map((edit) => edit.id)).toEqual([ids.roleEdit, ids.personEdit]);
      expect(edits[0]).toMatchObject({
        kind: 'ADD_ROLE',
        status: 'APPROVED',
        author: { username: 'editor1' },
        reviewer: { username: 'reviewer1' },
        source: { type: 'DOCUMENT', documentId: 'doc:arsrapport-2022', quote: QUOTE },
      });
      expect(edits[1]?.source).toEqual({
        type: 'STAFF_NOTE',
        text: 'Ringte sekretariatet 1. desember',
        author: 'editor1',
        label: 'registrert av sekretariatet',
      });
      const all = await download('/export/edits.json', editor);
      expect(all.scope).toBe('ALL');
      expect((all.edits as ExportedEdit[]).map((edit) => [edit.id, edit.status])).toEqual([
        [ids.roleEdit, 'APPROVED'],
        [ids.personEdit, 'APPROVED'],
        [ids.proposed, 'PROPOSED'],
        [ids.rejected, 'REJECTED'],
      ]);
    });

    it('the graph export says which facts came from which approved edit, and which rest on a staff note', async () => {
      const graph = (await download('/export/graph.json')) as {
        entities: { id: string; editIds?: string[]; noteEditIds?: string[] }[];
        roles: { id: string; title: string; editIds: string[]; citationIds: string[] }[];
        citations: { id: string; editId?: string; quote: string }[];
        edits: ExportedEdit[];
      };
      const written = graph.roles.filter((r) => r.editIds.length > 0);
      expect(written).toHaveLength(1);
      const [role] = written;
      expect(role).toMatchObject({
        title: 'observatør',
        personId: 'person:albert-verhagen',
        heldInId: 'org:ts-naeringsradet',
        editIds: [ids.roleEdit],
      });
      const citation = graph.citations.find((c) => role?.citationIds.includes(c.id) && c.editId);
      expect(citation).toMatchObject({ editId: ids.roleEdit, quote: QUOTE });
      const person = graph.entities.find((e) => e.id === ids.person);
      expect(person).toMatchObject({ editIds: [ids.personEdit], noteEditIds: [ids.personEdit] });
      expect(graph.edits.map((edit) => [edit.id, edit.source?.type])).toEqual([
        [ids.roleEdit, 'DOCUMENT'],
        [ids.personEdit, 'STAFF_NOTE'],
      ]);
      // A seeded fact names no edit.
      expect(graph.entities.find((e) => e.id === 'municipality:froya')?.editIds ?? []).toEqual([]);
    });
  });
}
