import { describe, expect, it } from 'vitest';
import { foldPath } from './links.js';

const person = { id: 'person:ingjerd-astad', kind: 'PERSON' };
const council = { id: 'org:ipr', kind: 'ORGANIZATION' };
const hitra = { id: 'municipality:hitra', kind: 'MUNICIPALITY' };
const role = {
  id: 'role:abc',
  kind: null,
  title: 'representant',
  validFrom: '2022-01-01',
  validTo: '2022-12-31',
  citationIds: ['cite:1'],
};

describe('foldPath', () => {
  it('reads person → role → body as one link "holds a role in", titled and cited as the role', () => {
    const folded = foldPath(
      [person, role, council],
      [
        { id: null, type: 'HOLDS', fromId: person.id, toId: role.id },
        { id: null, type: 'HELD_IN', fromId: role.id, toId: council.id },
      ],
    );
    expect(folded.entityIds).toEqual([person.id, council.id]);
    expect(folded.links).toEqual([
      {
        id: 'role:abc#holds_role',
        type: 'HOLDS_ROLE',
        label: 'representant',
        fromId: person.id,
        toId: council.id,
        validFrom: '2022-01-01',
        validTo: '2022-12-31',
        citationIds: ['cite:1'],
      },
    ]);
  });

  it("reads body ← role → municipality as the municipality's seat in the body, whichever way the path runs", () => {
    const folded = foldPath(
      [council, role, hitra],
      [
        { id: null, type: 'HELD_IN', fromId: role.id, toId: council.id },
        { id: null, type: 'ON_BEHALF_OF', fromId: role.id, toId: hitra.id },
      ],
    );
    expect(folded.entityIds).toEqual([council.id, hitra.id]);
    expect(folded.links[0]).toMatchObject({ type: 'SEAT', fromId: hitra.id, toId: council.id });
  });

  it('keeps fact relationships as they are, in order', () => {
    const folded = foldPath(
      [hitra, council, person],
      [
        { id: 'rel:1', type: 'MEMBER_OF', fromId: hitra.id, toId: council.id, label: null },
        { id: 'rel:2', type: 'ATTENDED', fromId: person.id, toId: council.id, label: 'x' },
      ],
    );
    expect(folded.links.map((link) => [link.id, link.type, link.label])).toEqual([
      ['rel:1', 'MEMBER_OF', null],
      ['rel:2', 'ATTENDED', 'x'],
    ]);
  });
});
