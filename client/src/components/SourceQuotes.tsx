import { Link } from 'react-router';
import { type FragmentType, graphql, useFragment } from '../generated';
import { useI18n } from '../i18n/use-i18n';
import { passagePath } from '../lib/paths';
import { EntityLink } from './EntityLink';

export const SourcesCitation = graphql(`
  fragment SourcesCitation on Citation {
    quote
    reading
    start
    end
    document {
      id
      name
    }
  }
`);

export type SourcesCitationRef = FragmentType<typeof SourcesCitation>;

/**
 * Each quote of a fact and the document it is from: inside `Sources`, and in the network's details panel. Where the
 * quote stands in the document's text, the link opens the reader at it (highlighted and focused).
 */
export function SourceQuotes({
  citations,
  className,
}: {
  citations: readonly SourcesCitationRef[];
  className?: string;
}) {
  const { t } = useI18n();
  const items = useFragment(SourcesCitation, citations);
  return (
    <ul className={className}>
      {items.map((citation) => (
        <li key={`${citation.document.id}:${citation.quote}`}>
          <blockquote>«{citation.quote}»</blockquote>
          {citation.reading ? (
            <p className="source-reading">
              <span className="kind-badge reading-badge">{t('source.reading')}</span> {citation.reading}
            </p>
          ) : null}
          <span className="source-document">
            {t('source.document')}: <EntityLink id={citation.document.id} name={citation.document.name} />
          </span>
          {citation.start != null && citation.end != null && (
            <Link className="source-passage" to={passagePath(citation.document.id, citation.start, citation.end)}>
              {t('source.readPassage')}
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}
