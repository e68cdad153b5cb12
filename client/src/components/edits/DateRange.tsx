import { useId } from 'react';
import { useI18n } from '../../i18n/use-i18n';

/** True when both days are given and the end is before the start (ISO dates compare as text). */
export function endBeforeStart(start: string, end: string): boolean {
  return start !== '' && end !== '' && end < start;
}

/** "Fra og med" and "Til og med", side by side where there is room: the stated period of a fact. */
export function DateRange({
  start,
  end,
  onStart,
  onEnd,
  hint,
}: {
  start: string;
  end: string;
  onStart(value: string): void;
  onEnd(value: string): void;
  hint?: string;
}) {
  const { t } = useI18n();
  const startId = useId();
  const endId = useId();
  const hintId = useId();
  const describedBy = hint ? hintId : undefined;
  return (
    <>
      <div className="edit-dates">
        <div>
          <label htmlFor={startId}>{t('edit.start')}</label>
          <input
            id={startId}
            type="date"
            value={start}
            aria-describedby={describedBy}
            onChange={(event) => onStart(event.target.value)}
          />
        </div>
        <div>
          <label htmlFor={endId}>{t('edit.end')}</label>
          <input
            id={endId}
            type="date"
            value={end}
            aria-describedby={describedBy}
            onChange={(event) => onEnd(event.target.value)}
          />
        </div>
      </div>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
    </>
  );
}
