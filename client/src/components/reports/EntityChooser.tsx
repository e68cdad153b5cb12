import { useEffect, useId, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../generated/gql';
import type { EntityKind } from '../../generated/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { useCombobox } from '../../lib/use-combobox';
import { useDebounced } from '../../lib/use-debounced';
import { Suggestions } from '../Suggestions';

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
  const hintId = useId();
  const chosenName = useEntityName(value);
  const [text, setText] = useState(chosenName ?? '');
  const debounced = useDebounced(text.trim(), 150);
  const typing = debounced !== '' && debounced !== chosenName;
  const [{ data }] = useQuery({ query: ChooserSuggestQuery, variables: { text: debounced, kinds }, pause: !typing });

  // The field shows the chosen entity when it changes from outside (the URL, the reset button).
  useEffect(() => setText(chosenName ?? ''), [chosenName]);

  const options = typing ? (data?.search.map((hit) => hit.entity) ?? []) : [];
  const combobox = useCombobox({
    options,
    expanded: (open) => open && typing && data !== undefined,
    onChoose: (entity) => {
      if (!entity) return;
      setText(entity.name);
      onChange(entity.id);
    },
    enterChooses: true,
  });
  return (
    <div className="report-field report-chooser">
      <label htmlFor={inputId}>{label}</label>
      <div className="report-inline">
        <div className="combobox">
          <input
            id={inputId}
            type="text"
            {...combobox.inputProps}
            aria-describedby={hint ? hintId : undefined}
            value={text}
            placeholder={t('reports.chooserPlaceholder')}
            onChange={(event) => {
              setText(event.target.value);
              combobox.onType();
              // Emptying the field is clearing the choice.
              if (event.target.value.trim() === '' && value) onChange(null);
            }}
          />
          <Suggestions
            id={combobox.listId}
            label={t('reports.chooserSuggestions', { label })}
            hidden={!combobox.expanded}
            emptyText={t('reports.chooserNone')}
            groups={[{ heading: null, items: options }]}
            active={combobox.active}
            optionId={combobox.optionId}
            onChoose={combobox.choose}
            detail="kind"
          />
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
        {combobox.expanded ? t('reports.chooserCount', { count: options.length }) : ''}
      </p>
    </div>
  );
}
