import * as Plot from '@observablehq/plot';
import { useCallback, useMemo } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { type IcicleCell, type IcicleInput, icicle } from '../../lib/icicle';
import { formatKroner } from '../../lib/reports';
import { ChartFigure } from './ChartFigure';

const ROW = 46;
const COLOURS = ['#005f73', '#0a9396', '#94d2bd', '#e9d8a6'];

/**
 * A share's name without what it repeats of its grant's ("Rekrutteringstilskudd 2024 – Helse Vest RHF" under
 * "Rekrutteringstilskudd 2024 – …" is drawn as "Helse Vest RHF"): in a narrow cell the repeated start is all
 * that would show. The table keeps the full names.
 */
function withoutParent(name: string, parent: string | null): string {
  const dash = name.indexOf(' – ');
  if (!parent || dash < 0) return name;
  return parent.startsWith(name.slice(0, dash)) ? name.slice(dash + 3) : name;
}

/** The selected grants as an icicle (see lib/icicle.ts), with the same grants in a table beside it. */
export function GrantIcicle({ grants }: { grants: readonly IcicleInput[] }) {
  const { t, language } = useI18n();
  const cells = useMemo(() => icicle(grants), [grants]);
  const depth = cells.reduce((max, cell) => Math.max(max, cell.depth + 1), 0);
  const kroner = useCallback(
    (value: number | null) => (value == null ? t('money.notStated') : formatKroner(value, language)),
    [t, language],
  );
  const draw = useCallback(
    (width: number) => {
      // Names are written in a cell when there is room for them: about 7 px per character at 12 px.
      const fits = (cell: IcicleCell) => (cell.x1 - cell.x0) * width > 60;
      const label = (cell: IcicleCell) => {
        const room = Math.floor(((cell.x1 - cell.x0) * width - 8) / 7);
        const name = withoutParent(cell.name, cell.parentName);
        return name.length > room ? `${name.slice(0, Math.max(1, room - 1))}…` : name;
      };
      return Plot.plot({
        width,
        height: depth * ROW + 10,
        margin: 2,
        x: { domain: [0, 1], axis: null },
        // Level 0 (the allocation) at the top.
        y: { domain: [0, depth], axis: null, reverse: true },
        marks: [
          Plot.rect(cells, {
            x1: 'x0',
            x2: 'x1',
            y1: (cell: IcicleCell) => cell.depth,
            y2: (cell: IcicleCell) => cell.depth + 1,
            inset: 1,
            fill: (cell: IcicleCell) => COLOURS[cell.depth % COLOURS.length],
            title: (cell: IcicleCell) => `${cell.name}: ${kroner(cell.amountNok)}`,
          }),
          Plot.text(cells.filter(fits), {
            x: 'x0',
            y: (cell: IcicleCell) => cell.depth + 0.5,
            dx: 6,
            text: label,
            textAnchor: 'start',
            fontSize: 12,
            fill: (cell: IcicleCell) => (cell.depth < 2 ? '#ffffff' : '#1b1f23'),
          }),
        ],
      });
    },
    [cells, depth, kroner],
  );
  if (cells.length === 0) return null;
  return (
    <ChartFigure
      title={t('chart.tree.title')}
      description={t('chart.tree.description')}
      draw={draw}
      className="grant-icicle"
      table={{
        columns: [t('chart.tree.grant'), t('chart.tree.level'), t('chart.tree.amount'), t('chart.tree.partOf')],
        rows: cells.map((cell) => [cell.name, String(cell.depth + 1), kroner(cell.amountNok), cell.parentName ?? '–']),
      }}
    />
  );
}
