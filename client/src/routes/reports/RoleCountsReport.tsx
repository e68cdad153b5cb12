import { useQuery } from 'urql';
import { RoleCountsChart } from '../../components/charts/RoleCountsChart';
import { EntityLink } from '../../components/EntityLink';
import { ChoiceGroup } from '../../components/reports/ChoiceGroup';
import { DateField } from '../../components/reports/DateField';
import { EmptyReport } from '../../components/reports/EmptyReport';
import { ExportButtons } from '../../components/reports/ExportButtons';
import { ReportForm } from '../../components/reports/ReportForm';
import { ReportLayout } from '../../components/reports/ReportLayout';
import { ReportResult } from '../../components/reports/ReportResult';
import { graphql } from '../../generated/gql';
import { useI18n } from '../../i18n/use-i18n';
import { formatDate, PARAM, parseDate, pickOne, ROLE_COUNT_GROUPS, type RoleCountGroupName } from '../../lib/reports';
import { useReportParams } from '../../lib/reports-params';

const RoleCountsQuery = graphql(`
  query ReportRoleCounts($groupBy: RoleCountGroup!, $asOf: Date) {
    roleCounts(groupBy: $groupBy, asOf: $asOf) {
      entity {
        id
        name
        kind
      }
      roles
      people
    }
  }
`);

/** How many positions and people each body (or municipality) has: the "our bodies in numbers" table. */
export function RoleCountsReport() {
  const { t, language, formatNumber } = useI18n();
  const { params, set, reset } = useReportParams();
  const groupBy = pickOne<RoleCountGroupName>(params.get(PARAM.grouping), ROLE_COUNT_GROUPS, 'BODY');
  const date = parseDate(params.get(PARAM.date));
  const asOf = date.date;

  const [{ data, fetching, error, operation }] = useQuery({ query: RoleCountsQuery, variables: { groupBy, asOf } });
  const rows = data?.roleCounts;
  // The caption describes the table on screen, which lags the URL while the next one loads.
  const shown = (operation?.variables ?? { groupBy, asOf }) as { groupBy: RoleCountGroupName; asOf?: string | null };
  const caption = `${t(`reports.roleCounts.caption.${shown.groupBy}`)} – ${
    shown.asOf ? t('reports.captionAsOf', { date: formatDate(shown.asOf, language) }) : t('reports.captionAllPeriods')
  }`;
  const totalRoles = rows?.reduce((sum, row) => sum + row.roles, 0) ?? 0;

  return (
    <ReportLayout title={t('reports.roleCounts.title')} question={t('reports.roleCounts.question')}>
      <ReportForm onReset={reset}>
        <ChoiceGroup
          legend={t('reports.groupBy')}
          options={ROLE_COUNT_GROUPS.map((value) => ({ value, label: t(`reports.roleCounts.group.${value}`) }))}
          value={groupBy}
          onChange={(value) => set(PARAM.grouping, value === 'BODY' ? null : value)}
        />
        <DateField
          label={t('reports.date')}
          hint={t('reports.dateHint')}
          clearLabel={t('reports.allPeriods')}
          value={asOf ?? ''}
          onChange={(value) => set(PARAM.date, value)}
        />
      </ReportForm>
      {date.invalid && (
        <p role="alert" className="error">
          {t('reports.badDate', { value: date.invalid })}
        </p>
      )}
      <ReportResult fetching={fetching} error={error} hasData={rows !== undefined}>
        {rows && rows.length === 0 && <EmptyReport message={t('reports.roleCounts.empty')} onReset={reset} />}
        {rows && rows.length > 0 && (
          <>
            <div className="report-toolbar">
              <p className="report-summary">
                {t('reports.roleCounts.summary', { rows: formatNumber(rows.length), roles: formatNumber(totalRoles) })}
              </p>
              <ExportButtons name="role-counts" params={{ [PARAM.grouping]: groupBy, [PARAM.date]: asOf }} />
            </div>
            {/* Roles per municipality as bars; per body the list is too long for a chart, and the table is there. */}
            {shown.groupBy === 'MUNICIPALITY' && (
              <RoleCountsChart
                title={t('chart.roles.title')}
                nameColumn={t('reports.roleCounts.group.MUNICIPALITY')}
                bars={rows.map((row) => ({ name: row.entity.name, roles: row.roles }))}
              />
            )}
            <div className="report-scroll">
              <table className="data-table report-table">
                <caption>{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('reports.roleCounts.name')}</th>
                    <th scope="col">{t('reports.roleCounts.kind')}</th>
                    <th scope="col" className="number">
                      {t('reports.roleCounts.roles')}
                    </th>
                    <th scope="col" className="number">
                      {t('reports.roleCounts.people')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.entity.id}>
                      <th scope="row">
                        <EntityLink id={row.entity.id} name={row.entity.name} />
                      </th>
                      <td>{t(`kind.${row.entity.kind}`)}</td>
                      <td className="number">{formatNumber(row.roles)}</td>
                      <td className="number">{formatNumber(row.people)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t('reports.total')}</th>
                    <td />
                    <td className="number">{formatNumber(totalRoles)}</td>
                    <td />
                  </tr>
                </tfoot>
              </table>
            </div>
            <p className="hint">{t('reports.roleCounts.peopleNote')}</p>
          </>
        )}
      </ReportResult>
    </ReportLayout>
  );
}
