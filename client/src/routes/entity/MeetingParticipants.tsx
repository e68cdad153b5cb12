import { EntityLink } from '../../components/EntityLink';
import { Sources } from '../../components/Sources';
import { graphql } from '../../generated';
import type { AttendanceStatus } from '../../generated/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { type FragmentRef, unmask } from '../../lib/fragments';

export const MeetingParticipantsFields = graphql(`
  fragment MeetingParticipants on Entity {
    __typename
    ... on Meeting {
      participants {
        status
        asWritten
        person {
          id
          name
        }
        citations {
          ...SourcesCitation
        }
      }
    }
  }
`);

/** A meeting's participants: each person with a typed attendance label and the source's own words beside it. */
export function MeetingParticipants({ entity: ref }: { entity: FragmentRef<typeof MeetingParticipantsFields> }) {
  const { t } = useI18n();
  const entity = unmask(MeetingParticipantsFields, ref);
  if (entity.__typename !== 'Meeting' || entity.participants.length === 0) return null;
  const count = (status: AttendanceStatus) => entity.participants.filter((p) => p.status === status).length;
  const counts = {
    present: count('PRESENT'),
    partly: count('PARTLY'),
    forCase: count('FOR_CASE'),
    absent: count('ABSENT'),
  };
  return (
    <section aria-labelledby="participants">
      <h2 id="participants">{t('facts.participants')}</h2>
      <p>{t('facts.attendanceCounts', counts)}</p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t('facts.participantsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('facts.person')}</th>
              <th scope="col">{t('facts.status')}</th>
              <th scope="col">{t('facts.asWritten')}</th>
              <th scope="col">{t('facts.source')}</th>
            </tr>
          </thead>
          <tbody>
            {entity.participants.map((participant) => (
              <tr key={participant.person.id}>
                <td>
                  <EntityLink id={participant.person.id} name={participant.person.name} />
                </td>
                <td>
                  <span className={`attendance attendance-${participant.status.toLowerCase()}`}>
                    {t(`attendance.${participant.status}`)}
                  </span>
                </td>
                <td>
                  {participant.asWritten ? (
                    <q lang="nb">{participant.asWritten}</q>
                  ) : (
                    <span className="muted">{t('facts.notWritten')}</span>
                  )}
                </td>
                <td>
                  <Sources citations={participant.citations} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
