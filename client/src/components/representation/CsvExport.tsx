import { useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import type { Separator } from '../../lib/reports';
import { type MatrixView, representationCsvUrl } from '../../lib/representation';

/** Saves a file under a name of our choosing: a temporary link to a Blob, clicked, then released. */
function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Released after the click has been handled; revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The export bar: separator choice, print, and the CSV of exactly the shown table. The file is the server's
 * export (the same writer as every other report download); it is fetched and saved under a name that says
 * the table's date, "representasjon-2021-11-05.csv".
 */
export function CsvExport({ view, asOf, filtered }: { view: MatrixView; asOf: string | null; filtered: boolean }) {
  const { t, language } = useI18n();
  const [separator, setSeparator] = useState<Separator>(';');
  const [failure, setFailure] = useState<string | null>(null);
  const download = async () => {
    setFailure(null);
    try {
      const response = await fetch(representationCsvUrl(view, asOf, filtered, { separator, language }));
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      saveFile(
        await response.blob(),
        `${t('representation.fileName')}-${asOf ?? t('representation.fileAllPeriods')}.csv`,
      );
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <fieldset className="representation-export" title={t('representation.downloadHint')}>
      <legend className="visually-hidden">{t('representation.export')}</legend>
      <div className="representation-export-controls">
        <label htmlFor="representation-separator" className="visually-hidden">
          {t('representation.separator')}
        </label>
        <select
          id="representation-separator"
          value={separator}
          onChange={(event) => setSeparator(event.target.value === ',' ? ',' : ';')}
        >
          <option value=";">{t('representation.separatorSemicolon')}</option>
          <option value=",">{t('representation.separatorComma')}</option>
        </select>
        <button type="button" onClick={download} aria-describedby="representation-download-hint">
          {t('representation.download')}
        </button>
        <button type="button" className="secondary" onClick={() => window.print()}>
          {t('representation.print')}
        </button>
      </div>
      <span id="representation-download-hint" className="visually-hidden">
        {t('representation.downloadHint')}
      </span>
      {failure && (
        <p role="alert" className="error">
          {t('representation.downloadError', { message: failure })}
        </p>
      )}
    </fieldset>
  );
}
