import { useI18n } from '../i18n/use-i18n';

export interface PeriodValue {
  validFrom?: string | null;
  validTo?: string | null;
  periodStated?: boolean;
}

/** A period as "2022-01-01 – 2022-12-31", marked when it is the source's period rather than a stated one. */
export function Period({ validFrom, validTo, periodStated }: PeriodValue) {
  const { t } = useI18n();
  if (!validFrom && !validTo) return <span>–</span>;
  const text = validFrom === validTo ? validFrom : `${validFrom ?? '…'} – ${validTo ?? '…'}`;
  return (
    <span className="period">
      {text}
      {periodStated === false && <span className="period-note"> ({t('period.fromSource')})</span>}
    </span>
  );
}
