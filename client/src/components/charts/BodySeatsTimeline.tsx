import * as Plot from '@observablehq/plot';
import { useCallback, useMemo } from 'react';
import { type FragmentType, graphql, useFragment } from '../../generated';
import { useI18n } from '../../i18n/use-i18n';
import { shortDate } from '../../lib/glance';
import { type TimelineBar, timelineBars } from '../../lib/seat-timeline';
import { ChartFigure } from './ChartFigure';

export const BodySeatsTimelineFields = graphql(`
  fragment BodySeatsTimeline on Organization {
    id
    seatHistory: roles {
      id
      title
      validFrom
      validTo
      endedOn
      lastObserved
      person {
        id
        name
      }
    }
  }
`);

const STATUS_COLOUR = { HELD: '#005f73', LAST_CONFIRMED: '#0a9396', ENDED: '#8d99a3' } as const;
const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A body's seats over time, below its summary: a bar per person and seat, the known period solid, a seat that is
 * *sist bekreftet* continued as a dashed line (its end is not known). The same seats are in the table beside it.
 */
export function BodySeatsTimeline({
  entity: ref,
  day,
}: {
  entity: FragmentType<typeof BodySeatsTimelineFields>;
  day: string;
}) {
  const { t, language } = useI18n();
  const body = useFragment(BodySeatsTimelineFields, ref);
  const bars = useMemo(() => timelineBars(body.seatHistory, day), [body.seatHistory, day]);
  const statusOf = useCallback(
    (bar: TimelineBar) =>
      bar.status === 'LAST_CONFIRMED'
        ? t('glance.lastConfirmed', { date: shortDate(bar.end, language) })
        : bar.status === 'ENDED'
          ? t('glance.ended', { date: shortDate(bar.end, language) })
          : t('glance.holds'),
    [t, language],
  );
  const draw = useCallback(
    (width: number) =>
      Plot.plot({
        width,
        height: bars.length * 26 + 60,
        marginLeft: Math.min(width * 0.5, 300),
        x: { type: 'utc', grid: true, label: null },
        y: {
          label: null,
          domain: bars.map((bar) => bar.row),
          tickFormat: (row: string) => (row.length > 44 ? `${row.slice(0, 43)}…` : row),
        },
        marks: [
          Plot.barX(bars, {
            x1: (bar: TimelineBar) => date(bar.start),
            x2: (bar: TimelineBar) => date(bar.end),
            y: 'row',
            fill: (bar: TimelineBar) => STATUS_COLOUR[bar.status],
            insetTop: 4,
            insetBottom: 4,
          }),
          // A seat known only for a day would be invisible as a bar: a dot marks it.
          Plot.dot(bars, {
            x: (bar: TimelineBar) => date(bar.end),
            y: 'row',
            r: 3,
            fill: (bar: TimelineBar) => STATUS_COLOUR[bar.status],
          }),
          Plot.ruleY(
            bars.filter((bar) => bar.openUntil),
            {
              x1: (bar: TimelineBar) => date(bar.end),
              x2: (bar: TimelineBar) => date(bar.openUntil ?? bar.end),
              y: 'row',
              stroke: STATUS_COLOUR.LAST_CONFIRMED,
              strokeWidth: 2,
              strokeDasharray: '4 3',
            },
          ),
          // "sist bekreftet <date>" once per date, after the first bar that ends there (not on every row).
          Plot.text(
            bars.filter(
              (bar, index) =>
                bar.status === 'LAST_CONFIRMED' &&
                bars.findIndex((other) => other.status === 'LAST_CONFIRMED' && other.end === bar.end) === index,
            ),
            {
              x: (bar: TimelineBar) => date(bar.end),
              y: 'row',
              text: statusOf,
              textAnchor: 'start',
              dx: 8,
              dy: -8,
              fontSize: 11,
            },
          ),
        ],
      }),
    [bars, statusOf],
  );
  return (
    <section className="profile-section seats-timeline" aria-labelledby="seats-timeline-heading">
      <h2 id="seats-timeline-heading">{t('chart.seats.heading')}</h2>
      {bars.length === 0 ? (
        <p className="hint">{t('chart.seats.none')}</p>
      ) : (
        <ChartFigure
          title={t('chart.seats.title')}
          description={t('chart.seats.description')}
          draw={draw}
          table={{
            columns: [
              t('chart.seats.person'),
              t('chart.seats.seat'),
              t('chart.seats.from'),
              t('chart.seats.to'),
              t('chart.seats.status'),
            ],
            rows: bars.map((bar) => [
              bar.person,
              bar.title,
              shortDate(bar.start, language),
              shortDate(bar.end, language),
              statusOf(bar),
            ]),
          }}
        />
      )}
    </section>
  );
}
