import { useI18n } from '../i18n/use-i18n';
import { formatPeriod } from '../lib/dates';

export interface PeriodValue {
  validFrom?: string | null;
  validTo?: string | null;
  periodStated?: boolean;
}

/**
 * A period in the reader's short dates: "2022" for a whole year, "05.11.2021 – 31.12.2022". One that is the source's period rather than a stated one carries a mark
 * (*), explained once on the page by `PeriodLegend`; screen readers hear the words.
 */
export function Period({ validFrom, validTo, periodStated }: PeriodValue) {
  const { t, language } = useI18n();
  if (!validFrom && !validTo) return <span>–</span>;
  const text = formatPeriod(validFrom, validTo, language);
  if (periodStated !== false) return <span className="period">{text}</span>;
  return (
    <span className="period period-from-source" title={t('period.fromSource')}>
      {text}
      <span className="period-mark" aria-hidden="true">
        *
      </span>
      <span className="visually-hidden"> ({t('period.fromSource')})</span>
    </span>
  );
}

/**
 * What the mark means, said once per page: shown only when the page holds a period taken from its source
 * (styles.css shows it with `:has(.period-from-source)`).
 */
export function PeriodLegend() {
  const { t } = useI18n();
  return (
    <p className="period-legend hint">
      <span className="period-mark">*</span> {t('period.legend')}
    </p>
  );
}
