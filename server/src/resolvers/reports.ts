import type { Context } from '../context.js';
import {
  fundingOverall,
  fundingTotals,
  grantsCount,
  grantsPage,
  linksOfEntities,
  roleCountsByBody,
  roleCountsByMunicipality,
  rolesCount,
  rolesOnTwoDays,
  rolesPage,
  universityCollaboration,
} from '../cypher/index.js';
import { seatChanges } from '../domain/changes.js';
import { isIsoDate } from '../domain/dates.js';
import { decodeCursor, encodeCursor } from '../domain/ids.js';
import type { LinkRow } from '../domain/links.js';
import { foldName } from '../domain/names.js';
import { badUserInput, notFound } from '../errors.js';
import type {
  ChangeResolvers,
  CollaborationResolvers,
  CommonGroundResolvers,
  FundingTotalResolvers,
  GrantConnectionResolvers,
  QueryResolvers,
  RoleConnectionResolvers,
  RoleCountResolvers,
  SharedNeighbourResolvers,
} from '../generated/graphql.js';
import { toEntityRow, toLinkRow, toRoleRow } from '../graph/mapping.js';
import type { EntityRow, RoleRow } from '../graph/rows.js';
import type { Row } from '../graph/store.js';
import { required } from './person.js';

const num = (value: unknown) => (value === null || value === undefined ? 0 : Number(value));
const MAX_PAGE = 500;

function pageArgs(
  first: number | null | undefined,
  after: string | null | undefined,
): { offset: number; limit: number } {
  const limit = first ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) {
    throw badUserInput(`"first" must be a whole number from 1 to ${MAX_PAGE}; it was ${limit}.`, 'first');
  }
  if (after === null || after === undefined) return { offset: 0, limit };
  const parts = decodeCursor(after, 1);
  const offset = parts ? Number(parts[0]) : Number.NaN;
  // A cursor we made never points past the largest graph we serve; anything bigger is not one of ours.
  if (!Number.isInteger(offset) || offset < 0 || offset > 100_000_000) {
    throw badUserInput('"after" is not a cursor from this API: pass an endCursor you received.', 'after');
  }
  return { offset, limit };
}

function checkDate(name: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!isIsoDate(value)) throw badUserInput(`"${name}" must be a date written YYYY-MM-DD.`, name);
  return value;
}

export const reportsQueries: Pick<
  QueryResolvers,
  'fundingTotals' | 'roleCounts' | 'universityCollaboration' | 'changes' | 'commonGround' | 'roles' | 'grants'
