import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './support/engines.js';
import { startServer, type TestServer } from './support/server.js';

// Report arithmetic: every grouping (FUNDER, RECIPIENT, PROJECT, YEAR) and every filter (year, funder, recipient) of
// the funding report, and the grants report's totals, with exact kroner read from the documents. Each expected figure
// is derived in a comment from the passages it rests on (document number: "passage").
//
// The grants the documents state (29 written as grants, 24 with an amount; with the Nordre Trøndelag share, 30):
//  000 (årsrapport 2022): "Stillingen ble i 2022 finansiert ved kr 150 000 i skjønnsmidler fra Statsforvalteren"
//      → 150 000, 2022, Statsforvalteren i Trøndelag → kompetansenettverket oppvekst. Three more grants with no
//      amount: the ERG money (to the council and project ERG, no funder), the Kompetanseløftet coordinator and
//      «Barn med særskilte behov» (both from Statsforvalteren i Trøndelag).
//  002 (ASU 17.4.2024): "HARMONI … er nå blitt innvilget av Norges forskningsråd, med 7 mill." → 7 000 000, no year;
//      the CAG funding from Helse Midt-Norge RHF, no amount.
//  003 (status): Barneblikk, "finansiert av tilskot frå Statsforvaltaren" (Møre og Romsdal), no amount.
//  004 (årlig melding 2024, tillegg):
//      "varig bevilget 150 mill. kroner … til Helse Sør-Øst RHF, Helse Midt-Norge RHF og Helse Vest RHF" → 150 000 000,
//      2024, THREE recipients; and its parts "92,85 mill. kroner til Helse Sør-Øst RHF, 32,85 mill. kroner
//      til Helse Vest RHF og 24,30 mill. kroner til Helse Midt-Norge RHF" (2024) → 150 000 000 in all.
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
//  The tree the documents state (004), each link ALLOCATED_FROM (Grant.partOf):
//      "varig bevilget 150 mill. kroner" (funder: "revidert nasjonalbudsjett for 2024")
//        ├ "92,85 mill. kroner til Helse Sør-Øst RHF" ├ "32,85 mill. kroner til Helse Vest RHF"
//        └ "24,30 mill. kroner til Helse Midt-Norge RHF", which "overføres til våre tre Helsefellesskap":
//            ├ "Helse Møre og Romsdal ble tildelt 8,564 mill." → PSHT 6 105 000 + 3 812 000 (2025) + 3 812 000 (2026)
//            │   = 13 729 000, more than 8 564 000: "Helse Møre og Romsdal forskutterte også bruk av midler for 2025."
//            ├ Søndre Trøndelag "(11.170 mill.)" → its eight projects, 11 170 000 (above)
//            └ Helse Nord-Trøndelag "fordelt midlene som ble tildelt i 2024" → the five tiltak, "Sum … 4 566 000";
//              the share itself is a reading: 24 300 000 − 8 564 000 − 11 170 000 = 4 566 000, the table's sum.
//      With that share 30 grants, 25 with an amount.
//
// Counted once (issue 11). TOP, the money at the top: only the grants no other grant contains —
//   150 000 000 (the 150 mill.) + 7 000 000 (HARMONI) + 150 000 (Statsforvalteren, 2022) = 157 150 000 kr,
//   and the five grants that state no amount (ERG, Kompetanseløftet, «Barn med særskilte behov», CAG, Barneblikk).
// DETAILED, where the money ended up: every grant whose parts are known is replaced by them —
//   92 850 000 + 32 850 000 (the two RHFs that split nothing further here) + 11 170 000 (Søndre's eight projects)
//   + 13 729 000 (Møre og Romsdal's projects) + 4 566 000 (Nordre's tiltak) + 7 000 000 + 150 000 = 162 315 000 kr,
//   5 165 000 more than TOP: Møre og Romsdal's advance on 2025 money (13 729 000 − 8 564 000).
// Before issue 11 the report added every grant: 356 349 000 kr, the 150 mill. up to four times.

type Key = string | number | null;

/** One row as [entity id or year or null, kroner (null: no amount stated), grants, grants without an amount]. */
type Row = [Key, number | null, number, number];

