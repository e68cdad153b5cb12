import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './support/engines.js';
import { startServer, type TestServer } from './support/server.js';

// Report arithmetic: every grouping (FUNDER, RECIPIENT, PROJECT, YEAR) and every filter (year, funder, recipient) of
// the funding report, and the grants report's totals, with exact kroner read from the documents. Each expected figure
// is derived in a comment from the passages it rests on (document number: "passage").
//
// The grants the documents state (29; 24 with an amount):
//  000 (årsrapport 2022): "Stillingen ble i 2022 finansiert ved kr 150 000 i skjønnsmidler fra Statsforvalteren"
//      → 150 000, 2022, Statsforvalteren i Trøndelag → kompetansenettverket oppvekst. Three more grants with no
//      amount: the ERG money (to the council and project ERG, no funder), the Kompetanseløftet coordinator and
//      «Barn med særskilte behov» (both from Statsforvalteren i Trøndelag).
//  002 (ASU 17.4.2024): "HARMONI … er nå blitt innvilget av Norges forskningsråd, med 7 mill." → 7 000 000, no year;
//      the CAG funding from Helse Midt-Norge RHF, no amount.
//  003 (status): Barneblikk, "finansiert av tilskot frå Statsforvaltaren" (Møre og Romsdal), no amount.
//  004 (årlig melding 2024, tillegg):
//      "varig bevilget 150 mill. kroner … til Helse Sør-Øst RHF, Helse Midt-Norge RHF og Helse Vest RHF" → 150 000 000,
//      2024, no funder, THREE recipients; and its parts "92,85 mill. kroner til Helse Sør-Øst RHF, 32,85 mill. kroner
//      til Helse Vest RHF og 24,30 mill. kroner til Helse Midt-Norge RHF" (2024, no funder) → 150 000 000 in all.
//      "Helse Møre og Romsdal ble tildelt 8,564 mill." → 8 564 000, 2024, from Helse Midt-Norge RHF.
//      "tildeling av rekrutterings- og samhandlingstilskudd for 2024 (11.170 mill.)" → 11 170 000, 2024, from Helse
//      Midt-Norge RHF to Helsefellesskapet Søndre Trøndelag, which gave it to eight projects (ASU sak 42/24):
//      "Forsterket utskrivningsteam: 4,5 mill.", "Barn og unge-prosjektet: 1,5 mill.", "Helseplattformen som
//      samhandlingsverktøy: 1,85 mill.", four times "0,8 mill." (traineeordning, jordmortjenesten, Digitale FACT (ung)
//      team, psykisk helse og rus voksne) and "«UKP-konferanse 1 år etter»: 120 000."
//      → 4 500 000 + 1 500 000 + 1 850 000 + 4 × 800 000 + 120 000 = 11 170 000, all 2024.
//      "PSHT Møre og Romsdal fikk tildelt 6.105.000,-" (no year) and "Samhandlingsoptimalisering Helseplattformen ble
//      tildelt 3.812.000,- for 2025 og 3.812.000,- for 2026", all from Helsefellesskapet Møre og Romsdal.
//      Nordre Trøndelag's five tiltak, 2024: 1 300 000, 1 366 000, 1 200 000, 200 000 and 500 000;
//      "Sum 2 200 000 2 366 000 4 566 000".
//
// The grand total, each grant once:
//   150 000 + 7 000 000 + 150 000 000 + 150 000 000 + 8 564 000 + 11 170 000 + 11 170 000 + 6 105 000
//   + 2 × 3 812 000 + 4 566 000 = 356 349 000 kr.

type Key = string | number | null;
/** One row as [entity id or year or null, kroner, grants, grants without an amount]. */
type Row = [Key, number, number, number];

interface Report {
  rows: Row[];
  totalNok: number;
  grants: number;
}

const FUNDING = `query ($groupBy: FundingGroup!, $year: Int, $funder: ID, $recipient: ID) {
  fundingTotals(groupBy: $groupBy, year: $year, funder: $funder, recipient: $recipient) {
    groupBy totalNok grants rows { entity { id } year totalNok grants grantsWithoutAmount }
  }
}`;

