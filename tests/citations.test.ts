import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { deleteStaleCitations } from '../server/src/cypher/index.js';
import { engines } from './support/engines.js';
import { SEED_DIR, seedPlan, startServer, type TestServer } from './support/server.js';

// Citation completeness: every fact the client shows (entities, roles, relations, grants) comes with exactly the
// quotes the seed files state for it, on every path the client reads it by. The expected lists are read here from
// the YAML itself, not from seed/plan.ts, so a loader or a statement that drops or adds a citation fails.

interface Cited {
  quote: string;
  document: { id: string };
}
interface ApiRole {
  title: string;
  post: { title: string };
  duty: boolean;
  observations: { citation: Cited }[];
  person: { id: string };
  heldIn: { id: string } | null;
  /** On whose behalf (a municipality or an organisation; `onBehalfOf` gives municipalities only). */
  representing: { id: string } | null;
  validFrom: string | null;
  validTo: string | null;
  citations: Cited[];
}
interface ApiRelation {
  type: string;
  from: { id: string };
  to: { id: string };
  as: string | null;
  start: string | null;
  end: string | null;
  citations: Cited[];
}
interface ApiEntity {
  id: string;
  kind: string;
  citations: Cited[];
  relations: ApiRelation[];
  roles?: ApiRole[];
  duties?: ApiRole[];
  representatives?: ApiRole[];
  // Typed facts: a meeting's participants, and the events and key figures listed on a page.
  participants?: { person: { id: string }; citations: Cited[] }[];
  events?: { id: string; citations: Cited[] }[];
  figures?: { id: string; citations: Cited[] }[];
}

// ----------------------------------------------------------------------------- what the seed files state

