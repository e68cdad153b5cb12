import { describe, expect, it } from 'vitest';
import {
  heldSpans,
  holdsDuring,
  isSingleSeat,
  nextDay,
  observedPeriod,
  postKey,
  postTitle,
  roleStatus,
  shownDuring,
  shownOn,
} from './seats.js';

const year2022 = { start: '2022-01-01', end: '2022-12-31' };

describe('posts', () => {
  it('names the same office under its older title as one post', () => {
    expect(postTitle('Rådmann')).toBe('kommunedirektør');
    expect(postTitle('Kommunedirektør')).toBe('kommunedirektør');
    expect(postTitle('Daglig  leder')).toBe('daglig leder');
    expect(postKey('Rådmann', 'municipality:aure', null)).toBe(postKey('kommunedirektør', 'municipality:aure', null));
  });

  it('treats an own office with or without "on behalf of" itself as the same post, and other behalfs apart', () => {
    const own = postKey('kommunedirektør', 'municipality:froya', null);
    expect(postKey('kommunedirektør', 'municipality:froya', 'municipality:froya')).toBe(own);
    expect(postKey('representant', 'org:ipr', 'municipality:froya')).not.toBe(
      postKey('representant', 'org:ipr', 'municipality:hitra'),
    );
  });

  it('knows which posts have one seat', () => {
    expect(isSingleSeat('Ordfører')).toBe(true);
    expect(isSingleSeat('rådmann')).toBe(true);
    expect(isSingleSeat('leder')).toBe(true);
    expect(isSingleSeat('representant')).toBe(false);
    expect(isSingleSeat('medlem')).toBe(false);
  });
});

describe('observedPeriod', () => {
  it('speaks for the period the document covers when the text gives no date', () => {
    expect(observedPeriod({}, year2022)).toEqual({ from: '2022-01-01', to: '2022-12-31' });
  });
  it('speaks from a stated start to the end of the period, and from the period start to a stated end', () => {
    expect(observedPeriod({ start: '2022-08-01' }, year2022)).toEqual({ from: '2022-08-01', to: '2022-12-31' });
    expect(observedPeriod({ end: '2022-06-30' }, year2022)).toEqual({ from: '2022-01-01', to: '2022-06-30' });
    expect(observedPeriod({ start: '2021-01-01', end: '2023-12-31' }, year2022)).toEqual({
      from: '2021-01-01',
      to: '2023-12-31',
    });
  });
  it('keeps a start after the period (a plan: "fra 2025") or an end before it within one day', () => {
    expect(observedPeriod({ start: '2025-01-01' }, year2022)).toEqual({ from: '2025-01-01', to: '2025-01-01' });
    expect(observedPeriod({ end: '2020-12-31' }, year2022)).toEqual({ from: '2020-12-31', to: '2020-12-31' });
  });
});

describe('nextDay', () => {
  it('crosses months, years and leap days', () => {
    expect(nextDay('2022-12-31')).toBe('2023-01-01');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2023-02-28')).toBe('2023-03-01');
  });
});

