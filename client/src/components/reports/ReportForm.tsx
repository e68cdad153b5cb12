import { type ReactNode, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';

/**
 * The report's parameters. Every field applies as soon as it changes (the table follows), so there is no submit
 * button; Enter in a field must not reload the page either.
 */
export function ReportForm({ onReset, children }: { onReset(): void; children: ReactNode }) {
  const { t } = useI18n();
  // Resetting starts the fields afresh, dropping whatever they were still waiting to see in the URL.
  const [generation, setGeneration] = useState(0);
  return (
    <form className="report-form" aria-label={t('reports.filters')} onSubmit={(event) => event.preventDefault()}>
      <div className="report-fields" key={generation}>
        {children}
      </div>
      <div className="report-form-footer">
        <p className="hint">{t('reports.share')}</p>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            onReset();
            setGeneration((count) => count + 1);
          }}
        >
          {t('reports.reset')}
        </button>
      </div>
    </form>
  );
}
