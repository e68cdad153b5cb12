import { describe, expect, it } from 'vitest';
import { attendanceFromWording, resolveAttendance } from './attendance.js';

describe('attendance', () => {
  it('types every wording of the KDU attendance list, ignoring case and spacing', () => {
    expect(attendanceFromWording('x')).toBe('PRESENT');
    expect(attendanceFromWording(' X ')).toBe('PRESENT');
    expect(attendanceFromWording('Ikke til stede')).toBe('ABSENT');
    expect(attendanceFromWording('Til stede på  deler av møtet')).toBe('PARTLY');
    expect(attendanceFromWording('På sak')).toBe('FOR_CASE');
  });

  it('finds no status in a title or in no words', () => {
    expect(attendanceFromWording('Utviklingsveileder oppvekst')).toBeNull();
    expect(attendanceFromWording(null)).toBeNull();
  });

  it('takes a stated status over the wording, and asks for a reading when they differ', () => {
    expect(resolveAttendance('x', undefined, false)).toEqual({ status: 'PRESENT', problem: null });
    expect(resolveAttendance(null, 'FOR_CASE', true)).toEqual({ status: 'FOR_CASE', problem: null });
    expect(resolveAttendance(null, 'FOR_CASE', false).problem).toMatch(/reading/);
    expect(resolveAttendance('x', 'PRESENT', false).problem).toBeNull();
    expect(resolveAttendance('Koordinator', undefined, true)).toMatchObject({ status: null });
  });
});