for (const engine of engines()) {
  describe(`Funding arithmetic on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startServer(engine);
    });
    afterAll(async () => {
      await server?.stop();
    });

    const funding = async (
      groupBy: 'FUNDER' | 'RECIPIENT' | 'PROJECT' | 'YEAR',
      filters: { year?: number; funder?: string; recipient?: string } = {},
    ): Promise<Report> => {
      const response = await server.query<{
        fundingTotals: {
          groupBy: string;
          totalNok: number;
          grants: number;
          rows: {
            entity: { id: string } | null;
            year: number | null;
            totalNok: number;
            grants: number;
            grantsWithoutAmount: number;
          }[];
        };
      }>(FUNDING, { groupBy, ...filters });
      expect(response.errors).toBeUndefined();
      const report = response.data?.fundingTotals;
      if (!report) throw new Error('no report');
      expect(report.groupBy).toBe(groupBy);
      return {
        rows: report.rows.map((row) => [row.entity?.id ?? row.year, row.totalNok, row.grants, row.grantsWithoutAmount]),
        totalNok: report.totalNok,
        grants: report.grants,
      };
    };

    it('by FUNDER: each funder its own grants, the grants no funder is stated for in one row', async () => {
      expect(await funding('FUNDER')).toEqual({
        rows: [
          // 004: the 150 mill. pool and its three parts (92,85 + 32,85 + 24,30) name no funder: 300 000 000 in
          // 4 grants; the ERG money (000) names none either and states no amount.
          [null, 300_000_000, 5, 1],
          // 004: 8 564 000 to Helse Møre og Romsdal + 11 170 000 to Søndre Trøndelag; the CAG grant (002), no amount.
          ['org:helse-midt-norge', 19_734_000, 3, 1],
          // 004: 6 105 000 + 3 812 000 (2025) + 3 812 000 (2026).
          ['org:helsefellesskapet-more-og-romsdal', 13_729_000, 3, 0],
          // 004, ASU sak 42/24: 4,5 + 1,5 + 1,85 + 4 × 0,8 mill. + 120 000.
          ['org:helsefellesskapet-sondre-trondelag', 11_170_000, 8, 0],
          // 002: "med 7 mill."
          ['funder:norges-forskningsrad', 7_000_000, 1, 0],
          // 004: "Sum … 4 566 000" over five tiltak.
          ['org:helsefellesskapet-nordre-trondelag', 4_566_000, 5, 0],
          // 000: "kr 150 000 i skjønnsmidler", and two more grants with no amount.
          ['org:statsforvalteren-trondelag', 150_000, 3, 2],
          // 003: Barneblikk, no amount.
          ['org:statsforvalteren-more-og-romsdal', 0, 1, 1],
        ],
        totalNok: 356_349_000,
        grants: 29,
      });
    });

    it('by RECIPIENT: a grant to three recipients is in each of their rows, and in the grand total once', async () => {
      const report = await funding('RECIPIENT');
      expect(report.rows).toEqual([
        // 004: the 150 mill. pool goes to all three RHFs, each also has its own part.
        ['org:helse-sor-ost', 242_850_000, 2, 0], // 150 000 000 + 92 850 000
        ['org:helse-vest', 182_850_000, 2, 0], // 150 000 000 + 32 850 000
        ['org:helse-midt-norge', 174_300_000, 2, 0], // 150 000 000 + 24 300 000
        ['org:helsefellesskapet-sondre-trondelag', 11_170_000, 1, 0], // "(11.170 mill.)"
        ['org:helse-more-og-romsdal', 8_564_000, 1, 0], // "8,564 mill."
        ['project:samhandlingsoptimalisering-helseplattformen', 7_624_000, 2, 0], // 3 812 000 for 2025 and for 2026
        ['project:harmoni', 7_000_000, 1, 0],
        ['project:psht-more-og-romsdal', 6_105_000, 1, 0],
        ['project:psht-sondre-trondelag', 4_500_000, 1, 0], // "Forsterket utskrivningsteam: 4,5 mill."
        ['project:helseplattformen-som-samhandlingsverktoy', 1_850_000, 1, 0],
        ['project:barn-og-unge-prosjektet', 1_500_000, 1, 0],
        ['project:implementering-barn-og-unge', 1_366_000, 1, 0],
        ['project:implementering-anbefalinger-hjem-til-hjem', 1_300_000, 1, 0],
        ['project:prosjektfinansiering-helhetlige-pasientforlop-fra-hjem-til-hjem', 1_200_000, 1, 0],
        ['project:digitale-fact-ung-team', 800_000, 1, 0],
        ['project:felles-traineeordning-for-sykepleiere', 800_000, 1, 0],
        ['project:kombinerte-stillinger-for-jordmortjenesten', 800_000, 1, 0],
        ['project:psykisk-helse-og-rus-voksne', 800_000, 1, 0],
        ['project:finansiering-av-forskning-pa-samhandling', 500_000, 1, 0],
        ['project:samhandlingskonferanse-2025', 200_000, 1, 0],
        ['org:ts-kompetansenettverket-oppvekst', 150_000, 1, 0], // 000: "kr 150 000 i skjønnsmidler"
        ['project:ukp-konferanse-1-ar-etter', 120_000, 1, 0],
        // Grants that state no amount: zero kroner, counted as grants without an amount.
        ['org:ipr-trondelag-sorvest', 0, 1, 1],
        ['project:barneblikk', 0, 1, 1],
        ['project:cag-baerekraftige-helsetjenester-eldre-skropelighet', 0, 1, 1],
        ['project:erg', 0, 1, 1],
        ['project:individuelle-tiltak-barnehage', 0, 1, 1],
        ['project:kompetanseloftet', 0, 1, 1],
      ]);
      // The rows add up to 656 349 000 (the pool three times); the grand total counts it once.
      expect(report.rows.reduce((sum, row) => sum + row[1], 0)).toBe(656_349_000);
      expect(report.totalNok).toBe(356_349_000);
      expect(report.grants).toBe(29);
    });

    it('by PROJECT: project recipients only; grants to organisations in the row without an entity', async () => {
      const report = await funding('PROJECT');
      expect(report.rows).toEqual([
        // To organisations only: 150 000 (000) + 150 000 000 + 92 850 000 + 32 850 000 + 24 300 000 + 8 564 000
        // + 11 170 000 (004) = 319 884 000 in 7 grants.
        [null, 319_884_000, 7, 0],
        ['project:samhandlingsoptimalisering-helseplattformen', 7_624_000, 2, 0],
        ['project:harmoni', 7_000_000, 1, 0],
        ['project:psht-more-og-romsdal', 6_105_000, 1, 0],
        ['project:psht-sondre-trondelag', 4_500_000, 1, 0],
        ['project:helseplattformen-som-samhandlingsverktoy', 1_850_000, 1, 0],
        ['project:barn-og-unge-prosjektet', 1_500_000, 1, 0],
        ['project:implementering-barn-og-unge', 1_366_000, 1, 0],
        ['project:implementering-anbefalinger-hjem-til-hjem', 1_300_000, 1, 0],
        ['project:prosjektfinansiering-helhetlige-pasientforlop-fra-hjem-til-hjem', 1_200_000, 1, 0],
        ['project:digitale-fact-ung-team', 800_000, 1, 0],
        ['project:felles-traineeordning-for-sykepleiere', 800_000, 1, 0],
        ['project:kombinerte-stillinger-for-jordmortjenesten', 800_000, 1, 0],
        ['project:psykisk-helse-og-rus-voksne', 800_000, 1, 0],
        ['project:finansiering-av-forskning-pa-samhandling', 500_000, 1, 0],
        ['project:samhandlingskonferanse-2025', 200_000, 1, 0],
        ['project:ukp-konferanse-1-ar-etter', 120_000, 1, 0],
        ['project:barneblikk', 0, 1, 1],
        ['project:cag-baerekraftige-helsetjenester-eldre-skropelighet', 0, 1, 1],
        ['project:erg', 0, 1, 1],
        ['project:individuelle-tiltak-barnehage', 0, 1, 1],
        ['project:kompetanseloftet', 0, 1, 1],
      ]);
      // 36 465 000 to projects + 319 884 000 to organisations = 356 349 000, each grant once (ERG goes to both a
      // project and the council, and is in the project row only).
      expect(report.totalNok).toBe(356_349_000);
      expect(report.grants).toBe(29);
    });

    it('by YEAR: each year its grants, grants with no stated year in one row', async () => {
      expect(await funding('YEAR')).toEqual({
        rows: [
          // 2024: 150 000 000 + 150 000 000 (the three parts) + 8 564 000 + 11 170 000 + 11 170 000 (the eight
          // projects) + 4 566 000 (Nordre Trøndelag) = 335 470 000 in 4 + 1 + 1 + 8 + 5 = 19 grants.
          [2024, 335_470_000, 19, 0],
          // No year stated: HARMONI 7 000 000 (002) + PSHT Møre og Romsdal 6 105 000 (004), and the five grants
          // that state no amount.
          [null, 13_105_000, 7, 5],
          [2026, 3_812_000, 1, 0], // "3.812.000,- for 2026"
          [2025, 3_812_000, 1, 0], // "3.812.000,- for 2025"
          [2022, 150_000, 1, 0], // "i 2022 finansiert ved kr 150 000"
        ],
        totalNok: 356_349_000,
        grants: 29,
      });
    });

    it('the year filter keeps the grants of that year, in every grouping and in the grand total', async () => {
      const in2024 = await funding('FUNDER', { year: 2024 });
      expect(in2024).toEqual({
        rows: [
          [null, 300_000_000, 4, 0], // the pool and its three parts
          ['org:helse-midt-norge', 19_734_000, 2, 0], // 8 564 000 + 11 170 000
          ['org:helsefellesskapet-sondre-trondelag', 11_170_000, 8, 0],
          ['org:helsefellesskapet-nordre-trondelag', 4_566_000, 5, 0],
        ],
        totalNok: 335_470_000,
        grants: 19,
      });
      const recipients2024 = await funding('RECIPIENT', { year: 2024 });
      expect(recipients2024.totalNok).toBe(335_470_000);
      // The rows count the pool three times: 335 470 000 + 2 × 150 000 000.
      expect(recipients2024.rows.reduce((sum, row) => sum + row[1], 0)).toBe(635_470_000);
      expect(await funding('YEAR', { year: 2022 })).toEqual({
        rows: [[2022, 150_000, 1, 0]],
        totalNok: 150_000,
        grants: 1,
      });
      // A year no document speaks of: nothing, and a zero total rather than an error.
      expect(await funding('PROJECT', { year: 1999 })).toEqual({ rows: [], totalNok: 0, grants: 0 });
    });

    it('the funder filter keeps that funder’s grants', async () => {
      expect(await funding('YEAR', { funder: 'org:helsefellesskapet-more-og-romsdal' })).toEqual({
        rows: [
          [null, 6_105_000, 1, 0], // PSHT Møre og Romsdal, no year stated
          [2026, 3_812_000, 1, 0],
          [2025, 3_812_000, 1, 0],
        ],
        totalNok: 13_729_000,
        grants: 3,
      });
      expect(await funding('PROJECT', { funder: 'org:helsefellesskapet-more-og-romsdal', year: 2025 })).toEqual({
        rows: [['project:samhandlingsoptimalisering-helseplattformen', 3_812_000, 1, 0]],
        totalNok: 3_812_000,
        grants: 1,
      });
    });

    it('the recipient filter keeps the grants to that recipient, and counts a shared grant once', async () => {
      // Helse Midt-Norge RHF receives the 150 mill. pool (with two others) and its part, 24,30 mill.
      expect(await funding('FUNDER', { recipient: 'org:helse-midt-norge' })).toEqual({
        rows: [[null, 174_300_000, 2, 0]],
        totalNok: 174_300_000,
        grants: 2,
      });
      // Grouped by recipient, the pool also shows in its other recipients' rows; the total is still 174 300 000.
      expect(await funding('RECIPIENT', { recipient: 'org:helse-midt-norge' })).toEqual({
        rows: [
          ['org:helse-midt-norge', 174_300_000, 2, 0],
          ['org:helse-sor-ost', 150_000_000, 1, 0],
          ['org:helse-vest', 150_000_000, 1, 0],
        ],
        totalNok: 174_300_000,
        grants: 2,
      });
      expect(await funding('YEAR', { recipient: 'project:samhandlingsoptimalisering-helseplattformen' })).toEqual({
        rows: [
          [2026, 3_812_000, 1, 0],
          [2025, 3_812_000, 1, 0],
        ],
        totalNok: 7_624_000,
        grants: 2,
      });
      // Filters combine: funder and recipient and year.
      expect(
        await funding('FUNDER', {
          funder: 'org:helse-midt-norge',
          recipient: 'org:helsefellesskapet-sondre-trondelag',
          year: 2024,
        }),
      ).toEqual({ rows: [['org:helse-midt-norge', 11_170_000, 1, 0]], totalNok: 11_170_000, grants: 1 });
    });

    it('the grants report counts and sums every grant that matches, whatever the page', async () => {
      const grants = async (filter: Record<string, unknown>) => {
        const response = await server.query<{ grants: { totalCount: number; totalNok: number } }>(
          'query ($filter: GrantFilter) { grants(filter: $filter, first: 1) { totalCount totalNok } }',
          { filter },
        );
        expect(response.errors).toBeUndefined();
        return response.data?.grants;
      };
      expect(await grants({})).toEqual({ totalCount: 29, totalNok: 356_349_000 });
      expect(await grants({ year: 2024 })).toEqual({ totalCount: 19, totalNok: 335_470_000 });
      expect(await grants({ recipient: 'org:helse-midt-norge' })).toEqual({ totalCount: 2, totalNok: 174_300_000 });
      expect(await grants({ funder: 'org:statsforvalteren-trondelag' })).toEqual({ totalCount: 3, totalNok: 150_000 });
      expect(await grants({ funder: 'org:helse-midt-norge', year: 2024 })).toEqual({
        totalCount: 2,
        totalNok: 19_734_000,
      });
    });
  });
}
