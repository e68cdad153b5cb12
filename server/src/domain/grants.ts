// Money counted once (issue 11): a grant may be part of a larger grant (ALLOCATED_FROM, `Grant.partOf`), so the
// 150 mill. national allocation, its regional shares and their project allocations form a tree. Adding every grant
// that matches a filter would count the same kroner at each level. This module holds the rule, once: which grants
// of a selection are added, at which level, and what the tree must satisfy. Pure; the seed and the server use it.

/** Which grants of a selection are added up. */
export type FundingLevelValue = 'TOP' | 'DETAILED';

/** The facts about one grant that counting needs. */
export interface GrantFacts {
  readonly id: string;
  /** The grant it is a part of (ALLOCATED_FROM), if any. */
  readonly parentId: string | null;
  /** The stated amount in whole kroner; null when the text states none ("ikke oppgitt"). */
  readonly amountNok: number | null;
}

/** Ancestors of every grant, nearest first (a cycle stops the walk; the seed refuses cycles anyway). */
export function ancestorsOf(grants: readonly GrantFacts[]): Map<string, string[]> {
  const parentOf = new Map(grants.map((grant) => [grant.id, grant.parentId]));
  const result = new Map<string, string[]>();
  for (const grant of grants) {
    const chain: string[] = [];
    let next = grant.parentId;
    while (next && !chain.includes(next) && next !== grant.id) {
      chain.push(next);
      next = parentOf.get(next) ?? null;
    }
    result.set(grant.id, chain);
  }
  return result;
}

/**
 * The level a report counts when it is not asked for one: where the money ended up (DETAILED) when the report is
 * about recipients (grouped by recipient or project, or filtered to one recipient) — a grant to three health
 * authorities is split by its parts there; otherwise the money at the top (TOP).
 */
export function defaultFundingLevel(groupBy: string | null, recipient: string | null): FundingLevelValue {
  return groupBy === 'RECIPIENT' || groupBy === 'PROJECT' || recipient !== null ? 'DETAILED' : 'TOP';
}

/**
 * The grants of `selected` that are added up, each krone once. TOP: a grant whose ancestor is also selected is
 * inside that ancestor's amount and is not added again. DETAILED: a grant with a part (any descendant) also selected
 * is replaced by its parts. Order follows `grants`.
 */
export function countedGrants<G extends GrantFacts>(
  grants: readonly G[],
  selected: ReadonlySet<string>,
  level: FundingLevelValue,
): G[] {
  const ancestors = ancestorsOf(grants);
  const withSelectedPart = new Set<string>();
  for (const id of selected) for (const ancestor of ancestors.get(id) ?? []) withSelectedPart.add(ancestor);
  return grants.filter((grant) => {
    if (!selected.has(grant.id)) return false;
    if (level === 'DETAILED') return !withSelectedPart.has(grant.id);
    return !(ancestors.get(grant.id) ?? []).some((ancestor) => selected.has(ancestor));
  });
}

/** The sum of the stated amounts; null when there are grants and none states an amount; 0 for no grants. */
export function sumStated(grants: readonly GrantFacts[]): number | null {
  const stated = grants.filter((grant) => grant.amountNok !== null);
  if (grants.length > 0 && stated.length === 0) return null;
  return stated.reduce((sum, grant) => sum + (grant.amountNok ?? 0), 0);
}

/**
 * Grants replaced by their parts (DETAILED: a part of theirs is counted) whose own parts add up to more than the
 * grant itself: the report must show why (`partsNote`), since the total is then larger than the money above. Empty
 * at TOP, where the grant itself is counted.
 */
export function exceededByParts<G extends GrantFacts>(
  grants: readonly G[],
  counted: readonly G[],
  level: FundingLevelValue,
): G[] {
  if (level === 'TOP') return [];
  const ancestors = ancestorsOf(grants);
  const replaced = new Set(counted.flatMap((grant) => ancestors.get(grant.id) ?? []));
  const partsSum = new Map<string, number>();
  for (const grant of grants) {
    if (grant.parentId) partsSum.set(grant.parentId, (partsSum.get(grant.parentId) ?? 0) + (grant.amountNok ?? 0));
  }
  return grants.filter(
    (grant) => replaced.has(grant.id) && grant.amountNok !== null && (partsSum.get(grant.id) ?? 0) > grant.amountNok,
  );
}

