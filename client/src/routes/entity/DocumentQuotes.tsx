import { graphql } from '../../generated';
import { useI18n } from '../../i18n/use-i18n';
import { type FragmentRef, unmask } from '../../lib/fragments';

export const DocumentQuotesFields = graphql(`
  fragment DocumentQuotes on Entity {
    __typename
    ... on Document {
      quotes(first: 2000) {
        id
        quote
      }
    }
  }
`);

/** On a document's page: every quote the graph cites from it. */
export function DocumentQuotes({ entity: ref }: { entity: FragmentRef<typeof DocumentQuotesFields> }) {
  const { t } = useI18n();
  const entity = unmask(DocumentQuotesFields, ref);
  if (entity.__typename !== 'Document' || entity.quotes.length === 0) return null;
  return (
    <section aria-labelledby="quotes">
      <h2 id="quotes">{t('entity.quotes')}</h2>
      <ol className="quote-list">
        {entity.quotes.map((quote) => (
          <li key={quote.id}>
            <blockquote>«{quote.quote}»</blockquote>
          </li>
        ))}
      </ol>
    </section>
  );
}