type Quote = string | string[];
interface YamlFile {
  document: { id: string; covers: { start: string; end: string } };
  entities?: { id: string; kind: string; quote: Quote }[];
  roles?: {
    person: string;
    title: string;
    in?: string;
    onBehalfOf?: string;
    start?: string;
    end?: string;
    post?: string;
    quote: Quote;
  }[];
  relations?: { type: string; from: string; to: string; as?: string; start?: string; end?: string; quote: Quote }[];
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
const quotes = (quote: Quote, documentId: string) =>
  (typeof quote === 'string' ? [quote] : quote).map((text) => `${documentId} | ${fold(text)}`);
const citationsOf = (cited: Cited[]) => cited.map((citation) => `${citation.document.id} | ${citation.quote}`);

/**
 * A role as docs/data-model.md defines it: one person in one post, however many statements. A post is its title
 * (the seed's `post` when a statement words it differently; the older "rådmann" is the kommunedirektør's post),
 * where, and on whose behalf (none for the place's own office).
 */
const postTitleOf = (title: string) =>
  title.trim().toLowerCase() === 'rådmann' ? 'kommunedirektør' : title.trim().toLowerCase();
const roleKey = (role: { person: string; post: string; in: string | null; onBehalfOf: string | null }) =>
  [role.person, postTitleOf(role.post), role.in, role.onBehalfOf === role.in ? null : role.onBehalfOf].join(' | ');
/** A relation: the same type, ends, wording and stated period in several documents is one relation. */
const relationKey = (relation: {
  type: string;
  from: string;
  to: string;
  as: string | null;
  start: string | null;
  end: string | null;
}) => [relation.type, relation.from, relation.to, relation.as, relation.start, relation.end].join(' | ');

interface Stated {
  entities: Map<string, Set<string>>;
  entityKinds: Map<string, string>;
  roles: Map<string, Set<string>>;
  roleEnds: Map<string, { in: string | null; onBehalfOf: string | null; duty: boolean }>;
  relations: Map<string, Set<string>>;
  /** ATTENDED records, keyed `person | meeting`: the quotes of a participant's typed attendance. */
  attendances: Map<string, Set<string>>;
}

function add(map: Map<string, Set<string>>, key: string, values: string[]): void {
  const set = map.get(key) ?? new Set<string>();
  for (const value of values) set.add(value);
  map.set(key, set);
}

function readStated(): Stated {
  const stated: Stated = {
    entities: new Map(),
    entityKinds: new Map(),
    roles: new Map(),
    roleEnds: new Map(),
    relations: new Map(),
    attendances: new Map(),
  };
  const dataDir = join(SEED_DIR, 'data');
  for (const name of readdirSync(dataDir).sort()) {
    if (!name.endsWith('.yaml') || name === 'decisions.yaml') continue;
    const file = parse(readFileSync(join(dataDir, name), 'utf8'), { schema: 'core' }) as YamlFile;
    const { id: documentId } = file.document;
    stated.entityKinds.set(documentId, 'DOCUMENT');
    add(stated.entities, documentId, []);
    for (const entity of file.entities ?? []) {
      stated.entityKinds.set(entity.id, entity.kind);
      add(stated.entities, entity.id, quotes(entity.quote, documentId));
    }
    for (const role of file.roles ?? []) {
      const key = roleKey({
        person: role.person,
        post: role.post ?? role.title,
        in: role.in ?? null,
        onBehalfOf: role.onBehalfOf ?? null,
      });
      add(stated.roles, key, quotes(role.quote, documentId));
      const onBehalfOf = role.onBehalfOf === role.in ? null : (role.onBehalfOf ?? null);
      stated.roleEnds.set(key, { in: role.in ?? null, onBehalfOf, duty: role.in?.startsWith('case:') ?? false });
    }
    for (const relation of file.relations ?? []) {
      const key = relationKey({
        type: relation.type,
        from: relation.from,
        to: relation.to,
        as: relation.as ?? null,
        start: relation.start ?? null,
        end: relation.end ?? null,
      });
      add(stated.relations, key, quotes(relation.quote, documentId));
      if (relation.type === 'ATTENDED') {
        add(stated.attendances, `${relation.from} | ${relation.to}`, quotes(relation.quote, documentId));
      }
    }
  }
  return stated;
}

const sorted = (values: Iterable<string>) => [...values].sort();

// ----------------------------------------------------------------------------- what the API shows

const CITED = 'citations { quote document { id } }';
const ROLE = `title post { title } duty person { id } heldIn { id } representing { id } ${CITED} observations { citation { quote document { id } } }`;
const ENTITY_PAGE = `query ($after: String) {
  entities(first: 80, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node {
      id kind ${CITED}
      relations { type from { id } to { id } as start end ${CITED} }
      ... on Person { roles { ${ROLE} } duties { ${ROLE} } }
      ... on Municipality { representatives { ${ROLE} } }
      ... on Organization { roles { ${ROLE} } }
      ... on Project { roles { ${ROLE} } }
      ... on University { roles { ${ROLE} } }
      ... on Meeting { roles { ${ROLE} } }
      ... on Case { roles { ${ROLE} } }
      ... on Meeting { participants { person { id } ${CITED} } }
      ... on Entity { events { id ${CITED} } }
      ... on Municipality { figures { id ${CITED} } }
      ... on Organization { figures { id ${CITED} } }
      ... on Project { figures { id ${CITED} } }
    } }
  }
}`;

const keyOfApiRole = (role: ApiRole) =>
  roleKey({
    person: role.person.id,
    post: role.post.title,
    in: role.heldIn?.id ?? null,
    onBehalfOf: role.representing?.id ?? null,
  });

/** Per fact key, the union of the citations the API showed for it (one key may stand for two records). */
function collect<T>(items: T[], keyOf: (item: T) => string, cited: (item: T) => Cited[]): Map<string, Set<string>> {
  const shown = new Map<string, Set<string>>();
  for (const item of items) add(shown, keyOf(item), citationsOf(cited(item)));
  return shown;
}

/** The facts whose citations differ between what the API showed and what the seed states, as readable lines. */
function differences(shown: Map<string, Set<string>>, stated: Map<string, Set<string>>): string[] {
  const lines: string[] = [];
  for (const [key, citations] of shown) {
    const expected = stated.get(key);
    if (!expected) {
      lines.push(`${key}: shown but not stated in the seed files`);
      continue;
    }
    const missing = sorted(expected).filter((citation) => !citations.has(citation));
    const extra = sorted(citations).filter((citation) => !expected.has(citation));
    if (missing.length > 0) lines.push(`${key}: missing ${missing.join(' ; ')}`);
    if (extra.length > 0) lines.push(`${key}: not stated ${extra.join(' ; ')}`);
  }
  return lines;
}

const stated = readStated();

for (const engine of engines()) {
  describe(`Citation completeness on ${engine.name}`, () => {
    let server: TestServer;
    const entities: ApiEntity[] = [];

    beforeAll(async () => {
      server = await startServer(engine);
      let after: string | null = null;
      for (;;) {
        const response: Awaited<
          ReturnType<
            typeof server.query<{
              entities: {
                pageInfo: { hasNextPage: boolean; endCursor: string | null };
                edges: { node: ApiEntity }[];
              };
            }>
          >
        > = await server.query(ENTITY_PAGE, { after });
        if (!response.data) throw new Error(JSON.stringify(response.errors));
        entities.push(...response.data.entities.edges.map((edge) => edge.node));
        if (!response.data.entities.pageInfo.hasNextPage) break;
        after = response.data.entities.pageInfo.endCursor;
      }
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('the seed files state quotes for hundreds of facts (the comparison has something to compare)', () => {
      // The counts of the plan are the loader's; here they only bound the independent reading from below.
      expect(stated.entities.size).toBe(seedPlan().entities.length);
      expect(stated.roles.size).toBeGreaterThanOrEqual(200);
      expect(stated.relations.size).toBeGreaterThanOrEqual(500);
    });

    it('every entity is listed once, with exactly the quotes its seed records state', () => {
      expect(sorted(entities.map((entity) => entity.id))).toEqual(sorted(stated.entities.keys()));
      for (const entity of entities) expect(entity.kind, entity.id).toBe(stated.entityKinds.get(entity.id));
      const shown = collect(
        entities,
        (entity) => entity.id,
        (entity) => entity.citations,
      );
      expect(differences(shown, stated.entities)).toEqual([]);
    });

    it("every role on a person's page has exactly the quotes the seed states, and no role is missing", () => {
      const persons = entities.filter((entity) => entity.kind === 'PERSON');
      const roles = persons.flatMap((entity) => [...(entity.roles ?? []), ...(entity.duties ?? [])]);
      const shown = collect(roles, keyOfApiRole, (role) => role.citations);
      expect(differences(shown, stated.roles)).toEqual([]);
      expect(sorted(shown.keys())).toEqual(sorted(stated.roles.keys()));
      // Every citation of a role is one of its observations, and every observation cites one of its quotes.
      for (const role of roles) {
        expect(sorted(new Set(citationsOf(role.observations.map((o) => o.citation)))), keyOfApiRole(role)).toEqual(
          sorted(new Set(citationsOf(role.citations))),
        );
      }
      // Each person in each post is one role: listed once on the person's page.
      expect(roles.length).toBe(stated.roles.size);
      // Case duties are the person's part in a meeting, not seats: in `duties`, never in `roles`.
      expect(persons.flatMap((entity) => entity.roles ?? []).filter((role) => role.duty)).toEqual([]);
      expect(persons.flatMap((entity) => entity.duties ?? []).every((role) => role.duty)).toBe(true);
    });

    it("every representative on a municipality's page has exactly the quotes the seed states", () => {
      const municipalities = new Set(
        [...stated.entityKinds].filter(([, kind]) => kind === 'MUNICIPALITY').map(([id]) => id),
      );
      const roles = entities.flatMap((entity) => entity.representatives ?? []);
      const shown = collect(roles, keyOfApiRole, (role) => role.citations);
      expect(differences(shown, stated.roles)).toEqual([]);
      const expected = [...stated.roleEnds]
        .filter(
          ([, ends]) => !ends.duty && (municipalities.has(ends.in ?? '') || municipalities.has(ends.onBehalfOf ?? '')),
        )
        .map(([key]) => key);
      expect(sorted(shown.keys())).toEqual(sorted(expected));
      // A statement that drops one quote of a role with two or more must have such roles to fail on.
      expect(expected.filter((key) => (stated.roles.get(key)?.size ?? 0) >= 2).length).toBeGreaterThan(5);
    });

    it('every role on the page of a body, project, university, meeting or case has exactly its stated quotes', () => {
      const roles = entities
        .filter((entity) => entity.kind !== 'PERSON')
        .flatMap((entity) => (entity.representatives ? [] : (entity.roles ?? [])));
      const shown = collect(roles, keyOfApiRole, (role) => role.citations);
      expect(differences(shown, stated.roles)).toEqual([]);
      // Roles held in a municipality are on its page as representatives (the test above).
      const expected = [...stated.roleEnds]
        .filter(([, ends]) => ends.in !== null && stated.entityKinds.get(ends.in) !== 'MUNICIPALITY')
        .map(([key]) => key);
      expect(sorted(shown.keys())).toEqual(sorted(expected));
    });

    it('the roles report and the representation matrix show each role with exactly its stated quotes', async () => {
      const response = await server.query<{
        roles: { totalCount: number; edges: { node: ApiRole }[] };
        representation: { cells: { roles: ApiRole[] }[] };
      }>(`{
        roles(first: 500) { totalCount edges { node { ${ROLE} } } }
        representation { cells { roles { ${ROLE} } } }
      }`);
      expect(response.errors).toBeUndefined();
      const listed = response.data?.roles.edges.map((edge) => edge.node) ?? [];
      expect(response.data?.roles.totalCount).toBe(listed.length);
      const shown = collect(listed, keyOfApiRole, (role) => role.citations);
      expect(differences(shown, stated.roles)).toEqual([]);
      // The roles report lists seats: every role but the case duties.
      const seats = [...stated.roleEnds].filter(([, ends]) => !ends.duty).map(([key]) => key);
      expect(sorted(shown.keys())).toEqual(sorted(seats));
      const cells = response.data?.representation.cells.flatMap((cell) => cell.roles) ?? [];
      expect(cells.length).toBeGreaterThan(0);
      expect(
        differences(
          collect(cells, keyOfApiRole, (role) => role.citations),
          stated.roles,
        ),
      ).toEqual([]);
    });

    it('every relation, seen from either end, has exactly the quotes the seed states, and none is missing', () => {
      const relations = entities.flatMap((entity) => entity.relations);
      const keyOf = (relation: ApiRelation) => relationKey({ ...relation, from: relation.from.id, to: relation.to.id });
      const shown = collect(relations, keyOf, (relation) => relation.citations);
      expect(differences(shown, stated.relations)).toEqual([]);
      expect(sorted(shown.keys())).toEqual(sorted(stated.relations.keys()));
      // Each relation is listed by both its ends (a relation from an entity to itself once).
      for (const key of shown.keys()) {
        const [, from, to] = key.split(' | ');
        expect(relations.filter((relation) => keyOf(relation) === key).length, key).toBe(from === to ? 1 : 2);
      }
    });

    it('every participant, event and key figure on a page has exactly the quotes the seed states', () => {
      const participants = entities.flatMap((entity) =>
        (entity.participants ?? []).map((participant) => ({
          key: `${participant.person.id} | ${entity.id}`,
          ...participant,
        })),
      );
      // Every ATTENDED record is a typed participant (the seed refuses one it cannot type).
      expect(sorted(new Set(participants.map((p) => p.key)))).toEqual(sorted(stated.attendances.keys()));
      expect(
        differences(
          collect(
            participants,
            (p) => p.key,
            (p) => p.citations,
          ),
          stated.attendances,
        ),
      ).toEqual([]);
      const listed = entities.flatMap((entity) => [...(entity.events ?? []), ...(entity.figures ?? [])]);
      const typed = [...stated.entityKinds].filter(([, kind]) => kind === 'EVENT' || kind === 'FIGURE');
      // Each event and figure concerns something, so each is listed on at least one page.
      expect(sorted(new Set(listed.map((fact) => fact.id)))).toEqual(sorted(typed.map(([id]) => id)));
      expect(
        differences(
          collect(
            listed,
            (fact) => fact.id,
            (fact) => fact.citations,
          ),
          stated.entities,
        ),
      ).toEqual([]);
    });

    it('every grant in the grants report has exactly the quotes the seed states', async () => {
      const response = await server.query<{ grants: { totalCount: number; edges: { node: ApiEntity }[] } }>(
        `{ grants(first: 500) { totalCount edges { node { ... on Grant { id kind ${CITED} relations { type from { id } to { id } as start end ${CITED} } } } } } }`,
      );
      expect(response.errors).toBeUndefined();
      const grants = response.data?.grants.edges.map((edge) => edge.node) ?? [];
      const statedGrants = [...stated.entityKinds].filter(([, kind]) => kind === 'GRANT').map(([id]) => id);
      expect(sorted(grants.map((grant) => grant.id))).toEqual(sorted(statedGrants));
      const shown = collect(
        grants,
        (grant) => grant.id,
        (grant) => grant.citations,
      );
      expect(differences(shown, stated.entities)).toEqual([]);
      const links = grants.flatMap((grant) => grant.relations);
      const keyOf = (relation: ApiRelation) => relationKey({ ...relation, from: relation.from.id, to: relation.to.id });
      expect(
        differences(
          collect(links, keyOf, (link) => link.citations),
          stated.relations,
        ),
      ).toEqual([]);
    });

    it('a citation missing from the graph is an error, not a fact shown with fewer sources', async () => {
      const froya =
        '{ node(id: "municipality:froya") { ... on Municipality { representatives { citations { id } } } } }';
      const before = await server.query<{ node: { representatives: { citations: { id: string }[] }[] } }>(froya);
      const cited = before.data?.node.representatives.flatMap((role) => role.citations.map((c) => c.id)) ?? [];
      const victim = cited[0];
      if (!victim) throw new Error('Frøya has no cited representative');
      // Remove one citation node that a role still refers to (the statement the loader uses for stale citations).
      await server.store.write(deleteStaleCitations, {
        ids: seedPlan()
          .citations.map((citation) => citation.id)
          .filter((id) => id !== victim),
      });
      const after = await server.query(froya);
      expect(after.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(after.data?.node ?? null).toBeNull();
    });
  });
}
