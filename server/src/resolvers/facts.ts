import type { Context } from '../context.js';
import type { AttendanceRow, EntityRow } from '../data/index.js';
import { ATTENDANCE_ORDER, isAttendanceWording } from '../domain/attendance.js';
import type { EventTypeValue } from '../domain/events.js';
import type { AttendanceResolvers, EventResolvers, FigureResolvers } from '../generated/graphql.js';
import { citationsOf, entityFields, related, relatedOne, relationsOf, required } from './fields.js';

// Typed facts (schema/facts.graphql): a meeting's typed attendance, dated events, key figures.

const attended = relationsOf('ATTENDED', 'IN');

/** A meeting's participants: its ATTENDED relations with their typed status, present first. */
export async function participants(row: EntityRow, _args: unknown, context: Context): Promise<AttendanceRow[]> {
  const rows = (await attended(row, {}, context)).flatMap((relation): AttendanceRow[] =>
    relation.attendance === null
      ? []
      : [
          {
            relationId: relation.id,
            personId: relation.fromId,
            status: relation.attendance,
            // Only an attendance wording is "as written" here: some records hold a title in `as` instead.
            asWritten:
              relation.as !== null && isAttendanceWording(relation.as, relation.attendance) ? relation.as : null,
            citationIds: relation.citationIds,
          },
        ],
  );
  return rows.sort(
    (a, b) =>
      ATTENDANCE_ORDER.indexOf(a.status) - ATTENDANCE_ORDER.indexOf(b.status) || a.personId.localeCompare(b.personId),
  );
}

/** The key figures about an entity, in the order of their periods. */
export async function figures(row: EntityRow, _args: unknown, context: Context): Promise<EntityRow[]> {
  const found = await related(['CONCERNS'], 'IN', ['FIGURE'])(row, {}, context);
  return found.sort((a, b) => (a.start ?? '').localeCompare(b.start ?? '') || a.name.localeCompare(b.name, 'nb'));
}

export const Attendance: AttendanceResolvers = {
  person: (row, _args, context) => required(row.personId, context),
  citations: (row, _args, context) => citationsOf(row.citationIds, context),
};

export const Event: EventResolvers = {
  ...entityFields,
  type: (row) => row.type as EventTypeValue,
  concerns: related(['CONCERNS'], 'OUT'),
};

export const Figure: FigureResolvers = {
  ...entityFields,
  about: relatedOne(['CONCERNS'], 'OUT'),
};
