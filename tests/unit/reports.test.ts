import { describe, expect, it } from 'vitest';
import { FundingGroup, GrantOrder, RoleCountGroup } from '../../client/src/generated/graphql.js';
import { FUNDING_GROUPS, GRANT_ORDERS, ROLE_COUNT_GROUPS } from '../../client/src/lib/reports.js';

describe('the choices of the report pages', () => {
  it('offer every grouping and order the API knows, each once', () => {
    expect([...FUNDING_GROUPS].sort()).toEqual(Object.values(FundingGroup).sort());
    expect([...ROLE_COUNT_GROUPS].sort()).toEqual(Object.values(RoleCountGroup).sort());
    expect([...GRANT_ORDERS].sort()).toEqual(Object.values(GrantOrder).sort());
  });
});
