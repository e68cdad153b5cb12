import { glanceStatus, type RoleSpan } from './glance';

// A body's seats over time, as bars: who held which seat from when to when. A seat that is *sist bekreftet* (known
// to hold up to a date, with no end known) gets a solid bar up to that date and an open, dashed tail after it, up to
// the day the page tells statuses for. Pure, so the rules are unit-tested.

export interface TimelineRole extends RoleSpan {
  id: string;
  title: string;
  person: { id: string; name: string };
}

export interface TimelineBar {
  id: string;
  /** The bar's row: the person, and the seat when the body has more than one kind (every spell of one person in
   *  one seat shares a row). */
  row: string;
  person: string;
  title: string;
  start: string;
  /** The end of the known period: when it ended, or the last day a source confirms. */
  end: string;
  /** Where the dashed tail of a last-confirmed seat ends (the day statuses are told for); null otherwise. */
  openUntil: string | null;
  status: 'HELD' | 'LAST_CONFIRMED' | 'ENDED';
}

/** The bars of the roles that have at least one date; the others are left to the table. */
export function timelineBars(roles: readonly TimelineRole[], day: string): TimelineBar[] {
  const bars: TimelineBar[] = [];
  const titles = new Set(roles.map((role) => role.title));
  for (const role of roles) {
    const status = glanceStatus(role, day);
    const start = role.validFrom ?? role.validTo ?? role.lastObserved ?? role.endedOn;
    if (!start) continue;
    const known = role.endedOn ?? role.validTo ?? (status === 'HELD' ? day : (role.lastObserved ?? start));
    const end = known.localeCompare(start) < 0 ? start : known;
    bars.push({
      id: role.id,
      row: titles.size > 1 ? `${role.title}: ${role.person.name}` : role.person.name,
      person: role.person.name,
      title: role.title,
      start,
      end,
      openUntil: status === 'LAST_CONFIRMED' && day > end ? day : null,
      status,
    });
  }
  return bars.sort((a, b) => a.title.localeCompare(b.title, 'nb') || a.start.localeCompare(b.start));
}
