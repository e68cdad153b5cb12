import { useRef } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import type { MatrixView } from '../../lib/representation';
import { useOverflowing } from '../../lib/use-overflowing';
import { EntityLink } from '../EntityLink';
import { RepresentationRoles } from './RepresentationRoles';

/**
 * The matrix as a real table: municipalities are row headers, bodies column headers, so a screen reader announces
 * "Frøya, Interkommunalt politisk råd" with each cell. It scrolls inside its own region, with the header row and
 * the municipality column sticky, so a wide selection stays readable on a laptop.
 */
export function RepresentationTable({ view, caption, busy }: { view: MatrixView; caption: string; busy: boolean }) {
  const { t } = useI18n();
  const region = useRef<HTMLElement>(null);
  const overflowing = useOverflowing(region);
  return (
    <>
      {overflowing && (
        <p className="hint representation-scroll-hint" id="representation-scroll-hint">
          {t('representation.scrollHint')}
        </p>
      )}
      <section
        ref={region}
        className="representation-scroll"
        aria-labelledby="representation-caption"
        aria-busy={busy}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable so keyboard users can scroll it (WCAG 2.1.1)
        tabIndex={0}
      >
        <table className="representation-table">
          <caption id="representation-caption">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="representation-corner">
                {t('representation.municipality')}
              </th>
              {view.columns.map((column) => (
                <th scope="col" key={column.id}>
                  {column.body ? (
                    <EntityLink id={column.body.id} name={column.body.name} />
                  ) : (
                    <>
                      {t('representation.ownOffices')}
                      <span className="representation-column-hint">{t('representation.ownOfficesHint')}</span>
                    </>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row) => (
              <tr key={row.municipality.id}>
                <th scope="row">
                  <EntityLink id={row.municipality.id} name={row.municipality.name} />
                </th>
                {row.cells.map((roles, index) => (
                  <td key={view.columns[index]?.id ?? index}>
                    <RepresentationRoles roles={roles} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
