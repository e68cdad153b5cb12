import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './support/engines.js';
import { startServer, type TestServer } from './support/server.js';

// Seats held over time (issue 11): one role per person and post, every statement of it an observation, and the
// as-of rules (docs/data-model.md) answering "who holds this seat now, and who did before?". Each answer is read
// from the documents:
//   001 (minutes of KDU, 5 Nov 2021): "Beathe Sandvik Meland Kommunedirektør, Frøya x", "Emil Raaen Kommunedirektør
//       Ørland Ikke til stede", "Petter Lindseth Kommunedirektør, Skaun x", "Kari Frøseth Daglig leder x".
//   000 (annual report 2022): "Frøya Kristin F. Strømskag, ordfører Geir Meland Beate Sandvik Meland,
//       kommunedirektør", "Ørland Ogne Undertun, varaordfører Marit K Ervik, kommunedirektør", "Skaun Gunn Iversen
//       Stokke, ordfører Siri Grøttjord Petter Lindseth" (no title), "Daglig leder 100% stilling - Kari Frøseth".

interface Ref {
  id: string;
}
interface Role {
  id: string;
  title: string;
  person: Ref;
  heldIn: Ref | null;
  representing: Ref | null;
  share: number | null;
  duty: boolean;
  status: string;
  firstObserved: string | null;
  lastObserved: string | null;
  endedOn: string | null;
  post: { id: string; title: string; singleSeat: boolean };
  observations: { from: string | null; to: string | null; citation: { quote: string; document: Ref } }[];
}

const ROLE = `id title person { id } heldIn { id } representing { id } share duty status(asOf: $day)
  firstObserved lastObserved endedOn post { id title singleSeat }
  observations { from to citation { quote document { id } } }`;

