import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { CitedFact } from '../../components/documents/CitedFact';
import { DocumentText } from '../../components/documents/DocumentText';
import { graphql } from '../../generated';
import { useI18n } from '../../i18n/use-i18n';
import { type FragmentRef, unmask } from '../../lib/fragments';
import { type KeyedSpan, type TextPiece, textPieces } from '../../lib/highlights';
import { passageOf } from '../../lib/paths';
import { DocumentProposalsLink } from './DocumentProposalsLink';

export const DocumentReaderFields = graphql(`
  fragment DocumentReader on Entity {
    __typename
    id
    ... on Document {
      text
      pageStarts
      quotes(first: 1000) {
        id
        quote
        reading
        start
        end
        supports {
          id
          ...CitedFact
        }
      }
    }
  }
`);

/** The id of the text on a document's page: the skip link's target. */
export const DOCUMENT_TEXT_ID = 'document-text';

/**
 * On a document's page: its whole stored text, every quote the graph cites highlighted where it stands; choosing a
 * highlight (click, Enter or Space) lists the facts it is a source of, each linked to its entities' pages.
 */
export function DocumentReader({ entity: ref }: { entity: FragmentRef<typeof DocumentReaderFields> }) {
  const { t } = useI18n();
  const entity = unmask(DocumentReaderFields, ref);
  const [selected, setSelected] = useState<string | null>(null);
  const panelTitle = useRef<HTMLHeadingElement>(null);
  const isDocument = entity.__typename === 'Document';
  const text = isDocument ? entity.text : '';
  const quotes = isDocument ? entity.quotes : [];
  const pageStarts = isDocument ? entity.pageStarts : [];
  const { pieces, byKey, missing } = useMemo(() => {
    const spans: KeyedSpan[] = [];
    let missing = 0;
    for (const quote of quotes) {
      if (quote.start === null || quote.start === undefined || quote.end === null || quote.end === undefined) missing++;
      else spans.push({ key: quote.id, start: quote.start, end: quote.end });
    }
    return {
      pieces: textPieces(text, spans, pageStarts),
      byKey: new Map(quotes.map((quote) => [quote.id, quote])),
      missing,
    };
  }, [text, quotes, pageStarts]);
  const highlights = pieces.flatMap((piece) => (piece.type === 'highlight' ? [piece] : []));
  // The passage a source link asked for (#sitat-<start>-<end>): the highlight holding that quote.
  const { hash } = useLocation();
  const target = useMemo(() => {
    const passage = passageOf(decodeURIComponent(hash));
    return passage ? passageHighlight(highlights, byKey, passage) : null;
  }, [hash, highlights, byKey]);
  useEffect(() => {
    if (!target) return;
    const element = document.getElementById(markId(target));
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
    // The facts the passage supports are listed beside it at once (focus stays on the passage); not on a phone,
    // where the list is a sheet over the lower half of the screen and would cover the passage.
    if (!window.matchMedia('(max-width: 800px)').matches) setSelected(target);
  }, [target]);
  if (!isDocument) return null;
  const open = highlights.find((piece) => piece.id === selected) ?? null;

  const choose = (id: string) => {
    setSelected(id);
    // The list is announced and reachable: focus moves to its heading, Escape or Close brings it back.
    requestAnimationFrame(() => panelTitle.current?.focus());
  };
  const close = () => {
    const back = selected;
    setSelected(null);
    if (back) document.getElementById(markId(back))?.focus();
  };
  const onMarkKey = (id: string) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      choose(id);
    }
  };

  return (
    <section aria-labelledby="reader-title" className="document-reader">
      <h2 id="reader-title">{t('reader.title')}</h2>
      <DocumentProposalsLink id={entity.id} />
      <p className="hint">
        {highlights.length > 0 ? t('reader.intro', { count: highlights.length }) : t('reader.introNone')}
        {missing > 0 && <> {t('reader.notFound', { count: missing })}</>}
      </p>
      <div className={open ? 'reader-layout reader-open' : 'reader-layout'}>
        <DocumentText
          id={DOCUMENT_TEXT_ID}
          pieces={pieces}
          label={t('reader.title')}
          renderHighlight={(piece, children) => {
            const count = piece.keys.reduce((sum, key) => sum + (byKey.get(key)?.supports.length ?? 0), 0);
            return (
              <mark
                key={piece.id}
                className={['cited', selected === piece.id && 'selected', target === piece.id && 'target']
                  .filter(Boolean)
                  .join(' ')}
                {...(target === piece.id ? { 'aria-current': 'location' as const } : {})}
              >
                {/* biome-ignore lint/a11y/useSemanticElements: a <button> cannot hold text that wraps as the text around it does */}
                <span
                  id={markId(piece.id)}
                  role="button"
                  tabIndex={0}
                  aria-expanded={selected === piece.id}
                  aria-controls="reader-facts"
                  title={[
                    target === piece.id ? t('reader.target') : null,
                    count === 1 ? t('reader.highlightOne') : t('reader.highlight', { count }),
                  ]
                    .filter(Boolean)
                    .join('. ')}
                  onClick={() => choose(piece.id)}
                  onKeyDown={onMarkKey(piece.id)}
                >
                  {children}
                </span>
              </mark>
            );
          }}
        />
        <aside
          id="reader-facts"
          className="reader-facts"
          aria-labelledby="reader-facts-title"
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <div className="reader-facts-head">
            <h3 id="reader-facts-title" ref={panelTitle} tabIndex={-1}>
              {t('reader.facts')}
            </h3>
            {open && (
              <button type="button" onClick={close}>
                {t('reader.close')}
              </button>
            )}
          </div>
          {open ? (
            sameQuotes(open.keys.flatMap((key) => byKey.get(key) ?? [])).map((quote) => (
              <div key={quote.id} className="reader-quote">
                <blockquote>«{quote.quote}»</blockquote>
                {quote.readings.map((reading) => (
                  <p key={reading} className="hint">
                    {t('reader.reading', { reading })}
                  </p>
                ))}
                {quote.supports.length > 0 ? (
                  <ul className="cited-facts">
                    {quote.supports.map((fact) => (
                      <li key={fact.id}>
                        <CitedFact fact={fact} />
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="hint">{t('reader.noFacts')}</p>
                )}
              </div>
            ))
          ) : (
            <p className="hint">{t('reader.choose')}</p>
          )}
        </aside>
      </div>
    </section>
  );
}

/** Quotes of the same words (two seed records citing one passage) shown once, with every reading and fact. */
function sameQuotes<
  Q extends { id: string; quote: string; reading?: string | null; supports: readonly { id: string }[] },
>(quotes: readonly Q[]): { id: string; quote: string; readings: string[]; supports: Q['supports'][number][] }[] {
  const byWords = new Map<
    string,
    { id: string; quote: string; readings: string[]; supports: Q['supports'][number][] }
  >();
  for (const quote of quotes) {
    const words = quote.quote.replace(/\s+/g, ' ').trim();
    let same = byWords.get(words);
    if (!same) {
      same = { id: quote.id, quote: quote.quote, readings: [], supports: [] };
      byWords.set(words, same);
    }
    if (quote.reading && !same.readings.includes(quote.reading)) same.readings.push(quote.reading);
    for (const fact of quote.supports) {
      if (!same.supports.some((known) => known.id === fact.id)) same.supports.push(fact);
    }
  }
  return [...byWords.values()];
}

/**
 * The highlight holding the quote at `passage`: the one with a quote of exactly that span, or else the first that
 * overlaps it (a quote since moved by an edit of the text still leads near its place).
 */
function passageHighlight(
  highlights: readonly Extract<TextPiece, { type: 'highlight' }>[],
  byKey: ReadonlyMap<string, { start?: number | null; end?: number | null }>,
  passage: { start: number; end: number },
): string | null {
  const spans = (piece: (typeof highlights)[number]) =>
    piece.keys.flatMap((key) => {
      const quote = byKey.get(key);
      return quote?.start != null && quote.end != null ? [{ start: quote.start, end: quote.end }] : [];
    });
  const exact = highlights.find((piece) =>
    spans(piece).some((span) => span.start === passage.start && span.end === passage.end),
  );
  if (exact) return exact.id;
  const near = highlights.find((piece) =>
    spans(piece).some((span) => span.start < passage.end && span.end > passage.start),
  );
  return near?.id ?? null;
}

function markId(key: string): string {
  return `quote-${key.replace(/[^\w-]/g, '_')}`;
}
