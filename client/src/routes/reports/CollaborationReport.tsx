import { useQuery } from 'urql';
import { EntityLink } from '../../components/EntityLink';
import { DateField } from '../../components/reports/DateField';
import { EmptyReport } from '../../components/reports/EmptyReport';
import { EntityLinkList } from '../../components/reports/EntityLinkList';
import { ExportButtons } from '../../components/reports/ExportButtons';
import { ReportForm } from '../../components/reports/ReportForm';
import { ReportLayout } from '../../components/reports/ReportLayout';
import { ReportResult } from '../../components/reports/ReportResult';
import { graphql } from '../../generated/gql';
import { useI18n } from '../../i18n/use-i18n';
import { formatDate, PARAM, parseDate } from '../../lib/reports';
import { useReportParams } from '../../lib/reports-params';

const CollaborationQuery = graphql(`
  query ReportCollaboration($asOf: Date) {
    universityCollaboration(asOf: $asOf) {
      university {
        id
        name
      }
      municipality {
        id
        name
      }
      projects {
        id
        name
      }
    }
  }
`);

/** Which universities and colleges work with which municipalities, through which shared projects. */
export function CollaborationReport() {
  const { t, language, formatNumber } = useI18n();
  const { params, set, reset } = useReportParams();
  const date = parseDate(params.get(PARAM.date));
  const asOf = date.date;

  const [{ data, fetching, error, operation }] = useQuery({ query: CollaborationQuery, variables: { asOf } });
  const rows = data?.universityCollaboration;
  const shownAsOf = (operation?.variables as { asOf?: string | null } | undefined)?.asOf ?? null;
  const caption = `${t('reports.collaboration.caption')} – ${
    shownAsOf ? t('reports.captionAsOf', { date: formatDate(shownAsOf, language) }) : t('reports.captionAllPeriods')
  }`;
  const distinct = (ids: string[]) => formatNumber(new Set(ids).size);

  return (
    <ReportLayout title={t('reports.collaboration.title')} question={t('reports.collaboration.question')}>
      <ReportForm onReset={reset}>
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
        {rows && rows.length === 0 && <EmptyReport message={t('reports.collaboration.empty')} onReset={reset} />}
        {rows && rows.length > 0 && (
          <>
            <div className="report-toolbar">
              <p className="report-summary">
                {t('reports.collaboration.summary', {
                  pairs: formatNumber(rows.length),
                  universities: distinct(rows.map((row) => row.university.id)),
                  municipalities: distinct(rows.map((row) => row.municipality.id)),
                  projects: distinct(rows.flatMap((row) => row.projects.map((project) => project.id))),
                })}
              </p>
              <ExportButtons name="collaboration" params={{ [PARAM.date]: asOf }} />
            </div>
            <div className="report-scroll">
              <table className="data-table report-table">
                <caption>{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('reports.collaboration.university')}</th>
                    <th scope="col">{t('reports.collaboration.municipality')}</th>
                    <th scope="col">{t('reports.collaboration.projects')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={`${row.university.id}|${row.municipality.id}`}>
                      <th scope="row">
                        <EntityLink id={row.university.id} name={row.university.name} />
                      </th>
                      <td>
                        <EntityLink id={row.municipality.id} name={row.municipality.name} />
                      </td>
                      <td>
                        <EntityLinkList items={row.projects} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </ReportResult>
    </ReportLayout>
  );
}
