import { type DragEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { TextField } from '../../components/edits/TextField';
import { useI18n } from '../../i18n/use-i18n';
import { proposalsPath } from '../../lib/paths';
import { ACCEPTED_FILES, type UploadFields, type UploadOutcome, uploadDocument } from '../../lib/upload';
import { EditorsOnly } from '../edits/EditorsOnly';

const EMPTY: UploadFields = { title: '', date: '', type: '', coversStart: '', coversEnd: '' };
const ERROR_KEYS = {
  BAD_REQUEST: 'upload.error.BAD_REQUEST',
  PAYLOAD_TOO_LARGE: 'upload.error.PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'upload.error.UNSUPPORTED_MEDIA_TYPE',
  UNPROCESSABLE_DOCUMENT: 'upload.error.UNPROCESSABLE_DOCUMENT',
  TOO_MANY_REQUESTS: 'upload.error.TOO_MANY_REQUESTS',
  UNAUTHENTICATED: 'upload.error.UNAUTHENTICATED',
  FORBIDDEN: 'upload.error.FORBIDDEN',
  NETWORK: 'upload.error.NETWORK',
} as const;

/**
 * /last-opp: an editor uploads a document (PDF, Word, HTML, Markdown or text) by dropping it on the page or choosing
 * it; its text is stored with it, and quotes for changes can then be taken from it.
 */
export function UploadPage() {
  const { t, formatNumber } = useI18n();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [fields, setFields] = useState<UploadFields>(EMPTY);
  const [dragging, setDragging] = useState(false);
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<UploadOutcome | null>(null);
  const set = (key: keyof UploadFields) => (value: string) => setFields((current) => ({ ...current, [key]: value }));
  const choose = (chosen: File | null) => {
    setFile(chosen);
    setOutcome(null);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0] ?? null);
  };
  const size = file ? formatNumber(Math.max(0.1, Math.round(file.size / 100_000) / 10)) : '';
  return (
    <EditorsOnly>
      <article className="edit-page upload-page">
        <h1>{t('upload.title')}</h1>
        <p>{t('upload.intro')}</p>
        <form
          className="edit-form"
          onSubmit={async (event) => {
            event.preventDefault();
            if (!file) return;
            setSending(true);
            setOutcome(await uploadDocument(file, fields));
            setSending(false);
          }}
        >
          <label
            htmlFor={inputId}
            className={dragging ? 'drop-zone dragging' : 'drop-zone'}
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            <span className="drop-zone-title">{file ? file.name : t('upload.drop')}</span>
            <span className="hint">{file ? t('upload.size', { size }) : t('upload.formats')}</span>
            <input
              id={inputId}
              type="file"
              accept={ACCEPTED_FILES}
              onChange={(event) => choose(event.target.files?.[0] ?? null)}
            />
          </label>
          <TextField
            label={t('upload.docTitle')}
            value={fields.title}
            onChange={set('title')}
            hint={t('upload.docTitleHint')}
          />
          <TextField
            label={t('upload.date')}
            type="date"
            value={fields.date}
            onChange={set('date')}
            hint={t('upload.dateHint')}
          />
          <TextField label={t('upload.type')} value={fields.type} onChange={set('type')} hint={t('upload.typeHint')} />
          <fieldset className="date-range">
            <legend>{t('upload.covers')}</legend>
            <TextField
              label={t('upload.coversStart')}
              type="date"
              value={fields.coversStart}
              onChange={set('coversStart')}
            />
            <TextField label={t('upload.coversEnd')} type="date" value={fields.coversEnd} onChange={set('coversEnd')} />
          </fieldset>
          <button type="submit" disabled={!file || sending}>
            {sending ? t('upload.sending') : t('upload.submit')}
          </button>
        </form>
        <div aria-live="polite">
          {outcome?.ok ? (
            <p className="proposal-sent" role="status">
              {t(outcome.known ? 'upload.known' : 'upload.stored')}{' '}
              <Link to={`/entity/${encodeURIComponent(outcome.id)}`}>{t('upload.open')}</Link>
              {outcome.proposals > 0 && (
                <>
                  {' '}
                  {outcome.proposals === 1
                    ? t('proposals.uploadOne')
                    : t('proposals.upload', { count: formatNumber(outcome.proposals) })}{' '}
                  <Link to={proposalsPath(outcome.id)}>{t('proposals.review')}</Link>
                </>
              )}
            </p>
          ) : null}
          {outcome && !outcome.ok ? (
            <p className="edit-error" role="alert">
              {t(ERROR_KEYS[outcome.code as keyof typeof ERROR_KEYS] ?? 'upload.error.other')}
              {outcome.message ? <span className="error-detail"> ({outcome.message})</span> : null}
            </p>
          ) : null}
        </div>
      </article>
    </EditorsOnly>
  );
}
