import type { RepresentationCellRow, RepresentationMatrixRow, RoleRow } from '../data/index.js';
import { compareNames, foldName } from '../domain/names.js';
import { offsetCursor, offsetPage } from '../domain/page.js';
import { MUNICIPALITY_PAGE } from '../domain/representation.js';
import { byPeriodThenTitle } from '../domain/roles.js';
import type {
  QueryResolvers,
  RepresentationCellResolvers,
  RepresentationMatrixResolvers,
} from '../generated/graphql.js';
import { listArgument, optional, required } from './fields.js';

// schema/representation.graphql: who represents whom, municipalities × bodies.

const cellKey = (municipalityId: string, bodyId: string | null) => `${municipalityId}|${bodyId ?? ''}`;

/**
 * The matrix from the roles held in or on behalf of each municipality: a role held in the municipality itself
 * (ordfører, kommunedirektør) is one of its own offices (body null); with `bodies`, only those bodies' cells.
 * Bodies are ordered most widely represented first.
 */
export function representationMatrix(
  asOf: string | null,
  rows: readonly { municipalityId: string; role: RoleRow }[],
  bodies: readonly string[] | null,
): Omit<RepresentationMatrixRow, 'totalMunicipalities' | 'pageInfo'> {
  const cells = new Map<string, RepresentationCellRow>();
  for (const { municipalityId, role } of rows) {
    const bodyId = role.heldInId === municipalityId ? null : role.heldInId;
    if (bodies && (bodyId === null || !bodies.includes(bodyId))) continue;
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
    asOf,
    municipalityIds: [...new Set([...cells.values()].map((cell) => cell.municipalityId))],
    bodyIds: [...bodyCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id),
    cells: [...cells.values()],
  };
}

/** The most municipalities one page of the matrix holds. */
const MAX_REPRESENTATION_PAGE = 200;

export const representationQueries: Pick<QueryResolvers, 'representation'> = {
  async representation(_parent, { asOf, municipalities, bodies, first, after, municipalityName }, context) {
    const day = asOf ?? null;
    const bodyIds = listArgument(bodies);
    const name = municipalityName == null ? null : foldName(municipalityName);
    if (first == null && after == null && name === null) {
      const matrix = representationMatrix(
        day,
        await context.data.reports.representation(day, listArgument(municipalities)),
        bodyIds,
      );
      return {
        ...matrix,
        totalMunicipalities: matrix.municipalityIds.length,
        pageInfo: { hasNextPage: false, endCursor: null },
      };
    }
    // A page: the municipalities of the page first (name order), then the seats of those only.
    const { offset, limit } = offsetPage(first, after, MAX_REPRESENTATION_PAGE, MUNICIPALITY_PAGE);
    const page = await context.data.reports.representationMunicipalities(
      day,
      listArgument(municipalities),
      bodyIds,
      name === '' ? null : name,
      offset,
      limit,
    );
    const rows = page.ids.length === 0 ? [] : await context.data.reports.representation(day, page.ids);
    const hasNextPage = offset + page.ids.length < page.total;
    return {
      ...representationMatrix(day, rows, bodyIds),
      totalMunicipalities: page.total,
      pageInfo: { hasNextPage, endCursor: hasNextPage ? offsetCursor(offset, page.ids.length - 1) : null },
    };
  },
};

export const RepresentationMatrix: RepresentationMatrixResolvers = {
  municipalities: async (matrix, _args, context) =>
    (await Promise.all(matrix.municipalityIds.map((id) => required(id, context)))).sort((a, b) =>
      compareNames(a.name, b.name),
    ),
  bodies: (matrix, _args, context) => Promise.all(matrix.bodyIds.map((id) => required(id, context))),
};

export const RepresentationCell: RepresentationCellResolvers = {
  municipality: (cell, _args, context) => required(cell.municipalityId, context),
  body: (cell, _args, context) => optional(cell.bodyId, context),
};
