import { representationRoles } from '../cypher/index.js';
import { byPeriodThenTitle } from '../domain/roles.js';
import type {
  QueryResolvers,
  RepresentationCellResolvers,
  RepresentationMatrixResolvers,
} from '../generated/graphql.js';
import { toRoleRow } from '../graph/mapping.js';
import type { EntityRow, RepresentationCellRow, RoleRow } from '../graph/rows.js';
import type { Row } from '../graph/store.js';
import { required } from './person.js';

const cellKey = (municipalityId: string, bodyId: string | null) => `${municipalityId}|${bodyId ?? ''}`;

export const reportQueries: Pick<QueryResolvers, 'representation'> = {
  async representation(_parent, { asOf, municipalities, bodies }, context) {
    const rows = await context.store.read(representationRoles, {
      asOf: asOf ?? null,
      municipalities: municipalities && municipalities.length > 0 ? municipalities : null,
    });
    const cells = new Map<string, RepresentationCellRow>();
    for (const row of rows) {
      const municipalityId = String(row.ownerId);
      const role: RoleRow = toRoleRow(row.role as Row);
      // A role held in the municipality itself (ordfører, kommunedirektør) is one of its own offices.
      const bodyId = role.heldInId === municipalityId ? null : role.heldInId;
      if (bodies && bodies.length > 0 && (bodyId === null || !bodies.includes(bodyId))) continue;
      const key = cellKey(municipalityId, bodyId);
      const cell = cells.get(key) ?? { municipalityId, bodyId, roles: [] };
      cell.roles.push(role);
      cells.set(key, cell);
    }
    for (const cell of cells.values()) cell.roles.sort(byPeriodThenTitle);
    const bodyCounts = new Map<string, number>();
    for (const cell of cells.values()) {
      if (cell.bodyId !== null) bodyCounts.set(cell.bodyId, (bodyCounts.get(cell.bodyId) ?? 0) + 1);
    }
    return {
      asOf: asOf ?? null,
      municipalityIds: [...new Set([...cells.values()].map((cell) => cell.municipalityId))],
      bodyIds: [...bodyCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id),
      cells: [...cells.values()],
    };
  },
};

const byName = (a: EntityRow, b: EntityRow) => a.name.localeCompare(b.name, 'nb');

export const RepresentationMatrix: RepresentationMatrixResolvers = {
  municipalities: async (matrix, _args, context) =>
    (
      await Promise.all(matrix.municipalityIds.map((id) => required(id, (key) => context.loaders.entity.load(key))))
    ).sort(byName),
  bodies: (matrix, _args, context) =>
    Promise.all(matrix.bodyIds.map((id) => required(id, (key) => context.loaders.entity.load(key)))),
};

export const RepresentationCell: RepresentationCellResolvers = {
  municipality: (cell, _args, context) => required(cell.municipalityId, (id) => context.loaders.entity.load(id)),
  body: (cell, _args, context) => (cell.bodyId === null ? null : context.loaders.entity.load(cell.bodyId)),
};
