import { type FragmentType, graphql, useFragment } from '../../generated';
import { useI18n } from '../../i18n/use-i18n';
import { foldDuties } from '../../lib/glance';
import { formatDate } from '../../lib/reports';
import { EntityLink } from '../EntityLink';
import { Section } from '../Section';
import { Sources } from '../Sources';

export const MeetingDutiesRole = graphql(`
  fragment MeetingDutiesRole on Role {
    id
    title
    heldIn {
      id
      name
      ... on Case {
        number
        meeting {
          id
          name
          date
        }
      }
    }
    citations {
      ...SourcesCitation
    }
  }
`);

export const MeetingAttendanceRelation = graphql(`
  fragment MeetingAttendanceRelation on Relation {
    id
    attendance
    to {
      id
      name
      ... on Meeting {
        date
      }
    }
    citations {
      ...SourcesCitation
    }
  }
`);

type Meeting = { id: string; name: string; date?: string | null };

/**
 * A person's part in meetings, newest first: per meeting, their attendance in words and their duties in its cases
 * (saksbehandler, saksansvarlig, orienterer, ...), the cases with the same duties on one line and each duty named
 * once. Duties are not seats, so they are not in the timeline; the section starts folded, below the seats.
 */
export function MeetingDuties({
  duties: dutyRefs,
  attendances: attendanceRefs,
}: {
  duties: readonly FragmentType<typeof MeetingDutiesRole>[];
  attendances: readonly FragmentType<typeof MeetingAttendanceRelation>[];
}) {
  const { t, language } = useI18n();
  const duties = useFragment(MeetingDutiesRole, dutyRefs);
  const attendances = useFragment(MeetingAttendanceRelation, attendanceRefs);
  const meetings = new Map<
    string,
    { meeting: Meeting | null; duties: (typeof duties)[number][]; attendance: (typeof attendances)[number] | null }
  >();
  const entry = (meeting: Meeting | null) => {
    const key = meeting?.id ?? '';
    const found = meetings.get(key) ?? { meeting, duties: [], attendance: null };
    meetings.set(key, found);
    return found;
  };
  for (const duty of duties) {
    const kase = duty.heldIn;
    entry(kase && 'meeting' in kase ? (kase.meeting ?? null) : null).duties.push(duty);
  }
  for (const attendance of attendances) {
    entry({
      id: attendance.to.id,
      name: attendance.to.name,
      date: 'date' in attendance.to ? attendance.to.date : null,
    }).attendance = attendance;
  }
  if (meetings.size === 0) return null;
  const ordered = [...meetings.values()].sort((a, b) => (b.meeting?.date ?? '').localeCompare(a.meeting?.date ?? ''));
  return (
    <Section id="duties" title={t('profile.meetings')} count={meetings.size} open={false}>
      <p className="hint">{t('profile.meetingsHint')}</p>
      {ordered.map(({ meeting, duties: items, attendance }) => {
        const lines = foldDuties(items.map((duty) => ({ ...duty, caseId: duty.heldIn?.id ?? duty.id })));
        return (
          <div key={meeting?.id ?? ''} className="meeting-duties">
            <h3>
              {meeting ? <EntityLink id={meeting.id} name={meeting.name} /> : t('entity.noMeeting')}
              {meeting?.date && <span className="hint"> · {formatDate(meeting.date, language)}</span>}
            </h3>
            {attendance?.attendance && (
              <p className="meeting-attendance">
                {t('profile.attended', { status: t(`attendance.${attendance.attendance}`).toLowerCase() })}{' '}
                <Sources citations={attendance.citations} />
              </p>
            )}
            {lines.map((line) => (
              <div key={line.words.join('|')} className="duty-line">
                <p className="duty-words">
                  <span className="duty-names">
                    {line.words.length > 1
                      ? `${line.words.slice(0, -1).join(', ')} ${t('profile.and')} ${line.words.at(-1)}`
                      : line.words[0]}
                  </span>{' '}
                  <Sources citations={line.cases.flat().flatMap((duty) => duty.citations)} />
                </p>
                <ul>
                  {line.cases.map((caseDuties) => {
                    const kase = caseDuties[0]?.heldIn;
                    return kase ? (
                      <li key={kase.id}>
                        <EntityLink id={kase.id} name={kase.name} />
                      </li>
                    ) : null;
                  })}
                </ul>
              </div>
            ))}
          </div>
        );
      })}
    </Section>
  );
}
