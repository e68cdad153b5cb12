import { type ReactNode, useId, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { useEditRights } from '../../lib/auth';

/**
 * "Foreslå endring" where the facts are: a button that opens the proposal form beside the list it changes. Shown
 * only to editors (and those above them): readers and visitors see the facts alone.
 */
export function ProposeChange({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useI18n();
  const { canPropose } = useEditRights();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  if (!canPropose) return null;
  return (
    <div className="propose-change">
      <button
        type="button"
        className="propose-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {open ? t('edit.close') : label}
      </button>
      <section id={panelId} hidden={!open} className="propose-panel" aria-label={label}>
        {open && (
          <>
            <p className="hint">{t('edit.reviewNote')}</p>
            {children}
          </>
        )}
      </section>
    </div>
  );
}
