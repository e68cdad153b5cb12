import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../seed/load.js';
import {
  countByKind,
  countByRelationType,
  countEdgesByType,
  countRolesAndCitations,
} from '../server/src/cypher/index.js';
import { graphJson } from '../server/src/exports/graph-json.js';
import { engines } from './support/engines.js';
import { seedPlan, startServer, type TestServer } from './support/server.js';

// The GraphQL contract over HTTP, against a real database, once per engine.

interface RoleShape {
  title: string;
  person: { id: string; name: string };
  heldIn: { id: string; name: string } | null;
  onBehalfOf: { id: string; name: string } | null;
  validFrom: string | null;
  validTo: string | null;
  endedOn: string | null;
  citations: { quote: string; document: { id: string; file: string } }[];
}

const ROLE_FIELDS = `title person { id name } heldIn { id name } onBehalfOf { id name } validFrom validTo endedOn
  citations { quote document { id file } }`;

for (const engine of engines()) {
  describe(`GraphQL API on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startServer(engine);
    });
    afterAll(async () => {
      await server?.stop();
    });

    const representatives = async (id: string, asOf?: string) => {
      const response = await server.query<{ node: { name: string; representatives: RoleShape[] } }>(
        `query ($id: ID!, $asOf: Date) { node(id: $id) { ... on Municipality { name representatives(asOf: $asOf) { ${ROLE_FIELDS} } } } }`,
        { id, asOf },
      );
      expect(response.errors).toBeUndefined();
      return response.data?.node.representatives ?? [];
    };

    it('search finds Frøya when typed without ø, first and with full score', async () => {
      const response = await server.query<{ search: { score: number; entity: { id: string; name: string } }[] }>(
        '{ search(text: "Froya") { score entity { id name } } }',
      );
      expect(response.data?.search[0]).toEqual({ score: 1, entity: { id: 'municipality:froya', name: 'Frøya' } });
    });

    it('search finds a person by a part of the name, ignoring å and case ("hagensen")', async () => {
      const response = await server.query<{ search: { entity: { id: string } }[] }>(
        '{ search(text: "hagensen", kinds: [PERSON]) { entity { id } } }',
      );
      expect(response.data?.search.map((hit) => hit.entity.id)).toEqual(['person:liv-aagot-hagensen']);
    });

    it('search matches every spelling of a person to the same node', async () => {
      const spellings = [
        'Beathe Sandvik Meland',
        'Beate Sandvik Meland',
        'Robert Øyum -Jakobsen',
        'robert oyum jakobsen',
      ];
      const found: string[] = [];
      for (const text of spellings) {
        const response = await server.query<{ search: { entity: { id: string } }[] }>(
          'query ($text: String!) { search(text: $text, kinds: [PERSON], first: 1) { entity { id } } }',
          { text },
        );
        found.push(response.data?.search[0]?.entity.id ?? 'none');
      }
      expect(found).toEqual([
        'person:beate-sandvik-meland',
        'person:beate-sandvik-meland',
        'person:robert-oyum-jakobsen',
        'person:robert-oyum-jakobsen',
      ]);
    });

    interface SearchShape {
      search: {
        score: number;
        matchedBy: string;
        entity: { id: string; name: string };
        seat: { title: string; heldIn: { id: string } | null; onBehalfOf: { id: string } | null } | null;
      }[];
    }
    const search = async (text: string, first = 20) => {
      const response = await server.query<SearchShape>(
        `query ($text: String!, $first: Int) { search(text: $text, first: $first) { score matchedBy entity { id name }
          seat { title heldIn { id } onBehalfOf { id } } } }`,
        { text, first },
      );
      expect(response.errors).toBeUndefined();
      return response.data?.search ?? [];
    };

    it('search forgives one letter off in a name of five letters or more ("astadd", "ingjred"), not in shorter words', async () => {
      const [astad] = await search('Ingjerd Astad', 1);
      expect(astad?.matchedBy).toBe('NAME');
      for (const typo of ['astadd', 'ingjred astad', 'Ingjerd Asatd']) {
        const hits = await search(typo);
        expect(hits.map((hit) => hit.entity.id)).toContain(astad?.entity.id);
        expect(hits.find((hit) => hit.entity.id === astad?.entity.id)?.matchedBy).toBe('SPELLING');
      }
      // Four letters are too few for a typo to be one: "asad" is not read as "Astad".
      expect((await search('ingjerd asad')).map((hit) => hit.entity.id)).not.toContain(astad?.entity.id);
      // An exact name still ranks above a near one.
      expect((await search('Hitra'))[0]?.entity.id).toBe('municipality:hitra');
    });

    it('search by seat and place: "ordfører hitra" gives Hitra\'s mayor first, with the seat as context', async () => {
      // Hitra's mayor as the municipality's page lists her or him ("Hitra Ole L. Haugen, ordfører").
      const mayor = (await representatives('municipality:hitra')).find((role) => role.title === 'ordfører');
      expect(mayor).toBeDefined();
      const [first] = await search('ordfører hitra');
      expect(first?.entity.id).toBe(mayor?.person.id);
      expect(first?.matchedBy).toBe('SEAT');
      expect(first?.seat?.title).toBe('ordfører');
      expect([first?.seat?.heldIn?.id, first?.seat?.onBehalfOf?.id]).toContain('municipality:hitra');
      // The words are folded as names are: typed without ø, the same answer.
      expect((await search('ordforer hitra'))[0]?.entity.id).toBe(mayor?.person.id);
      // Every hit holds a seat titled ordfører tied to Hitra or bears the words in the name.
      for (const hit of await search('ordfører hitra')) {
        if (hit.matchedBy === 'SEAT') expect(hit.seat?.title.toLowerCase()).toMatch(/^ordfører|\sordfører/);
      }
    });

    it('a person found by name carries a seat held today as context; other kinds carry none', async () => {
      const [astad] = await search('Ingjerd Astad', 1);
      const today = new Date().toISOString().slice(0, 10);
      const roles = await server.query<{ node: { roles: { title: string; heldIn: { id: string } | null }[] } }>(
        'query ($id: ID!, $asOf: Date) { node(id: $id) { ... on Person { roles(asOf: $asOf) { title heldIn { id } } } } }',
        { id: astad?.entity.id, asOf: today },
      );
      const held = roles.data?.node.roles ?? [];
      expect(held.length).toBeGreaterThan(0);
      expect(held.map((role) => `${role.title} ${role.heldIn?.id}`)).toContain(
        `${astad?.seat?.title} ${astad?.seat?.heldIn?.id}`,
      );
      const [hitra] = await search('Hitra', 1);
      expect(hitra?.seat).toBeNull();
    });

    it('search keeps to the kinds asked for', async () => {
      const response = await server.query<{ search: { entity: { id: string; kind: string } }[] }>(
        '{ search(text: "Hitra", kinds: [ORGANIZATION, PROJECT]) { entity { id kind } } }',
      );
      // The bodies and projects whose name or an alias contains "Hitra", read from the seed files.
      const expected = seedPlan()
        .entities.filter(
          (entity) =>
            (entity.kind === 'ORGANIZATION' || entity.kind === 'PROJECT') &&
            [entity.name, ...entity.aliases].some((name) => name.toLowerCase().includes('hitra')),
        )
        .map((entity) => `${entity.kind} ${entity.id}`)
        .sort();
      expect(expected.length).toBeGreaterThanOrEqual(1);
      const hits = response.data?.search.map((hit) => `${hit.entity.kind} ${hit.entity.id}`).sort();
      expect(hits).toEqual(expected);
      // Without the kinds the municipality comes first: the filter did leave something out.
      const unfiltered = await server.query<{ search: { entity: { id: string } }[] }>(
        '{ search(text: "Hitra") { entity { id } } }',
      );
      expect(unfiltered.data?.search[0]?.entity.id).toBe('municipality:hitra');
    });

    it("Frøya's page lists its mayor and its regional council seats, each with a quote from its document", async () => {
      const roles = await representatives('municipality:froya');
      const mayor = roles.find((role) => role.title === 'ordfører');
      expect(mayor?.person.name).toBe('Kristin F. Strømskag');
      const seats = roles
        .filter((role) => role.heldIn?.id === 'org:ipr-trondelag-sorvest')
        .map((role) => role.person.name)
        .sort();
      expect(seats).toEqual(['Beate Sandvik Meland', 'Geir Meland', 'Kristin F. Strømskag']);
      // Each with as many quotes as the seed states for it, each from the document of its seed file.
      const plan = seedPlan();
      const files = new Map(plan.documents.map((document) => [document.id, document.file]));
      const stated = plan.roles.filter(
        (role) => role.heldInId === 'municipality:froya' || role.onBehalfOfId === 'municipality:froya',
      );
      expect(roles.length).toBe(stated.length);
      expect(roles.map((role) => role.citations.length).reduce((a, b) => a + b, 0)).toBe(
        stated.reduce((sum, role) => sum + role.citationIds.length, 0),
      );
      for (const role of roles) {
        for (const citation of role.citations) expect(citation.document.file).toBe(files.get(citation.document.id));
      }
    });

    it('representatives(asOf) answers for the day asked: the KDU of 5 Nov 2021 and the year 2022 differ', async () => {
      const in2021 = await representatives('municipality:froya', '2021-11-05');
      const in2022 = await representatives('municipality:froya', '2022-06-30');
      const describe = (roles: RoleShape[]) => roles.map((role) => `${role.person.name}: ${role.title}`).sort();
      expect(describe(in2021)).toContain('Beate Sandvik Meland: kommunedirektør');
      expect(describe(in2021)).not.toContain('Kristin F. Strømskag: ordfører');
      expect(describe(in2022)).toContain('Kristin F. Strømskag: ordfører');
      // Shown on a day: known from before it, and not ended by then (held, or last confirmed).
      for (const role of in2022) {
        expect(role.validFrom === null || role.validFrom <= '2022-06-30').toBe(true);
        expect(role.endedOn === null || role.endedOn > '2022-06-30').toBe(true);
      }
      const none = await representatives('municipality:froya', '1990-01-01');
      expect(none).toEqual([]);
    });

    it('every role the seed states for a municipality appears on its page', async () => {
      const plan = seedPlan();
      const expected = plan.roles
        .filter((role) => !role.duty)
        .filter((role) => role.heldInId === 'municipality:hitra' || role.onBehalfOfId === 'municipality:hitra')
        .map((role) => `${role.personId}|${role.title}`)
        .sort();
      const roles = await representatives('municipality:hitra');
      expect(roles.map((role) => `${role.person.id}|${role.title}`).sort()).toEqual(expected);
    });

    it('Person.roles lists one role per post from both documents, with on whose behalf', async () => {
      const response = await server.query<{ node: { roles: RoleShape[]; duties: RoleShape[] } }>(
        `{ node(id: "person:ingjerd-astad") { ... on Person { roles { ${ROLE_FIELDS} } duties { ${ROLE_FIELDS} } } } }`,
      );
      const roles = response.data?.node.roles ?? [];
      // 001 "Ingjerd Astad Kommunedirektør, Hitra x" and 000 "Hitra Ole L. Haugen, ordfører Sigrid Helen Hansen
      // Ingjerd Astad, kommunedirektør": one role, Hitra's own office (no "on behalf of" itself).
      const director = roles.filter((role) => role.title.toLowerCase() === 'kommunedirektør');
      expect(director).toHaveLength(1);
      expect(director[0]?.heldIn?.id).toBe('municipality:hitra');
      expect(director[0]?.onBehalfOf).toBeNull();
      expect(new Set(director[0]?.citations.map((citation) => citation.document.id))).toEqual(
        new Set(['doc:kdu-referat-2021-11-05', 'doc:arsrapport-2022']),
      );
      // Her seat in the council is on Hitra's behalf.
      const council = roles.find((role) => role.heldIn?.id === 'org:ipr-trondelag-sorvest');
      expect(council?.onBehalfOf?.id).toBe('municipality:hitra');
      // Her duties in the ASU cases of 17 April 2024 are duties, not roles.
      const duties = response.data?.node.duties ?? [];
      expect(duties.length).toBeGreaterThan(0);
      expect(
        duties.every((role) => role.citations.some((c) => c.document.id === 'doc:asu-saksdokumenter-2024-04-17')),
      ).toBe(duties.every((role) => role.heldIn?.id.startsWith('case:asu-')));
    });

    it('the KDU meeting of 5 Nov 2021 has its cases and its participants with their attendance', async () => {
      const response = await server.query<{
        node: {
          date: string;
          relations: { type: string; as: string | null; from: { id: string }; to: { id: string } }[];
        };
      }>(
        '{ node(id: "meeting:kdu-2021-11-05") { ... on Meeting { date relations { type as from { id } to { id } } } } }',
      );
      const meeting = response.data?.node;
      expect(meeting?.date).toBe('2021-11-05');
      const cases = meeting?.relations
        .filter((relation) => relation.type === 'CASE_IN')
        .map((relation) => relation.from.id);
      expect(cases?.sort()).toEqual(
        ['72', '73', '74', '75', '76', '77', '78', '79'].map((number) => `case:kdu-${number}-21`),
      );
      const attendance = meeting?.relations.filter((relation) => relation.type === 'ATTENDED');
      expect(attendance?.find((relation) => relation.from.id === 'person:per-oivind-sundell')?.as).toBe(
        'Ikke til stede',
      );
      expect(attendance?.find((relation) => relation.from.id === 'person:petter-lindseth')?.as).toBe('x');
    });

    it('typed relationship fields answer in both directions: meeting ↔ cases, body ↔ members, grant → funder', async () => {
      const response = await server.query<{
        meeting: { organization: { id: string }; cases: { number: string; meeting: { id: string } }[] };
        council: { members: { id: string }[] };
        froya: { memberOf: { id: string }[] };
      }>(`{
        meeting: node(id: "meeting:kdu-2021-11-05") { ... on Meeting { organization { id } cases { number meeting { id } } } }
        council: node(id: "org:ipr-trondelag-sorvest") { ... on Organization { members { id } } }
        froya: node(id: "municipality:froya") { ... on Municipality { memberOf { id } } }
      }`);
      expect(response.errors).toBeUndefined();
      const { meeting, council, froya } = response.data ?? ({} as never);
      expect(meeting.organization.id).toBe('org:ts-kommunedirektorutvalget');
      expect(meeting.cases.map((c) => c.number)).toEqual([
        '72/21',
        '73/21',
        '74/21',
        '75/21',
        '76/21',
        '77/21',
        '78/21',
        '79/21',
      ]);
      expect(new Set(meeting.cases.map((c) => c.meeting.id))).toEqual(new Set(['meeting:kdu-2021-11-05']));
      expect(council.members.map((m) => m.id)).toContain('municipality:froya');
      expect(froya.memberOf.map((m) => m.id)).toContain('org:ipr-trondelag-sorvest');
      const plan = seedPlan();
      const grant = plan.relations.find((relation) => relation.type === 'GRANTED_BY');
      if (!grant) throw new Error('the seed has no GRANTED_BY');
      const funded = await server.query<{ node: { funder: { id: string } | null } }>(
        'query ($id: ID!) { node(id: $id) { ... on Grant { funder { id } } } }',
        { id: grant.fromId },
      );
      expect(funded.data?.node.funder?.id).toBe(grant.toId);
    });

    it('neighbourhood returns an entity, its neighbours and the links between them, roles as titled links', async () => {
      const response = await server.query<{
        neighbourhood: {
          nodes: { id: string; kind: string }[];
          links: {
            type: string;
            label: string | null;
            from: { id: string };
            to: { id: string };
            citations: unknown[];
          }[];
          truncated: boolean;
        };
      }>(
        '{ neighbourhood(id: "municipality:hitra", hops: 1) { nodes { id kind } links { type label from { id } to { id } citations { quote } } truncated } }',
      );
      expect(response.errors).toBeUndefined();
      const graph = response.data?.neighbourhood;
      if (!graph) throw new Error('no neighbourhood');
      const ids = new Set(graph.nodes.map((node) => node.id));
      expect(ids.has('municipality:hitra')).toBe(true);
      expect(ids.has('person:ingjerd-astad')).toBe(true);
      for (const link of graph.links) {
        expect(ids.has(link.from.id) && ids.has(link.to.id)).toBe(true);
        expect(link.citations.length).toBeGreaterThan(0);
      }
      const director = graph.links.find(
        (link) =>
          link.type === 'HOLDS_ROLE' && link.from.id === 'person:ingjerd-astad' && link.to.id === 'municipality:hitra',
      );
      expect(director?.label?.toLowerCase()).toBe('kommunedirektør');
      const onlyPersons = await server.query<{ neighbourhood: { nodes: { kind: string }[] } }>(
        '{ neighbourhood(id: "municipality:hitra", kinds: [PERSON]) { nodes { kind } } }',
      );
      const kinds = new Set(onlyPersons.data?.neighbourhood.nodes.map((node) => node.kind));
      expect([...kinds].sort()).toEqual(['MUNICIPALITY', 'PERSON']);
    });

    it('paths finds the shortest connections between two entities, each link cited', async () => {
      const response = await server.query<{
        paths: { nodes: { id: string }[]; links: { type: string; citations: unknown[] }[] }[];
      }>(
        '{ paths(from: "person:kristin-stromskag", to: "person:ingjerd-astad", maxHops: 4) { nodes { id } links { type citations { quote } } } }',
      );
      expect(response.errors).toBeUndefined();
      const paths = response.data?.paths ?? [];
      expect(paths.length).toBeGreaterThan(0);
      for (const path of paths) {
        expect(path.nodes[0]?.id).toBe('person:kristin-stromskag');
        expect(path.nodes.at(-1)?.id).toBe('person:ingjerd-astad');
        expect(path.links.length).toBe(path.nodes.length - 1);
        expect(path.links.length).toBeLessThanOrEqual(paths[0]?.links.length ?? 0);
        for (const link of path.links) expect(link.citations.length).toBeGreaterThan(0);
      }
      // Both sat in the regional council in 2022: two links, person → council → person.
      expect(paths[0]?.links.map((link) => link.type)).toEqual(['HOLDS_ROLE', 'HOLDS_ROLE']);
      const none = await server.query<{ paths: unknown[] }>(
        '{ paths(from: "person:kristin-stromskag", to: "person:ingjerd-astad", maxHops: 1) { links { type } } }',
      );
      expect(none.data?.paths).toEqual([]);
      const bad = await server.query(
        '{ paths(from: "person:kristin-stromskag", to: "person:kristin-stromskag") { links { type } } }',
      );
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('the representation matrix puts each seat in its municipality × body cell, and own offices apart', async () => {
      const response = await server.query<{
        representation: {
          cells: {
            municipality: { id: string };
            body: { id: string } | null;
            roles: { title: string; person: { name: string } }[];
          }[];
        };
      }>(
        '{ representation(asOf: "2022-06-30") { cells { municipality { id } body { id } roles { title person { name } } } } }',
      );
      expect(response.errors).toBeUndefined();
      const cells = response.data?.representation.cells ?? [];
      const cell = (municipality: string, body: string | null) =>
        cells.find((c) => c.municipality.id === municipality && (c.body?.id ?? null) === body);
      expect(
        cell('municipality:froya', 'org:ipr-trondelag-sorvest')
          ?.roles.map((role) => role.person.name)
          .sort(),
      ).toEqual(['Beate Sandvik Meland', 'Geir Meland', 'Kristin F. Strømskag']);
      expect(cell('municipality:froya', null)?.roles.map((role) => `${role.person.name}: ${role.title}`)).toContain(
        'Kristin F. Strømskag: ordfører',
      );
      expect(cell('municipality:hitra', 'org:ts-naeringsradet')?.roles.map((role) => role.person.name)).toContain(
        'Ingjerd Astad',
      );
    });

    it('the representation matrix pages through its municipalities in name order, the same cells as the whole', async () => {
      type Matrix = {
        totalMunicipalities: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        municipalities: { id: string; name: string }[];
        cells: { municipality: { id: string }; body: { id: string } | null; roles: { id: string }[] }[];
      };
      const QUERY = `query ($first: Int, $after: String, $bodies: [ID!]) {
        representation(asOf: "2022-06-30", first: $first, after: $after, bodies: $bodies) {
          totalMunicipalities pageInfo { hasNextPage endCursor } municipalities { id name }
          cells { municipality { id } body { id } roles { id } }
        }
      }`;
      const matrix = async (variables: Record<string, unknown>) => {
        const response = await server.query<{ representation: Matrix }>(QUERY, variables);
        expect(response.errors).toBeUndefined();
        return (response.data as { representation: Matrix }).representation;
      };
      const key = (cell: Matrix['cells'][number]) =>
        `${cell.municipality.id} ${cell.body?.id ?? '-'} ${cell.roles.map((role) => role.id).join(',')}`;
      const whole = await matrix({});
      // 000's table of the council: Aure, Frøya, Heim, Hitra, Orkland, Rennebu, Rindal, Skaun, Surnadal, Ørland; and
      // Trondheim's own office of 001 ("Birgit Reisch er engasjert som prosjektleder for Trondheim kommune").
      expect(whole.totalMunicipalities).toBe(11);
      expect(whole.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
      const names: string[] = [];
      const cells: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 5; page++) {
        const part: Matrix = await matrix({ first: 4, after });
        expect(part.totalMunicipalities).toBe(11);
        expect(part.municipalities.length).toBe(page < 2 ? 4 : 3);
        names.push(...part.municipalities.map((municipality) => municipality.name));
        cells.push(...part.cells.map(key));
        after = part.pageInfo.endCursor;
        expect(part.pageInfo.hasNextPage).toBe(after !== null);
        if (!part.pageInfo.hasNextPage) break;
      }
      expect(names).toEqual(whole.municipalities.map((municipality) => municipality.name));
      expect(cells.sort()).toEqual(whole.cells.map(key).sort());
      // Filtered by a body: only the municipalities with a seat in it are counted and paged.
      const council = await matrix({ first: 50, bodies: ['org:ts-naeringsradet'] });
      expect(council.totalMunicipalities).toBe(council.municipalities.length);
      expect(council.cells.every((cell) => cell.body?.id === 'org:ts-naeringsradet')).toBe(true);
      expect(council.municipalities.map((municipality) => municipality.id)).toContain('municipality:hitra');
      // By name, as search folds it (case, ø/o): the municipalities whose name or an alias holds the text.
      const named = async (municipalityName: string) => {
        const response = await server.query<{ representation: Matrix }>(
          'query ($n: String) { representation(asOf: "2022-06-30", municipalityName: $n) { totalMunicipalities municipalities { name } pageInfo { hasNextPage } } }',
          { n: municipalityName },
        );
        expect(response.errors).toBeUndefined();
        return (response.data as { representation: Matrix }).representation;
      };
      expect((await named('FRØ')).municipalities.map((municipality) => municipality.name)).toEqual(['Frøya']);
      const land = await named('land');
      expect(land.municipalities.map((municipality) => municipality.name)).toEqual(['Orkland', 'Ørland']);
      expect(land.totalMunicipalities).toBe(2);
      expect((await named('Oslo')).municipalities).toEqual([]);
      for (const bad of [{ first: 0 }, { first: 201 }, { first: 4, after: 'not-a-cursor' }]) {
        const response = await server.query(QUERY, bad);
        expect(response.errors?.[0]?.extensions?.code, JSON.stringify(bad)).toBe('BAD_USER_INPUT');
      }
    });

    it('entities pages through everything in name order with cursors and a total count', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let total = 0;
      for (let page = 0; page < 20; page++) {
        const response: Awaited<
          ReturnType<
            typeof server.query<{
              entities: {
                totalCount: number;
                edges: { cursor: string; node: { id: string; name: string } }[];
                pageInfo: { hasNextPage: boolean; endCursor: string | null };
              };
            }>
          >
        > = await server.query(
          'query ($after: String) { entities(kinds: [MUNICIPALITY], first: 7, after: $after) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }',
          { after },
        );
        const connection = response.data?.entities;
        if (!connection) throw new Error(JSON.stringify(response.errors));
        total = connection.totalCount;
        seen.push(...connection.edges.map((edge) => edge.node.id));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      const municipalities = seedPlan().entities.filter((entity) => entity.kind === 'MUNICIPALITY');
      expect(total).toBe(municipalities.length);
      expect(new Set(seen).size).toBe(municipalities.length);
    });

    it('grant amounts come back as exact whole kroner', async () => {
      const plan = seedPlan();
      const grant = plan.entities.find(
        (entity) => entity.kind === 'GRANT' && typeof entity.props.amountNok === 'number',
      );
      if (!grant) throw new Error('the seed has no grant with an amount');
      const response = await server.query<{ node: { amountNok: number } }>(
        'query ($id: ID!) { node(id: $id) { ... on Grant { amountNok } } }',
        { id: grant.id },
      );
      expect(response.data?.node.amountNok).toBe(grant.props.amountNok);
    });

    it('node() resolves roles and relations by their own ids', async () => {
      const plan = seedPlan();
      const role = plan.roles.find((candidate) => candidate.onBehalfOfId === 'municipality:rindal');
      if (!role) throw new Error('the seed has no role on behalf of Rindal');
      const response = await server.query<{
        node: { __typename: string; id: string; title: string; person: { id: string }; onBehalfOf: { id: string } };
      }>('query ($id: ID!) { node(id: $id) { __typename ... on Role { id title person { id } onBehalfOf { id } } } }', {
        id: role.id,
      });
      expect(response.data?.node).toEqual({
        __typename: 'Role',
        id: role.id,
        title: role.title,
        person: { id: role.personId },
        onBehalfOf: { id: 'municipality:rindal' },
      });
      const relation = plan.relations.find((candidate) => candidate.type === 'MEETING_OF');
      if (!relation) throw new Error('the seed has no MEETING_OF');
      const byId = await server.query<{
        node: { __typename: string; id: string; type: string; from: { id: string }; to: { id: string } };
      }>('query ($id: ID!) { node(id: $id) { __typename ... on Relation { id type from { id } to { id } } } }', {
        id: relation.id,
      });
      expect(byId.data?.node).toEqual({
        __typename: 'Relation',
        id: relation.id,
        type: 'MEETING_OF',
        from: { id: relation.fromId },
        to: { id: relation.toId },
      });
    });

    it('an unknown id is a NOT_FOUND error and a malformed one BAD_USER_INPUT', async () => {
      const unknown = await server.query('{ node(id: "person:nobody-at-all") { id } }');
      expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(unknown.data?.node).toBeNull();
      const malformed = await server.query('{ node(id: "DROP ALL") { id } }');
      expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('a malformed date is BAD_USER_INPUT, as a variable and as a literal', async () => {
      const asVariable = await server.query(
        'query ($asOf: Date) { node(id: "municipality:froya") { ... on Municipality { representatives(asOf: $asOf) { title } } } }',
        { asOf: '2022-02-30' },
      );
      expect(asVariable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(asVariable.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
      const asLiteral = await server.query(
        '{ node(id: "municipality:froya") { ... on Municipality { representatives(asOf: "30.06.2022") { title } } } }',
      );
      expect(asLiteral.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
      expect(asLiteral.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
    });

    it('an empty search and an out-of-range page size are BAD_USER_INPUT, and nothing leaks a stack trace', async () => {
      const empty = await server.query('{ search(text: "  ") { score } }');
      expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const huge = await server.query('{ entities(first: 100000) { totalCount } }');
      expect(huge.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const badCursor = await server.query('{ entities(after: "not-a-cursor") { totalCount } }');
      expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      for (const response of [empty, huge, badCursor])
        expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .*\.ts:/);
    });

    it('a query deeper than the limit is refused before it runs', async () => {
      const nested = (levels: number): string => (levels === 0 ? 'name' : `roles { person { ${nested(levels - 1)} } }`);
      const deep = `{ node(id: "person:kari-froseth") { ... on Person { ${nested(8)} } } }`;
      const response = await server.query(deep);
      expect(response.errors?.[0]?.message).toMatch(/depth/i);
      expect(response.data ?? null).toBeNull();
    });

    it('the server keeps serving after bad input', async () => {
      await server.query('{ search(text: "") { score } }');
      await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{not json',
      });
      const health = await fetch(`${server.url}/health`);
      expect(health.status).toBe(200);
      expect(((await health.json()) as { engine: string }).engine).toBe(engine.name);
      const again = await server.query<{ search: { entity: { id: string } }[] }>(
        '{ search(text: "Hitra", first: 1) { entity { id } } }',
      );
      expect(again.data?.search).toEqual([{ entity: { id: 'municipality:hitra' } }]);
    });

    it('seeding the same files again changes nothing: every count and the whole graph export', async () => {
      const counts = async () => ({
        entities: await server.store.read(countByKind),
        rolesAndCitations: await server.store.read(countRolesAndCitations),
        relationsPerType: await server.store.read(countByRelationType),
        edgesPerType: await server.store.read(countEdgesByType),
      });
      // What /export/graph.json streams, with a fixed export time (the only part that may differ between runs).
      const exported = async () => {
        let text = '';
        for await (const chunk of graphJson(server.store, '2026-01-01T00:00:00.000Z')) text += chunk;
        return text;
      };
      const before = await counts();
      const graphBefore = await exported();
      // The counts are those the seed files state (not zero, not just "equal"): one node per entity, role and
      // citation, one relationship per fact, and the loader's own links (a person HOLDS each role, each role is
      // HELD_IN at most one place and ON_BEHALF_OF at most one, each citation is FROM its document).
      const plan = seedPlan();
      const edges = Object.fromEntries(before.edgesPerType.map((row) => [String(row.type), Number(row.count)]));
      expect(edges.HOLDS).toBe(plan.roles.length);
      expect(edges.HELD_IN).toBe(plan.roles.filter((role) => role.heldInId !== null).length);
      expect(edges.ON_BEHALF_OF).toBe(plan.roles.filter((role) => role.onBehalfOfId !== null).length);
      expect(edges.FROM).toBe(plan.citations.length);
      const relations = before.relationsPerType.reduce((sum, row) => sum + Number(row.count), 0);
      expect(relations).toBe(plan.relations.length);
      // 001: the KDU minutes of 5 Nov 2021 list 13 participants ("Deltaker Rolle Til stede / ikke til stede"), and
      // record in 75/21 that "Reisch presenterer sitt arbeid": 14 attendances.
      const attendances = await server.query<{ node: { attendances: unknown[] } }>(
        '{ node(id: "meeting:kdu-2021-11-05") { ... on Meeting { attendances { id } } } }',
      );
      const attended = attendances.data?.node.attendances.length;
      expect(attended).toBe(14);
      await loadPlan(server.store, plan);
      expect(await counts()).toEqual(before);
      expect(await exported()).toBe(graphBefore);
      const again = await server.query<{ node: { attendances: unknown[] } }>(
        '{ node(id: "meeting:kdu-2021-11-05") { ... on Meeting { attendances { id } } } }',
      );
      expect(again.data?.node.attendances.length).toBe(attended);
    }, 120_000);

    it('a seed that fails half-way leaves the graph as it was', async () => {
      const before = await server.store.read(countRolesAndCitations);
      const plan = seedPlan();
      const [firstPerson] = plan.entities.filter((entity) => entity.kind === 'PERSON');
      if (!firstPerson) throw new Error('the seed has no person');
      // Entities are written before roles: a fault injected right after the roles statement must undo the new
      // person written before it (the whole load is one transaction).
      const poisoned = {
        ...plan,
        entities: [...plan.entities, { ...firstPerson, id: 'person:rollback-probe', name: 'Rollback Probe' }],
      };
      const removeFault = server.store.onStatement((statement) => {
        if (statement.name === 'upsertRoles') throw new Error('injected fault after upsertRoles');
      });
      try {
        await expect(loadPlan(server.store, poisoned)).rejects.toThrow(/injected fault/);
      } finally {
        removeFault();
      }
      expect(await server.store.read(countRolesAndCitations)).toEqual(before);
      const probe = await server.query('{ node(id: "person:rollback-probe") { id } }');
      expect(probe.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const search = await server.query<{ search: unknown[] }>('{ search(text: "Rollback Probe") { score } }');
      expect(search.data?.search).toEqual([]);
    });
  });
}
