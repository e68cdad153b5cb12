import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../../tests/support/engines.js';
import { holdsOn as holdsOnPure } from '../domain/dates.js';
import { shownOn } from '../domain/seats.js';
import { readStatement } from '../graph/statement.js';
import type { GraphStore } from '../graph/store.js';
import { asOfFilter, roleAsOfFilter } from './period.js';

// The as-of rule exists twice by necessity, once as Cypher (cypher/period.ts, what the statements filter with) and
// once in TypeScript (domain/dates.ts, for tests, the seed and the client). This runs both on the same cases, on
// every engine, so that they cannot drift.

const probe = readStatement(
  'periodProbe',
  `WITH {validFrom: date($from), validTo: date($to)} AS fact RETURN ${asOfFilter('fact')} AS holds`,
);

const roleProbe = readStatement(
  'roleShownProbe',
  `WITH {validFrom: date($from), validTo: date($to), endedOn: date($ended)} AS role RETURN ${roleAsOfFilter('role')} AS shown`,
);

// A role known from 2021-11-05 to 2022-12-31: open (last confirmed ever after), or ended from 2024-01-01.
const ROLE_CASES: [string, string, string | null, string | null][] = [
  ['2021-11-05', '2022-12-31', null, '2021-11-04'],
  ['2021-11-05', '2022-12-31', null, '2021-11-05'],
  ['2021-11-05', '2022-12-31', null, '2022-12-31'],
  ['2021-11-05', '2022-12-31', null, '2030-01-01'],
  ['2021-11-05', '2022-12-31', '2024-01-01', '2023-12-31'],
  ['2021-11-05', '2022-12-31', '2024-01-01', '2024-01-01'],
  ['2021-11-05', '2022-12-31', '2024-01-01', null],
];

const CASES: [string | null, string | null, string | null][] = [
  ['2022-01-01', '2022-12-31', '2022-01-01'],
  ['2022-01-01', '2022-12-31', '2022-12-31'],
  ['2022-01-01', '2022-12-31', '2021-12-31'],
  ['2022-01-01', '2022-12-31', '2023-01-01'],
  ['2022-01-01', null, '2030-06-30'],
  [null, '2022-12-31', '2000-01-01'],
  [null, '2022-12-31', '2023-01-01'],
  [null, null, '2022-06-30'],
  ['2022-01-01', '2022-12-31', null],
];

for (const engine of engines()) {
  describe(`The as-of rule on ${engine.name}`, () => {
    let store: GraphStore;
    let dispose: () => Promise<void>;
    beforeAll(async () => {
      ({ store, dispose } = await engine.open());
    });
    afterAll(async () => {
      await dispose?.();
    });

    it('holds in Cypher exactly when it holds in TypeScript', async () => {
      for (const [from, to, asOf] of CASES) {
        const [row] = await store.read(probe, { from, to, asOf });
        expect(row?.holds, `${from}..${to} on ${asOf}`).toBe(holdsOnPure({ validFrom: from, validTo: to }, asOf));
      }
    });

    it('shows a role in Cypher exactly when the seat rules show it (HELD or LAST_CONFIRMED)', async () => {
      for (const [from, to, ended, asOf] of ROLE_CASES) {
        const [row] = await store.read(roleProbe, { from, to, ended, asOf });
        expect(row?.shown, `${from}..${to} ended ${ended} on ${asOf}`).toBe(
          shownOn({ validFrom: from, validTo: to, endedOn: ended }, asOf),
        );
      }
    });
  });
}
