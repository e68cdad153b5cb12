import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, gql } from '../support/auth.js';
import { engines } from '../support/engines.js';
import { startServer, type TestServer } from '../support/server.js';
import { staffOf } from '../support/staff.js';

// The question parser's vocabulary (every name and title) is read from the graph once and kept across requests
// (data/shared.ts), so a question costs only the statements of its answer; an approved edit that adds a name makes
// the next question read it again, so a new body is understood as soon as readers can see it.

const ASK = 'query ($question: String!) { ask(question: $question) { understood shape entities { id } } }';
const ADD_ENTITY =
  'mutation ($input: EntityInput!, $source: SourceInput!) { addEntity(input: $input, source: $source) { id } }';
const APPROVE = 'mutation ($id: ID!) { approveEdit(id: $id) { id status } }';
const NEW_BODY = 'Kystnettverket for helse og oppvekst';

for (const engine of engines()) {
  describe(`The question vocabulary kept across requests on ${engine.name}`, () => {
    let server: TestServer;
    let editor: Credentials;
    let reviewer: Credentials;
    beforeAll(async () => {
      server = await startServer(engine);
      ({ editor, reviewer } = await staffOf(server, 'admin password for ask', {
        editor: 'EDITOR',
        reviewer: 'REVIEWER',
      }));
    }, 120_000);
    afterAll(async () => {
      await server?.stop();
    });

    const ask = async (question: string) => {
      const answer = await gql(server.url, ASK, { question });
      expect(answer.errors).toBeUndefined();
      return (answer.data as { ask: { understood: boolean; shape: string | null; entities: { id: string }[] } }).ask;
    };
    /** The names of the statements one question sends. */
    const statementsOf = async (question: string) => {
      const names: string[] = [];
      const stop = server.store.onStatement((statement) => {
        names.push(statement.name);
      });
      try {
        await ask(question);
      } finally {
        stop();
      }
      return names;
    };
    // The vocabulary: every entity's names, and every seat title (server/src/ask/answer.ts, gazetteerOf).
    const VOCABULARY = ['entitiesPage', 'rolesPage_TITLE'];
    const readsVocabulary = (names: string[]) => VOCABULARY.every((name) => names.includes(name));

    it('reads the vocabulary once: later questions send only what their answers need', async () => {
      await ask('Hvem er ordfører i Frøya?');
      const again = await statementsOf('Hvem er ordfører i Hitra?');
      expect(readsVocabulary(again)).toBe(false);
      expect(again.length).toBeGreaterThan(0);
      expect((await ask('Hvem er ordfører i Hitra?')).entities.map((entity) => entity.id)).toEqual([
        'person:ole-haugen',
      ]);
    });

    it('understands a name an approved edit added, from the next question on', async () => {
      const question = `Hva er ${NEW_BODY} medlem av?`;
      expect((await ask(question)).understood).toBe(false);
      const proposed = await gql(
        server.url,
        ADD_ENTITY,
        {
          input: { kind: 'ORGANIZATION', name: NEW_BODY, type: 'nettverk' },
          source: { note: 'Meldt inn av sekretariatet på telefon.' },
        },
        editor,
      );
      expect(proposed.errors).toBeUndefined();
      const id = (proposed.data as { addEntity: { id: string } }).addEntity.id;
      // Proposed, not yet approved: readers do not see it, nor does the parser.
      expect((await ask(question)).understood).toBe(false);
      const approved = await gql(server.url, APPROVE, { id }, reviewer);
      expect(approved.errors).toBeUndefined();
      const first = await statementsOf(question);
      expect(readsVocabulary(first)).toBe(true);
      expect(await ask(question)).toMatchObject({ understood: true, shape: 'MEMBER_OF' });
      // Read again once after the write; then kept again.
      expect(readsVocabulary(await statementsOf(question))).toBe(false);
    });
  });
}
