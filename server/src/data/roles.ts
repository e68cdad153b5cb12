import DataLoader from 'dataloader';
import {
  dutiesOfPersons,
  postsById,
  representativesOfMunicipalities,
  rolesById,
  rolesCount,
  rolesHeldIn,
  rolesOfPersons,
  rolesOfPosts,
  rolesOnTwoDays,
  rolesPage,
} from '../cypher/index.js';
import type { Row } from '../graph/store.js';
import { type Batch, byId, count, family, groupedByOwner, primeRoleListRows } from './batch.js';
import { toPostRow, toRoleRow } from './mapping.js';
import type { PostRow, RoleRow } from './rows.js';

/** Which roles of an entity a field lists. */
export type RoleListName = 'ofPerson' | 'dutiesOfPerson' | 'representatives' | 'heldIn' | 'ofPost';

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
  /** Posts (seats) by id, batched. */
  post: DataLoader<string, PostRow | null>;
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
    dutiesOfPerson: dutiesOfPersons,
    representatives: representativesOfMunicipalities,
    heldIn: rolesHeldIn,
    ofPost: rolesOfPosts,
  };
  const lists = family(
    ({ name, asOf }: { name: RoleListName; asOf: string | null }) =>
      new DataLoader<string, RoleRow[]>(
        async (ids) => {
          const rows = await batch.reader.read(statements[name], { ids: [...ids], asOf });
          // The holders, bodies and municipalities come with the roles (what the page shows beside each), and their sources.
          primeRoleListRows(batch, rows);
          return groupedByOwner(rows, ids, 'role', toRoleRow);
        },
        batch.options as DataLoader.Options<string, RoleRow[]>,
      ),
  );
  const { reader } = batch;
  const post = new DataLoader<string, PostRow | null>(
    async (ids) =>
      byId(
        (await reader.read(postsById, { ids: [...ids] })).map((row) => toPostRow(row.post as Row)),
        ids,
      ),
    batch.options as DataLoader.Options<string, PostRow | null>,
  );
  return {
    list: (name, asOf) => lists({ name, asOf }),
    post,
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
