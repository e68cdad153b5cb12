import { useI18n } from '../i18n/use-i18n';
import { SourcePopover } from './SourcePopover';
import { SourceQuotes, type SourcesCitationRef } from './SourceQuotes';
import { type StaffNoteRef, StaffNotes } from './StaffNotes';

/**
 * The sources of one fact, one click away and quiet until asked: an icon with the count, and in its popover each
 * quote with its document, and each staff note (registrert av sekretariatet) the fact rests on.
 */
export function Sources({
  citations,
  notes = [],
}: {
  citations: readonly SourcesCitationRef[];
  notes?: readonly StaffNoteRef[];
}) {
  const { t } = useI18n();
  const count = citations.length + notes.length;
  if (count === 0) return null;
  return (
    <SourcePopover count={count} label={`${t('source.show')} (${count})`}>
      <div className="sources">
        {citations.length > 0 && <SourceQuotes citations={citations} />}
        <StaffNotes notes={notes} />
      </div>
    </SourcePopover>
  );
}
