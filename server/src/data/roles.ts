import type DataLoader from 'dataloader';
import {
  representativesOfMunicipalities,
  rolesById,
  rolesCount,
  rolesHeldIn,
  rolesOfPersons,
  rolesOnTwoDays,
  rolesPage,
} from '../cypher/index.js';
import type { Row } from '../graph/store.js';
import { type Batch, count, family, groupLoader } from './batch.js';
import { toRoleRow } from './mapping.js';
import type { RoleRow } from './rows.js';

/** Which roles of an entity a field lists. */
export type RoleListName = 'ofPerson' | 'representatives' | 'heldIn';

export interface RoleFilterValues {
  person: string | null;
  organization: string | null;
  municipality: string | null;
  asOf: string | null;
  from: string | null;
  to: string | null;
  /** Folded (domain/names.ts foldName). */
  title: string | null;
}

export type RoleOrderValue = keyof typeof rolesPage;

/** Roles: a person holds them, in a place, on someone's behalf, for a period. */
export interface RolesData {
  /** The roles each person holds / held in or on behalf of each municipality / held in each place, on `asOf`. */
  list(name: RoleListName, asOf: string | null): DataLoader<string, RoleRow[]>;
  /** One role by its own id, or null. */
  byId(id: string): Promise<RoleRow | null>;
  /** One page of the roles that match the filter, in the given order. */
  page(filter: RoleFilterValues, order: RoleOrderValue, offset: number, limit: number): Promise<RoleRow[]>;
  /** How many roles match the filter. */
  count(filter: RoleFilterValues): Promise<number>;
  /** The roles known to hold on either of two days, flagged by day. */
  onTwoDays(from: string, to: string): Promise<{ role: RoleRow; onFrom: boolean; onTo: boolean }[]>;
}

export function rolesData(batch: Batch): RolesData {
  const statements = {
    ofPerson: rolesOfPersons,
    representatives: representativesOfMunicipalities,
    heldIn: rolesHeldIn,
  };
  const lists = family(({ name, asOf }: { name: RoleListName; asOf: string | null }) =>
    groupLoader(batch, statements[name], 'role', toRoleRow, { asOf }),
  );
  const { reader } = batch;
  return {
    list: (name, asOf) => lists({ name, asOf }),
    async byId(id) {
      const [row] = await reader.read(rolesById, { ids: [id] });
      return row ? toRoleRow(row.role as Row) : null;
    },
    async page(filter, order, offset, limit) {
      const rows = await reader.read(rolesPage[order], { ...filter, offset, limit });
      return rows.map((row) => toRoleRow(row.role as Row));
    },
    async count(filter) {
      const [row] = await reader.read(rolesCount, { ...filter });
      return count(row?.total);
    },
    async onTwoDays(from, to) {
      const rows = await reader.read(rolesOnTwoDays, { from, to });
      return rows.map((row) => ({
        role: toRoleRow(row.role as Row),
        onFrom: row.onFrom === true,
        onTo: row.onTo === true,
      }));
    },
  };
}
