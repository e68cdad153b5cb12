import { DateInput } from '../../components/DateInput';
import { useI18n } from '../../i18n/use-i18n';

/** The day the page is about: only what held on that day is shown; empty shows every period. */
export function AsOfForm({ asOf, onChange }: { asOf: string | null; onChange(value: string): void }) {
  const { t } = useI18n();
  return (
    <form className="as-of" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor="as-of">{t('entity.asOf')}</label>
      <DateInput id="as-of" value={asOf ?? ''} onChange={onChange} describedBy="as-of-hint" />
      <span id="as-of-hint" className="hint">
        {t('entity.asOfHint')}
      </span>
      {asOf && (
        <button type="button" onClick={() => onChange('')}>
          {t('entity.clearAsOf')}
        </button>
      )}
    </form>
  );
}
