import {
  grantsPage,
  grantTree,
  representationMunicipalities,
  representationRoles,
  representativesOfMunicipalities,
  roleCountsByBody,
  roleCountsByMunicipality,
  universityCollaboration,
} from '../cypher/index.js';
import {
  countedGrants,
  exceededByParts,
  type FundingLevelValue,
  type GrantInTree,
  groupTotals,
  selectGrants,
  sumStated,
} from '../domain/grants.js';
import type { Row } from '../graph/store.js';
import { type Batch, count, primeRoleListRows } from './batch.js';
import { toEntityRow, toRoleRow } from './mapping.js';
import type { CollaborationRow, EntityRow, FundingReportRow, RoleCountRow, RoleRow } from './rows.js';
import type { SharedValues } from './shared.js';

export type FundingGroupValue = 'FUNDER' | 'RECIPIENT' | 'PROJECT' | 'YEAR';
export type GrantOrderValue = keyof typeof grantsPage;

export interface GrantFilterValues {
  year: number | null;
  funder: string | null;
  recipient: string | null;
}

/** The aggregations of the Reports page and the representation matrix. */
export interface ReportsData {
  /** Every role held in a municipality or on its behalf, on `asOf`, with the municipality. */
  representation(
    asOf: string | null,
    municipalities: string[] | null,
  ): Promise<{ municipalityId: string; role: RoleRow }[]>;
  /**
   * One page of the municipalities the matrix shows (name order; with a seat on `asOf`, in `bodies` when given)
   * and how many there are in all.
   */
  representationMunicipalities(
    asOf: string | null,
    municipalities: string[] | null,
    bodies: string[] | null,
    name: string | null,
    offset: number,
    limit: number,
  ): Promise<{ ids: string[]; total: number }>;
  /** Funding totals per group (unsorted) and the grand total, each krone once at `level` (domain/grants.ts). */
  funding(groupBy: FundingGroupValue, filter: GrantFilterValues, level: FundingLevelValue): Promise<FundingReportRow>;
  /** One page of the grants that match the filter, how many match, and their sum counted once at `level`. */
  grants(
    filter: GrantFilterValues,
    order: GrantOrderValue,
    offset: number,
    limit: number,
    level: FundingLevelValue,
  ): Promise<{ page: EntityRow[]; total: number; totalNok: number }>;
  /** Roles and people per body or per municipality, on `asOf` (unsorted). */
  roleCounts(groupBy: 'BODY' | 'MUNICIPALITY', asOf: string | null): Promise<RoleCountRow[]>;
  /** Universities × municipalities in the same projects, on `asOf` (unsorted). */
  collaboration(asOf: string | null): Promise<CollaborationRow[]>;
}

export function reportsData(batch: Batch, shared: SharedValues): ReportsData {
  const { reader } = batch;
  return {
    async representation(asOf, municipalities) {
      // Chosen municipalities (a page) are looked up by id; only the whole matrix walks every municipality.
      const rows =
        municipalities === null
          ? await reader.read(representationRoles, { asOf })
          : await reader.read(representativesOfMunicipalities, { ids: municipalities, asOf });
      // What each cell shows beside the seat (the holder, the body, the municipality, the sources) comes with it.
      primeRoleListRows(batch, rows);
      return rows.map((row) => ({ municipalityId: String(row.ownerId), role: toRoleRow(row.role as Row) }));
    },
    async representationMunicipalities(asOf, municipalities, bodies, name, offset, limit) {
      // Which municipalities have a seat on the day walks every municipality (13,000 at a million facts): the list
      // is kept until the next write, so that the next pages and the next visitors of the same day only slice it.
      const params = { asOf, municipalities, bodies, name };
      const ids = await shared(`representation-municipalities:${JSON.stringify(params)}`, async () => {
        const [row] = await reader.read(representationMunicipalities, params);
        return ((row?.ids as string[] | undefined) ?? []).map(String);
      });
      return { ids: ids.slice(offset, offset + limit), total: ids.length };
    },
    async funding(groupBy, filter, level) {
      const tree = toGrantTree(await reader.read(grantTree, {}));
      const selected = selectGrants(tree, filter);
      const counted = countedGrants(tree, selected, level);
      return {
        groupBy,
        level,
        rows: groupTotals(counted, groupBy).map((group) => ({
          entityId: groupBy === 'YEAR' || group.key === null ? null : String(group.key),
          year: groupBy === 'YEAR' && group.key !== null ? Number(group.key) : null,
          totalNok: group.totalNok,
          grants: group.grants,
          grantsWithoutAmount: group.grantsWithoutAmount,
        })),
        totalNok: sumStated(counted),
        grants: selected.size,
        countedGrants: counted.length,
        grantsWithoutAmount: counted.filter((grant) => grant.amountNok === null).length,
        exceededByParts: exceededByParts(tree, counted, level).map((grant) => grant.id),
      };
    },
    async grants(filter, order, offset, limit, level) {
      const [page, rows] = await Promise.all([
        reader.read(grantsPage[order], { ...filter, offset, limit }),
        reader.read(grantTree, {}),
      ]);
      const tree = toGrantTree(rows);
      const selected = selectGrants(tree, filter);
      return {
        page: page.map((row) => toEntityRow(row.entity as Row)),
        total: selected.size,
        totalNok: sumStated(countedGrants(tree, selected, level)) ?? 0,
      };
    },
    async roleCounts(groupBy, asOf) {
      const rows = await reader.read(groupBy === 'BODY' ? roleCountsByBody : roleCountsByMunicipality, { asOf });
      return rows.map((row) => ({ entityId: String(row.id), roles: count(row.roles), people: count(row.people) }));
    },
    async collaboration(asOf) {
      const rows = await reader.read(universityCollaboration, { asOf });
      return rows.map((row) => ({
        universityId: String(row.universityId),
        municipalityId: String(row.municipalityId),
        projectIds: (row.projectIds as string[]).map(String),
      }));
    },
  };
}

function toGrantTree(rows: Row[]): GrantInTree[] {
  return rows.map((row) => ({
    id: String(row.id),
    parentId: row.parentId == null ? null : String(row.parentId),
    amountNok: row.amountNok == null ? null : count(row.amountNok),
    year: row.year == null ? null : count(row.year),
    funders: (row.funders as string[]).map(String),
    recipients: (row.recipients as string[]).map(String),
    projects: (row.projects as string[]).map(String),
  }));
}
