import { offsetCursor, offsetPage, pageInfo } from '../domain/page.js';
import type {
  FunderResolvers,
  FundingTotalResolvers,
  GrantConnectionResolvers,
  GrantResolvers,
  QueryResolvers,
} from '../generated/graphql.js';
import { entityFields, optional, related, relatedOne } from './fields.js';

// schema/funding.graphql: funders, grants, funding totals and the grant list.

const MAX_PAGE = 500;

export const Funder: FunderResolvers = {
  ...entityFields,
  grants: related(['GRANTED_BY'], 'IN', ['GRANT']),
};

export const Grant: GrantResolvers = {
  ...entityFields,
  funder: relatedOne(['GRANTED_BY'], 'OUT'),
  recipients: related(['GRANTED_TO'], 'OUT'),
  decidedIn: related(['DECIDED_IN'], 'OUT'),
};

export const fundingQueries: Pick<QueryResolvers, 'fundingTotals' | 'grants'> = {
  async fundingTotals(_parent, { groupBy, year, funder, recipient }, context) {
    const report = await context.data.reports.funding(groupBy, {
      year: year ?? null,
      funder: funder ?? null,
      recipient: recipient ?? null,
    });
    return {
      groupBy,
      ...report,
      rows: report.rows.sort(
        (a, b) =>
          b.totalNok - a.totalNok ||
          (a.entityId ?? '').localeCompare(b.entityId ?? '') ||
          (b.year ?? 0) - (a.year ?? 0),
      ),
    };
  },

  async grants(_parent, { filter, orderBy, first, after }, context) {
    const { offset, limit } = offsetPage(first, after, MAX_PAGE);
    const values = { year: filter?.year ?? null, funder: filter?.funder ?? null, recipient: filter?.recipient ?? null };
    const { page, total, totalNok } = await context.data.reports.grants(
      values,
      orderBy ?? 'AMOUNT_DESC',
      offset,
      limit + 1,
    );
    return {
      edges: page.slice(0, limit).map((node, index) => ({ node, cursor: offsetCursor(offset, index) })),
      hasNextPage: page.length > limit,
      totalCount: total,
      totalNok,
    };
  },
};

export const FundingTotal: FundingTotalResolvers = {
  entity: (row, _args, context) => optional(row.entityId, context),
};

export const GrantConnection: GrantConnectionResolvers = { pageInfo };