describe('heldSpans', () => {
  const obs = (documentId: string, from: string, to = from) => ({ documentId, from, to });

  it('holds from the first to the last observation, and ends a single seat when a later source names another', () => {
    const spans = heldSpans(
      [
        { id: 'a', start: null, end: null, observations: [obs('minutes', '2021-11-05')] },
        { id: 'b', start: null, end: null, observations: [obs('report', '2022-01-01', '2022-12-31')] },
      ],
      true,
      [],
    );
    expect(spans.get('a')).toEqual({
      validFrom: '2021-11-05',
      validTo: '2021-11-05',
      endedOn: '2022-01-01',
      firstObserved: '2021-11-05',
      lastObserved: '2021-11-05',
    });
    expect(spans.get('b')?.endedOn).toBeNull();
  });

  it('does not end a holder of a seat among several when another is named', () => {
    const spans = heldSpans(
      [
        { id: 'a', start: null, end: null, observations: [obs('minutes', '2021-11-05')] },
        { id: 'b', start: null, end: null, observations: [obs('report', '2022-01-01', '2022-12-31')] },
      ],
      false,
      [],
    );
    expect(spans.get('a')?.endedOn).toBeNull();
  });

  it('ends a holder of several seats at a later listing without them, not at one that names them', () => {
    const holders = [
      { id: 'a', start: null, end: null, observations: [obs('r2022', '2022-01-01', '2022-12-31')] },
      {
        id: 'b',
        start: null,
        end: null,
        observations: [obs('r2022', '2022-01-01', '2022-12-31'), obs('r2023', '2023-01-01', '2023-12-31')],
      },
    ];
    const spans = heldSpans(holders, false, [
      { documentId: 'r2022', from: '2022-01-01' },
      { documentId: 'r2023', from: '2023-01-01' },
    ]);
    expect(spans.get('a')?.endedOn).toBe('2023-01-01');
    expect(spans.get('b')?.endedOn).toBeNull();
  });

  it('ends the day after a stated end, and holds from a stated start', () => {
    const spans = heldSpans(
      [{ id: 'a', start: '2022-08-01', end: '2022-12-31', observations: [obs('r', '2022-08-01', '2022-12-31')] }],
      true,
      [],
    );
    expect(spans.get('a')).toMatchObject({ validFrom: '2022-08-01', validTo: '2022-12-31', endedOn: '2023-01-01' });
  });

  it('refuses a role with no observation (a fact without a source)', () => {
    expect(() => heldSpans([{ id: 'a', start: null, end: null, observations: [] }], true, [])).toThrow(
      /no observation/,
    );
  });
});

describe('roleStatus', () => {
  const open = { validFrom: '2021-11-05', validTo: '2022-12-31', endedOn: null };
  const ended = { ...open, endedOn: '2024-01-01' };
  it('claims nothing before the first known day', () => {
    expect(roleStatus(open, '2021-11-04')).toBeNull();
    expect(shownOn(open, '2021-11-04')).toBe(false);
  });
  it('is HELD between the first and last known day, both included', () => {
    expect(roleStatus(open, '2021-11-05')).toBe('HELD');
    expect(roleStatus(open, '2021-11-15')).toBe('HELD');
    expect(roleStatus(open, '2022-12-31')).toBe('HELD');
  });
  it('is LAST_CONFIRMED after it until it has ended, and ENDED from then', () => {
    expect(roleStatus(open, '2023-01-01')).toBe('LAST_CONFIRMED');
    expect(roleStatus(open, '2040-01-01')).toBe('LAST_CONFIRMED');
    expect(roleStatus(ended, '2023-12-31')).toBe('LAST_CONFIRMED');
    expect(roleStatus(ended, '2024-01-01')).toBe('ENDED');
    expect(shownOn(ended, '2023-12-31')).toBe(true);
    expect(shownOn(ended, '2024-01-01')).toBe(false);
  });
  it('shows every role when no day is asked', () => {
    expect(shownOn(ended, null)).toBe(true);
  });
});

describe('shownDuring and holdsDuring', () => {
  const role = { validFrom: '2021-11-05', validTo: '2022-12-31', endedOn: '2024-01-01' };
  it('shows a role in a period that reaches its first known day', () => {
    expect(shownDuring(role, '2021-01-01', '2021-12-31')).toBe(true);
    expect(shownDuring(role, '2021-01-01', '2021-11-04')).toBe(false);
  });
  it('shows a last confirmed role until the day it ended, not in a period after', () => {
    expect(shownDuring(role, '2023-06-01', '2023-12-31')).toBe(true);
    expect(shownDuring(role, '2024-01-01', '2024-12-31')).toBe(false);
  });
  it('holds a relation only within its known period', () => {
    const relation = { validFrom: '2022-01-01', validTo: '2022-12-31' };
    expect(holdsDuring(relation, '2022-11-01', '2023-02-01')).toBe(true);
    expect(holdsDuring(relation, '2023-01-01', '2023-12-31')).toBe(false);
    expect(holdsDuring({ validFrom: null, validTo: null }, '1990-01-01', '1990-12-31')).toBe(true);
  });
});
