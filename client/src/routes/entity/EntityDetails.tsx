import { Section } from '../../components/Section';
import { graphql } from '../../generated';
import type { EntityDetailsFragment } from '../../generated/graphql';
import type { MessageKey } from '../../i18n/messages';
import { useI18n } from '../../i18n/use-i18n';
import { formatDate, formatPeriod } from '../../lib/dates';
import { type FragmentRef, unmask } from '../../lib/fragments';
import { eventTypeLabel, typeLabel } from '../../lib/type-labels';

export const EntityDetailsFields = graphql(`
  fragment EntityDetails on Entity {
    __typename
    ... on Municipality {
      county
    }
    ... on Organization {
      type
      description
    }
    ... on Project {
      type
      status
      description
      start
      end
    }
    ... on University {
      type
      description
    }
    ... on Funder {
      description
    }
    ... on Grant {
      amountNok
      year
      purpose
      description
    }
    ... on Meeting {
      date
      startTime
      endTime
      place
      description
    }
    ... on Event {
      eventType: type
      date
      year
      month
      dateAsWritten
      description
    }
    ... on Figure {
      value
      unit
      start
      end
      description
    }
    ... on Case {
      number
      title
      proposedDecision
      decision
      description
    }
    ... on Document {
      type
      file
      mediaType
      date
      coversStart
      coversEnd
    }
  }
`);

type Value = string | number | null | undefined;

/** The plain facts of each kind, in the order the page lists them (label, value). */
function detailsOf(
  entity: EntityDetailsFragment,
  formatNumber: (value: number) => string,
  notStated: string,
  typeWord: (type: string) => string,
  eventWord: (type: string) => string,
  day: (iso: string | null | undefined) => string | null,
  period: (from: string | null | undefined, to: string | null | undefined) => string | null,
): [MessageKey, Value][] {
  switch (entity.__typename) {
    case 'Municipality':
      return [['field.county', entity.county]];
    case 'Organization':
    case 'University':
      return [
        ['field.type', entity.type ? typeWord(entity.type) : null],
        ['field.description', entity.description],
      ];
    case 'Project':
      return [
        ['field.type', entity.type ? typeWord(entity.type) : null],
        ['field.status', entity.status],
        ['field.start', day(entity.start)],
        ['field.end', day(entity.end)],
        ['field.description', entity.description],
      ];
    case 'Funder':
      return [['field.description', entity.description]];
    case 'Grant':
      return [
        // An amount no text states is said so, never left out or shown as 0.
        ['field.amountNok', entity.amountNok == null ? notStated : formatNumber(entity.amountNok)],
        ['field.year', entity.year],
        ['field.purpose', entity.purpose],
        ['field.description', entity.description],
      ];
    case 'Meeting':
      return [
        ['field.date', day(entity.date)],
        ['field.time', entity.startTime ? `${entity.startTime}–${entity.endTime ?? ''}` : null],
        ['field.place', entity.place],
        ['field.description', entity.description],
      ];
    case 'Case':
      return [
        ['field.number', entity.number],
        ['field.title', entity.title],
        ['field.description', entity.description],
        ['field.proposedDecision', entity.proposedDecision],
        ['field.decision', entity.decision],
      ];
    case 'Event':
      return [
        ['field.type', eventWord(entity.eventType)],
        [
          'field.date',
          day(entity.date) ?? (entity.year ? [entity.year, entity.month].filter(Boolean).join('-') : null),
        ],
        ['field.dateAsWritten', entity.dateAsWritten],
        ['field.description', entity.description],
      ];
    case 'Figure':
      return [
        ['field.value', entity.value == null ? null : `${formatNumber(entity.value)} ${entity.unit ?? ''}`],
        ['field.period', period(entity.start, entity.end)],
        ['field.description', entity.description],
      ];
    case 'Document':
      return [
        ['field.type', entity.type ? typeWord(entity.type) : null],
        ['field.date', day(entity.date)],
        // The seed's files are named by their hash (000_e5da….txt), which tells a reader nothing: the title is the
        // name. An uploaded file keeps the name it was uploaded with.
        ['field.file', entity.mediaType ? entity.file : null],
        ['field.covers', period(entity.coversStart, entity.coversEnd)],
      ];
    default:
      return [];
  }
}

/** The entity's own facts as a description list; nothing when it has none. */
export function EntityDetails({ entity: ref }: { entity: FragmentRef<typeof EntityDetailsFields> }) {
  const { t, formatNumber, language } = useI18n();
  const day = (iso: string | null | undefined) => (iso ? formatDate(iso, language) : null);
  const period = (from: string | null | undefined, to: string | null | undefined) =>
    from || to ? formatPeriod(from, to, language, 'long') : null;
  const rows = detailsOf(
    unmask(EntityDetailsFields, ref),
    formatNumber,
    t('money.notStated'),
    (type) => typeLabel(type, t),
    (type) => eventTypeLabel(type, t),
    day,
    period,
  ).filter((row): row is [MessageKey, string | number] => row[1] !== null && row[1] !== undefined && row[1] !== '');
  if (rows.length === 0) return null;
  return (
    <Section id="details" title={t('entity.details')}>
      <dl className="details">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{t(label)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
