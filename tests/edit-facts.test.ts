import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../seed/load.js';
import { BACKUP_VOCABULARY, backupData } from '../server/src/data/backup.js';
import { parseBackup, serialiseBackup } from '../server/src/domain/backup.js';
import { foldWhitespace } from '../server/src/domain/names.js';
import { type Credentials, gql } from './support/auth.js';
import { engines } from './support/engines.js';
import { SEED_DIR, seedPlan, startServer, type TestServer } from './support/server.js';
import { staffOf } from './support/staff.js';

// Role corrections, relations, observations and retractions over the real HTTP endpoint, once per engine
// (docs/edits.md, "Roles, relations, observations and retractions"): each is proposed with its source, invisible
// until a second person approves it, then shown where a user looks (a person's roles, a municipality's
// representatives, a body's members, a project's participants) with its source; a revert gives back exactly what
// was there; bad input stores nothing; a stale change is a CONFLICT; a reseed and a backup keep every change.

const DOCUMENT = 'doc:arsrapport-2022';
const FROYA = 'municipality:froya';
const HITRA = 'municipality:hitra';
const COUNCIL = 'org:ipr-trondelag-sorvest';
const NEW_PROJECT = 'project:langbord-for-eldre';
const KI4 = 'project:helseplattformen-ki-4';
const PLATFORM = 'project:helseplattformen-trondelag-sorvest';

const plan = seedPlan();
const documentFile = plan.documents.find((document) => document.id === DOCUMENT)?.file as string;
const documentText = readFileSync(join(SEED_DIR, 'sources', documentFile), 'utf8');
const QUOTE = 'Utviklingsveileder helse har vært på besøk i alle kommunene';
const relationOf = (type: string, from: string, to: string) => {
  const found = plan.relations.find((r) => r.type === type && r.fromId === from && r.toId === to);
  if (!found) throw new Error(`The seed files no longer have ${type} ${from} → ${to}`);
  return found;
};
const MEMBERSHIP = relationOf('MEMBER_OF', FROYA, COUNCIL);
const KI4_PARTICIPATION = relationOf('PARTICIPATES_IN', FROYA, KI4);
const PLATFORM_PARTICIPATION = relationOf('PARTICIPATES_IN', FROYA, PLATFORM);
const GRANT_LINK = plan.relations.find((r) => r.type === 'ALLOCATED_FROM') as (typeof plan.relations)[number];
const froyaSeats = plan.roles.filter(
  (role) => role.onBehalfOfId === FROYA && role.heldInId === COUNCIL && !role.duty && role.end === null,
);
const [CORRECTED, RETRACTED, OBSERVED] = froyaSeats as [
  (typeof plan.roles)[number],
  (typeof plan.roles)[number],
  (typeof plan.roles)[number],
];

const EDIT_FIELDS =
  'id kind status summary entities { id } source { quote } note changes { target field before after }';
const APPROVE = 'mutation ($id: ID!) { approveEdit(id: $id) { id status } }';
const REVERT = 'mutation ($id: ID!, $reason: String!) { revertEdit(id: $id, reason: $reason) { id } }';
const RELATION_FIELDS =
  'id type from { id } to { id } as start end validFrom validTo version citations { quote document { id } } notes { text } history { id kind status }';
const ROLE_FIELDS =
  'id title start end validFrom validTo version person { id } onBehalfOf { id } citations { quote } notes { text } history { id kind status }';
const NODE = `query ($id: ID!) { node(id: $id) { id ... on Relation { ${RELATION_FIELDS} } ... on Role { ${ROLE_FIELDS} } } }`;
const MUNICIPALITY_PAGE = `
query ($id: ID!) {
  node(id: $id) {
    ... on Municipality {
      version citations { quote } notes { text } history { id kind status }
      representatives { ${ROLE_FIELDS} }
      memberOf { id }
      relations { ${RELATION_FIELDS} }
    }
  }
}`;
const PROJECT_PAGE =
  'query ($id: ID!, $asOf: Date) { node(id: $id) { ... on Project { participants(asOf: $asOf) { id } } } }';
const BODY_PAGE = 'query ($id: ID!) { node(id: $id) { ... on Organization { members { id } history { id kind } } } }';

