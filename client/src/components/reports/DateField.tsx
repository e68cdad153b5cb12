import { useId } from 'react';
import { isIsoDate } from '../../lib/domain';
import { useDraft } from '../../lib/reports-params';
import { DateInput } from '../DateInput';

/**
 * A date parameter. `clearLabel` offers a button that empties the field (for optional dates: "all periods");
 * without it the field is required and has no such button. `invalid` marks it for assistive technology; the
 * page says why in its own alert.
 */
export function DateField({
  label,
  value,
  onChange,
  hint,
  clearLabel,
  invalid,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  clearLabel?: string;
  invalid?: boolean;
}) {
  const id = useId();
  const hintId = useId();
  const [draft, setDraft] = useDraft(value);
  const commit = (next: string) => {
    // While a year is being typed the field holds dates like 0002-11-05: only a plausible date, or an emptied
    // optional field, changes the report.
    const applies = next === '' ? Boolean(clearLabel) : isIsoDate(next) && next >= '1900-01-01';
    setDraft(next, applies);
    if (applies) onChange(next);
  };
  return (
    <div className="report-field report-field-date">
      <label htmlFor={id}>{label}</label>
      <div className="report-inline">
        <DateInput
          id={id}
          value={draft}
          required={!clearLabel}
          invalid={invalid}
          describedBy={hint ? hintId : undefined}
          // An emptied required date is not applied: the report keeps its last valid span rather than failing.
          onChange={commit}
        />
        {clearLabel && draft && (
          <button type="button" className="secondary" onClick={() => commit('')}>
            {clearLabel}
          </button>
        )}
      </div>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
