import { useId } from 'react';
import { useDraft } from '../../lib/reports-params';

/** A small set of exclusive options as radio buttons: every choice is visible, and arrow keys move between them. */
export function ChoiceGroup<T extends string>({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange(value: T): void;
}) {
  const name = useId();
  const [draft, setDraft] = useDraft(value);
  return (
    <fieldset className="report-field report-choice">
      <legend>{legend}</legend>
      <div className="report-choice-options">
        {options.map((option) => (
          <label key={option.value}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === draft}
              onChange={() => {
                setDraft(option.value);
                onChange(option.value);
              }}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
