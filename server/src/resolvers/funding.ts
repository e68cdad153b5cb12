import { defaultFundingLevel } from '../domain/grants.js';
import { offsetCursor, offsetPage, pageInfo } from '../domain/page.js';
import type {
  FunderResolvers,
  FundingReportResolvers,
  FundingTotalResolvers,
  GrantConnectionResolvers,
  GrantResolvers,
  QueryResolvers,
} from '../generated/graphql.js';
import { entityFields, existing, optional, related, relatedOne } from './fields.js';

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
  partOf: relatedOne(['ALLOCATED_FROM'], 'OUT', ['GRANT']),
  async parts(row, _args, context) {
    const parts = await grantParts(row, {}, context);
    return parts.sort((a, b) => (b.amountNok ?? -1) - (a.amountNok ?? -1) || a.name.localeCompare(b.name, 'nb'));
  },
  async partsTotalNok(row, _args, context) {
    const stated = (await grantParts(row, {}, context)).filter((part) => part.amountNok != null);
    return stated.length === 0 ? null : stated.reduce((sum, part) => sum + (part.amountNok ?? 0), 0);
  },
};

const grantParts = related(['ALLOCATED_FROM'], 'IN', ['GRANT']);

export const fundingQueries: Pick<QueryResolvers, 'fundingTotals' | 'grants'> = {
  async fundingTotals(_parent, { groupBy, year, funder, recipient, level }, context) {
    const report = await context.data.reports.funding(
      groupBy,
      { year: year ?? null, funder: funder ?? null, recipient: recipient ?? null },
      level ?? defaultFundingLevel(groupBy, recipient ?? null),
    );
    return {
      ...report,
      // Largest first; a group whose amounts are all unstated after every group with an amount.
      rows: report.rows.sort(
        (a, b) =>
          (b.totalNok ?? -1) - (a.totalNok ?? -1) ||
          (a.entityId ?? '').localeCompare(b.entityId ?? '') ||
          (b.year ?? 0) - (a.year ?? 0),
      ),
    };
  },

  async grants(_parent, { filter, orderBy, first, after }, context) {
    const { offset, limit } = offsetPage(first, after, MAX_PAGE);
    const values = { year: filter?.year ?? null, funder: filter?.funder ?? null, recipient: filter?.recipient ?? null };
    const level = defaultFundingLevel(null, values.recipient);
    const { page, total, totalNok } = await context.data.reports.grants(
      values,
      orderBy ?? 'AMOUNT_DESC',
      offset,
      limit + 1,
      level,
    );
    return {
      edges: page.slice(0, limit).map((node, index) => ({ node, cursor: offsetCursor(offset, index) })),
      hasNextPage: page.length > limit,
      totalCount: total,
      totalNok,
      level,
    };
  },
};

export const FundingTotal: FundingTotalResolvers = {
  entity: (row, _args, context) => optional(row.entityId, context),
};

export const FundingReport: FundingReportResolvers = {
  exceededByParts: (report, _args, context) => existing(report.exceededByParts, context),
};

export const GrantConnection: GrantConnectionResolvers = { pageInfo };