for (const engine of engines()) {
  describe(`Seats held over time on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startServer(engine);
    });
    afterAll(async () => {
      await server?.stop();
    });

    const ask = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
      const response = await server.query<T>(query, variables);
      expect(response.errors).toBeUndefined();
      return response.data as T;
    };

    /** The municipality's own office with this title on `day`, each holder with its status that day. */
    const office = async (municipality: string, title: string, day: string) => {
      const data = await ask<{ node: { representatives: Role[] } }>(
        `query ($id: ID!, $day: Date!) { node(id: $id) { ... on Municipality { representatives(asOf: $day) { ${ROLE} } } } }`,
        { id: municipality, day },
      );
      return data.node.representatives
        .filter((role) => role.heldIn?.id === municipality && role.post.title === title)
        .map((role) => ({ person: role.person.id, status: role.status, lastObserved: role.lastObserved }));
    };

    it('Hvem var kommunedirektør i Frøya 15. november 2021? The seat the minutes filled ten days before is held', async () => {
      // Before issue 11 this answered "Ingen roller er registrert": the minutes' statement held on the meeting day only.
      expect(await office('municipality:froya', 'kommunedirektør', '2021-11-15')).toEqual([
        { person: 'person:beate-sandvik-meland', status: 'HELD', lastObserved: '2022-12-31' },
      ]);
    });

    it('Hvem er kommunedirektør i Frøya i 2023? Last confirmed at the end of 2022, since no later source names another', async () => {
      expect(await office('municipality:froya', 'kommunedirektør', '2023-06-01')).toEqual([
        { person: 'person:beate-sandvik-meland', status: 'LAST_CONFIRMED', lastObserved: '2022-12-31' },
      ]);
    });

    it('Hvem var kommunedirektør i Ørland i desember 2021, og i juni 2022? Raaen until Ervik is named, then ended', async () => {
      expect(await office('municipality:orland', 'kommunedirektør', '2021-12-15')).toEqual([
        { person: 'person:emil-raaen', status: 'LAST_CONFIRMED', lastObserved: '2021-11-05' },
      ]);
      expect(await office('municipality:orland', 'kommunedirektør', '2022-06-01')).toEqual([
        { person: 'person:marit-ervik', status: 'HELD', lastObserved: '2022-12-31' },
      ]);
      const data = await ask<{ node: { roles: Role[] } }>(
        `query ($day: Date!) { node(id: "person:emil-raaen") { ... on Person { roles { ${ROLE} } } } }`,
        { day: '2022-06-01' },
      );
      const director = data.node.roles.filter((role) => role.heldIn?.id === 'municipality:orland');
      expect(director.map((role) => [role.post.title, role.status, role.endedOn])).toEqual([
        ['kommunedirektør', 'ENDED', '2022-01-01'],
      ]);
    });

    it('Hvem er kommunedirektør i Skaun i 2022? The report names Lindseth without a title: last confirmed in 2021', async () => {
      expect(await office('municipality:skaun', 'kommunedirektør', '2022-06-01')).toEqual([
        { person: 'person:petter-lindseth', status: 'LAST_CONFIRMED', lastObserved: '2021-11-05' },
      ]);
    });

    it('Hvem var ordfører i Frøya 15. november 2021? Nothing is claimed before the first statement (2022)', async () => {
      expect(await office('municipality:froya', 'ordfører', '2021-11-15')).toEqual([]);
      const response = await server.query<unknown>(
        `query ($day: Date!) { node(id: "person:kristin-stromskag") { ... on Person { roles { title status(asOf: $day) } } } }`,
        { day: '2021-11-15' },
      );
      expect(response.errors?.map((error) => error.extensions?.code)).toContain('NOT_CLAIMED');
    });

    it("lists Frøya's municipal director once, with both statements as observations and no 'on behalf of' herself", async () => {
      const data = await ask<{ node: { representatives: Role[] } }>(
        `query ($day: Date!) { node(id: "municipality:froya") { ... on Municipality { representatives { ${ROLE} } } } }`,
        { day: '2022-06-01' },
      );
      const director = data.node.representatives.filter(
        (role) => role.heldIn?.id === 'municipality:froya' && role.post.title === 'kommunedirektør',
      );
      expect(director).toHaveLength(1);
      expect(director[0]?.representing).toBeNull();
      expect(director[0]?.firstObserved).toBe('2021-11-05');
      expect(director[0]?.post.singleSeat).toBe(true);
      expect(
        director[0]?.observations.map((o) => [o.citation.document.id, o.from, o.to, o.citation.quote.slice(0, 21)]),
      ).toEqual([
        ['doc:kdu-referat-2021-11-05', '2021-11-05', '2021-11-05', 'Beathe Sandvik Meland'],
        ['doc:arsrapport-2022', '2022-01-01', '2022-12-31', 'Frøya Kristin F. Strø'],
      ]);
    });

    it('Hvem er daglig leder i sekretariatet? One role from both documents, with the share the report states', async () => {
      const data = await ask<{ node: { roles: Role[] } }>(
        `query ($day: Date!) { node(id: "person:kari-froseth") { ... on Person { roles { ${ROLE} } } } }`,
        { day: '2022-01-15' },
      );
      const manager = data.node.roles.filter((role) => role.post.title === 'daglig leder');
      expect(manager.map((role) => [role.heldIn?.id, role.share, role.status, role.observations.length])).toEqual([
        ['org:ts-sekretariatet', 100, 'HELD', 2],
      ]);
    });

    it("Hvem har satt i Ørlands kommunedirektørstilling? The post's holders, newest first, and on a day", async () => {
      const person = await ask<{ node: { roles: Role[] } }>(
        `query ($day: Date!) { node(id: "person:marit-ervik") { ... on Person { roles { ${ROLE} } } } }`,
        { day: '2022-06-01' },
      );
      const postId = person.node.roles.find((role) => role.post.title === 'kommunedirektør')?.post.id;
      const data = await ask<{ node: { title: string; organization: Ref; all: Role[]; then: Role[] } }>(
        `query ($id: ID!, $day: Date!) { node(id: $id) { ... on Post { title organization { id }
           all: holders { person { id } status(asOf: $day) }
           then: holders(asOf: "2021-12-01") { person { id } status(asOf: $day) } } } }`,
        { id: postId, day: '2022-06-01' },
      );
      expect(data.node.title).toBe('kommunedirektør');
      expect(data.node.organization.id).toBe('municipality:orland');
      expect(data.node.all.map((role) => [role.person.id, role.status])).toEqual([
        ['person:marit-ervik', 'HELD'],
        ['person:emil-raaen', 'ENDED'],
      ]);
      expect(data.node.then.map((role) => role.person.id)).toEqual(['person:emil-raaen']);
    });

    it("Hvem kom og hvem gikk mellom 5. november 2021 og 30. juni 2022? Ørland's director changed", async () => {
      const data = await ask<{ changes: { changes: { kind: string; person: Ref; place: Ref | null }[] } }>(
        `query ($from: Date!, $to: Date!) { changes(from: $from, to: $to) { changes { kind person { id } place { id } } } }`,
        { from: '2021-11-05', to: '2022-06-30' },
      );
      const orland = data.changes.changes.filter((change) => change.place?.id === 'municipality:orland');
      expect(orland.map((change) => [change.kind, change.person.id]).sort()).toEqual([
        ['CAME', 'person:marit-ervik'],
        ['CAME', 'person:ogne-undertun'],
        ['LEFT', 'person:emil-raaen'],
      ]);
      // A seat last confirmed on 5 Nov 2021 is not a leave: Skaun's director stays (he came to the council's table).
      expect(
        data.changes.changes.filter(
          (change) => change.person.id === 'person:petter-lindseth' && change.place?.id === 'municipality:skaun',
        ),
      ).toEqual([]);
    });

    it("lists the 2022 council table as the listing of Frøya's representatives: a seat with several holders", async () => {
      // 000: "Kommune Navn på representanter – representantskap uthevet" + "Frøya Kristin F. Strømskag, ordfører Geir
      // Meland Beate Sandvik Meland, kommunedirektør": three representatives, and the row is the whole list.
      const person = await ask<{ node: { roles: Role[] } }>(
        `query ($day: Date!) { node(id: "person:geir-meland") { ... on Person { roles { ${ROLE} } } } }`,
        { day: '2022-06-01' },
      );
      const postId = person.node.roles.find((role) => role.heldIn?.id === 'org:ipr-trondelag-sorvest')?.post.id;
      const data = await ask<{
        node: { singleSeat: boolean; onBehalfOf: Ref; holders: Role[]; listings: { from: string; to: string }[] };
      }>(
        `query ($id: ID!, $day: Date!) { node(id: $id) { ... on Post { singleSeat onBehalfOf { id }
           holders(asOf: $day) { person { id } } listings { from to citation { quote } } } } }`,
        { id: postId, day: '2022-06-01' },
      );
      expect(data.node.singleSeat).toBe(false);
      expect(data.node.onBehalfOf.id).toBe('municipality:froya');
      expect(data.node.holders.map((role) => role.person.id).sort()).toEqual([
        'person:beate-sandvik-meland',
        'person:geir-meland',
        'person:kristin-stromskag',
      ]);
      expect(data.node.listings.map((listing) => [listing.from, listing.to])).toEqual([
        ['2022-01-01', '2022-12-31'],
        ['2022-01-01', '2022-12-31'],
      ]);
    });

    it("keeps case duties out of a person's seats: Runar Asp's part in ASU 17 April 2024 is four duties", async () => {
      // 002: "Saksbehandler: Solveig Cruikshank Tofte/Marit Øverås/Karina Haus Steinshylla/Runar Asp" in the case
      // papers, and "Runar Asp" in the agenda's "Ansvarlig" column for 11/24 and 13/24.
      const data = await ask<{ node: { roles: Role[]; duties: Role[] } }>(
        `query ($day: Date!) { node(id: "person:runar-asp") { ... on Person { roles { ${ROLE} } duties { ${ROLE} } } } }`,
        { day: '2024-04-17' },
      );
      expect(data.node.roles).toEqual([]);
      expect(data.node.duties.every((role) => role.duty && role.heldIn?.id.startsWith('case:asu-'))).toBe(true);
      expect(new Set(data.node.duties.map((role) => role.heldIn?.id)).size).toBe(9);
    });
  });
}