interface Report {
  level: 'TOP' | 'DETAILED';
  rows: Row[];
  totalNok: number | null;
  /** Grants that match the filters / of them added up at this level. */
  grants: number;
  counted: number;
}

const FUNDING = `query ($groupBy: FundingGroup!, $year: Int, $funder: ID, $recipient: ID, $level: FundingLevel) {
  fundingTotals(groupBy: $groupBy, year: $year, funder: $funder, recipient: $recipient, level: $level) {
    groupBy level totalNok grants countedGrants rows { entity { id } year totalNok grants grantsWithoutAmount }
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
      filters: { year?: number; funder?: string; recipient?: string; level?: 'TOP' | 'DETAILED' } = {},
    ): Promise<Report> => {
      const response = await server.query<{
        fundingTotals: {
          groupBy: string;
          level: 'TOP' | 'DETAILED';
          totalNok: number | null;
          grants: number;
          countedGrants: number;
          rows: {
            entity: { id: string } | null;
            year: number | null;
            totalNok: number | null;
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
        level: report.level,
        rows: report.rows.map((row) => [row.entity?.id ?? row.year, row.totalNok, row.grants, row.grantsWithoutAmount]),
        totalNok: report.totalNok,
        grants: report.grants,
        counted: report.countedGrants,
      };
    };
    const rowSum = (report: Report) => report.rows.reduce((sum, row) => sum + (row[1] ?? 0), 0);

    // Unknown amounts are null ("ikke oppgitt"), never 0: a row of grants none of which states an amount has no total.
    it('by FUNDER (TOP): the money at the top, each funder once; grants with no amount have no total, not 0', async () => {
      expect(await funding('FUNDER')).toEqual({
        level: 'TOP',
        rows: [
          // 004: "I forbindelse med revidert nasjonalbudsjett for 2024 er det varig bevilget 150 mill. kroner"; its
          // 29 − 7 = 22 descendants (shares, health communities, projects) are inside it and not added again.
          ['funder:revidert-nasjonalbudsjett-2024', 150_000_000, 1, 0],
          // 002: "med 7 mill."
          ['funder:norges-forskningsrad', 7_000_000, 1, 0],
          // 000: "kr 150 000 i skjønnsmidler", and two more grants that state no amount.
          ['org:statsforvalteren-trondelag', 150_000, 3, 2],
          // 000: the ERG money names no funder and no amount.
          [null, null, 1, 1],
          // 002: CAG "med finansiering fra Helse Midt-Norge RHF", no amount (its other grants are inside the 150 mill.).
          ['org:helse-midt-norge', null, 1, 1],
          // 003: Barneblikk, "finansiert av tilskot frå Statsforvaltaren", no amount.
          ['org:statsforvalteren-more-og-romsdal', null, 1, 1],
        ],
        // 150 000 000 + 7 000 000 + 150 000; each counted grant has one funder, so the rows add up to the total.
        totalNok: 157_150_000,
        grants: 30,
        counted: 8,
      });
    });

    it('by FUNDER (DETAILED): who made the final allocations; the total is then 5 165 000 kr larger, as stated', async () => {
      const report = await funding('FUNDER', { level: 'DETAILED' });
      expect(report.rows).toEqual([
        // The 150 mill.'s leaves given by the budget itself: 92 850 000 (Helse Sør-Øst) + 32 850 000 (Helse Vest).
        ['funder:revidert-nasjonalbudsjett-2024', 125_700_000, 2, 0],
        // 004: 6 105 000 + 3 812 000 (2025) + 3 812 000 (2026).
        ['org:helsefellesskapet-more-og-romsdal', 13_729_000, 3, 0],
        // 004, ASU sak 42/24: 4,5 + 1,5 + 1,85 + 4 × 0,8 mill. + 120 000.
        ['org:helsefellesskapet-sondre-trondelag', 11_170_000, 8, 0],
        ['funder:norges-forskningsrad', 7_000_000, 1, 0],
        // 004: "Sum … 4 566 000" over five tiltak.
        ['org:helsefellesskapet-nordre-trondelag', 4_566_000, 5, 0],
        ['org:statsforvalteren-trondelag', 150_000, 3, 2],
        [null, null, 1, 1],
        ['org:helse-midt-norge', null, 1, 1],
        ['org:statsforvalteren-more-og-romsdal', null, 1, 1],
      ]);
      // 125 700 000 + 13 729 000 + 11 170 000 + 7 000 000 + 4 566 000 + 150 000 = 162 315 000.
      expect(report.totalNok).toBe(162_315_000);
      expect(rowSum(report)).toBe(162_315_000);
      expect(report.counted).toBe(25);
    });

    it('by RECIPIENT: where the money ended up (DETAILED by default), each krone in one row', async () => {
      const report = await funding('RECIPIENT');
      expect(report.level).toBe('DETAILED');
      expect(report.rows).toEqual([
        // 004: the two RHFs whose shares the documents split no further; Helse Midt-Norge's 24,30 mill. is in the
        // rows of the health communities' projects it went on to.
        ['org:helse-sor-ost', 92_850_000, 1, 0],
        ['org:helse-vest', 32_850_000, 1, 0],
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
        // Grants that state no amount: no total ("ikke oppgitt"), after every row with one.
        ['org:ipr-trondelag-sorvest', null, 1, 1],
        ['project:barneblikk', null, 1, 1],
        ['project:cag-baerekraftige-helsetjenester-eldre-skropelighet', null, 1, 1],
        ['project:erg', null, 1, 1],
        ['project:individuelle-tiltak-barnehage', null, 1, 1],
        ['project:kompetanseloftet', null, 1, 1],
      ]);
      // Before issue 11 these rows added up to 656 349 000 (the 150 mill. in three rows and again in its parts).
      expect(rowSum(report)).toBe(162_315_000);
      expect(report.totalNok).toBe(162_315_000);
      expect(report.grants).toBe(30);
    });

    it('by RECIPIENT at TOP: the 150 mill. is in each of its three recipients’ rows, and in the total once', async () => {
      const report = await funding('RECIPIENT', { level: 'TOP' });
      expect(report.rows.slice(0, 3)).toEqual([
        ['org:helse-midt-norge', 150_000_000, 1, 0],
        ['org:helse-sor-ost', 150_000_000, 1, 0],
        ['org:helse-vest', 150_000_000, 1, 0],
      ]);
      expect(report.totalNok).toBe(157_150_000);
      // The rows overlap: 157 150 000 + 2 × 150 000 000.
      expect(rowSum(report)).toBe(457_150_000);
    });

    it('by PROJECT: project recipients only; the money to no project in one row', async () => {
      const report = await funding('PROJECT');
      expect(report.level).toBe('DETAILED');
      expect(report.rows).toEqual([
        // No project: 92 850 000 (Helse Sør-Øst) + 32 850 000 (Helse Vest) (004) + 150 000 to the network (000).
        [null, 125_850_000, 3, 0],
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
        ['project:barneblikk', null, 1, 1],
        ['project:cag-baerekraftige-helsetjenester-eldre-skropelighet', null, 1, 1],
        ['project:erg', null, 1, 1],
        ['project:individuelle-tiltak-barnehage', null, 1, 1],
        ['project:kompetanseloftet', null, 1, 1],
      ]);
      // 36 465 000 to projects + 125 850 000 to no project = 162 315 000.
      expect(report.totalNok).toBe(162_315_000);
      expect(rowSum(report)).toBe(162_315_000);
    });

    it('by YEAR: at the top the 2025 and 2026 grants are inside the 2024 allocation; in detail they are their own', async () => {
      expect(await funding('YEAR')).toEqual({
        level: 'TOP',
        rows: [
          [2024, 150_000_000, 1, 0], // the 150 mill., "for 2024"
          // No year stated: HARMONI 7 000 000 (002) and the five grants that state no amount.
          [null, 7_000_000, 6, 5],
          [2022, 150_000, 1, 0], // "i 2022 finansiert ved kr 150 000"
        ],
        totalNok: 157_150_000,
        grants: 30,
        counted: 8,
      });
      const detailed = await funding('YEAR', { level: 'DETAILED' });
      expect(detailed.rows).toEqual([
        // 2024: 92 850 000 + 32 850 000 + 11 170 000 (eight projects) + 4 566 000 (five tiltak) = 141 436 000.
        [2024, 141_436_000, 15, 0],
        // No year: HARMONI 7 000 000 + PSHT Møre og Romsdal 6 105 000, and the five without an amount.
        [null, 13_105_000, 7, 5],
        [2026, 3_812_000, 1, 0], // "3.812.000,- for 2026"
        [2025, 3_812_000, 1, 0], // "3.812.000,- for 2025"
        [2022, 150_000, 1, 0],
      ]);
      expect(detailed.totalNok).toBe(162_315_000);
    });

    it('the year filter keeps the grants of that year, counted once, in every grouping', async () => {
      expect(await funding('FUNDER', { year: 2024 })).toEqual({
        level: 'TOP',
        // The 20 grants of 2024 are the 150 mill. and 19 of its descendants.
        rows: [['funder:revidert-nasjonalbudsjett-2024', 150_000_000, 1, 0]],
        totalNok: 150_000_000,
        grants: 20,
        counted: 1,
      });
      const recipients2024 = await funding('RECIPIENT', { year: 2024 });
      // In detail within 2024: Helse Møre og Romsdal's 8 564 000 stays (its project grants are not of 2024) —
      // 92 850 000 + 32 850 000 + 8 564 000 + 11 170 000 + 4 566 000 = 150 000 000, each krone in one row.
      expect(recipients2024.rows[2]).toEqual(['org:helse-more-og-romsdal', 8_564_000, 1, 0]);
      expect(recipients2024.totalNok).toBe(150_000_000);
      expect(rowSum(recipients2024)).toBe(150_000_000);
      expect(await funding('YEAR', { year: 2022 })).toEqual({
        level: 'TOP',
        rows: [[2022, 150_000, 1, 0]],
        totalNok: 150_000,
        grants: 1,
        counted: 1,
      });
      // A year no document speaks of: nothing, and a zero total rather than an error.
      expect(await funding('PROJECT', { year: 1999 })).toEqual({
        level: 'DETAILED',
        rows: [],
        totalNok: 0,
        grants: 0,
        counted: 0,
      });
    });

    it('the funder filter keeps that funder’s grants, and a grant inside another selected one counts once', async () => {
      expect(await funding('YEAR', { funder: 'org:helsefellesskapet-more-og-romsdal' })).toEqual({
        level: 'TOP',
        rows: [
          [null, 6_105_000, 1, 0], // PSHT Møre og Romsdal, no year stated
          [2026, 3_812_000, 1, 0],
          [2025, 3_812_000, 1, 0],
        ],
        totalNok: 13_729_000,
        grants: 3,
        counted: 3,
      });
      expect(await funding('PROJECT', { funder: 'org:helsefellesskapet-more-og-romsdal', year: 2025 })).toEqual({
        level: 'DETAILED',
        rows: [['project:samhandlingsoptimalisering-helseplattformen', 3_812_000, 1, 0]],
        totalNok: 3_812_000,
        grants: 1,
        counted: 1,
      });
      // The budget gave the 150 mill. and (the same money) its three shares: 150 000 000, not 300 000 000.
      expect(await funding('FUNDER', { funder: 'funder:revidert-nasjonalbudsjett-2024' })).toEqual({
        level: 'TOP',
        rows: [['funder:revidert-nasjonalbudsjett-2024', 150_000_000, 1, 0]],
        totalNok: 150_000_000,
        grants: 4,
        counted: 1,
      });
      // Helse Midt-Norge passed on 8 564 000 + 11 170 000 + 4 566 000 = 24 300 000, its whole share; CAG no amount.
      expect(await funding('FUNDER', { funder: 'org:helse-midt-norge' })).toEqual({
        level: 'TOP',
        rows: [['org:helse-midt-norge', 24_300_000, 4, 1]],
        totalNok: 24_300_000,
        grants: 4,
        counted: 4,
      });
    });

    it('the recipient filter counts what reached the recipient: Helse Midt-Norge got 24,30 mill., not 150', async () => {
      // Helse Midt-Norge RHF receives the 150 mill. (with two others) and its part, 24,30 mill.: in detail only the
      // part is its money.
      expect(await funding('FUNDER', { recipient: 'org:helse-midt-norge' })).toEqual({
        level: 'DETAILED',
        rows: [['funder:revidert-nasjonalbudsjett-2024', 24_300_000, 1, 0]],
        totalNok: 24_300_000,
        grants: 2,
        counted: 1,
      });
      // At the top the shared 150 mill. is counted instead, once.
      expect((await funding('FUNDER', { recipient: 'org:helse-midt-norge', level: 'TOP' })).totalNok).toBe(150_000_000);
      expect(await funding('YEAR', { recipient: 'project:samhandlingsoptimalisering-helseplattformen' })).toEqual({
        level: 'DETAILED',
        rows: [
          [2026, 3_812_000, 1, 0],
          [2025, 3_812_000, 1, 0],
        ],
        totalNok: 7_624_000,
        grants: 2,
        counted: 2,
      });
      // Filters combine: funder and recipient and year.
      expect(
        await funding('FUNDER', {
          funder: 'org:helse-midt-norge',
          recipient: 'org:helsefellesskapet-sondre-trondelag',
          year: 2024,
        }),
      ).toEqual({
        level: 'DETAILED',
        rows: [['org:helse-midt-norge', 11_170_000, 1, 0]],
        totalNok: 11_170_000,
        grants: 1,
        counted: 1,
      });
    });

    it('a total larger than the money above it names the grant and the reason the text gives', async () => {
      const response = await server.query<{
        top: { exceededByParts: { id: string }[] };
        detailed: { exceededByParts: { id: string; amountNok: number; partsTotalNok: number; partsNote: string }[] };
      }>(`{
        top: fundingTotals(groupBy: FUNDER) { exceededByParts { id } }
        detailed: fundingTotals(groupBy: FUNDER, level: DETAILED) {
          exceededByParts { id amountNok partsTotalNok partsNote }
        }
      }`);
      expect(response.errors).toBeUndefined();
      expect(response.data?.top.exceededByParts).toEqual([]);
      // 004: "Helse Møre og Romsdal ble tildelt 8,564 mill." and its parts 6 105 000 + 2 × 3 812 000 = 13 729 000.
      expect(response.data?.detailed.exceededByParts).toEqual([
        {
          id: 'grant:samhandlingstilskudd-2024-helse-more-og-romsdal',
          amountNok: 8_564_000,
          partsTotalNok: 13_729_000,
          partsNote: 'Helse Møre og Romsdal forskutterte også bruk av midler for 2025.',
        },
      ]);
    });

    it('the grants report counts every grant that matches and sums each krone once, whatever the page', async () => {
      const grants = async (filter: Record<string, unknown>) => {
        const response = await server.query<{ grants: { totalCount: number; totalNok: number; level: string } }>(
          'query ($filter: GrantFilter) { grants(filter: $filter, first: 1) { totalCount totalNok level } }',
          { filter },
        );
        expect(response.errors).toBeUndefined();
        return response.data?.grants;
      };
      // Before issue 11: 29 grants, 356 349 000 kr (every level added).
      expect(await grants({})).toEqual({ totalCount: 30, totalNok: 157_150_000, level: 'TOP' });
      expect(await grants({ year: 2024 })).toEqual({ totalCount: 20, totalNok: 150_000_000, level: 'TOP' });
      expect(await grants({ recipient: 'org:helse-midt-norge' })).toEqual({
        totalCount: 2,
        totalNok: 24_300_000,
        level: 'DETAILED',
      });
      expect(await grants({ funder: 'org:statsforvalteren-trondelag' })).toEqual({
        totalCount: 3,
        totalNok: 150_000,
        level: 'TOP',
      });
      expect(await grants({ funder: 'org:helse-midt-norge', year: 2024 })).toEqual({
        totalCount: 3,
        totalNok: 24_300_000,
        level: 'TOP',
      });
    });
  });
}
