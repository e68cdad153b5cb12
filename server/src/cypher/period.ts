// The as-of rule in Cypher (its pure twin is domain/dates.ts `holdsOn`; period.test.ts runs both on the same
// cases): a fact holds on a day when its known period (stated, or the period its source covers) contains the day,
// both ends included, an open end unbounded.

/** The predicate "`variable` holds on the day in $`parameter`" (a YYYY-MM-DD string; never null). */
export function holdsOn(variable: string, parameter: string): string {
  return `(${variable}.validFrom IS NULL OR ${variable}.validFrom <= date($${parameter})) AND (${variable}.validTo IS NULL OR date($${parameter}) <= ${variable}.validTo)`;
}

/** The as-of filter every "on this day" statement shares: holds on $asOf, or every fact when $asOf is null. */
export function asOfFilter(variable: string): string {
  return `($asOf IS NULL OR (${holdsOn(variable, 'asOf')}))`;
}

/**
 * The roles' as-of rule in Cypher (its pure twin is domain/seats.ts `shownOn`; period.test.ts runs both): a role is
 * shown on a day when it is HELD or LAST_CONFIRMED then, that is from its first known day until it has ended.
 */
export function roleShownOn(variable: string, parameter: string): string {
  return `(${variable}.validFrom IS NULL OR ${variable}.validFrom <= date($${parameter})) AND (${variable}.endedOn IS NULL OR date($${parameter}) < ${variable}.endedOn)`;
}

/** The roles' as-of filter: shown on $asOf, or every role when $asOf is null. */
export function roleAsOfFilter(variable: string): string {
  return `($asOf IS NULL OR (${roleShownOn(variable, 'asOf')}))`;
}

/** Seats only: a duty in a meeting's case is part of the person's part in the meeting, not a seat. */
export function isSeat(variable: string): string {
  return `coalesce(${variable}.duty, false) = false`;
}
