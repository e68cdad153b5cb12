import { useI18n } from '../../i18n/use-i18n';
import type { Column } from '../../lib/representation';

/**
 * Which columns the table shows, as checkboxes in a fieldset: every body is visible at once with how widely it is
 * represented, which a multi-select list would hide. Two shortcuts reset to the default or choose everything.
 * Folded away behind a summary ("7 of 8 shown") so that the table itself starts on the first screen of a laptop.
 */
export function ColumnPicker({
  choices,
  selected,
  defaults,
  onChange,
}: {
  choices: readonly Column[];
  selected: readonly string[];
  defaults: readonly string[];
  onChange(ids: string[]): void;
}) {
  const { t, plural } = useI18n();
  const chosen = new Set(selected);
  const toggle = (id: string, on: boolean) => {
    // Keep the choices' order, so the URL (and the columns) do not depend on the order of the clicks.
    onChange(choices.map((column) => column.id).filter((other) => (other === id ? on : chosen.has(other))));
  };
  return (
    <details className="representation-columns-details">
      {/* A panel that opens over the table (position: absolute), so the bar keeps its height. */}
      <summary>{t('representation.bodiesSummary', { shown: selected.length, total: choices.length })}</summary>
      <fieldset className="representation-columns" aria-describedby="representation-columns-hint">
        <legend>{t('representation.bodies')}</legend>
        <p id="representation-columns-hint" className="hint">
          {t('representation.bodiesHint')}
        </p>
        <ul>
          {choices.map((column) => {
            const id = `representation-column-${column.id}`;
            return (
              <li key={column.id}>
                <input
                  type="checkbox"
                  id={id}
                  checked={chosen.has(column.id)}
                  onChange={(event) => toggle(column.id, event.target.checked)}
                />
                <label htmlFor={id}>
                  {column.body ? column.body.name : t('representation.ownOffices')}{' '}
                  <span className="representation-count">
                    ({plural('representation.bodyCount', column.municipalityCount)})
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
        <div className="representation-column-actions">
          <button type="button" className="secondary" onClick={() => onChange(choices.map((column) => column.id))}>
            {t('representation.allBodies')}
          </button>
          <button type="button" className="secondary" onClick={() => onChange([...defaults])}>
            {t('representation.defaultBodies')}
          </button>
        </div>
      </fieldset>
    </details>
  );
}
