import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupData } from '../server/src/data/backup.js';
import type { Backup } from '../server/src/domain/backup.js';
import { type Credentials, gql } from './support/auth.js';
import { engines } from './support/engines.js';
import { startServer, type TestServer } from './support/server.js';
import { staffOf } from './support/staff.js';

// Merging two entities and judging two not the same, over HTTP on each engine (docs/edits.md, "Merging"): every
// fact and spelling of the merged person moves to the kept one, search finds both spellings, the merged id leads
// to the kept entity, and a reviewed revert gives back both exactly as they were.

const KEEP = 'person:ingjerd-astad';
// Both sit in Hitra's seat on the political council (representant): the two roles of that post become one.
const REMOVE = 'person:sigrid-helen-hansen';

const PERSON = `
query ($id: ID!) {
  node(id: $id) {
    id
    ... on Person {
      name aliases citations { id }
      roles { id title citations { quote } heldIn { id } onBehalfOf { id } }
      relations { id type from { id } to { id } }
    }
  }
}`;
const MERGE = `
mutation ($keep: ID!, $remove: ID!, $reason: String!) {
  mergeEntities(keep: $keep, remove: $remove, reason: $reason) { id kind status entities { id } changes { field after } }
}`;
const APPROVE = 'mutation ($id: ID!) { approveEdit(id: $id) { id status } }';
const REVERT = 'mutation ($id: ID!, $reason: String!) { revertEdit(id: $id, reason: $reason) { id kind status } }';
const SEARCH = 'query ($text: String!) { search(text: $text, kinds: [PERSON]) { entity { id } } }';
const CANDIDATES = '{ mergeCandidates(kinds: [PERSON], first: 200) { a { id name } b { id name } reason } }';

interface PersonView {
  id: string;
  name: string;
  aliases: string[];
  citations: { id: string }[];
  roles: { id: string; title: string; citations: { quote: string }[]; heldIn: { id: string } | null }[];
  relations: { id: string; type: string; from: { id: string }; to: { id: string } }[];
}

/** The facts of a graph as a set of lines: edits, sign-ins and the bookkeeping of versions left out. */
function facts(backup: Backup): string[] {
  const skipped = new Set(['Edit', 'Session', 'AccessLogEntry', 'Redirect', 'Judgement']);
  const shown = (index: number) => {
    const node = backup.nodes[index];
    const { version: _v, editIds: _e, ...properties } = node?.properties ?? {};
    return JSON.stringify({ labels: node?.labels, properties });
  };
  const keyOf = (index: number) => String(backup.nodes[index]?.properties.id ?? shown(index));
  return [
    ...backup.nodes.flatMap((node, index) => (node.labels.some((l) => skipped.has(l)) ? [] : [shown(index)])),
    ...backup.relationships.map((r) => `${keyOf(r.from)} -${r.type}${JSON.stringify(r.properties)}-> ${keyOf(r.to)}`),
  ].sort();
}

