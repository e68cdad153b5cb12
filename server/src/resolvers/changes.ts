import type { RoleRow } from '../data/index.js';
import { seatChanges } from '../domain/changes.js';
import { InputError } from '../domain/page.js';
import type { ChangeResolvers, QueryResolvers } from '../generated/graphql.js';
import { dateArgument, optional, required } from './fields.js';

// schema/changes.graphql: who came, who left and who changed title between two dates.

export const changesQueries: Pick<QueryResolvers, 'changes'> = {
  async changes(_parent, { from, to, municipality, body }, context) {
    const fromDay = dateArgument('from', from) as string;
    const toDay = dateArgument('to', to) as string;
    if (fromDay >= toDay) throw new InputError('"from" must be a day before "to".', 'to');
    const onFrom: RoleRow[] = [];
    const onTo: RoleRow[] = [];
    for (const { role, onFrom: before, onTo: after } of await context.data.roles.onTwoDays(fromDay, toDay)) {
      if (municipality && role.heldInId !== municipality && role.onBehalfOfId !== municipality) continue;
      if (body && role.heldInId !== body) continue;
      if (before) onFrom.push(role);
      if (after) onTo.push(role);
    }
    return { from: fromDay, to: toDay, changes: seatChanges(onFrom, onTo) };
  },
};

export const Change: ChangeResolvers = {
  person: (row, _args, context) => required(row.personId, context),
  place: (row, _args, context) => optional(row.placeId, context),
  onBehalfOf: (row, _args, context) => optional(row.onBehalfOfId, context),
};
