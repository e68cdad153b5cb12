import { describe, expect, it } from 'vitest';
import type { RoleRow } from '../data/index.js';
import { representationMatrix } from './representation.js';

// The cells of "who represents whom" from the rows the data layer returns (a fake: plain role rows).

const role = (id: string, heldInId: string, validFrom: string, title = 'representant'): RoleRow => ({
  nodeType: 'Role',
  id,
  title,
  personId: `person:${id}`,
  heldInId,
  heldInKind: heldInId.startsWith('municipality:') ? 'MUNICIPALITY' : 'ORGANIZATION',
  onBehalfOfId: null,
  onBehalfOfKind: null,
  version: 0,
  editIds: [],
  noteEditIds: [],
  start: null,
  end: null,
  share: null,
  validFrom,
  validTo: null,
  endedOn: null,
  firstObserved: validFrom,
  lastObserved: validFrom,
  duty: false,
  postId: `post:${heldInId}`,
  observations: [],
  periodStated: false,
  citationIds: [],
});

const rows = [
  { municipalityId: 'municipality:froya', role: role('mayor', 'municipality:froya', '2020-01-01', 'ordfører') },
  { municipalityId: 'municipality:froya', role: role('a', 'org:council', '2021-01-01') },
  { municipalityId: 'municipality:froya', role: role('b', 'org:council', '2023-01-01') },
  { municipalityId: 'municipality:hitra', role: role('c', 'org:council', '2022-01-01') },
  { municipalityId: 'municipality:hitra', role: role('d', 'org:business', '2022-01-01') },
];

describe('representationMatrix', () => {
  it('puts a role held in the municipality itself in its own offices (no body), newest first in each cell', () => {
    const matrix = representationMatrix('2024-01-01', rows, null);
    const cells = matrix.cells.map((cell) => [cell.municipalityId, cell.bodyId, cell.roles.map((r) => r.id)]);
    expect(cells).toEqual([
      ['municipality:froya', null, ['mayor']],
      ['municipality:froya', 'org:council', ['b', 'a']],
      ['municipality:hitra', 'org:council', ['c']],
      ['municipality:hitra', 'org:business', ['d']],
    ]);
    expect(matrix.asOf).toBe('2024-01-01');
  });

  it('orders bodies most widely represented first', () => {
    expect(representationMatrix(null, rows, null).bodyIds).toEqual(['org:council', 'org:business']);
  });

  it('keeps only the chosen bodies, and then no own offices', () => {
    const matrix = representationMatrix(null, rows, ['org:business']);
    expect(matrix.cells.map((cell) => cell.bodyId)).toEqual(['org:business']);
    expect(matrix.municipalityIds).toEqual(['municipality:hitra']);
  });
});
