import { useId } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { DateInput } from '../DateInput';

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
          <DateInput id={startId} value={start} describedBy={describedBy} onChange={onStart} />
        </div>
        <div>
          <label htmlFor={endId}>{t('edit.end')}</label>
          <DateInput id={endId} value={end} describedBy={describedBy} onChange={onEnd} />
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
