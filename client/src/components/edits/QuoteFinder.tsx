import { useId, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../generated/gql';
import { useI18n } from '../../i18n/use-i18n';
import { findPassages, quoteOccurs } from '../../lib/quote-search';
import { useDebounced } from '../../lib/use-debounced';
import { QueryState } from '../QueryState';

const DocumentTextQuery = graphql(`
  query DocumentText($id: ID!) {
    node(id: $id) {
      id
      ... on Document {
        name
        text
      }
    }
  }
`);

const SHOWN = 12;

/**
 * Finds the quote inside the chosen document: the user types some words, every place they occur is listed with
 * its context (the words highlighted), and choosing one takes the document's own words — the match, or the whole
 * sentence — as the quote.
 */
export function QuoteFinder({
  documentId,
  quote,
  onQuote,
}: {
  documentId: string;
  quote: string;
  onQuote(quote: string): void;
}) {
  const { t } = useI18n();
  const searchId = useId();
  const hintId = useId();
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search, 120);
  const [{ data, fetching, error }] = useQuery({ query: DocumentTextQuery, variables: { id: documentId } });
  const text = data?.node && 'text' in data.node ? (data.node.text ?? '') : null;
  const passages = useMemo(() => (text ? findPassages(text, debounced, SHOWN + 1) : []), [text, debounced]);

  if (text === null) return <QueryState fetching={fetching} error={error} />;
  if (text === '') return <p className="hint">{t('edit.noText')}</p>;
  if (quote) {
    const occurs = quoteOccurs(text, quote);
    return (
      <div className="chosen-quote">
        <p className="chosen-quote-label">{t('edit.quote')}</p>
        <blockquote>«{quote}»</blockquote>
        <p className={occurs ? 'hint' : 'error'}>{occurs ? t('edit.quoteOccurs') : t('edit.quoteMissing')}</p>
        <button type="button" className="secondary" onClick={() => onQuote('')}>
          {t('edit.quoteChange')}
        </button>
      </div>
    );
  }
  const shown = passages.slice(0, SHOWN);
  return (
    <div className="quote-finder">
      <label htmlFor={searchId}>{t('edit.quoteSearch')}</label>
      <input
        id={searchId}
        type="search"
        value={search}
        aria-describedby={hintId}
        onChange={(event) => setSearch(event.target.value)}
        // Enter in this field looks, it does not send the proposal.
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.preventDefault();
        }}
      />
      <p id={hintId} className="hint">
        {t('edit.quoteSearchHint')}
      </p>
      {debounced.trim().length >= 2 && (
        <p role="status" className="hint">
          {passages.length === 0
            ? t('edit.quoteNone')
            : passages.length > SHOWN
              ? t('edit.quoteMany', { count: SHOWN })
              : t('edit.quoteCount', { count: passages.length })}
        </p>
      )}
      {shown.length > 0 && (
        <ol className="passages">
          {shown.map((passage) => (
            <li key={passage.start}>
              <p className="passage">
                …{passage.before}
                <mark>{passage.match}</mark>
                {passage.after}…
              </p>
              <div className="passage-actions">
                <button type="button" className="secondary" onClick={() => onQuote(passage.match)}>
                  {t('edit.useMatch')}
                </button>
                {passage.sentence !== passage.match && (
                  <button type="button" className="secondary" onClick={() => onQuote(passage.sentence)}>
                    {t('edit.useSentence')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
