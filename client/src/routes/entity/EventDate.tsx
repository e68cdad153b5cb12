import type { MessageKey } from '../../i18n/messages';
import { useI18n } from '../../i18n/use-i18n';

interface Dated {
  date?: string | null;
  year?: number | null;
  month?: number | null;
  dateAsWritten?: string | null;
}

/** An event's date as precise as the text gives it (day, month, year), with the text's own words beside it. */
export function EventDate({ event }: { event: Dated }) {
  const { t } = useI18n();
  let shown: string;
  if (event.date) {
    const [year, month, day] = event.date.split('-').map(Number);
    shown = `${day}. ${t(`month.${month}` as MessageKey)} ${year}`;
  } else if (event.year && event.month) shown = `${t(`month.${event.month}` as MessageKey)} ${event.year}`;
  else if (event.year) shown = String(event.year);
  else shown = t('facts.noDate');
  return (
    <span className="event-date">
      {event.date ? <time dateTime={event.date}>{shown}</time> : <strong>{shown}</strong>}
      {event.dateAsWritten && (
        <span className="event-as-written">
          {' '}
          (<span className="visually-hidden">{t('field.dateAsWritten')}: </span>
          <q lang="nb">{event.dateAsWritten}</q>)
        </span>
      )}
    </span>
  );
}
