import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { formatTypedDate, parseTypedDate, typedDateProblem } from '../lib/dates';

/**
 * A date field that writes dates as the reader's language does: dd.mm.åååå in Norwegian, dd/mm/yyyy in English
 * (Chromium's <input type="date"> follows the system's locale, not the page's language). It reads the common forms
 * (31.12.2024, 31/12/2024, 1.2.2024, 2024-12-31, "5. november 2021"); `onChange` gets the ISO day, or '' when the
 * field is emptied, and never a text that is not a date. A day that does not exist is refused with the reason and
 * keeps the form from being sent (the field's validity), so nothing half-typed is saved.
 */
export function DateInput({
  id,
  value,
  onChange,
  required,
  describedBy,
  invalid,
  className,
}: {
  id: string;
  /** The ISO day (YYYY-MM-DD) or ''. */
  value: string;
  onChange(value: string): void;
  required?: boolean;
  /** The ids of the field's own hint, if any. */
  describedBy?: string;
  /** Marked invalid by the page (a rule the field cannot know, such as an end before the start). */
  invalid?: boolean;
  className?: string;
}) {
  const { t, language } = useI18n();
  const hintId = useId();
  const errorId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(() => formatTypedDate(value, language));
  const [shown, setShown] = useState(false);
  const typed = parseTypedDate(text);
  const problem = typedDateProblem(typed, text, language, t);

  // A value set from outside (a reset, a link) is shown in the field's form unless the text already says that day;
  // a switch of language rewrites a day in the new language's form.
  const shownLanguage = useRef(language);
  useEffect(() => {
    const languageChanged = shownLanguage.current !== language;
    shownLanguage.current = language;
    setText((current) => {
      const read = parseTypedDate(current);
      const same = read.kind === 'date' ? read.iso === value : read.kind === 'empty' && value === '';
      if (same && !(languageChanged && read.kind === 'date')) return current;
      if (!same && read.kind !== 'date' && read.kind !== 'empty' && languageChanged) return current;
      return formatTypedDate(value, language);
    });
  }, [value, language]);

  useEffect(() => {
    input.current?.setCustomValidity(problem ?? '');
  }, [problem]);

  const change = (next: string) => {
    setText(next);
    const read = parseTypedDate(next);
    if (read.kind === 'date' && read.iso !== value) onChange(read.iso);
    else if (read.kind === 'empty' && value !== '') onChange('');
    if (read.kind === 'date' || read.kind === 'empty') setShown(false);
  };
  const blur = () => {
    if (typed.kind === 'date') setText(formatTypedDate(typed.iso, language));
    setShown(problem !== null);
  };

  const describers = [describedBy, hintId, shown && problem ? errorId : null].filter(Boolean).join(' ');
  return (
    <>
      <input
        ref={input}
        id={id}
        type="text"
        className={`date-input ${className ?? ''}`}
        value={text}
        required={required}
        placeholder={t('dateInput.placeholder')}
        autoComplete="off"
        spellCheck={false}
        size={11}
        aria-invalid={(shown && problem !== null) || invalid || undefined}
        aria-describedby={describers}
        onChange={(event) => change(event.target.value)}
        onBlur={blur}
        // Sending the form with a day that does not exist: the browser stops it; the field says why.
        onInvalid={() => setShown(true)}
      />
      <span id={hintId} className="visually-hidden">
        {t('dateInput.hint')}
      </span>
      {shown && problem && (
        <span id={errorId} className="date-input-error" role="alert">
          {problem}
        </span>
      )}
    </>
  );
}
