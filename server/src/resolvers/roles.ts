import type { Context } from '../context.js';
import { byPeriodThenTitle } from '../domain/roles.js';
import type { EntityRow, RoleRow } from '../graph/rows.js';

type RoleLoaderName = 'rolesOfPerson' | 'representatives' | 'rolesHeldIn';

/** A `roles(asOf)` field resolver over one of the batched role loaders, newest first. */
export function rolesField(loader: RoleLoaderName) {
  return async (row: EntityRow, args: { asOf?: string | null }, context: Context): Promise<RoleRow[]> => {
    const roles = await context.loaders[loader](args.asOf ?? null).load(row.id);
    return [...roles].sort(byPeriodThenTitle);
  };
}
