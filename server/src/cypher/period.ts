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
