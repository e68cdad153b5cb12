import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { DateInput } from '../DateInput';

/**
 * Every control of the table in one bar above it: the date, the municipality filter, and what is passed in as
 * `children` (the column picker, folded, and the export). The hints are the fields' descriptions for screen
 * readers and their tooltips, not paragraphs that push the table down.
 */
export function RepresentationFilters({
  date,
  onDate,
  municipalityText,
  onMunicipalityText,
  children,
}: {
  date: string;
  onDate(value: string): void;
  municipalityText: string;
  onMunicipalityText(value: string): void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <form
      className="representation-filters representation-bar"
      aria-label={t('representation.filters')}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="representation-field" title={t('representation.dateHint')}>
        <label htmlFor="representation-date">{t('representation.date')}</label>
        <DateInput id="representation-date" value={date} onChange={onDate} describedBy="representation-date-hint" />
        <span id="representation-date-hint" className="visually-hidden">
          {t('representation.dateHint')}
        </span>
        {date && (
          <button type="button" className="secondary compact" onClick={() => onDate('')}>
            {t('representation.clearDate')}
          </button>
        )}
      </div>
      <div className="representation-field" title={t('representation.municipalityHint')}>
        <label htmlFor="representation-municipality">{t('representation.municipalityFilter')}</label>
        <input
          id="representation-municipality"
          type="search"
          value={municipalityText}
          autoComplete="off"
          placeholder={t('representation.municipalityPlaceholder')}
          onChange={(event) => onMunicipalityText(event.target.value)}
          aria-describedby="representation-municipality-hint"
        />
        <span id="representation-municipality-hint" className="visually-hidden">
          {t('representation.municipalityHint')}
        </span>
        {municipalityText && (
          <button type="button" className="secondary compact" onClick={() => onMunicipalityText('')}>
            {t('representation.clearMunicipality')}
          </button>
        )}
      </div>
      {children}
    </form>
  );
}
