import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/use-i18n';

/** The date and municipality filters; the column picker is passed in as `children` and laid out beside them. */
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
      className="representation-filters"
      aria-label={t('representation.filters')}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="representation-field">
        <label htmlFor="representation-date">{t('representation.date')}</label>
        <div className="representation-inline">
          <input
            id="representation-date"
            type="date"
            value={date}
            onChange={(event) => onDate(event.target.value)}
            aria-describedby="representation-date-hint"
          />
          {date && (
            <button type="button" className="secondary" onClick={() => onDate('')}>
              {t('representation.clearDate')}
            </button>
          )}
        </div>
        <p id="representation-date-hint" className="hint">
          {t('representation.dateHint')}
        </p>
      </div>
      <div className="representation-field">
        <label htmlFor="representation-municipality">{t('representation.municipalityFilter')}</label>
        <div className="representation-inline">
          <input
            id="representation-municipality"
            type="search"
            value={municipalityText}
            autoComplete="off"
            onChange={(event) => onMunicipalityText(event.target.value)}
            aria-describedby="representation-municipality-hint"
          />
          {municipalityText && (
            <button type="button" className="secondary" onClick={() => onMunicipalityText('')}>
              {t('representation.clearMunicipality')}
            </button>
          )}
        </div>
        <p id="representation-municipality-hint" className="hint">
          {t('representation.municipalityHint')}
        </p>
      </div>
      {children}
    </form>
  );
}
