import { describe, expect, it } from 'vitest';
import {
  beforeAndAfter,
  compareBodies,
  foldDuties,
  glanceStatus,
  shared,
  shortDate,
} from '../../client/src/lib/glance.js';

// The rules of a profile's summary, on small builders in the shape of the seed's facts.

describe('the main bodies of a municipality', () => {
  it('puts a top-level body before the committees under it, then the bodies with the most seats', () => {
    const bodies = [
      { id: 'wg', name: 'Arbeidsgruppe – sykehjemsplasser', topLevel: false, seats: 3 },
      { id: 'kdu', name: 'Kommunedirektørutvalget', topLevel: false, seats: 10 },
      { id: 'ipr', name: 'Interkommunalt politisk råd', topLevel: true, seats: 26 },
      { id: 'nr', name: 'Næringsråd', topLevel: false, seats: 12 },
    ];
    expect([...bodies].sort(compareBodies).map((body) => body.id)).toEqual(['ipr', 'nr', 'kdu', 'wg']);
  });

  it('orders bodies of the same weight by name, Ø after O', () => {
    const a = { id: 'a', name: 'Ørland-utvalget', topLevel: false, seats: 1 };
    const b = { id: 'b', name: 'Orkla-utvalget', topLevel: false, seats: 1 };
    expect([a, b].sort(compareBodies).map((body) => body.id)).toEqual(['b', 'a']);
  });
});

describe("a seat's holders before and after", () => {
  const raaen = { id: 'r1', validFrom: '2021-11-05', person: { id: 'p:raaen', name: 'Emil Raaen' } };
  const ervik = { id: 'r2', validFrom: '2022-01-01', person: { id: 'p:ervik', name: 'Marit K Ervik' } };

  it('names the earlier holder as before and the later one as after', () => {
    expect(beforeAndAfter(ervik, [ervik, raaen])).toEqual({ before: [raaen.person], after: [] });
    expect(beforeAndAfter(raaen, [ervik, raaen])).toEqual({ before: [], after: [ervik.person] });
  });

  it('leaves out the holder herself and names a person once', () => {
    const again = { ...raaen, id: 'r3', validFrom: '2021-06-01' };
    expect(beforeAndAfter(ervik, [raaen, again, ervik]).before).toEqual([raaen.person]);
  });
});

describe("a person's duties in one meeting", () => {
  it('names "ansvarlig" and "saksansvarlig" once for a case that has both, and lists each case once', () => {
    const duties = [
      { title: 'ansvarlig', caseId: '09/24' },
      { title: 'Saksansvarlig', caseId: '09/24' },
      { title: 'saksansvarlig', caseId: '10/24' },
      { title: 'ansvarlig', caseId: '11/24' },
      { title: 'saksansvarlig ', caseId: '11/24' },
      { title: 'saksansvarlig', caseId: '12/24' },
    ];
    const lines = foldDuties(duties);
    expect(lines.map((line) => line.words)).toEqual([['ansvarlig', 'saksansvarlig'], ['saksansvarlig']]);
    expect(lines.map((line) => line.cases.map((items) => items[0]?.caseId))).toEqual([
      ['09/24', '11/24'],
      ['10/24', '12/24'],
    ]);
  });
});

describe('what the summary says once', () => {
  it('tells held, last confirmed and ended apart on a day', () => {
    const role = { validFrom: '2022-01-01', validTo: '2022-12-31', endedOn: null };
    expect(glanceStatus(role, '2022-06-01')).toBe('HELD');
    expect(glanceStatus(role, '2026-12-02')).toBe('LAST_CONFIRMED');
    expect(glanceStatus({ ...role, endedOn: '2023-01-01' }, '2023-06-01')).toBe('ENDED');
  });

  it('finds the value every line shares, and none when they differ', () => {
    expect(shared(['sist bekreftet 31.12.2022', 'sist bekreftet 31.12.2022'])).toBe('sist bekreftet 31.12.2022');
    expect(shared(['har vervet', 'sist bekreftet 31.12.2022'])).toBeNull();
    expect(shared([])).toBeNull();
  });

  it('writes a short date the Norwegian way, and the English way', () => {
    expect(shortDate('2022-12-31', 'nb')).toBe('31.12.2022');
    expect(shortDate('2022-01-01', 'en')).toBe('1 Jan 2022');
  });
});
