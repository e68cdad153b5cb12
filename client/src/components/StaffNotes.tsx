import { type FragmentType, graphql, useFragment } from '../generated';
import { useI18n } from '../i18n/use-i18n';
import { formatDay } from '../lib/edits';

export const StaffNoteLine = graphql(`
  fragment StaffNoteLine on StaffNote {
    text
    approvedAt
    author {
      displayName
    }
    edit {
      id
    }
  }
`);

export type StaffNoteRef = FragmentType<typeof StaffNoteLine>;

/**
 * The staff notes a fact rests on, shown where its citations are: "Registrert av sekretariatet (name, date)" and
 * the note, so that a reader tells them from a document's words.
 */
export function StaffNotes({ notes: refs, className }: { notes: readonly StaffNoteRef[]; className?: string }) {
  const { t, language } = useI18n();
  const notes = useFragment(StaffNoteLine, refs);
  if (notes.length === 0) return null;
  return (
    <ul className={className ? `staff-notes ${className}` : 'staff-notes'}>
      {notes.map((note) => (
        <li key={note.edit.id} className="staff-note">
          <span className="kind-badge staff-note-badge">
            {t('staffNote.by', { name: note.author.displayName, date: formatDay(note.approvedAt, language) })}
          </span>{' '}
          {note.text}
        </li>
      ))}
    </ul>
  );
}