> = {
  async fundingTotals(_parent, { groupBy, year, funder, recipient }, context) {
    const params = { groupBy, year: year ?? null, funder: funder ?? null, recipient: recipient ?? null };
    const [rows, [overall]] = await Promise.all([
      context.store.read(fundingTotals, params),
      context.store.read(fundingOverall, params),
    ]);
    return {
      groupBy,
      rows: rows
        .map((row) => ({
          entityId: groupBy === 'YEAR' || row.key === null ? null : String(row.key),
          year: groupBy === 'YEAR' && row.key !== null ? Number(row.key) : null,
          totalNok: num(row.totalNok),
          grants: num(row.grants),
          grantsWithoutAmount: num(row.withoutAmount),
        }))
        .sort(
          (a, b) =>
            b.totalNok - a.totalNok ||
            (a.entityId ?? '').localeCompare(b.entityId ?? '') ||
            (b.year ?? 0) - (a.year ?? 0),
        ),
      totalNok: num(overall?.totalNok),
      grants: num(overall?.grants),
    };
  },

  async roleCounts(_parent, { groupBy, asOf }, context) {
    const statement = groupBy === 'BODY' ? roleCountsByBody : roleCountsByMunicipality;
    const rows = await context.store.read(statement, { asOf: asOf ?? null });
    return rows
      .map((row) => ({ entityId: String(row.id), roles: num(row.roles), people: num(row.people) }))
      .sort((a, b) => b.roles - a.roles || a.entityId.localeCompare(b.entityId));
  },

  async universityCollaboration(_parent, { asOf }, context) {
    const rows = await context.store.read(universityCollaboration, { asOf: asOf ?? null });
    return rows
      .map((row) => ({
        universityId: String(row.universityId),
        municipalityId: String(row.municipalityId),
        projectIds: (row.projectIds as string[]).map(String).sort(),
      }))
      .sort((a, b) => a.universityId.localeCompare(b.universityId) || a.municipalityId.localeCompare(b.municipalityId));
  },

  async changes(_parent, { from, to, municipality, body }, context) {
    const fromDay = checkDate('from', from) as string;
    const toDay = checkDate('to', to) as string;
    if (fromDay >= toDay) throw badUserInput('"from" must be a day before "to".', 'to');
    const rows = await context.store.read(rolesOnTwoDays, { from: fromDay, to: toDay });
    const onFrom: RoleRow[] = [];
    const onTo: RoleRow[] = [];
    for (const row of rows) {
      const role = toRoleRow(row.role as Row);
      if (municipality && role.heldInId !== municipality && role.onBehalfOfId !== municipality) continue;
      if (body && role.heldInId !== body) continue;
      if (row.onFrom === true) onFrom.push(role);
      if (row.onTo === true) onTo.push(role);
    }
    return { from: fromDay, to: toDay, changes: seatChanges(onFrom, onTo) };
  },

  async commonGround(_parent, { a, b, asOf }, context) {
    if (a === b) throw badUserInput('Pick two different entities to compare.', 'b');
    const [first, second] = await Promise.all([context.loaders.entity.load(a), context.loaders.entity.load(b)]);
    if (!first) throw notFound(`Nothing in the graph has the id "${a}".`);
    if (!second) throw notFound(`Nothing in the graph has the id "${b}".`);
    const rows = await context.store.read(linksOfEntities, { ids: [a, b], asOf: asOf ?? null });
    const neighbours = new Map<string, { viaA: LinkRow[]; viaB: LinkRow[] }>();
    for (const row of rows) {
      const link = toLinkRow(row.link as Row);
      const owner = String(row.ownerId);
      const other = link.fromId === owner ? link.toId : link.fromId;
      if (other === a || other === b) continue;
      const entry = neighbours.get(other) ?? { viaA: [], viaB: [] };
      (owner === a ? entry.viaA : entry.viaB).push(link);
      neighbours.set(other, entry);
    }
    const shared = [...neighbours.entries()]
      .filter(([, entry]) => entry.viaA.length > 0 && entry.viaB.length > 0)
      .map(([entityId, entry]) => ({ entityId, ...entry }));
    return { aId: a, bId: b, shared };
  },

  async roles(_parent, { filter, orderBy, first, after }, context) {
    const { offset, limit } = pageArgs(first, after);
    const params = {
      person: filter?.person ?? null,
      organization: filter?.organization ?? null,
      municipality: filter?.municipality ?? null,
      asOf: checkDate('asOf', filter?.asOf),
      from: checkDate('from', filter?.from),
      to: checkDate('to', filter?.to),
      title: filter?.title ? foldName(filter.title) : null,
    };
    const [page, [count]] = await Promise.all([
      context.store.read(rolesPage[orderBy ?? 'PERIOD_DESC'], { ...params, offset, limit: limit + 1 }),
      context.store.read(rolesCount, params),
    ]);
    return {
      edges: page.slice(0, limit).map((row, index) => ({
        node: toRoleRow(row.role as Row),
        cursor: encodeCursor([String(offset + index + 1)]),
      })),
      hasNextPage: page.length > limit,
      totalCount: num(count?.total),
    };
  },

  async grants(_parent, { filter, orderBy, first, after }, context) {
    const { offset, limit } = pageArgs(first, after);
    const params = { year: filter?.year ?? null, funder: filter?.funder ?? null, recipient: filter?.recipient ?? null };
    const [page, [count]] = await Promise.all([
      context.store.read(grantsPage[orderBy ?? 'AMOUNT_DESC'], { ...params, offset, limit: limit + 1 }),
      context.store.read(grantsCount, params),
    ]);
    return {
      edges: page.slice(0, limit).map((row, index) => ({
        node: toEntityRow(row.entity as Row),
        cursor: encodeCursor([String(offset + index + 1)]),
      })),
      hasNextPage: page.length > limit,
      totalCount: num(count?.total),
      totalNok: num(count?.totalNok),
    };
  },
};

const load = (id: string, context: Context) => required(id, (key) => context.loaders.entity.load(key));
const loadAll = async (ids: string[], context: Context) =>
  (await context.loaders.entity.loadMany(ids)).filter(
    (row): row is EntityRow => row !== null && !(row instanceof Error),
  );

export const FundingTotal: FundingTotalResolvers = {
  entity: (row, _args, context) => (row.entityId === null ? null : context.loaders.entity.load(row.entityId)),
};

export const RoleCount: RoleCountResolvers = {
  entity: (row, _args, context) => load(row.entityId, context),
};

export const Collaboration: CollaborationResolvers = {
  university: (row, _args, context) => load(row.universityId, context),
  municipality: (row, _args, context) => load(row.municipalityId, context),
  projects: (row, _args, context) => loadAll(row.projectIds, context),
};

export const Change: ChangeResolvers = {
  person: (row, _args, context) => load(row.personId, context),
  place: (row, _args, context) => (row.placeId === null ? null : context.loaders.entity.load(row.placeId)),
  onBehalfOf: (row, _args, context) =>
    row.onBehalfOfId === null ? null : context.loaders.entity.load(row.onBehalfOfId),
};

export const CommonGround: CommonGroundResolvers = {
  a: (row, _args, context) => load(row.aId, context),
  b: (row, _args, context) => load(row.bId, context),
};

export const SharedNeighbour: SharedNeighbourResolvers = {
  entity: (row, _args, context) => load(row.entityId, context),
};

export const RoleConnection: RoleConnectionResolvers = {
  pageInfo: (connection) => ({
    hasNextPage: connection.hasNextPage,
    endCursor: connection.edges.at(-1)?.cursor ?? null,
  }),
};

export const GrantConnection: GrantConnectionResolvers = {
  pageInfo: (connection) => ({
    hasNextPage: connection.hasNextPage,
    endCursor: connection.edges.at(-1)?.cursor ?? null,
  }),
};
