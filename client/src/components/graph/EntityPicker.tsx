import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../generated/gql';
import type { EntityKind } from '../../generated/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { useDebounced } from '../../lib/use-debounced';

const PickerSuggestQuery = graphql(`
  query GraphPickerSuggest($text: String!) {
    search(text: $text, first: 10) {
      score
      entity {
        id
        name
        kind
      }
    }
  }
`);

export interface PickedEntity {
  id: string;
  name: string;
  kind: EntityKind;
}

/**
 * A field that picks one entity: a combobox (WAI-ARIA 1.2) with suggestions from `search` as you type. Arrow keys
 * move through them, Enter takes the highlighted one (or the first), Escape closes the list.
 */
export function EntityPicker({
  label,
  value,
  onChange,
  hint,
}: {
  label: string;
  value: PickedEntity | null;
  onChange(entity: PickedEntity | null): void;
  hint?: string;
}) {
  const { t } = useI18n();
  const inputId = useId();
  const listId = useId();
  const hintId = useId();
  const [text, setText] = useState(value?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const debounced = useDebounced(text.trim(), 150);
  const typing = debounced !== '' && debounced !== value?.name;
  const [{ data }] = useQuery({ query: PickerSuggestQuery, variables: { text: debounced }, pause: !typing });

  // The field shows the chosen entity when it changes from outside (the URL, the swap button).
  useEffect(() => setText(value?.name ?? ''), [value?.name]);

  const options = typing ? (data?.search.map((hit) => hit.entity) ?? []) : [];
  const expanded = open && typing && data !== undefined;

  const choose = (entity: PickedEntity | undefined) => {
    setOpen(false);
    setActive(-1);
    if (!entity) return;
    setText(entity.name);
    onChange(entity);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(index + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, -1));
    } else if (event.key === 'Enter') {
      // Enter picks, it does not submit the surrounding form.
      if (expanded) {
        event.preventDefault();
        choose(options[Math.max(active, 0)]);
      }
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  };

  const optionId = (index: number) => `${listId}-option-${index}`;
  return (
    <div className="entity-picker">
      <label htmlFor={inputId}>{label}</label>
      {hint && (
        <span id={hintId} className="hint">
          {hint}
        </span>
      )}
      <div className="picker-row">
        <div className="combobox">
          <input
            id={inputId}
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-describedby={hint ? hintId : undefined}
            aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
            value={text}
            placeholder={t('picker.placeholder')}
            autoComplete="off"
            onChange={(event) => {
              setText(event.target.value);
              setOpen(true);
              setActive(-1);
            }}
            onKeyDown={onKeyDown}
            onFocus={() => setOpen(true)}
            onBlur={() => setTimeout(() => setOpen(false), 150)}
          />
          <div
            id={listId}
            role="listbox"
            aria-label={t('picker.suggestions', { label })}
            className="suggestions"
            hidden={!expanded}
          >
            {options.length === 0 && <p className="suggestion-empty">{t('picker.noSuggestions')}</p>}
            {options.map((option, index) => (
              <div
                key={option.id}
                id={optionId(index)}
                role="option"
                tabIndex={-1}
                aria-selected={index === active}
                className="suggestion"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(option)}
                onKeyDown={() => undefined}
              >
                <span className="suggestion-name">{option.name}</span>
                <span className="suggestion-aliases">{t(`kind.${option.kind}`)}</span>
              </div>
            ))}
          </div>
        </div>
        {value && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setText('');
              onChange(null);
            }}
            aria-label={t('picker.clearNamed', { name: value.name })}
          >
            {t('picker.clear')}
          </button>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {expanded ? t('picker.count', { count: options.length }) : ''}
      </p>
    </div>
  );
}