type Answer = { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
type Edit = {
  id: string;
  kind: string;
  status: string;
  summary: string;
  entities: { id: string }[];
  source: { quote: string } | null;
  note: string | null;
  changes: { target: string; field: string; before: string | null; after: string | null }[];
};
type RelationView = {
  id: string;
  as: string | null;
  start: string | null;
  end: string | null;
  validFrom: string | null;
  validTo: string | null;
  version: number;
  citations: { quote: string; document: { id: string } }[];
  notes: { text: string }[];
  history: { id: string; kind: string; status: string }[];
};
type RoleView = {
  id: string;
  title: string;
  person: { id: string };
  start: string | null;
  version: number;
  onBehalfOf: { id: string } | null;
  citations: { quote: string }[];
  notes: { text: string }[];
  history: { id: string; kind: string; status: string }[];
};
type MunicipalityView = {
  version: number;
  citations: { quote: string }[];
  notes: { text: string }[];
  history: { id: string; kind: string }[];
  representatives: RoleView[];
  memberOf: { id: string }[];
  relations: RelationView[];
};

/** A fact as a reader sees it, without what every change raises (its version) and lists (its history). */
const asItWas = <T extends { version: number; history: unknown }>(fact: T) => {
  const { version: _version, history: _history, ...rest } = fact;
  return rest;
};

for (const engine of engines()) {
  describe(`Fact edits on ${engine.name}`, () => {
    let server: TestServer;
    let admin: Credentials;
    let editor: Credentials;
    let reviewer: Credentials;
    const codes = (answer: Answer) => (answer.errors ?? []).map((error) => error.extensions?.code);
    const as = (who: Credentials, query: string, variables: Record<string, unknown> = {}) =>
      gql(server.url, query, variables, who) as Promise<Answer>;
    const node = async <T>(id: string): Promise<T | null> => {
      const answer = await as({}, NODE, { id });
      if (codes(answer).includes('NOT_FOUND')) return null;
      expect(answer.errors).toBeUndefined();
      return (answer.data?.node ?? null) as T | null;
    };
    const municipality = async (id: string): Promise<MunicipalityView> => {
      const answer = await as({}, MUNICIPALITY_PAGE, { id });
      expect(answer.errors).toBeUndefined();
      return answer.data?.node as MunicipalityView;
    };
    const participants = async (project: string, asOf: string | null = null) => {
      const answer = await as({}, PROJECT_PAGE, { id: project, asOf });
      expect(answer.errors).toBeUndefined();
      return (
        ((answer.data ?? {}) as Record<string, unknown>).node as { participants: { id: string }[] }
      ).participants.map((p) => p.id);
    };
    const members = async (body: string) => {
      const answer = await as({}, BODY_PAGE, { id: body });
      expect(answer.errors).toBeUndefined();
      return answer.data?.node as { members: { id: string }[]; history: { id: string; kind: string }[] };
    };
    const editCount = async () => {
      const answer = await as(admin, '{ edits(first: 200) { totalCount } }');
      expect(answer.errors).toBeUndefined();
      return (((answer.data ?? {}) as Record<string, unknown>).edits as { totalCount: number }).totalCount;
    };
    /** Proposes with `mutation` (its one field returns the edit). */
    const propose = async (mutation: string, variables: Record<string, unknown>, who: Credentials = editor) => {
      const answer = await as(who, mutation, variables);
      const edit = Object.values(answer.data ?? {})[0] as Edit | undefined;
      return { answer, edit: edit as Edit };
    };
    /** Proposed by the editor, refused to the editor (FORBIDDEN), approved by the reviewer. */
    const reviewed = async (edit: Edit) => {
      expect(edit.status).toBe('PROPOSED');
      expect(codes(await as(editor, APPROVE, { id: edit.id }))).toEqual(['FORBIDDEN']);
      const approved = await as(reviewer, APPROVE, { id: edit.id });
      expect(approved.errors).toBeUndefined();
      expect(approved.data?.approveEdit).toEqual({ id: edit.id, status: 'APPROVED' });
    };
    const reverted = async (edit: Edit) => {
      const proposed = await as(editor, REVERT, { id: edit.id, reason: 'Feil i testen' });
      expect(proposed.errors).toBeUndefined();
      const revert = proposed.data?.revertEdit as { id: string };
      const approved = await as(reviewer, APPROVE, { id: revert.id });
      expect(approved.errors).toBeUndefined();
      return revert.id;
    };
    /** Every call refused with BAD_USER_INPUT, and no edit stored. */
    const refusedAll = async (calls: [string, Record<string, unknown>][]) => {
      const before = await editCount();
      for (const [mutation, variables] of calls) {
        const { answer } = await propose(mutation, variables);
        expect(codes(answer), JSON.stringify(variables)).toEqual(['BAD_USER_INPUT']);
      }
      expect(await editCount()).toBe(before);
    };

    const ADD_RELATION = `mutation ($input: RelationInput!, $source: SourceInput!) { addRelation(input: $input, source: $source) { ${EDIT_FIELDS} } }`;
    const END_RELATION = `mutation ($relation: ID!, $end: Date!, $source: SourceInput!, $version: Int) { endRelation(relation: $relation, end: $end, source: $source, version: $version) { ${EDIT_FIELDS} } }`;
    const CORRECT_RELATION = `mutation ($relation: ID!, $input: RelationCorrection!, $source: SourceInput!, $version: Int) { correctRelation(relation: $relation, input: $input, source: $source, version: $version) { ${EDIT_FIELDS} } }`;
    const CORRECT_ROLE = `mutation ($role: ID!, $input: RoleCorrection!, $source: SourceInput!, $version: Int) { correctRole(role: $role, input: $input, source: $source, version: $version) { ${EDIT_FIELDS} } }`;
    const ADD_OBSERVATION = `mutation ($fact: ID!, $source: SourceInput!) { addObservation(fact: $fact, source: $source) { ${EDIT_FIELDS} } }`;
    const RETRACT = `mutation ($fact: ID!, $reason: String!, $source: SourceInput!, $version: Int) { retractFact(fact: $fact, reason: $reason, source: $source, version: $version) { ${EDIT_FIELDS} } }`;
    const cited = { document: DOCUMENT, quote: QUOTE };

    beforeAll(async () => {
      server = await startServer(engine);
      ({
        admin,
        editor1: editor,
        reviewer1: reviewer,
      } = await staffOf(server, 'admin password for fact edits', {
        editor1: 'EDITOR',
        reviewer1: 'REVIEWER',
      }));
      expect(foldWhitespace(documentText)).toContain(QUOTE);
      expect(froyaSeats.length).toBeGreaterThanOrEqual(3);
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('refuses relations of the wrong kinds, unknown ids, periods out of order, a quote not in the document, a cycle in the grant tree', async () => {
      await refusedAll([
        // A person does not participate in a project (RELATION_ENDS): the argument named is the end.
        [
          ADD_RELATION,
          { input: { type: 'PARTICIPATES_IN', from: CORRECTED.personId, to: NEW_PROJECT }, source: cited },
        ],
        [ADD_RELATION, { input: { type: 'MEMBER_OF', from: FROYA, to: NEW_PROJECT }, source: cited }],
        [
          ADD_RELATION,
          { input: { type: 'PARTICIPATES_IN', from: 'municipality:atlantis', to: NEW_PROJECT }, source: cited },
        ],
        [ADD_RELATION, { input: { type: 'PART_OF', from: NEW_PROJECT, to: NEW_PROJECT }, source: cited }],
        [
          ADD_RELATION,
          {
            input: { type: 'PARTICIPATES_IN', from: FROYA, to: NEW_PROJECT, start: '2023-05-01', end: '2023-04-01' },
            source: cited,
          },
        ],
        [
          ADD_RELATION,
          {
            input: { type: 'PARTICIPATES_IN', from: FROYA, to: NEW_PROJECT },
            source: { document: DOCUMENT, quote: 'Frøya deltar i Langbord' },
          },
        ],
        // The larger grant made a part of its own part: a cycle.
        [
          ADD_RELATION,
          { input: { type: 'ALLOCATED_FROM', from: GRANT_LINK.toId, to: GRANT_LINK.fromId }, source: cited },
        ],
      ]);
      const { answer } = await propose(ADD_RELATION, {
        input: { type: 'PARTICIPATES_IN', from: CORRECTED.personId, to: NEW_PROJECT },
        source: cited,
      });
      expect((answer.errors?.[0]?.extensions as { argumentName?: string } | undefined)?.argumentName).toBe('from');
    });

    let added: Edit;
    let addedId: string;
    it('addRelation: proposed, invisible; approved, Frøya is among the project participants with its quote', async () => {
      expect(await participants(NEW_PROJECT)).not.toContain(FROYA);
      ({ edit: added } = await propose(ADD_RELATION, {
        input: { type: 'PARTICIPATES_IN', from: FROYA, to: NEW_PROJECT, as: 'deltar' },
        source: cited,
      }));
      expect(added).toMatchObject({ kind: 'ADD_RELATION', status: 'PROPOSED', source: { quote: QUOTE } });
      addedId = added.changes[0]?.target as string;
      expect(addedId).toMatch(/^rel:/);
      expect(added.entities.map((e) => e.id)).toEqual([FROYA, NEW_PROJECT]);
      expect(added.changes).toEqual(
        expect.arrayContaining([{ target: addedId, field: 'as', before: null, after: 'deltar' }]),
      );
      expect(await participants(NEW_PROJECT)).not.toContain(FROYA);
      expect(await node(addedId)).toBeNull();
      await reviewed(added);
      expect(await participants(NEW_PROJECT)).toContain(FROYA);
      const relation = (await node<RelationView>(addedId)) as RelationView;
      expect(relation).toMatchObject({
        as: 'deltar',
        version: 1,
        // No stated period: it holds for the year the annual report covers, as the seed has it.
        validFrom: '2022-01-01',
        validTo: '2022-12-31',
        citations: [{ quote: QUOTE, document: { id: DOCUMENT } }],
        history: [{ id: added.id, kind: 'ADD_RELATION', status: 'APPROVED' }],
      });
      expect((await municipality(FROYA)).history.map((h) => h.id)).toContain(added.id);
    });

    it('addRelation of a relation already in the graph adds a source to it, not a twin', async () => {
      const before = (await node<RelationView>(PLATFORM_PARTICIPATION.id)) as RelationView;
      const { answer, edit } = await propose(ADD_RELATION, {
        input: { type: 'PARTICIPATES_IN', from: FROYA, to: PLATFORM },
        source: { note: 'Bekreftet av kommunen' },
      });
      expect(answer.errors).toBeUndefined();
      expect(edit.changes).toEqual([
        { target: PLATFORM_PARTICIPATION.id, field: 'source', before: null, after: 'Bekreftet av kommunen' },
      ]);
      await reviewed(edit);
      const after = (await node<RelationView>(PLATFORM_PARTICIPATION.id)) as RelationView;
      expect(after.citations).toEqual(before.citations);
      expect(after.notes).toEqual([{ text: 'Bekreftet av kommunen' }]);
      expect(after.version).toBe(before.version + 1);
      const twins = (await municipality(FROYA)).relations.filter(
        (r) => r.id !== PLATFORM_PARTICIPATION.id && JSON.stringify(r).includes(PLATFORM),
      );
      expect(twins).toEqual([]);
    });

    let ended: Edit;
    it('endRelation: a stale version is a CONFLICT; the end, once approved, bounds when Frøya participates', async () => {
      expect(await participants(NEW_PROJECT, '2023-03-01')).not.toContain(FROYA);
      const stale = await propose(END_RELATION, {
        relation: addedId,
        end: '2023-06-30',
        source: { note: 'Sluttet' },
        version: 0,
      });
      expect(codes(stale.answer)).toEqual(['CONFLICT']);
      await refusedAll([
        [END_RELATION, { relation: 'rel:finnes-ikke', end: '2023-06-30', source: { note: 'x' } }],
        [END_RELATION, { relation: KI4_PARTICIPATION.id, end: '2023-02-30', source: { note: 'x' } }],
      ]);
      ({ edit: ended } = await propose(END_RELATION, {
        relation: addedId,
        end: '2023-06-30',
        source: { note: 'Frøya trakk seg etter første halvår' },
        version: 1,
      }));
      const edit = ended;
      expect(edit.changes[0]).toEqual({ target: addedId, field: 'end', before: null, after: '2023-06-30' });
      // Another proposal on the same version: stale once the first is approved.
      const rival = await propose(END_RELATION, {
        relation: addedId,
        end: '2023-05-31',
        source: { note: 'Sluttet i mai' },
        version: 1,
      });
      expect(rival.answer.errors).toBeUndefined();
      expect(await participants(NEW_PROJECT, '2023-03-01')).not.toContain(FROYA);
      await reviewed(edit);
      expect(codes(await as(reviewer, APPROVE, { id: rival.edit.id }))).toEqual(['CONFLICT']);
      expect(await participants(NEW_PROJECT, '2023-03-01')).toContain(FROYA);
      expect(await participants(NEW_PROJECT, '2023-07-01')).not.toContain(FROYA);
      expect(await node<RelationView>(addedId)).toMatchObject({
        end: '2023-06-30',
        validFrom: '2022-01-01',
        validTo: '2023-06-30',
        version: 2,
        notes: [{ text: 'Frøya trakk seg etter første halvår' }],
      });
    });

    let correctedRelation: Edit;
    let ki4Before: RelationView;
    it('correctRelation: the wording and period change once approved; the end may not come before the start', async () => {
      ki4Before = (await node<RelationView>(KI4_PARTICIPATION.id)) as RelationView;
      await refusedAll([
        [
          CORRECT_RELATION,
          { relation: KI4_PARTICIPATION.id, input: { start: '2022-03-01', end: '2022-02-01' }, source: cited },
        ],
        [CORRECT_RELATION, { relation: KI4_PARTICIPATION.id, input: {}, source: cited }],
        [CORRECT_RELATION, { relation: FROYA, input: { as: 'x' }, source: cited }],
      ]);
      ({ edit: correctedRelation } = await propose(CORRECT_RELATION, {
        relation: KI4_PARTICIPATION.id,
        input: { as: 'innføringsløp 4', start: '2022-03-01' },
        source: cited,
        version: ki4Before.version,
      }));
      expect(correctedRelation.changes).toEqual(
        expect.arrayContaining([
          { target: KI4_PARTICIPATION.id, field: 'as', before: ki4Before.as, after: 'innføringsløp 4' },
          { target: KI4_PARTICIPATION.id, field: 'start', before: null, after: '2022-03-01' },
        ]),
      );
      expect(await node(KI4_PARTICIPATION.id)).toEqual(ki4Before);
      await reviewed(correctedRelation);
      expect(await node<RelationView>(KI4_PARTICIPATION.id)).toMatchObject({
        as: 'innføringsløp 4',
        start: '2022-03-01',
        validFrom: '2022-03-01',
        // A stated start alone: open-ended, as the seed has it.
        validTo: null,
        citations: [...ki4Before.citations, { quote: QUOTE, document: { id: DOCUMENT } }],
      });
      expect(await participants(KI4, '2025-01-01')).toContain(FROYA);
    });

    let membershipBefore: RelationView;
    let retractedMembership: Edit;
    it('retractFact on a relation: Frøya is no longer a member of the council anywhere a reader looks', async () => {
      membershipBefore = (await node<RelationView>(MEMBERSHIP.id)) as RelationView;
      expect((await members(COUNCIL)).members.map((m) => m.id)).toContain(FROYA);
      await refusedAll([
        [RETRACT, { fact: FROYA, reason: 'Ikke en kommune', source: { note: 'x' } }],
        [RETRACT, { fact: 'rel:finnes-ikke', reason: 'Finnes ikke', source: { note: 'x' } }],
        [RETRACT, { fact: MEMBERSHIP.id, reason: '   ', source: { note: 'x' } }],
        [
          RETRACT,
          { fact: MEMBERSHIP.id, reason: 'Feil', source: { document: DOCUMENT, quote: 'Frøya er ikke medlem' } },
        ],
      ]);
      expect(
        codes(
          (await propose(RETRACT, { fact: MEMBERSHIP.id, reason: 'Feil', source: { note: 'x' }, version: 7 })).answer,
        ),
      ).toEqual(['CONFLICT']);
      ({ edit: retractedMembership } = await propose(RETRACT, {
        fact: MEMBERSHIP.id,
        reason: 'Frøya er ikke medlem av rådet, bare representert',
        source: { note: 'Avklart med sekretariatet' },
        version: membershipBefore.version,
      }));
      expect(retractedMembership.summary).toMatch(/^Trukket tilbake: relasjon /);
      expect((await members(COUNCIL)).members.map((m) => m.id)).toContain(FROYA);
      await reviewed(retractedMembership);
      expect((await members(COUNCIL)).members.map((m) => m.id)).not.toContain(FROYA);
      const froya = await municipality(FROYA);
      expect(froya.memberOf.map((m) => m.id)).not.toContain(COUNCIL);
      expect(froya.relations.map((r) => r.id)).not.toContain(MEMBERSHIP.id);
      expect(froya.history.map((h) => h.id)).toContain(retractedMembership.id);
      expect(await node(MEMBERSHIP.id)).toBeNull();
      const exported = (await (await fetch(`${server.url}/export/graph.json`)).json()) as {
        relations: { id: string }[];
      };
      expect(exported.relations.map((r) => r.id)).not.toContain(MEMBERSHIP.id);
      expect(exported.relations.map((r) => r.id)).toContain(KI4_PARTICIPATION.id);
    });

    let correctedRole: Edit;
    let roleBefore: RoleView;
    it('correctRole: a new title, start and on whose behalf move the seat from Frøya to Hitra once approved', async () => {
      roleBefore = (await node<RoleView>(CORRECTED.id)) as RoleView;
      await refusedAll([
        [CORRECT_ROLE, { role: CORRECTED.id, input: { onBehalfOf: CORRECTED.personId }, source: cited }],
        [CORRECT_ROLE, { role: CORRECTED.id, input: { start: '2023-01-01', end: '2022-01-01' }, source: cited }],
        [CORRECT_ROLE, { role: CORRECTED.id, input: { title: null }, source: cited }],
        [CORRECT_ROLE, { role: 'role:finnes-ikke', input: { title: 'leder' }, source: cited }],
        [CORRECT_ROLE, { role: CORRECTED.id, input: {}, source: cited }],
      ]);
      expect(
        codes(
          (await propose(CORRECT_ROLE, { role: CORRECTED.id, input: { title: 'x' }, source: cited, version: 5 }))
            .answer,
        ),
      ).toEqual(['CONFLICT']);
      ({ edit: correctedRole } = await propose(CORRECT_ROLE, {
        role: CORRECTED.id,
        input: { title: 'observatør', start: '2022-02-01', onBehalfOf: HITRA },
        source: cited,
        version: roleBefore.version,
      }));
      expect(correctedRole.changes).toEqual(
        expect.arrayContaining([
          { target: CORRECTED.id, field: 'title', before: CORRECTED.title, after: 'observatør' },
          { target: CORRECTED.id, field: 'onBehalfOf', before: FROYA, after: HITRA },
        ]),
      );
      expect((await municipality(HITRA)).representatives.map((r) => r.id)).not.toContain(CORRECTED.id);
      await reviewed(correctedRole);
      expect((await municipality(FROYA)).representatives.map((r) => r.id)).not.toContain(CORRECTED.id);
      const seat = (await municipality(HITRA)).representatives.find((r) => r.id === CORRECTED.id);
      expect(seat).toMatchObject({
        title: 'observatør',
        start: '2022-02-01',
        onBehalfOf: { id: HITRA },
        version: roleBefore.version + 1,
        history: [{ id: correctedRole.id, kind: 'CORRECT_ROLE', status: 'APPROVED' }],
      });
      expect(seat?.citations.map((c) => c.quote)).toContain(QUOTE);

      // addRole for the person in the post the role moved to adds to that role: still one role per person and post.
      const ADD_ROLE =
        'mutation ($input: RoleInput!, $source: SourceInput!) { addRole(input: $input, source: $source) { id kind status summary entities { id } source { quote } note changes { target field before after } } }';
      const again = await propose(ADD_ROLE, {
        input: { person: CORRECTED.personId, title: 'observatør', organization: COUNCIL, onBehalfOf: HITRA },
        source: { note: 'Bekreftet i møtet' },
      });
      expect(again.answer.errors).toBeUndefined();
      await reviewed(again.edit);
      const held = (await municipality(HITRA)).representatives.filter((r) => r.person.id === CORRECTED.personId);
      expect(held.map((r) => [r.id, r.notes])).toEqual([[CORRECTED.id, [{ text: 'Bekreftet i møtet' }]]]);
      await reverted(again.edit);
      expect((await node<RoleView>(CORRECTED.id))?.notes).toEqual([]);
    });

    let retractedRole: Edit;
    let retractedBefore: RoleView;
    it('retractFact on a role: off Frøya’s representatives and the person’s roles, the seat settled again', async () => {
      retractedBefore = (await node<RoleView>(RETRACTED.id)) as RoleView;
      ({ edit: retractedRole } = await propose(RETRACT, {
        fact: RETRACTED.id,
        reason: 'Var vararepresentant, ikke representant',
        source: cited,
      }));
      expect((await municipality(FROYA)).representatives.map((r) => r.id)).toContain(RETRACTED.id);
      await reviewed(retractedRole);
      expect((await municipality(FROYA)).representatives.map((r) => r.id)).not.toContain(RETRACTED.id);
      const person = await as(
        {},
        'query ($id: ID!) { node(id: $id) { ... on Person { roles { id } history { id } } } }',
        {
          id: RETRACTED.personId,
        },
      );
      const page = person.data?.node as { roles: { id: string }[]; history: { id: string }[] };
      expect(page.roles.map((r) => r.id)).not.toContain(RETRACTED.id);
      expect(page.history.map((h) => h.id)).toContain(retractedRole.id);
    });

    let observations: Edit[] = [];
    let hitraBefore: MunicipalityView;
    let roleSeen: RoleView;
    it('addObservation: a new source for an entity, a role and a relation, shown with the fact once approved', async () => {
      hitraBefore = await municipality(HITRA);
      roleSeen = (await node<RoleView>(OBSERVED.id)) as RoleView;
      await refusedAll([
        [ADD_OBSERVATION, { fact: 'person:finnes-ikke', source: cited }],
        [ADD_OBSERVATION, { fact: DOCUMENT, source: cited }],
        [ADD_OBSERVATION, { fact: OBSERVED.id, source: { document: DOCUMENT, quote: 'Ikke i rapporten' } }],
      ]);
      const entity = await propose(ADD_OBSERVATION, { fact: HITRA, source: { note: 'Kommunens nettside, sjekket' } });
      const role = await propose(ADD_OBSERVATION, { fact: OBSERVED.id, source: cited });
      const relation = await propose(ADD_OBSERVATION, { fact: KI4_PARTICIPATION.id, source: { note: 'Prosjektplan' } });
      observations = [entity.edit, role.edit, relation.edit];
      expect((await municipality(HITRA)).notes).toEqual(hitraBefore.notes);
      for (const edit of observations) await reviewed(edit);
      const hitra = await municipality(HITRA);
      expect(hitra.notes).toEqual([...hitraBefore.notes, { text: 'Kommunens nettside, sjekket' }]);
      expect(hitra.version).toBe(hitraBefore.version + 1);
      const seen = (await node<RoleView>(OBSERVED.id)) as RoleView;
      expect(seen.citations).toEqual([...roleSeen.citations, { quote: QUOTE }]);
      expect(seen.history.map((h) => h.kind)).toEqual(['ADD_OBSERVATION']);
      expect((await node<RelationView>(KI4_PARTICIPATION.id))?.notes).toEqual([{ text: 'Prosjektplan' }]);
    });

    let pagesBefore: unknown;
    // In an order of their own: a restore need not give back the order the engine stored things in.
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    const sorted = (page: MunicipalityView) => ({
      ...page,
      representatives: byId(page.representatives),
      memberOf: byId(page.memberOf),
      relations: byId(page.relations),
    });
    const pages = async () => ({
      froya: sorted(await municipality(FROYA)),
      hitra: sorted(await municipality(HITRA)),
      council: byId((await members(COUNCIL)).members),
      project: await participants(NEW_PROJECT, '2023-03-01'),
      ki4: await node(KI4_PARTICIPATION.id),
    });
    it('a reseed keeps every change: the retracted relation and role stay out, the corrected role stays corrected', {
      timeout: 240_000,
    }, async () => {
      pagesBefore = await pages();
      const report = await loadPlan(server.store, plan);
      expect(report.unapplied).toEqual([]);
      expect(report.conflicts).toEqual([]);
      expect(await pages()).toEqual(pagesBefore);
      expect((await members(COUNCIL)).members.map((m) => m.id)).not.toContain(FROYA);
      expect((await municipality(HITRA)).representatives.find((r) => r.id === CORRECTED.id)?.title).toBe('observatør');
    });

    it('a backup restored gives back the same graph with every change', { timeout: 240_000 }, async () => {
      const text = serialiseBackup(await backupData(server.store).read());
      await backupData(server.store).restore(parseBackup(text, BACKUP_VOCABULARY));
      expect(serialiseBackup(await backupData(server.store).read())).toBe(text);
      expect(await pages()).toEqual(pagesBefore);
    });

    it('reverting each change gives back exactly what was there before it', { timeout: 240_000 }, async () => {
      // Newest first, as the later changes rest on the earlier ones.
      for (const edit of [...observations].reverse()) await reverted(edit);
      expect((await municipality(HITRA)).notes).toEqual(hitraBefore.notes);
      expect(asItWas((await node<RoleView>(OBSERVED.id)) as RoleView)).toEqual(asItWas(roleSeen));
      await reverted(retractedRole);
      const role = (await node<RoleView>(RETRACTED.id)) as RoleView;
      expect(asItWas(role)).toEqual(asItWas(retractedBefore));
      expect((await municipality(FROYA)).representatives.map((r) => r.id)).toContain(RETRACTED.id);

      await reverted(correctedRole);
      expect(asItWas((await node<RoleView>(CORRECTED.id)) as RoleView)).toEqual(asItWas(roleBefore));
      expect((await municipality(HITRA)).representatives.map((r) => r.id)).not.toContain(CORRECTED.id);

      await reverted(retractedMembership);
      expect(asItWas((await node<RelationView>(MEMBERSHIP.id)) as RelationView)).toEqual(asItWas(membershipBefore));
      expect((await members(COUNCIL)).members.map((m) => m.id)).toContain(FROYA);

      await reverted(correctedRelation);
      expect(asItWas((await node<RelationView>(KI4_PARTICIPATION.id)) as RelationView)).toEqual(asItWas(ki4Before));

      // The relation an edit made: reverting its end, then itself, takes it away again.
      await reverted(ended);
      expect(await participants(NEW_PROJECT, '2023-03-01')).not.toContain(FROYA);
      expect(await participants(NEW_PROJECT)).toContain(FROYA);
      await reverted(added);
      expect(await participants(NEW_PROJECT)).not.toContain(FROYA);
      expect(await node(addedId)).toBeNull();

      const history = (await node<RelationView>(MEMBERSHIP.id))?.history ?? [];
      expect(history.map((h) => [h.kind, h.status])).toEqual([
        ['REVERT', 'APPROVED'],
        ['RETRACT', 'REVERTED'],
      ]);
      // And a reseed after the reverts keeps them reverted.
      const reverts = await pages();
      await loadPlan(server.store, plan);
      expect(await pages()).toEqual(reverts);
    });

    /** A revert proposed by the editor, then approved by the reviewer: the approval's error codes. */
    const revertCodes = async (edit: Edit) => {
      const proposed = await as(editor, REVERT, { id: edit.id, reason: 'Feil i testen' });
      expect(proposed.errors).toBeUndefined();
      const revert = (proposed.data as { revertEdit: { id: string } }).revertEdit;
      return codes(await as(reviewer, APPROVE, { id: revert.id }));
    };
    const ADD_ROLE = `mutation ($input: RoleInput!, $source: SourceInput!) { addRole(input: $input, source: $source) { ${EDIT_FIELDS} } }`;
    // Three municipalities a page, so that the seed's table takes several.
    const REPRESENTATION_PAGE = `query ($after: String) { representation(first: 3, after: $after) {
      totalMunicipalities pageInfo { hasNextPage endCursor } municipalities { id } } }`;
    type RepresentationPage = {
      totalMunicipalities: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      municipalities: { id: string }[];
    };

    it('reverting a retraction is a CONFLICT while the same relation or role has been added again', async () => {
      const { edit: retracted } = await propose(RETRACT, {
        fact: PLATFORM_PARTICIPATION.id,
        reason: 'Feil',
        source: { note: 'Avklart med sekretariatet' },
      });
      await reviewed(retracted);
      const { edit: again } = await propose(ADD_RELATION, {
        input: {
          type: 'PARTICIPATES_IN',
          from: FROYA,
          to: PLATFORM,
          as: PLATFORM_PARTICIPATION.as,
          start: PLATFORM_PARTICIPATION.start,
          end: PLATFORM_PARTICIPATION.end,
        },
        source: cited,
      });
      expect(again.changes.map((c) => c.target)).toContain(PLATFORM_PARTICIPATION.id);
      await reviewed(again);
      expect(await revertCodes(retracted)).toEqual(['CONFLICT']);
      const relations = (await municipality(FROYA)).relations.filter((r) => r.id === PLATFORM_PARTICIPATION.id);
      expect(relations.map((r) => r.citations.map((c) => c.quote))).toEqual([[QUOTE]]);
      // The one added again taken away, the retraction reverts: the seed's relation is back, once.
      expect(await revertCodes(again)).toEqual([]);
      expect(await revertCodes(retracted)).toEqual([]);
      expect((await municipality(FROYA)).relations.filter((r) => r.id === PLATFORM_PARTICIPATION.id)).toHaveLength(1);

      const { edit: roleRetracted } = await propose(RETRACT, { fact: RETRACTED.id, reason: 'Feil', source: cited });
      await reviewed(roleRetracted);
      const { edit: roleAgain } = await propose(ADD_ROLE, {
        input: { person: RETRACTED.personId, title: RETRACTED.title, organization: COUNCIL, onBehalfOf: FROYA },
        source: { note: 'Bekreftet i møtet' },
      });
      expect(roleAgain.changes.map((c) => c.target)).toContain(RETRACTED.id);
      await reviewed(roleAgain);
      expect(await revertCodes(roleRetracted)).toEqual(['CONFLICT']);
      const held = (await municipality(FROYA)).representatives.filter((r) => r.id === RETRACTED.id);
      expect(held.map((r) => r.notes)).toEqual([[{ text: 'Bekreftet i møtet' }]]);
      expect(await revertCodes(roleAgain)).toEqual([]);
      expect(await revertCodes(roleRetracted)).toEqual([]);
      expect((await municipality(FROYA)).representatives.filter((r) => r.id === RETRACTED.id)).toHaveLength(1);
    });

    it("the representation table's municipalities follow an approved seat and its revert, page after page", async () => {
      const TYDAL = 'municipality:tydal';
      const shown = async () => {
        const ids: string[] = [];
        let after: string | null = null;
        let total = 0;
        for (let page = 0; page < 20; page++) {
          const answer = await as({}, REPRESENTATION_PAGE, { after });
          expect(answer.errors).toBeUndefined();
          const matrix = (answer.data as { representation: RepresentationPage }).representation;
          ids.push(...matrix.municipalities.map((m) => m.id));
          total = matrix.totalMunicipalities;
          after = matrix.pageInfo.endCursor;
          if (!matrix.pageInfo.hasNextPage) break;
        }
        expect(ids).toHaveLength(total);
        return ids;
      };
      const before = await shown();
      // The list the table pages through is kept between requests: asked again, the same.
      expect(await shown()).toEqual(before);
      expect(before).not.toContain(TYDAL);
      const { edit: added } = await propose(ADD_ROLE, {
        input: { person: CORRECTED.personId, title: 'observatør', organization: COUNCIL, onBehalfOf: TYDAL },
        source: cited,
      });
      // Proposed is not yet in the register.
      expect(await shown()).toEqual(before);
      await reviewed(added);
      const withTydal = await shown();
      expect(withTydal.filter((id) => id !== TYDAL)).toEqual(before);
      expect(withTydal).toContain(TYDAL);
      await reverted(added);
      expect(await shown()).toEqual(before);
    });

    it('approving a role correction into a post the person has come to hold since is a CONFLICT', async () => {
      const { edit: moving } = await propose(CORRECT_ROLE, {
        role: CORRECTED.id,
        input: { title: 'observatør', onBehalfOf: HITRA },
        source: cited,
      });
      const { edit: added } = await propose(ADD_ROLE, {
        input: { person: CORRECTED.personId, title: 'observatør', organization: COUNCIL, onBehalfOf: HITRA },
        source: { note: 'Bekreftet i møtet' },
      });
      await reviewed(added);
      expect(codes(await as(reviewer, APPROVE, { id: moving.id }))).toEqual(['CONFLICT']);
      const held = (await municipality(HITRA)).representatives.filter((r) => r.person.id === CORRECTED.personId);
      expect(held.map((r) => r.id)).not.toContain(CORRECTED.id);
      expect(held).toHaveLength(1);
      expect((await municipality(FROYA)).representatives.map((r) => r.id)).toContain(CORRECTED.id);
      expect(await revertCodes(added)).toEqual([]);
    });

    it('reverting a role correction after the role was ended since is a CONFLICT until the end is reverted', async () => {
      const END_ROLE = `mutation ($role: ID!, $end: Date!, $source: SourceInput!) { endRole(role: $role, end: $end, source: $source) { ${EDIT_FIELDS} } }`;
      const before = (await node<RoleView>(OBSERVED.id)) as RoleView;
      const { edit: corrected } = await propose(CORRECT_ROLE, {
        role: OBSERVED.id,
        input: { start: '2022-02-01' },
        source: cited,
      });
      await reviewed(corrected);
      const { edit: ended } = await propose(END_ROLE, {
        role: OBSERVED.id,
        end: '2022-11-30',
        source: { note: 'Gikk ut av rådet' },
      });
      await reviewed(ended);
      expect(await revertCodes(corrected)).toEqual(['CONFLICT']);
      expect((await node<RoleView & { end: string | null }>(OBSERVED.id))?.end).toBe('2022-11-30');
      expect(await revertCodes(ended)).toEqual([]);
      expect(await revertCodes(corrected)).toEqual([]);
      expect(asItWas((await node<RoleView>(OBSERVED.id)) as RoleView)).toEqual(asItWas(before));
    });
  });
}
