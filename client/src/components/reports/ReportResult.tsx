import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { useI18n } from '../../i18n/use-i18n';
import { QueryState } from '../QueryState';

/**
 * Where a report's table goes, with its states: loading (nothing yet), updating (the previous table stays, dimmed,
 * while the new selection loads), an error, or the result. `hasData` is whether there is a table to show.
 */
export function ReportResult({
  fetching,
  error,
  hasData,
  children,
}: {
  fetching: boolean;
  error?: CombinedError | undefined;
  hasData: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const updating = fetching && hasData && !error;
  return (
    <>
      {updating ? (
        <p role="status" className="loading">
          {t('reports.updating')}
        </p>
      ) : (
        <QueryState fetching={fetching} error={error} />
      )}
      {hasData && !error && (
        <div className="report-result" aria-busy={updating}>
          {children}
        </div>
      )}
    </>
  );
}
