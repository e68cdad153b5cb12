import { useId, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { type ReportName, reportExportUrl, type Separator } from '../../lib/reports';

/**
 * Downloads of the report as the server streams it: the same rows as the table, column names in the UI
 * language. Plain links (not scripted Blobs), so "save link as" and copying the address work too.
 */
export function ExportButtons({
  name,
  params,
}: {
  name: ReportName;
  params: Record<string, string | number | null | undefined>;
}) {
  const { t, language } = useI18n();
  // ";" first: Excel with Norwegian settings reads "," as the decimal mark and puts a whole line in one cell.
  const [separator, setSeparator] = useState<Separator>(';');
  const separatorId = useId();
  const hintId = useId();
  return (
    <fieldset className="report-export">
      <legend>{t('reports.export')}</legend>
      <div className="report-export-controls">
        <label htmlFor={separatorId}>{t('reports.separator')}</label>
        <select
          id={separatorId}
          value={separator}
          onChange={(event) => setSeparator(event.target.value === ',' ? ',' : ';')}
        >
          <option value=";">{t('reports.separatorSemicolon')}</option>
          <option value=",">{t('reports.separatorComma')}</option>
        </select>
        <a
          className="button"
          href={reportExportUrl(name, 'csv', params, { separator, language })}
          download
          aria-describedby={hintId}
        >
          {t('reports.downloadCsv')}
        </a>
        <a
          className="button secondary"
          href={reportExportUrl(name, 'json', params, { separator, language })}
          download
          aria-describedby={hintId}
        >
          {t('reports.downloadJson')}
        </a>
      </div>
      <p id={hintId} className="hint">
        {t('reports.exportHint')}
      </p>
    </fieldset>
  );
}
