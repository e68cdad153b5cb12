import { useI18n } from '../i18n/use-i18n';
import { SourceQuotes, type SourcesCitationRef } from './SourceQuotes';
import { type StaffNoteRef, StaffNotes } from './StaffNotes';

/**
 * The sources of one fact, one click away: a disclosure with each quote and its document, and each staff note
 * (registrert av sekretariatet) the fact rests on.
 */
export function Sources({
  citations,
  notes = [],
}: {
  citations: readonly SourcesCitationRef[];
  notes?: readonly StaffNoteRef[];
}) {
  const { t } = useI18n();
  if (citations.length === 0 && notes.length === 0) return null;
  return (
    <details className="sources">
      <summary>
        {t('source.show')} ({citations.length + notes.length})
      </summary>
      {citations.length > 0 && <SourceQuotes citations={citations} />}
      <StaffNotes notes={notes} />
    </details>
  );
}
