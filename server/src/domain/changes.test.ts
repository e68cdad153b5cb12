import { describe, expect, it } from 'vitest';
import { seatChanges } from './changes.js';

const role = (id: string, personId: string, title: string, heldInId: string, onBehalfOfId: string | null = null) => ({
  id,
  personId,
  title,
  heldInId,
  onBehalfOfId,
});

describe('seatChanges', () => {
  it('tells who came, who left and who changed title in the same seat', () => {
    const before = [
      role('r1', 'person:raaen', 'Kommunedirektør', 'municipality:orland', 'municipality:orland'),
      role('r2', 'person:astad', 'kommunedirektør', 'municipality:hitra'),
      role('r3', 'person:bang', 'nestleder', 'org:au'),
    ];
    const after = [
      role('r4', 'person:ervik', 'kommunedirektør', 'municipality:orland', 'municipality:orland'),
      role('r5', 'person:astad', 'kommunedirektør', 'municipality:hitra'),
      role('r6', 'person:bang', 'leder', 'org:au'),
    ];
    const changes = seatChanges(before, after).map((change) => [change.kind, change.personId]);
    expect(changes).toEqual([
      ['CAME', 'person:ervik'],
      ['CHANGED', 'person:bang'],
      ['LEFT', 'person:raaen'],
    ]);
  });

  it('sees no change when only the spelling of the title differs', () => {
    expect(seatChanges([role('a', 'p', 'Kommunedirektør', 'm')], [role('b', 'p', 'kommunedirektør', 'm')])).toEqual([]);
  });
});
