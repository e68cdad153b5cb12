import { useEffect, useId, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../generated/gql';
import type { EntityKind } from '../../generated/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { useCombobox } from '../../lib/use-combobox';
import { useDebounced } from '../../lib/use-debounced';
import { Suggestions } from '../Suggestions';

const PickerSuggestQuery = graphql(`
  query GraphPickerSuggest($text: String!, $kinds: [EntityKind!]) {
    search(text: $text, kinds: $kinds, first: 10) {
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
  kinds,
  clearOnChoose = false,
  placeholder,
}: {
  label: string;
  value: PickedEntity | null;
  onChange(entity: PickedEntity | null): void;
  hint?: string;
  /** Only entities of these kinds (default: any). */
  kinds?: readonly EntityKind[];
  /** Empty the field once an entity is chosen (a list of several is built with it). */
  clearOnChoose?: boolean;
  /** What the empty field suggests typing (default: a person's or a municipality's name). */
  placeholder?: string;
}) {
  const { t } = useI18n();
  const inputId = useId();
  const hintId = useId();
  const [text, setText] = useState(value?.name ?? '');
  const debounced = useDebounced(text.trim(), 150);
  const typing = debounced !== '' && debounced !== value?.name;
  const [{ data }] = useQuery({
    query: PickerSuggestQuery,
    variables: { text: debounced, kinds: kinds ? [...kinds] : null },
    pause: !typing,
  });

  // The field shows the chosen entity when it changes from outside (the URL, the swap button).
  useEffect(() => setText(value?.name ?? ''), [value?.name]);

  const options = typing ? (data?.search.map((hit) => hit.entity) ?? []) : [];
  const combobox = useCombobox({
    options,
    expanded: (open) => open && typing && data !== undefined,
    onChoose: (entity) => {
      if (!entity) return;
      setText(clearOnChoose ? '' : entity.name);
      onChange(entity);
    },
    enterChooses: true,
  });
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
            {...combobox.inputProps}
            aria-describedby={hint ? hintId : undefined}
            value={text}
            placeholder={placeholder ?? t('picker.placeholder')}
            onChange={(event) => {
              setText(event.target.value);
              combobox.onType();
            }}
          />
          <Suggestions
            id={combobox.listId}
            label={t('picker.suggestions', { label })}
            hidden={!combobox.expanded}
            emptyText={t('picker.noSuggestions')}
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
            aria-label={t('picker.clearNamed', { name: value.name })}
          >
            {t('picker.clear')}
          </button>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {combobox.expanded ? t('picker.count', { count: options.length }) : ''}
      </p>
    </div>
  );
}
