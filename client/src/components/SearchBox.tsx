import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../generated/gql';
import type { EntityKind } from '../generated/graphql';
import { useI18n } from '../i18n/use-i18n';
import { looksLikeQuestion } from '../lib/ask';
import { entityPath } from '../lib/paths';
import { seatContext } from '../lib/search-context';
import { useCombobox } from '../lib/use-combobox';
import { useDebounced } from '../lib/use-debounced';
import { AskCard } from './AskCard';
import { type Suggestion, Suggestions } from './Suggestions';

const AskQuery = graphql(`
  query Ask($question: String!) {
    ask(question: $question) {
      understood
      ...AskCardAnswer
    }
  }
`);

/** The longest question the server takes (schema/ask.graphql). */
const MAX_QUESTION = 300;

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
      seat {
        title
        heldIn {
          id
          name
        }
        onBehalfOf {
          id
          name
        }
      }
    }
  }
`);

/**
 * The header search: a combobox with suggestions grouped by kind as you type. Arrow keys move through the
 * suggestions, Enter opens the chosen one (or the full results page), Escape closes the list.
 */
export function SearchBox() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const debounced = useDebounced(text.trim(), 150);
  const [{ data }] = useQuery({ query: SuggestQuery, variables: { text: debounced }, pause: debounced === '' });

  // A question is asked as well as searched; the card shows only what the server understood, never a guess.
  const question = looksLikeQuestion(debounced) && debounced.length <= MAX_QUESTION;
  const [{ data: asked }] = useQuery({ query: AskQuery, variables: { question: debounced }, pause: !question });
  // The card has its own open state: it stays while Tab moves from the input into its links.
  const [cardOpen, setCardOpen] = useState(false);
  const answer = question && cardOpen && asked?.ask.understood ? asked.ask : null;

  useEffect(() => setText(params.get('q') ?? ''), [params]);

  // Grouped by kind, in the order of the best hit of each kind; `flat` is the keyboard order.
  const groups = useMemo(() => {
    const byKind = new Map<EntityKind, Suggestion[]>();
    for (const hit of debounced === '' ? [] : (data?.search ?? [])) {
      const context = seatContext(hit.seat, (name) => t('glance.forBehalf', { name }));
      byKind.set(hit.entity.kind, [...(byKind.get(hit.entity.kind) ?? []), { ...hit.entity, context }]);
    }
    return [...byKind.entries()].map(([kind, items]) => ({ heading: t(`kind.${kind}`), items }));
  }, [data, debounced, t]);
  const flat = groups.flatMap((group) => group.items);

  const go = (suggestion: Suggestion | undefined) => {
    if (suggestion) {
      // The chosen page answers the question; the field is cleared for the next one.
      setText('');
      navigate(entityPath(suggestion.id));
    } else if (text.trim() !== '') navigate(`/search?q=${encodeURIComponent(text.trim())}`);
  };
  const combobox = useCombobox({
    options: flat,
    // With an answer card and nothing to suggest, the card alone shows: no "no suggestions" box under an answer.
    expanded: (open) => open && debounced !== '' && data !== undefined && !(answer && flat.length === 0),
    onChoose: go,
    // Enter submits the form, which opens the highlighted suggestion or the results page.
    enterChooses: false,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    combobox.choose(combobox.expanded && combobox.active >= 0 ? flat[combobox.active] : undefined);
  };

  return (
    <search
      className="search-box"
      onBlur={(event) => {
        // Focus leaving the whole search (not moving into the card) closes the card.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setCardOpen(false);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setCardOpen(false);
      }}
    >
      <form onSubmit={submit}>
        <label htmlFor="site-search" className="visually-hidden">
          {t('search.label')}
        </label>
        <div className="combobox">
          <input
            id="site-search"
            type="search"
            name="q"
            {...combobox.inputProps}
            value={text}
            placeholder={t('search.placeholder')}
            onChange={(event) => {
              setText(event.target.value);
              combobox.onType();
              // Escape in a search field also empties it (an input event): that closes the card too.
              setCardOpen(event.target.value.trim() !== '');
            }}
            onFocus={() => {
              combobox.inputProps.onFocus();
              setCardOpen(true);
            }}
          />
          <div className="search-dropdown">
            {answer && (
              <AskCard
                answer={answer}
                onLeave={() => {
                  setText('');
                  setCardOpen(false);
                }}
              />
            )}
            <Suggestions
              id={combobox.listId}
              label={t('search.suggestions')}
              hidden={!combobox.expanded}
              emptyText={t('search.noSuggestions')}
              groups={groups}
              active={combobox.active}
              optionId={combobox.optionId}
              onChoose={combobox.choose}
            />
          </div>
        </div>
        <button type="submit">{t('search.button')}</button>
      </form>
      <p className="visually-hidden" aria-live="polite">
        {combobox.expanded ? t('search.count', { count: flat.length }) : ''}
      </p>
    </search>
  );
}
