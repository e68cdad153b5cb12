import * as Plot from '@observablehq/plot';
import { useCallback } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { ChartFigure } from './ChartFigure';

export interface RoleCountBar {
  name: string;
  roles: number;
}

/** The role-count report's rows as bars, most roles first (roles per municipality, or per body). */
export function RoleCountsChart({
  bars,
  title,
  nameColumn,
}: {
  bars: readonly RoleCountBar[];
  title: string;
  nameColumn: string;
}) {
  const { t, formatNumber } = useI18n();
  const draw = useCallback(
    (width: number) =>
      Plot.plot({
        width,
        height: Math.max(130, bars.length * 24 + 66),
        marginLeft: Math.min(width * 0.45, 260),
        marginRight: 40,
        // The axis title on a line of its own below the ticks, so it never covers the last tick's number.
        marginBottom: 48,
        x: {
          label: t('chart.roles.count'),
          labelOffset: 42,
          grid: true,
          tickFormat: (value: number) => formatNumber(value),
        },
        y: { label: null, tickFormat: (name: string) => (name.length > 38 ? `${name.slice(0, 37)}…` : name) },
        marks: [
          Plot.barX(bars, { x: 'roles', y: 'name', fill: '#0a9396', sort: { y: '-x' } }),
          Plot.text(bars, {
            x: 'roles',
            y: 'name',
            text: (bar: RoleCountBar) => formatNumber(bar.roles),
            textAnchor: 'start',
            dx: 4,
          }),
          Plot.ruleX([0]),
        ],
      }),
    [bars, t, formatNumber],
  );
  if (bars.length === 0) return null;
  return (
    <ChartFigure
      title={title}
      draw={draw}
      className="role-counts-chart"
      table={{
        columns: [nameColumn, t('chart.roles.count')],
        rows: [...bars].sort((a, b) => b.roles - a.roles).map((bar) => [bar.name, formatNumber(bar.roles)]),
      }}
    />
  );
}
