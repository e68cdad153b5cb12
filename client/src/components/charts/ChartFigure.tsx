import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { downloadPng, downloadSvg } from '../../lib/chart-files';
import { fileNameOf } from '../../lib/download';
import '../../charts.css';

export interface ChartTable {
  columns: readonly string[];
  /** Each row's cells as shown; the first cell heads the row. */
  rows: readonly (readonly ReactNode[])[];
}

/**
 * A chart with its numbers: the picture (drawn by Observable Plot into an SVG), beside it the same data as a table
 * for screen readers and for anyone who would rather read, and downloads of the picture as PNG and SVG.
 * `draw` makes the SVG for a width; it runs again when the data, the language or the width change.
 */
export function ChartFigure({
  title,
  description,
  draw,
  table,
  className,
}: {
  title: string;
  description?: string;
  draw(width: number): SVGSVGElement | HTMLElement;
  table: ChartTable;
  className?: string;
}) {
  const { t } = useI18n();
  const holder = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    const render = () => {
      const chart = draw(Math.max(280, Math.min(element.clientWidth, 900)));
      chart.setAttribute('aria-hidden', 'true');
      element.replaceChildren(chart);
    };
    render();
    let width = element.clientWidth;
    const observer = new ResizeObserver(() => {
      if (Math.abs(element.clientWidth - width) < 20) return;
      width = element.clientWidth;
      render();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [draw]);
  const svg = () => holder.current?.querySelector('svg') ?? null;
  return (
    <figure className={`chart ${className ?? ''}`} aria-labelledby={titleId}>
      <figcaption>
        <span id={titleId} className="chart-title">
          {title}
        </span>
        {description && <span className="chart-description"> {description}</span>}
      </figcaption>
      <div className="chart-body">
        <div className="chart-picture" ref={holder} />
        {/* A region that may scroll, so it takes focus: keyboard users can scroll it too. */}
        <section
          className="chart-table"
          aria-label={t('chart.table', { title })}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1).
          tabIndex={0}
        >
          <table className="data-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {table.columns.map((column) => (
                  <th scope="col" key={column}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows are shown in a fixed order and never reordered.
                <tr key={index}>
                  {row.map((cell, column) =>
                    column === 0 ? (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed.
                      <th scope="row" key={column}>
                        {cell}
                      </th>
                    ) : (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed.
                      <td key={column}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
      <div className="chart-downloads">
        <button
          type="button"
          className="secondary"
          aria-label={t('chart.downloadPng', { title })}
          onClick={() => {
            const element = svg();
            if (element) downloadPng(element, fileNameOf(title, 'png'));
          }}
        >
          PNG
        </button>
        <button
          type="button"
          className="secondary"
          aria-label={t('chart.downloadSvg', { title })}
          onClick={() => {
            const element = svg();
            if (element) downloadSvg(element, fileNameOf(title, 'svg'));
          }}
        >
          SVG
        </button>
      </div>
    </figure>
  );
}
