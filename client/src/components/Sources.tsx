import { useI18n } from '../i18n/use-i18n';
import { SourceQuotes, type SourcesCitationRef } from './SourceQuotes';

/** The sources of one fact, one click away: a disclosure with each quote and its document. */
export function Sources({ citations }: { citations: readonly SourcesCitationRef[] }) {
  const { t } = useI18n();
  if (citations.length === 0) return null;
  return (
    <details className="sources">
      <summary>
        {t('source.show')} ({citations.length})
      </summary>
      <SourceQuotes citations={citations} />
    </details>
  );
}
