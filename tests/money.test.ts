import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './support/engines.js';
import { startServer, type TestServer } from './support/server.js';

// Issue 11, money: the grant tree (Grant.partOf, Grant.parts) and the funders the text names, over HTTP on each
// engine. Every expected answer is read from document 004 (Helse Midt-Norge RHF, årlig melding 2024, tillegg); the
// passage is quoted beside it.

interface TreeGrant {
  id: string;
  amountNok: number | null;
  funder: { id: string } | null;
  partOf: { id: string } | null;
  parts: { id: string; amountNok: number | null }[];
  partsTotalNok: number | null;
  partsNote: string | null;
}

const TREE_GRANT = 'id amountNok funder { id } partOf { id } parts { id amountNok } partsTotalNok partsNote';

for (const engine of engines()) {
  describe(`The grant tree on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startServer(engine);
    });
    afterAll(async () => {
      await server?.stop();
    });

    const grant = async (id: string): Promise<TreeGrant> => {
      const response = await server.query<{ node: TreeGrant }>(
        `query ($id: ID!) { node(id: $id) { ... on Grant { ${TREE_GRANT} } } }`,
        { id },
      );
      expect(response.errors).toBeUndefined();
      if (!response.data?.node) throw new Error(`no grant ${id}`);
      return response.data.node;
    };

    // "I forbindelse med revidert nasjonalbudsjett for 2024 er det varig bevilget 150 mill. kroner … Det innebærer
    // 92,85 mill. kroner til Helse Sør-Øst RHF, 32,85 mill. kroner til Helse Vest RHF og 24,30 mill. kroner til Helse
    // Midt-Norge RHF." → three parts, 92 850 000 + 32 850 000 + 24 300 000 = 150 000 000, the whole.
    it('Hva består de 150 millionene av, og hvem bevilget dem? / What are the 150 million made of, and who granted them?', async () => {
      const total = await grant('grant:samhandlingstilskudd-2024-rhf-total');
      expect(total).toEqual({
        id: 'grant:samhandlingstilskudd-2024-rhf-total',
        amountNok: 150_000_000,
        funder: { id: 'funder:revidert-nasjonalbudsjett-2024' },
        partOf: null,
        parts: [
          { id: 'grant:samhandlingstilskudd-2024-helse-sor-ost', amountNok: 92_850_000 },
          { id: 'grant:samhandlingstilskudd-2024-helse-vest', amountNok: 32_850_000 },
          { id: 'grant:samhandlingstilskudd-2024-helse-midt-norge', amountNok: 24_300_000 },
        ],
        partsTotalNok: 150_000_000,
        partsNote: null,
      });
      // The shares are the same money: the text names the same budget for them.
      for (const part of total.parts) {
        expect((await grant(part.id)).funder).toEqual({ id: 'funder:revidert-nasjonalbudsjett-2024' });
      }
    });

    // "fordeles etter inntektsmodellen og overføres til våre tre Helsefellesskap": "Helse Møre og Romsdal ble tildelt
    // 8,564 mill.", Søndre Trøndelag "(11.170 mill.)", and Helse Nord-Trøndelag "fordelt midlene som ble tildelt i
    // 2024" with the table's "Sum 2 200 000 2 366 000 4 566 000" (that share is a reading). 8 564 000 + 11 170 000
    // + 4 566 000 = 24 300 000.
    it('Hvor gikk Helse Midt-Norges 24,3 millioner? / Where did Helse Midt-Norge’s 24.3 million go?', async () => {
      const hmn = await grant('grant:samhandlingstilskudd-2024-helse-midt-norge');
      expect(hmn.partOf).toEqual({ id: 'grant:samhandlingstilskudd-2024-rhf-total' });
      expect(hmn.parts).toEqual([
        { id: 'grant:samhandlingstilskudd-2024-sondre-trondelag', amountNok: 11_170_000 },
        { id: 'grant:samhandlingstilskudd-2024-helse-more-og-romsdal', amountNok: 8_564_000 },
        { id: 'grant:samhandlingstilskudd-2024-helse-nord-trondelag', amountNok: 4_566_000 },
      ]);
      expect(hmn.partsTotalNok).toBe(24_300_000);
      const nordre = await server.query<{ node: { citations: { reading: string | null }[] } }>(
        '{ node(id: "grant:samhandlingstilskudd-2024-helse-nord-trondelag") { ... on Grant { citations { reading } } } }',
      );
      // Its amount rests on a reading, and the client shows it as such (tolket).
      const readings = nordre.data?.node.citations.map((citation) => citation.reading) ?? [];
      expect(readings.length).toBeGreaterThan(0);
      expect(readings.every((reading) => reading?.includes('24,30 − 8,564 − 11,170 mill.'))).toBe(true);
      const tiltak = await grant('grant:samhandlingstilskudd-2024-helse-nord-trondelag');
      expect(tiltak.parts.map((part) => part.amountNok)).toEqual([1_366_000, 1_300_000, 1_200_000, 500_000, 200_000]);
    });

    // ASU sak 42/24, "Fordelingen ble som følger": eight projects, 4 500 000 + 1 500 000 + 1 850 000 + 4 × 800 000
    // + 120 000 = 11 170 000 = "(11.170 mill.)".
    it('Går Søndre Trøndelags prosjekter opp i 11,17 millioner? / Do Søndre Trøndelag’s projects add up to 11.17 million?', async () => {
      const sondre = await grant('grant:samhandlingstilskudd-2024-sondre-trondelag');
      expect(sondre.parts).toHaveLength(8);
      expect(sondre.parts[0]).toEqual({
        id: 'grant:samhandlingstilskudd-2024-forsterket-utskrivningsteam',
        amountNok: 4_500_000,
      });
      expect(sondre.partsTotalNok).toBe(sondre.amountNok);
      expect(sondre.partsTotalNok).toBe(11_170_000);
      const project = await grant('grant:samhandlingstilskudd-2024-ukp-konferanse-1-ar-etter');
      expect(project).toMatchObject({
        partOf: { id: 'grant:samhandlingstilskudd-2024-sondre-trondelag' },
        parts: [],
        partsTotalNok: null,
      });
    });

    // "PSHT Møre og Romsdal fikk tildelt 6.105.000,-", "Samhandlingsoptimalisering Helseplattformen ble tildelt
    // 3.812.000,- for 2025 og 3.812.000,- for 2026": 13 729 000 against the 8 564 000 share, with the reason
    // "Helse Møre og Romsdal forskutterte også bruk av midler for 2025."
    it('Hvorfor fordelte Helse Møre og Romsdal mer enn de fikk? / Why did Helse Møre og Romsdal allocate more than it received?', async () => {
      const hmr = await grant('grant:samhandlingstilskudd-2024-helse-more-og-romsdal');
      expect(hmr.amountNok).toBe(8_564_000);
      expect(hmr.partsTotalNok).toBe(13_729_000);
      expect(hmr.partsNote).toBe('Helse Møre og Romsdal forskutterte også bruk av midler for 2025.');
      expect(hmr.parts.map((part) => part.amountNok)).toEqual([6_105_000, 3_812_000, 3_812_000]);
    });

    it('Hvilke tilskudd ga revidert nasjonalbudsjett 2024? / Which grants did the revised national budget 2024 give?', async () => {
      const response = await server.query<{ node: { name: string; grants: { id: string }[] } }>(
        '{ node(id: "funder:revidert-nasjonalbudsjett-2024") { ... on Funder { name grants { id } } } }',
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.node.name).toBe('Revidert nasjonalbudsjett 2024');
      expect(response.data?.node.grants.map((item) => item.id).sort()).toEqual([
        'grant:samhandlingstilskudd-2024-helse-midt-norge',
        'grant:samhandlingstilskudd-2024-helse-sor-ost',
        'grant:samhandlingstilskudd-2024-helse-vest',
        'grant:samhandlingstilskudd-2024-rhf-total',
      ]);
    });

    // Every grant whose funder a text names has it: only the ERG support ("Trøndelag sørvest fikk innvilget støtte
    // til prosjekt", 000) names none.
    it('Hvilke tilskudd mangler bevilger? / Which grants have no funder?', async () => {
      const response = await server.query<{ grants: { edges: { node: { id: string; funder: unknown } }[] } }>(
        '{ grants(first: 500) { edges { node { ... on Grant { id funder { id } } } } } }',
      );
      const withoutFunder = response.data?.grants.edges.filter((edge) => edge.node.funder === null) ?? [];
      expect(withoutFunder.map((edge) => edge.node.id)).toEqual(['grant:erg-regionale-utviklingsmidler']);
    });
  });
}
