/** Newest first, then by title: "who holds this now, and who did before" reads top to bottom. */
export function byPeriodThenTitle<T extends { validFrom: string | null; validTo: string | null; title: string }>(
  a: T,
  b: T,
): number {
  const from = (b.validFrom ?? '').localeCompare(a.validFrom ?? '');
  if (from !== 0) return from;
  const to = (b.validTo ?? '9999').localeCompare(a.validTo ?? '9999');
  if (to !== 0) return to;
  return a.title.localeCompare(b.title, 'nb');
}
