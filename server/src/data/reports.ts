import {
  fundingOverall,
  fundingTotals,
  grantsCount,
  grantsPage,
  representationRoles,
  roleCountsByBody,
  roleCountsByMunicipality,
  universityCollaboration,
} from '../cypher/index.js';
import type { Row } from '../graph/store.js';
import { type Batch, count } from './batch.js';
import { toEntityRow, toRoleRow } from './mapping.js';
import type { CollaborationRow, EntityRow, FundingTotalRow, RoleCountRow, RoleRow } from './rows.js';

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
  /** Funding totals per group (unsorted), and the grand total with each grant counted once. */
  funding(
    groupBy: FundingGroupValue,
    filter: GrantFilterValues,
  ): Promise<{ rows: FundingTotalRow[]; totalNok: number; grants: number }>;
  /** One page of the grants that match the filter, and how many match and their sum. */
  grants(
    filter: GrantFilterValues,
    order: GrantOrderValue,
    offset: number,
    limit: number,
  ): Promise<{ page: EntityRow[]; total: number; totalNok: number }>;
  /** Roles and people per body or per municipality, on `asOf` (unsorted). */
  roleCounts(groupBy: 'BODY' | 'MUNICIPALITY', asOf: string | null): Promise<RoleCountRow[]>;
  /** Universities × municipalities in the same projects, on `asOf` (unsorted). */
  collaboration(asOf: string | null): Promise<CollaborationRow[]>;
}

export function reportsData(batch: Batch): ReportsData {
  const { reader } = batch;
  return {
    async representation(asOf, municipalities) {
      const rows = await reader.read(representationRoles, { asOf, municipalities });
      return rows.map((row) => ({ municipalityId: String(row.ownerId), role: toRoleRow(row.role as Row) }));
    },
    async funding(groupBy, filter) {
      const params = { groupBy, ...filter };
      const [rows, [overall]] = await Promise.all([
        reader.read(fundingTotals, params),
        reader.read(fundingOverall, params),
      ]);
      return {
        rows: rows.map((row) => ({
          entityId: groupBy === 'YEAR' || row.key === null ? null : String(row.key),
          year: groupBy === 'YEAR' && row.key !== null ? Number(row.key) : null,
          totalNok: count(row.totalNok),
          grants: count(row.grants),
          grantsWithoutAmount: count(row.withoutAmount),
        })),
        totalNok: count(overall?.totalNok),
        grants: count(overall?.grants),
      };
    },
    async grants(filter, order, offset, limit) {
      const [page, [total]] = await Promise.all([
        reader.read(grantsPage[order], { ...filter, offset, limit }),
        reader.read(grantsCount, { ...filter }),
      ]);
      return {
        page: page.map((row) => toEntityRow(row.entity as Row)),
        total: count(total?.total),
        totalNok: count(total?.totalNok),
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
