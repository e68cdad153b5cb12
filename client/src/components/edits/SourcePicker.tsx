import { useId } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { EntityPicker, type PickedEntity } from '../graph/EntityPicker';
import { QuoteFinder } from './QuoteFinder';

/** The source of a proposed change as the form holds it: a document and a quote from it, or a staff note. */
export type SourceValue =
  | { mode: 'document'; document: PickedEntity | null; quote: string }
  | { mode: 'note'; note: string };

export const EMPTY_SOURCE: SourceValue = { mode: 'document', document: null, quote: '' };

/** The SourceInput the API takes, or null while the source is not complete. */
export function sourceInput(value: SourceValue): { document?: string; quote?: string; note?: string } | null {
  if (value.mode === 'note') return value.note.trim() ? { note: value.note.trim() } : null;
  return value.document && value.quote.trim() ? { document: value.document.id, quote: value.quote } : null;
}

/**
 * Where a change comes from: a document of the graph and a passage found in its text (so the quote is verbatim),
 * or a note from the secretariat, shown to readers as such with the author's name.
 */
export function SourcePicker({ value, onChange }: { value: SourceValue; onChange(value: SourceValue): void }) {
  const { t } = useI18n();
  const name = useId();
  const noteId = useId();
  const noteHintId = useId();
  return (
    <fieldset className="source-picker">
      <legend>{t('edit.source')}</legend>
      <div className="source-modes">
        <label>
          <input type="radio" name={name} checked={value.mode === 'document'} onChange={() => onChange(EMPTY_SOURCE)} />{' '}
          {t('edit.sourceDocument')}
        </label>
        <label>
          <input
            type="radio"
            name={name}
            checked={value.mode === 'note'}
            onChange={() => onChange({ mode: 'note', note: '' })}
          />{' '}
          {t('edit.sourceNote')}
        </label>
      </div>
      {value.mode === 'document' ? (
        <>
          <EntityPicker
            label={t('edit.document')}
            kinds={['DOCUMENT']}
            placeholder={t('edit.documentPlaceholder')}
            value={value.document}
            onChange={(document) => onChange({ mode: 'document', document, quote: '' })}
          />
          {value.document && (
            <QuoteFinder
              documentId={value.document.id}
              quote={value.quote}
              onQuote={(quote) => onChange({ ...value, quote })}
            />
          )}
        </>
      ) : (
        <>
          <label htmlFor={noteId}>{t('edit.note')}</label>
          <textarea
            id={noteId}
            rows={3}
            maxLength={2000}
            value={value.note}
            aria-describedby={noteHintId}
            onChange={(event) => onChange({ mode: 'note', note: event.target.value })}
          />
          <p id={noteHintId} className="hint">
            {t('edit.noteHint')}
          </p>
        </>
      )}
    </fieldset>
  );
}
