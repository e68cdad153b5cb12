import { foldName } from './names.js';

// Who came, who left and who changed title between two days. A seat is a person in a place (body or
// municipality) on behalf of someone; the same seat under another title is a change, not a leave and a come.

export interface DatedRole {
  id: string;
  personId: string;
  title: string;
  heldInId: string | null;
  onBehalfOfId: string | null;
}

export type ChangeKindValue = 'CAME' | 'LEFT' | 'CHANGED';

export interface SeatChange<R extends DatedRole> {
  kind: ChangeKindValue;
  personId: string;
  placeId: string | null;
  onBehalfOfId: string | null;
  before: R[];
  after: R[];
}

const seatOf = (role: DatedRole) => `${role.personId}|${role.heldInId ?? ''}|${role.onBehalfOfId ?? ''}`;
const titles = (roles: DatedRole[]) => new Set(roles.map((role) => foldName(role.title)));

/** Compares the roles held on the first day with those held on the second. */
export function seatChanges<R extends DatedRole>(onFrom: R[], onTo: R[]): SeatChange<R>[] {
  const seats = new Map<string, { before: R[]; after: R[]; sample: R }>();
  for (const [list, side] of [
    [onFrom, 'before'],
    [onTo, 'after'],
  ] as const) {
    for (const role of list) {
      const key = seatOf(role);
      const seat = seats.get(key) ?? { before: [], after: [], sample: role };
      seat[side].push(role);
      seats.set(key, seat);
    }
  }
  const changes: SeatChange<R>[] = [];
  for (const { before, after, sample } of seats.values()) {
    let kind: ChangeKindValue | null = null;
    if (before.length === 0) kind = 'CAME';
    else if (after.length === 0) kind = 'LEFT';
    else {
      const a = titles(before);
      const b = titles(after);
      if (a.size !== b.size || [...a].some((title) => !b.has(title))) kind = 'CHANGED';
    }
    if (kind) {
      changes.push({
        kind,
        personId: sample.personId,
        placeId: sample.heldInId,
        onBehalfOfId: sample.onBehalfOfId,
        before,
        after,
      });
    }
  }
  const order: Record<ChangeKindValue, number> = { CAME: 0, CHANGED: 1, LEFT: 2 };
  return changes.sort(
    (x, y) =>
      order[x.kind] - order[y.kind] ||
      (x.placeId ?? '').localeCompare(y.placeId ?? '') ||
      x.personId.localeCompare(y.personId),
  );
}