for (const engine of engines()) {
  describe(`Merging entities on ${engine.name}`, () => {
    let server: TestServer;
    let editor: Credentials;
    let reviewer: Credentials;
    const as = (who: Credentials, query: string, variables: Record<string, unknown> = {}) =>
      gql(server.url, query, variables, who);
    const codes = (answer: { errors?: { extensions?: { code?: string } }[] }) =>
      (answer.errors ?? []).map((error) => error.extensions?.code);
    const person = async (id: string): Promise<PersonView> => {
      const answer = await as({}, PERSON, { id });
      expect(answer.errors).toBeUndefined();
      return (answer.data as { node: PersonView }).node;
    };
    const found = async (text: string) => {
      const answer = await as({}, SEARCH, { text });
      expect(answer.errors).toBeUndefined();
      return (answer.data as { search: { entity: { id: string } }[] }).search.map((hit) => hit.entity.id);
    };
    const approved = async (edit: { id: string }) => {
      const answer = await as(reviewer, APPROVE, { id: edit.id });
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual({ approveEdit: { id: edit.id, status: 'APPROVED' } });
    };
    const candidates = async () => {
      const answer = await as(editor, CANDIDATES);
      expect(answer.errors).toBeUndefined();
      return (answer.data as { mergeCandidates: { a: { id: string }; b: { id: string }; reason: string }[] })
        .mergeCandidates;
    };

    beforeAll(async () => {
      server = await startServer(engine);
      ({ editor1: editor, reviewer1: reviewer } = await staffOf(server, 'admin password for merges', {
        editor1: 'EDITOR',
        reviewer1: 'REVIEWER',
      }));
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('refuses a self-merge, two kinds, and a merge without a reason, as BAD_USER_INPUT', async () => {
      const reason = 'the same person';
      for (const variables of [
        { keep: KEEP, remove: KEEP, reason },
        { keep: KEEP, remove: 'municipality:hitra', reason },
        { keep: KEEP, remove: REMOVE, reason: '  ' },
        { keep: 'doc:arsrapport-2022', remove: 'doc:kdu-referat-2021-11-05', reason },
      ]) {
        expect(codes(await as(editor, MERGE, variables)), JSON.stringify(variables)).toEqual(['BAD_USER_INPUT']);
      }
      expect(codes(await as({}, MERGE, { keep: KEEP, remove: REMOVE, reason }))).toEqual(['UNAUTHENTICATED']);
    });

    it('merging two persons keeps every fact and spelling, finds both, redirects, and a revert restores both', async () => {
      const before = { keep: await person(KEEP), remove: await person(REMOVE) };
      const graphBefore = facts(await backupData(server.store).read());
      expect(before.remove.roles.length).toBeGreaterThan(0);
      expect(await found('Sigrid Helen Hansen')).toEqual([REMOVE]);

      const proposed = await as(editor, MERGE, { keep: KEEP, remove: REMOVE, reason: 'Samme person (test)' });
      expect(proposed.errors).toBeUndefined();
      const merge = (proposed.data as { mergeEntities: { id: string; status: string; entities: { id: string }[] } })
        .mergeEntities;
      expect(merge.status).toBe('PROPOSED');
      expect(merge.entities.map((e) => e.id)).toEqual([KEEP, REMOVE]);
      // Proposed: nothing has changed yet; the author may not approve it.
      expect((await person(REMOVE)).id).toBe(REMOVE);
      expect(codes(await as(editor, APPROVE, { id: merge.id }))).toEqual(['FORBIDDEN']);
      await approved(merge);

      const after = await person(REMOVE);
      expect(after.id).toBe(KEEP);
      expect(after.name).toBe(before.keep.name);
      expect(after.aliases).toEqual(
        expect.arrayContaining([...before.keep.aliases, before.remove.name, ...before.remove.aliases]),
      );
      expect(await found('Sigrid Helen Hansen')).toEqual([KEEP]);
      expect(await found(before.keep.name)).toContain(KEEP);
      // Every quote of every role, every relationship and every citation of both is on the kept person.
      const quotes = (view: PersonView) => new Set(view.roles.flatMap((r) => r.citations.map((c) => c.quote)));
      for (const quote of [...quotes(before.keep), ...quotes(before.remove)]) expect(quotes(after)).toContain(quote);
      const relationIds = after.relations.map((r) => r.id);
      for (const relation of [...before.keep.relations, ...before.remove.relations]) {
        expect(relationIds).toContain(relation.id);
      }
      for (const relation of after.relations) expect([relation.from.id, relation.to.id]).toContain(KEEP);
      const citations = after.citations.map((c) => c.id);
      for (const c of [...before.keep.citations, ...before.remove.citations]) expect(citations).toContain(c.id);
      // The two representant seats for Hitra became one role.
      const seats = (view: PersonView) => view.roles.map((r) => `${r.title} ${r.heldIn?.id}`);
      expect(after.roles.length).toBeLessThan(before.keep.roles.length + before.remove.roles.length);
      expect(new Set(seats(after))).toEqual(new Set([...seats(before.keep), ...seats(before.remove)]));

      const revert = await as(editor, REVERT, { id: merge.id, reason: 'Likevel ikke samme person' });
      expect(revert.errors).toBeUndefined();
      await approved((revert.data as { revertEdit: { id: string } }).revertEdit);
      expect(await person(KEEP)).toEqual(before.keep);
      expect(await person(REMOVE)).toEqual(before.remove);
      expect(await found('Sigrid Helen Hansen')).toEqual([REMOVE]);
      expect(facts(await backupData(server.store).read())).toEqual(graphBefore);
    });

    it('a new person written with initials is a merge candidate until judged not the same', async () => {
      const added = await as(
        editor,
        'mutation ($s: SourceInput!) { addPerson(name: "K. Strømskag", source: $s) { id entities { id } } }',
        { s: { note: 'Registrert av sekretariatet (test)' } },
      );
      expect(added.errors).toBeUndefined();
      const edit = (added.data as { addPerson: { id: string; entities: { id: string }[] } }).addPerson;
      const newId = edit.entities[0]?.id as string;
      expect((await candidates()).map((p) => [p.a.id, p.b.id])).not.toContainEqual(
        [newId, 'person:kristin-stromskag'].sort(),
      );
      await approved(edit);
      const listed = await candidates();
      const pair = listed.find((p) => [p.a.id, p.b.id].includes(newId));
      expect(pair).toEqual({
        ...([newId, 'person:kristin-stromskag'].sort()[0] === newId
          ? {
              a: { id: newId, name: 'K. Strømskag' },
              b: { id: 'person:kristin-stromskag', name: 'Kristin F. Strømskag' },
            }
          : {
              a: { id: 'person:kristin-stromskag', name: 'Kristin F. Strømskag' },
              b: { id: newId, name: 'K. Strømskag' },
            }),
        reason: 'INITIALS',
      });
      if (!pair) return;
      const judged = await as(
        editor,
        'mutation ($a: ID!, $b: ID!, $reason: String!) { markNotSame(a: $a, b: $b, reason: $reason) { id kind status } }',
        { a: pair.a.id, b: pair.b.id, reason: 'To ulike personer' },
      );
      expect(judged.errors).toBeUndefined();
      // Still listed until the judgement is approved.
      expect(await candidates()).toContainEqual(pair);
      await approved((judged.data as { markNotSame: { id: string } }).markNotSame);
      const now = await candidates();
      expect(now).not.toContainEqual(pair);
      expect(now).toHaveLength(listed.length - 1);
    });
  });
}
