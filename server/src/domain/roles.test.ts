import { describe, expect, it } from 'vitest';
import { byPeriodThenTitle } from './roles.js';

// The order of a person's roles and of a municipality's representatives: newest first, then by title.

const role = (title: string, validFrom: string | null, validTo: string | null) => ({ title, validFrom, validTo });
const order = (roles: ReturnType<typeof role>[]) =>
  [...roles].sort(byPeriodThenTitle).map((r) => `${r.title} ${r.validFrom ?? '…'}–${r.validTo ?? '…'}`);

describe('byPeriodThenTitle', () => {
  it('puts the role that began last first', () => {
    expect(
      order([
        role('ordfører', '2019-10-01', '2023-10-01'),
        role('ordfører', '2023-10-02', null),
        role('leder', null, null),
      ]),
    ).toEqual(['ordfører 2023-10-02–…', 'ordfører 2019-10-01–2023-10-01', 'leder …–…']);
  });

  it('of roles that began the same day, puts the open-ended or later-ending one first', () => {
    expect(
      order([
        role('medlem', '2022-01-01', '2022-06-30'),
        role('medlem', '2022-01-01', null),
        role('medlem', '2022-01-01', '2022-12-31'),
      ]),
    ).toEqual(['medlem 2022-01-01–…', 'medlem 2022-01-01–2022-12-31', 'medlem 2022-01-01–2022-06-30']);
  });

  it('of roles with the same period, orders by title in Norwegian alphabetical order (æ, ø, å last)', () => {
    expect(
      order([
        role('åpningstaler', '2022-01-01', '2022-12-31'),
        role('ordfører', '2022-01-01', '2022-12-31'),
        role('økonomisjef', '2022-01-01', '2022-12-31'),
        role('leder', '2022-01-01', '2022-12-31'),
      ]),
    ).toEqual([
      'leder 2022-01-01–2022-12-31',
      'ordfører 2022-01-01–2022-12-31',
      'økonomisjef 2022-01-01–2022-12-31',
      'åpningstaler 2022-01-01–2022-12-31',
    ]);
    expect(byPeriodThenTitle(role('leder', null, null), role('leder', null, null))).toBe(0);
  });
});
