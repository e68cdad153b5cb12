import { type FragmentType, graphql, useFragment } from '../generated';
import { useI18n } from '../i18n/use-i18n';
import { EntityLink } from './EntityLink';

export const SourcesCitation = graphql(`
  fragment SourcesCitation on Citation {
    quote
    reading
    document {
      id
      name
    }
  }
`);

export type SourcesCitationRef = FragmentType<typeof SourcesCitation>;

/** Each quote of a fact and the document it is from: inside `Sources`, and in the network's details panel. */
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
        </li>
      ))}
    </ul>
  );
}
