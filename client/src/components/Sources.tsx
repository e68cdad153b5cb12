import { useI18n } from '../i18n/use-i18n';
import { EntityLink } from './EntityLink';

export interface SourceQuote {
  quote: string;
  document: { id: string; name: string };
}

/** The sources of one fact, one click away: a disclosure with each quote and its document. */
export function Sources({ citations }: { citations: readonly SourceQuote[] }) {
  const { t } = useI18n();
  if (citations.length === 0) return null;
  return (
    <details className="sources">
      <summary>
        {t('source.show')} ({citations.length})
      </summary>
      <ul>
        {citations.map((citation) => (
          <li key={`${citation.document.id}:${citation.quote}`}>
            <blockquote>«{citation.quote}»</blockquote>
            <span className="source-document">
              {t('source.document')}: <EntityLink id={citation.document.id} name={citation.document.name} />
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