/**
 * What the grant tree must satisfy (checked by the seed before anything is written): at most one parent per grant,
 * no cycle, and parts that add up to more than their parent only where the parent states why (`partsNote`).
 */
export function grantTreeProblems(
  grants: readonly (GrantFacts & { readonly partsNote?: string | null })[],
  links: readonly { readonly fromId: string; readonly toId: string }[],
): string[] {
  const problems: string[] = [];
  const parents = new Map<string, string[]>();
  for (const link of links) parents.set(link.fromId, [...(parents.get(link.fromId) ?? []), link.toId]);
  for (const [id, of] of parents) {
    if (new Set(of).size > 1) problems.push(`${id} is part of more than one grant (${[...new Set(of)].join(', ')})`);
  }
  const facts = grants.map((grant) => ({ ...grant, parentId: parents.get(grant.id)?.[0] ?? null }));
  for (const grant of facts) {
    const seen = [grant.id];
    for (let next = grant.parentId; next; next = parents.get(next)?.[0] ?? null) {
      if (seen.includes(next)) {
        problems.push(`${grant.id} is part of itself through ALLOCATED_FROM (${[...seen, next].join(' → ')})`);
        break;
      }
      seen.push(next);
    }
  }
  for (const grant of grants) {
    const parts = facts.filter((part) => part.parentId === grant.id);
    const sum = parts.reduce((total, part) => total + (part.amountNok ?? 0), 0);
    if (grant.amountNok !== null && sum > grant.amountNok && !grant.partsNote) {
      problems.push(
        `${grant.id}: its parts add up to ${sum} kr, more than its ${grant.amountNok} kr; state why in props.partsNote`,
      );
    }
  }
  return problems;
}

/** A grant as the funding reports read it: what counting needs, and the keys it is grouped and filtered by. */
export interface GrantInTree extends GrantFacts {
  readonly year: number | null;
  readonly funders: readonly string[];
  readonly recipients: readonly string[];
  readonly projects: readonly string[];
}

export type FundingGroupValue = 'FUNDER' | 'RECIPIENT' | 'PROJECT' | 'YEAR';

export interface GrantSelection {
  readonly year: number | null;
  readonly funder: string | null;
  readonly recipient: string | null;
}

/** The grants that match the filters (all of them, counted or not). */
export function selectGrants(grants: readonly GrantInTree[], filter: GrantSelection): Set<string> {
  return new Set(
    grants
      .filter(
        (grant) =>
          (filter.year === null || grant.year === filter.year) &&
          (filter.funder === null || grant.funders.includes(filter.funder)) &&
          (filter.recipient === null || grant.recipients.includes(filter.recipient)),
      )
      .map((grant) => grant.id),
  );
}

export interface FundingGroupTotal {
  /** The funder, recipient or project id, or the year; null for grants that state none (no project, no year). */
  readonly key: string | number | null;
  readonly totalNok: number | null;
  readonly grants: number;
  readonly grantsWithoutAmount: number;
}

/** The counted grants grouped by funder, recipient, project or year, each group summed (unsorted). */
export function groupTotals(counted: readonly GrantInTree[], groupBy: FundingGroupValue): FundingGroupTotal[] {
  const groups = new Map<string | number | null, GrantInTree[]>();
  for (const grant of counted) {
    const keys: (string | number | null)[] =
      groupBy === 'FUNDER'
        ? [...grant.funders]
        : groupBy === 'RECIPIENT'
          ? [...grant.recipients]
          : groupBy === 'PROJECT'
            ? [...grant.projects]
            : [grant.year];
    for (const key of keys.length === 0 ? [null] : keys) groups.set(key, [...(groups.get(key) ?? []), grant]);
  }
  return [...groups].map(([key, grants]) => ({
    key,
    totalNok: sumStated(grants),
    grants: grants.length,
    grantsWithoutAmount: grants.filter((grant) => grant.amountNok === null).length,
  }));
}
