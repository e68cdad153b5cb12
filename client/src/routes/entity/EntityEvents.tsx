import { EntityLink } from '../../components/EntityLink';
import { KindBadge } from '../../components/KindBadge';
import { Section } from '../../components/Section';
import { Sources } from '../../components/Sources';
import { graphql } from '../../generated';
import { useI18n } from '../../i18n/use-i18n';
import { type FragmentRef, unmask } from '../../lib/fragments';
import { eventTypeLabel } from '../../lib/type-labels';
import { EventDate } from './EventDate';

export const EntityEventsFields = graphql(`
  fragment EntityEvents on Entity {
    id
    events {
      id
      name
      type
      date
      year
      month
      dateAsWritten
      description
      concerns {
        id
        name
        kind
      }
      citations {
        ...SourcesCitation
      }
    }
  }
`);

/** The dated events that concern an entity, oldest first: date, kind of event, what happened, the others it concerns. */
export function EntityEvents({ entity: ref }: { entity: FragmentRef<typeof EntityEventsFields> }) {
  const { t } = useI18n();
  const entity = unmask(EntityEventsFields, ref);
  if (entity.events.length === 0) return null;
  return (
    <Section id="events" title={t('facts.events')} count={entity.events.length}>
      <p>{t('facts.eventsIntro')}</p>
      <ol className="event-list">
        {entity.events.map((event) => {
          const others = event.concerns.filter((other) => other.id !== entity.id);
          return (
            <li key={event.id}>
              <EventDate event={event} /> <span className="kind-badge">{eventTypeLabel(event.type, t)}</span>{' '}
              <EntityLink id={event.id} name={event.name} />
              {others.length > 0 && (
                <span className="event-concerns">
                  {' '}
                  — {t('facts.concerns')}:{' '}
                  {others.map((other, index) => (
                    <span key={other.id}>
                      {index > 0 && ', '}
                      <KindBadge kind={other.kind} /> <EntityLink id={other.id} name={other.name} />
                    </span>
                  ))}
                </span>
              )}
              {event.description && <p className="event-note">{event.description}</p>}
              <Sources citations={event.citations} />
            </li>
          );
        })}
      </ol>
    </Section>
  );
}
