import type { AttendanceStatus } from '../generated/enums.js';

// Attendance, typed once: the wordings of the attendance lists and the status each one states. A seed record may
// state a status beside (or instead of) a wording; one that the wording does not give is a reading of the text.

export type AttendanceStatusValue = AttendanceStatus;

/** The wordings the documents' attendance lists use, folded (trimmed, lower case, single spaces). */
const WORDINGS: Readonly<Record<string, AttendanceStatus>> = {
  x: 'PRESENT',
  'til stede': 'PRESENT',
  'ikke til stede': 'ABSENT',
  'til stede på deler av møtet': 'PARTLY',
  'på sak': 'FOR_CASE',
};

/** Display order of a meeting's participants: present, partly, for a case, absent. */
export const ATTENDANCE_ORDER: readonly AttendanceStatus[] = ['PRESENT', 'PARTLY', 'FOR_CASE', 'ABSENT'];

/** The status an attendance list's wording states, or null when the words are no attendance wording. */
export function attendanceFromWording(asWritten: string | null | undefined): AttendanceStatus | null {
  if (asWritten === null || asWritten === undefined) return null;
  return WORDINGS[asWritten.trim().replace(/\s+/g, ' ').toLowerCase()] ?? null;
}

/** Whether `asWritten` is an attendance wording that states `status` (not, say, a title kept in `as`). */
export function isAttendanceWording(asWritten: string, status: AttendanceStatus): boolean {
  return attendanceFromWording(asWritten) === status;
}

/**
 * The typed attendance of one ATTENDED record: the status the seed states, else the one its wording states.
 * `problem` says what is wrong when neither gives one, or when a stated status differs from the wording without
 * a reading that explains why.
 */
export function resolveAttendance(
  asWritten: string | null | undefined,
  stated: AttendanceStatus | null | undefined,
  hasReading: boolean,
): { status: AttendanceStatus | null; problem: string | null } {
  const worded = attendanceFromWording(asWritten);
  const status = stated ?? worded;
  if (status === null) {
    return { status, problem: `no attendance status: the wording "${asWritten ?? ''}" states none; add attendance:` };
  }
  if (stated && stated !== worded && !hasReading) {
    return { status, problem: `attendance ${stated} is not what "${asWritten ?? ''}" states: add a reading: why` };
  }
  return { status, problem: null };
}
