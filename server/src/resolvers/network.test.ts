import { describe, expect, it } from 'vitest';
import type { KindedLink, NetworkData } from '../data/index.js';
import { neighbourhood, sharedNeighbours } from './network.js';

// The shaping of the network view over a fake data layer: a small graph of links, no database.

const link = (id: string, type: string, from: [string, string], to: [string, string]): KindedLink => ({
  id,
  type,
  label: null,
  fromId: from[0],
  fromKind: from[1],
  toId: to[0],
  toKind: to[1],
  validFrom: null,
  validTo: null,
  citationIds: [],
});

const hitra: [string, string] = ['municipality:hitra', 'MUNICIPALITY'];
const froya: [string, string] = ['municipality:froya', 'MUNICIPALITY'];
const council: [string, string] = ['org:council', 'ORGANIZATION'];
const project: [string, string] = ['project:p', 'PROJECT'];
const mayor: [string, string] = ['person:mayor', 'PERSON'];
const LINKS = [
  link('rel:1', 'MEMBER_OF', hitra, council),
  link('rel:2', 'MEMBER_OF', froya, council),
  link('rel:3', 'PARTICIPATES_IN', hitra, project),
  link('role:m#holds_role', 'HOLDS_ROLE', mayor, hitra),
];

/** A fake linksOf that answers from LINKS and counts its calls (one per hop). */
function fakeLinks() {
  const calls: string[][] = [];
  const linksOf: NetworkData['linksOf'] = async (ids) => {
    calls.push([...ids]);
    return ids.flatMap((ownerId) =>
      LINKS.filter((item) => item.fromId === ownerId || item.toId === ownerId).map((item) => ({ ownerId, link: item })),
    );
  };
  return { linksOf, calls };
}

const query = { id: hitra[0], hops: 1, maxNodes: 300, kinds: null, types: null, asOf: null };

describe('neighbourhood', () => {
  it('reaches one hop out with one read, and drops the kinds of the links on the way', async () => {
    const { linksOf, calls } = fakeLinks();
    const picture = await neighbourhood(linksOf, query);
    expect(picture.nodeIds.sort()).toEqual([council[0], hitra[0], mayor[0], project[0]].sort());
    expect(picture.links.map((item) => item.id).sort()).toEqual(['rel:1', 'rel:3', 'role:m#holds_role']);
    expect(picture.links[0]).not.toHaveProperty('fromKind');
    expect(calls).toEqual([[hitra[0]]]);
  });

  it('goes two hops with one read per hop, through the whole frontier at once', async () => {
    const { linksOf, calls } = fakeLinks();
    const picture = await neighbourhood(linksOf, { ...query, hops: 2 });
    expect(picture.nodeIds).toContain(froya[0]);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.sort()).toEqual([council[0], mayor[0], project[0]].sort());
  });

  it('keeps only the wanted kinds and link types, but always the centre', async () => {
    const { linksOf } = fakeLinks();
    const byKind = await neighbourhood(linksOf, { ...query, kinds: ['PERSON'] });
    expect(byKind.nodeIds.sort()).toEqual([hitra[0], mayor[0]].sort());
    const byType = await neighbourhood(linksOf, { ...query, types: ['MEMBER_OF'] });
    expect(byType.links.map((item) => item.id)).toEqual(['rel:1']);
  });

  it('stops at the node limit and says the picture is truncated', async () => {
    const { linksOf } = fakeLinks();
    const picture = await neighbourhood(linksOf, { ...query, maxNodes: 2 });
    expect(picture.nodeIds).toHaveLength(2);
    expect(picture.truncated).toBe(true);
    expect(
      picture.links.every((item) => picture.nodeIds.includes(item.fromId) && picture.nodeIds.includes(item.toId)),
    ).toBe(true);
  });
});

describe('sharedNeighbours', () => {
  it('finds what two municipalities are both linked to, with the links from each', async () => {
    const { linksOf } = fakeLinks();
    const shared = sharedNeighbours(hitra[0], froya[0], await linksOf([hitra[0], froya[0]], null));
    expect(shared.map((entry) => [entry.entityId, entry.viaA.map((l) => l.id), entry.viaB.map((l) => l.id)])).toEqual([
      [council[0], ['rel:1'], ['rel:2']],
    ]);
  });
});
