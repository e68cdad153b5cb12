import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';

/**
 * A small button on a row (Avslutt, Rett, Legg til kilde, …) that opens its proposal form in a modal dialog: the
 * form needs more room than a table cell, and Escape or "Lukk" leaves it. The form exists only while it is open,
 * so a long list of rows costs nothing until one is used, and closing it starts the next one afresh.
 */
export function ActionDialog({
  label,
  name,
  title,
  children,
}: {
  /** The button's text. */
  label: string;
  /** The button's accessible name: what it does to which row ("Rett rollen Kari Frøseth, daglig leder"). */
  name: string;
  /** The dialog's heading. */
  title: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
  }, [open]);
  return (
    <div className="row-action">
      <button
        type="button"
        className="secondary small"
        aria-haspopup="dialog"
        aria-label={name}
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      {open && (
        <dialog ref={dialog} className="edit-dialog" aria-labelledby={headingId} onClose={() => setOpen(false)}>
          <div className="dialog-header">
            <h2 id={headingId}>{title}</h2>
            <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
              {t('edit.close')}
            </button>
          </div>
          {children}
        </dialog>
      )}
    </div>
  );
}
