import { useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import type { CsvSeparator } from '../../lib/csv';
import { type MatrixView, representationCsv } from '../../lib/representation';

/** Saves a string as a file: a temporary link to a Blob, clicked, then released. */
function saveFile(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Released after the click has been handled; revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The export bar: separator choice, CSV download of exactly the shown table, and print. */
export function CsvExport({ view, asOf }: { view: MatrixView; asOf: string | null }) {
  const { t } = useI18n();
  const [separator, setSeparator] = useState<CsvSeparator>(';');
  const download = () => {
    const csv = representationCsv(
      view,
      {
        headers: [
          t('representation.csvMunicipality'),
          t('representation.csvBody'),
          t('representation.csvPerson'),
          t('representation.csvRole'),
          t('representation.csvFrom'),
          t('representation.csvTo'),
          t('representation.csvSource'),
        ],
        ownOffices: t('representation.ownOffices'),
      },
      separator,
    );
    saveFile(csv, `${t('representation.fileName')}-${asOf ?? t('representation.fileAllPeriods')}.csv`);
  };
  return (
    <fieldset className="representation-export">
      <legend className="visually-hidden">{t('representation.export')}</legend>
      <div className="representation-export-controls">
        <label htmlFor="representation-separator">{t('representation.separator')}</label>
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
      <p id="representation-download-hint" className="hint">
        {t('representation.downloadHint')}
      </p>
    </fieldset>
  );
}
