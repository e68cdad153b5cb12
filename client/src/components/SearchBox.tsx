import { type FormEvent, type KeyboardEvent, useEffect, useId, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../generated/gql';
import type { EntityKind } from '../generated/graphql';
import { useI18n } from '../i18n/use-i18n';
import { entityPath } from '../lib/paths';
import { useDebounced } from '../lib/use-debounced';

const SuggestQuery = graphql(`
  query Suggest($text: String!) {
    search(text: $text, first: 12) {
      score
      entity {
        id
        name
        kind
        aliases
      }
    }
  }
`);

interface Suggestion {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
}

/**
 * The header search: a combobox (WAI-ARIA 1.2 pattern) with suggestions grouped by kind as you type. Arrow keys
 * move through the suggestions, Enter opens the chosen one (or the full results page), Escape closes the list.
 */
export function SearchBox() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const debounced = useDebounced(text.trim(), 150);
  const [{ data }] = useQuery({ query: SuggestQuery, variables: { text: debounced }, pause: debounced === '' });

  useEffect(() => setText(params.get('q') ?? ''), [params]);

  // Grouped by kind, in the order of the best hit of each kind; `flat` is the keyboard order.
  const groups = useMemo(() => {
    const byKind = new Map<EntityKind, Suggestion[]>();
    for (const hit of debounced === '' ? [] : (data?.search ?? [])) {
      const list = byKind.get(hit.entity.kind) ?? [];
      list.push(hit.entity);
      byKind.set(hit.entity.kind, list);
    }
    return [...byKind.entries()];
  }, [data, debounced]);
  const flat = groups.flatMap(([, items]) => items);
  const expanded = open && debounced !== '' && data !== undefined;

  const go = (suggestion: Suggestion | undefined) => {
    setOpen(false);
    setActive(-1);
    if (suggestion) {
      // The chosen page answers the question; the field is cleared for the next one.
      setText('');
      navigate(entityPath(suggestion.id));
    } else if (text.trim() !== '') navigate(`/search?q=${encodeURIComponent(text.trim())}`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(index + 1, flat.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, -1));
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    go(expanded && active >= 0 ? flat[active] : undefined);
  };

  const optionId = (index: number) => `${listId}-option-${index}`;
  let index = -1;
  return (
    <search className="search-box">
      <form onSubmit={submit}>
        <label htmlFor="site-search" className="visually-hidden">
          {t('search.label')}
        </label>
        <div className="combobox">
          <input
            id="site-search"
            type="search"
            name="q"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
            value={text}
            placeholder={t('search.placeholder')}
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
            aria-label={t('search.suggestions')}
            className="suggestions"
            hidden={!expanded}
          >
            {flat.length === 0 && <p className="suggestion-empty">{t('search.noSuggestions')}</p>}
            {groups.map(([kind, items]) => (
              // biome-ignore lint/a11y/useSemanticElements: a listbox groups its options with role="group"; a fieldset is not allowed inside one
              <div key={kind} role="group" aria-labelledby={`${listId}-${kind}`}>
                <p id={`${listId}-${kind}`} className="suggestion-group" role="presentation">
                  {t(`kind.${kind}`)}
                </p>
                {items.map((item) => {
                  index += 1;
                  const position = index;
                  return (
                    <div
                      key={item.id}
                      id={optionId(position)}
                      role="option"
                      tabIndex={-1}
                      aria-selected={position === active}
                      className="suggestion"
                      onMouseDown={(event) => event.preventDefault()}
                      onClick={() => go(item)}
                      onKeyDown={() => undefined}
                    >
                      <span className="suggestion-name">{item.name}</span>
                      {item.aliases.length > 0 && (
                        <span className="suggestion-aliases">{item.aliases.slice(0, 2).join(', ')}</span>
                      )}
                    </div>
                  );
                })}
              </div>
            ))}
          </div>
        </div>
        <button type="submit">{t('search.button')}</button>
      </form>
      <p className="visually-hidden" aria-live="polite">
        {expanded ? t('search.count', { count: flat.length }) : ''}
      </p>
    </search>
  );
}
