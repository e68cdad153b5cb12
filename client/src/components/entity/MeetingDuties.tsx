import { type FragmentType, graphql, useFragment } from '../../generated';
import type { MeetingDutiesRoleFragment } from '../../generated/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { formatDate } from '../../lib/reports';
import { EntityLink } from '../EntityLink';
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

type Duty = MeetingDutiesRoleFragment;

/**
 * A person's part in meetings: per meeting, each case they had a duty in (saksbehandler, saksansvarlig,
 * orienterer, ...), the duties of one case on one line, with their sources. Duties are not seats, so they are not
 * in the timeline.
 */
export function MeetingDuties({ duties: refs }: { duties: readonly FragmentType<typeof MeetingDutiesRole>[] }) {
  const { t, language } = useI18n();
  const duties = useFragment(MeetingDutiesRole, refs);
  const meetings = new Map<
    string,
    { meeting: { id: string; name: string; date?: string | null } | null; cases: Map<string, Duty[]> }
  >();
  for (const duty of duties) {
    const kase = duty.heldIn;
    const meeting = kase && 'meeting' in kase ? (kase.meeting ?? null) : null;
    const key = meeting?.id ?? '';
    const entry = meetings.get(key) ?? { meeting, cases: new Map() };
    const caseKey = kase?.id ?? duty.id;
    entry.cases.set(caseKey, [...(entry.cases.get(caseKey) ?? []), duty]);
    meetings.set(key, entry);
  }
  const ordered = [...meetings.values()].sort((a, b) => (b.meeting?.date ?? '').localeCompare(a.meeting?.date ?? ''));
  return (
    <section aria-labelledby="duties">
      <h2 id="duties">{t('entity.duties')}</h2>
      <p className="hint">{t('entity.dutiesHint')}</p>
      {ordered.map(({ meeting, cases }) => (
        <div key={meeting?.id ?? ''} className="meeting-duties">
          <h3>
            {meeting ? <EntityLink id={meeting.id} name={meeting.name} /> : t('entity.noMeeting')}
            {meeting?.date && <span className="hint"> · {formatDate(meeting.date, language)}</span>}
          </h3>
          <ul>
            {[...cases.values()].map((items) => {
              const kase = items[0]?.heldIn;
              return (
                <li key={kase?.id ?? items[0]?.id}>
                  {kase && <EntityLink id={kase.id} name={kase.name} />}
                  {' – '}
                  {[...new Set(items.map((duty) => duty.title.toLowerCase()))].join(', ')}{' '}
                  <Sources citations={items.flatMap((duty) => duty.citations)} />
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
