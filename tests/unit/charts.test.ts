import { describe, expect, it } from 'vitest';
import { icicle } from '../../client/src/lib/icicle.js';
import { timelineBars } from '../../client/src/lib/seat-timeline.js';

// The rules behind the charts: the grant tree's widths and a body's seats over time.

describe('the grant tree as an icicle', () => {
  const national = { id: 'n', name: 'Nasjonal tildeling', amountNok: 150_000_000, parentId: null };
  const west = { id: 'w', name: 'Helse Vest', amountNok: 32_850_000, parentId: 'n' };
  const midt = { id: 'm', name: 'Helse Midt-Norge', amountNok: 24_300_000, parentId: 'n' };
  const project = { id: 'p', name: 'Prosjekt', amountNok: 2_000_000, parentId: 'm' };

  it('makes each share as wide as its part of the allocation, and leaves what is not given out empty', () => {
    const cells = icicle([national, west, midt, project]);
    const byId = new Map(cells.map((cell) => [cell.id, cell]));
    expect(byId.get('n')).toMatchObject({ depth: 0, x0: 0, x1: 1 });
    expect((byId.get('w')?.x1 ?? 0) - (byId.get('w')?.x0 ?? 0)).toBeCloseTo(32.85 / 150);
    expect(byId.get('p')?.depth).toBe(2);
    // The project sits inside its regional share.
    expect(byId.get('p')?.x0).toBeGreaterThanOrEqual(byId.get('m')?.x0 ?? 1);
    expect(byId.get('p')?.x1).toBeLessThanOrEqual(byId.get('m')?.x1 ?? 0);
  });

  it('gives a grant without an amount the width of its parts', () => {
    const cells = icicle([{ ...national, amountNok: null }, west]);
    expect(cells.find((cell) => cell.id === 'n')).toMatchObject({ x0: 0, x1: 1 });
  });
});

describe("a body's seats over time", () => {
  const person = { id: 'person:a', name: 'Kristin F. Strømskag' };

  it('draws a seat known up to a date as sist bekreftet, with an open tail to the day shown', () => {
    const [bar] = timelineBars(
      [{ id: 'r', title: 'representant', person, validFrom: '2022-01-01', validTo: '2022-12-31', endedOn: null }],
      '2025-06-01',
    );
    expect(bar).toMatchObject({
      status: 'LAST_CONFIRMED',
      start: '2022-01-01',
      end: '2022-12-31',
      openUntil: '2025-06-01',
    });
  });

  it('ends an ended seat on its end date, without a tail', () => {
    const [bar] = timelineBars(
      [{ id: 'r', title: 'leder', person, validFrom: '2020-01-01', validTo: null, endedOn: '2023-01-01' }],
      '2025-06-01',
    );
    expect(bar).toMatchObject({ status: 'ENDED', end: '2023-01-01', openUntil: null });
  });

  it('leaves a seat with no date at all to the table', () => {
    expect(timelineBars([{ id: 'r', title: 'leder', person }], '2025-06-01')).toEqual([]);
  });
});
