import { useId } from 'react';
import { DateInput } from '../DateInput';

/**
 * A labelled text field of a proposal form (label over the field, its hint under it): one line, or several
 * (`rows`).
 */
export function TextField({
  label,
  value,
  onChange,
  hint,
  required,
  rows,
  inputMode,
  type = 'text',
  maxLength,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  required?: boolean;
  /** More than one line: a text area of this many rows. */
  rows?: number;
  inputMode?: 'numeric' | 'text';
  /** 'date': a DateInput (the ISO day or '' in `value` and `onChange`). */
  type?: 'text' | 'date' | 'number';
  maxLength?: number;
}) {
  const id = useId();
  const hintId = useId();
  const common = {
    id,
    required,
    value,
    maxLength,
    'aria-describedby': hint ? hintId : undefined,
  };
  return (
    <>
      <label htmlFor={id}>{label}</label>
      {type === 'date' ? (
        // Dates are typed in the language's form (dd.mm.åååå), never the browser's own date picker.
        <DateInput
          id={id}
          required={required}
          value={value}
          describedBy={common['aria-describedby']}
          onChange={onChange}
        />
      ) : rows ? (
        <textarea {...common} rows={rows} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type={type} inputMode={inputMode} onChange={(event) => onChange(event.target.value)} />
      )}
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
    </>
  );
}
