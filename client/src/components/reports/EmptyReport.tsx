import { useI18n } from '../../i18n/use-i18n';

/** "Nothing matches": said plainly, with the way back to a selection that shows something. */
export function EmptyReport({ message, onReset }: { message: string; onReset(): void }) {
  const { t } = useI18n();
  return (
    <p className="report-message" role="status">
      {message}{' '}
      <button type="button" className="secondary" onClick={onReset}>
        {t('reports.reset')}
      </button>
    </p>
  );
}
