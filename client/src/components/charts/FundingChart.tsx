import * as Plot from '@observablehq/plot';
import { useCallback, useMemo } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { formatKroner } from '../../lib/reports';
import { ChartFigure } from './ChartFigure';

export interface FundingBar {
  key: string;
  name: string;
  totalNok: number | null;
}

/** The funding report's rows as horizontal bars, largest first: who gave, who got, which project, which year. */
export function FundingChart({ bars, group }: { bars: readonly FundingBar[]; group: string }) {
  const { t, language } = useI18n();
  const shown = useMemo(() => bars.filter((bar) => (bar.totalNok ?? 0) > 0), [bars]);
  const compact = useMemo(
    () => new Intl.NumberFormat(language === 'nb' ? 'nb-NO' : 'en-GB', { notation: 'compact' }),
    [language],
  );
  const title = t('chart.funding.title', { group: group.toLocaleLowerCase(language) });
  const draw = useCallback(
    (width: number) =>
      Plot.plot({
        width,
        height: Math.max(130, shown.length * 28 + 66),
        marginLeft: Math.min(width * 0.45, 260),
        // Room on the right for the largest bar's number.
        marginRight: 70,
        // The axis title on a line of its own below the ticks, so it never covers the last tick's number.
        marginBottom: 48,
        x: {
          label: t('chart.funding.amount'),
          labelOffset: 42,
          grid: true,
          ticks: Math.max(2, Math.floor(width / 160)),
          tickFormat: (value: number) => compact.format(value),
        },
        y: { label: null, tickFormat: (name: string) => (name.length > 38 ? `${name.slice(0, 37)}…` : name) },
        marks: [
          Plot.barX(shown, { x: 'totalNok', y: 'name', fill: '#005f73', sort: { y: '-x' } }),
          Plot.text(shown, {
            x: 'totalNok',
            y: 'name',
            text: (bar: FundingBar) => compact.format(bar.totalNok ?? 0),
            textAnchor: 'start',
            dx: 4,
          }),
          Plot.ruleX([0]),
        ],
      }),
    [shown, t, compact],
  );
  if (shown.length === 0) return null;
  return (
    <ChartFigure
      title={title}
      draw={draw}
      className="funding-chart"
      table={{
        columns: [group, t('chart.funding.amount')],
        rows: shown.map((bar) => [bar.name, formatKroner(bar.totalNok ?? 0, language)]),
      }}
    />
  );
}
