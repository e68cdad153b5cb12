// The as-of filter shared by every statement that answers "on this day": a fact holds on $asOf when its
// known period (stated, or the period its source covers) contains the day. Without $asOf, every fact.
export function asOfFilter(variable: string): string {
  return `($asOf IS NULL OR ((${variable}.validFrom IS NULL OR ${variable}.validFrom <= date($asOf)) AND (${variable}.validTo IS NULL OR date($asOf) <= ${variable}.validTo)))`;
}
