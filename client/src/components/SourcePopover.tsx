import { type ReactNode, useId } from 'react';
import { useI18n } from '../i18n/use-i18n';

/** A small document glyph: the mark of "this has a source" beside its count. */
function SourceIcon() {
  return (
    <svg className="source-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path
        d="M3.5 1h6L13 4.5V15H3.5z M9.5 1v3.5H13 M5.5 7.5h5 M5.5 10h5 M5.5 12.5h3"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.3"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/**
 * The quiet way to a fact's sources: an icon with the count, and the quotes in a popover (the native `popover`
 * attribute: on top of the page, so a table's scroll box never clips it; Escape or a click outside closes it).
 * `label` is the button's full name for screen readers ("Vis kilde (2)"), which holds the visible count.
 */
export function SourcePopover({ count, label, children }: { count: number; label: string; children: ReactNode }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <span className="source-pop">
      <button type="button" className="source-button" popoverTarget={id} aria-label={label} title={label}>
        <SourceIcon />
        <span aria-hidden="true">{count}</span>
      </button>
      <div id={id} popover="auto" className="source-popover">
        <div className="source-popover-head">
          <strong>{label}</strong>
          <button type="button" className="source-close" popoverTarget={id} popoverTargetAction="hide">
            {t('source.close')}
          </button>
        </div>
        {children}
      </div>
    </span>
  );
}
