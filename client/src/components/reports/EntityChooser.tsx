import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../generated/gql';
import type { EntityKind } from '../../generated/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { useDebounced } from '../../lib/use-debounced';

const ChooserSuggestQuery = graphql(`
  query ReportChooserSuggest($text: String!, $kinds: [EntityKind!]) {
    search(text: $text, kinds: $kinds, first: 10) {
      entity {
        id
        name
        kind
      }
    }
  }
`);

// A shared URL holds only the id: this finds the name to show in the field and in the table's caption.
const ChooserEntityQuery = graphql(`
  query ReportChooserEntity($id: ID!) {
    node(id: $id) {
      id
      ... on Entity {
        name
      }
    }
  }
`);

/** The name of the entity with this id (null while loading, or when there is no id). */
export function useEntityName(id: string | null): string | null {
  const [{ data }] = useQuery({ query: ChooserEntityQuery, variables: { id: id ?? '' }, pause: !id });
  const node = data?.node;
  return id && node && node.id === id && 'name' in node ? node.name : null;
}

/**
 * A field that picks one entity of the given kinds: a combobox (WAI-ARIA 1.2) with suggestions from `search` as
 * you type. Arrow keys move through them, Enter takes the highlighted one (or the first), Escape closes the list.
 * The value is an id (what the URL and the API take).
 */
export function EntityChooser({
  label,
  hint,
  kinds,
  value,
  onChange,
}: {
  label: string;
  hint?: string;
  kinds: EntityKind[];
  value: string | null;
  onChange(id: string | null): void;
}) {
  const { t } = useI18n();
  const inputId = useId();
  const listId = useId();
  const hintId = useId();
  const chosenName = useEntityName(value);
  const [text, setText] = useState(chosenName ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const debounced = useDebounced(text.trim(), 150);
  const typing = debounced !== '' && debounced !== chosenName;
  const [{ data }] = useQuery({ query: ChooserSuggestQuery, variables: { text: debounced, kinds }, pause: !typing });

  // The field shows the chosen entity when it changes from outside (the URL, the reset button).
  useEffect(() => setText(chosenName ?? ''), [chosenName]);

  const options = typing ? (data?.search.map((hit) => hit.entity) ?? []) : [];
  const expanded = open && typing && data !== undefined;

  const choose = (entity: { id: string; name: string } | undefined) => {
    setOpen(false);
    setActive(-1);
    if (!entity) return;
    setText(entity.name);
    onChange(entity.id);
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
    <div className="report-field report-chooser">
      <label htmlFor={inputId}>{label}</label>
      <div className="report-inline">
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
            placeholder={t('reports.chooserPlaceholder')}
            autoComplete="off"
            onChange={(event) => {
              setText(event.target.value);
              setOpen(true);
              setActive(-1);
              // Emptying the field is clearing the choice.
              if (event.target.value.trim() === '' && value) onChange(null);
            }}
            onKeyDown={onKeyDown}
            onFocus={() => setOpen(true)}
            onBlur={() => setTimeout(() => setOpen(false), 150)}
          />
          <div
            id={listId}
            role="listbox"
            aria-label={t('reports.chooserSuggestions', { label })}
            className="suggestions"
            hidden={!expanded}
          >
            {options.length === 0 && <p className="suggestion-empty">{t('reports.chooserNone')}</p>}
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
            aria-label={t('reports.chooserClearNamed', { name: chosenName ?? value })}
          >
            {t('reports.chooserClear')}
          </button>
        )}
      </div>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {expanded ? t('reports.chooserCount', { count: options.length }) : ''}
      </p>
    </div>
  );
}
