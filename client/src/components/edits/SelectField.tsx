import { useId } from 'react';

/** A labelled choice among a few values of the vocabulary (a kind, a relation type). */
export function SelectField<V extends string>({
  label,
  value,
  options,
  onChange,
  hint,
}: {
  label: string;
  value: V;
  /** The values, each with its label, in the order shown. */
  options: readonly (readonly [V, string])[];
  onChange(value: V): void;
  hint?: string;
}) {
  const id = useId();
  const hintId = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => onChange(event.target.value as V)}
      >
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
    </>
  );
}
