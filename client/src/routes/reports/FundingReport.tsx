import { Link } from 'react-router';
import { useQuery } from 'urql';
import { EntityLink } from '../../components/EntityLink';
import { ChoiceGroup } from '../../components/reports/ChoiceGroup';
import { EmptyReport } from '../../components/reports/EmptyReport';
import { ExportButtons } from '../../components/reports/ExportButtons';
import { FundingChoices, useFundingChoices } from '../../components/reports/FundingChoices';
import { ReportForm } from '../../components/reports/ReportForm';
import { ReportLayout } from '../../components/reports/ReportLayout';
import { ReportResult } from '../../components/reports/ReportResult';
import { graphql } from '../../generated/gql';
import { useI18n } from '../../i18n/use-i18n';
import {
  FUNDING_GROUPS,
  type FundingGroupName,
  findReport,
  formatKroner,
  PARAM,
  parseYear,
  pickOne,
  reportPath,
} from '../../lib/reports';
import { useReportParams } from '../../lib/reports-params';

const FundingQuery = graphql(`
  query ReportFunding($groupBy: FundingGroup!, $year: Int, $funder: ID, $recipient: ID) {
    fundingTotals(groupBy: $groupBy, year: $year, funder: $funder, recipient: $recipient) {
      groupBy
      totalNok
      grants
      rows {
        entity {
          id
          name
        }
        year
        totalNok
        grants
        grantsWithoutAmount
      }
    }
  }
`);

const GRANTS_REPORT = findReport('grants');

/** Funding totals by funder, recipient, project or year: the money table of the annual report. */
export function FundingReport() {
  const { t, language, formatNumber } = useI18n();
  const { params, set, reset } = useReportParams();
  const groupBy = pickOne<FundingGroupName>(params.get(PARAM.grouping), FUNDING_GROUPS, 'FUNDER');
  const year = parseYear(params.get(PARAM.year));
  const funder = params.get(PARAM.funder) || null;
  const recipient = params.get(PARAM.recipient) || null;
  const choices = useFundingChoices();

  const variables = { groupBy, year, funder, recipient };
  const [{ data, fetching, error, operation }] = useQuery({ query: FundingQuery, variables });
  const report = data?.fundingTotals;
  // The table on screen answers the previous selection while the next one loads: its caption and links follow
  // the table, not the form.
  const shown = (operation?.variables as typeof variables | undefined) ?? variables;
  const shownGroup = shown.groupBy;

  const filters = [
    shown.funder && t('reports.filterFunder', { name: choices.nameOf(shown.funder) }),
    shown.recipient && t('reports.filterRecipient', { name: choices.nameOf(shown.recipient) }),
    shown.year && t('reports.filterYear', { year: shown.year }),
  ].filter(Boolean);
  const caption = [t(`reports.funding.caption.${shownGroup}`), filters.join(', ')].filter(Boolean).join(' – ');

  const rowSum = report?.rows.reduce((sum, row) => sum + row.totalNok, 0) ?? 0;
  const withoutAmount = report?.rows.reduce((sum, row) => sum + row.grantsWithoutAmount, 0) ?? 0;
  // Grouped by recipient, a grant with two recipients is a row under each: the rows then add up to more than the
  // total, and its "without amount" would be counted twice, so that column gets no sum.
  const overlapping =
    rowSum !== (report?.totalNok ?? 0) || report?.rows.reduce((n, row) => n + row.grants, 0) !== report?.grants;

  /** The list of grants behind one row: the same filters plus the row's own. */
  const grantsLink = (row: { entity?: { id: string } | null; year?: number | null }) => {
    if (!GRANTS_REPORT) return null;
    const next = new URLSearchParams();
    const rowFunder = shownGroup === 'FUNDER' ? row.entity?.id : shown.funder;
    const rowRecipient = shownGroup === 'RECIPIENT' || shownGroup === 'PROJECT' ? row.entity?.id : shown.recipient;
    const rowYear = shownGroup === 'YEAR' ? row.year : shown.year;
    // A row of "not stated" cannot be filtered on: no link rather than a link to the wrong grants.
    if ((shownGroup === 'YEAR' ? row.year : row.entity) == null) return null;
    if (rowFunder) next.set(PARAM.funder, rowFunder);
    if (rowRecipient) next.set(PARAM.recipient, rowRecipient);
    if (rowYear) next.set(PARAM.year, String(rowYear));
    return reportPath(GRANTS_REPORT, next);
  };
  const allGrantsParams = new URLSearchParams();
  if (funder) allGrantsParams.set(PARAM.funder, funder);
  if (recipient) allGrantsParams.set(PARAM.recipient, recipient);
  if (year) allGrantsParams.set(PARAM.year, String(year));

  return (
    <ReportLayout title={t('reports.funding.title')} question={t('reports.funding.question')}>
      <ReportForm onReset={reset}>
        <ChoiceGroup
          legend={t('reports.groupBy')}
          options={FUNDING_GROUPS.map((value) => ({ value, label: t(`reports.funding.group.${value}`) }))}
          value={groupBy}
          onChange={(value) => set(PARAM.grouping, value === 'FUNDER' ? null : value)}
        />
        <FundingChoices
          choices={choices}
          funder={funder}
          recipient={recipient}
          year={year}
          onFunder={(id) => set(PARAM.funder, id)}
          onRecipient={(id) => set(PARAM.recipient, id)}
          onYear={(value) => set(PARAM.year, value)}
        />
      </ReportForm>
      <ReportResult fetching={fetching} error={error} hasData={report !== undefined}>
        {report && report.rows.length === 0 && <EmptyReport message={t('reports.funding.empty')} onReset={reset} />}
        {report && report.rows.length > 0 && (
          <>
            <div className="report-toolbar">
              <p className="report-summary">
                {t('reports.funding.summary', {
                  grants: formatNumber(report.grants),
                  amount: formatKroner(report.totalNok, language),
                })}
              </p>
              <ExportButtons
                name="funding"
                params={{
                  [PARAM.grouping]: groupBy,
                  [PARAM.year]: year,
                  [PARAM.funder]: funder,
                  [PARAM.recipient]: recipient,
                }}
              />
            </div>
            <div className="report-scroll">
              <table className="data-table report-table">
                <caption>{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t(`reports.funding.group.${shownGroup}`)}</th>
                    <th scope="col" className="number">
                      {t('reports.amount')}
                    </th>
                    <th scope="col" className="number">
                      {t('reports.grantCount')}
                    </th>
                    <th scope="col" className="number">
                      {t('reports.withoutAmount')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {report.rows.map((row, index) => {
                    const name =
                      row.entity?.name ?? (row.year ? String(row.year) : t(`reports.funding.none.${shownGroup}`));
                    const link = grantsLink(row);
                    return (
                      <tr key={row.entity?.id ?? row.year ?? `none-${index}`}>
                        <th scope="row">
                          {row.entity ? (
                            <EntityLink id={row.entity.id} name={row.entity.name} />
                          ) : (
                            <span className={row.year ? undefined : 'report-muted'}>{name}</span>
                          )}
                        </th>
                        <td className="number">{formatKroner(row.totalNok, language)}</td>
                        <td className="number">
                          {link ? (
                            <Link to={link} aria-label={t('reports.funding.grantsLink', { count: row.grants, name })}>
                              {formatNumber(row.grants)}
                            </Link>
                          ) : (
                            formatNumber(row.grants)
                          )}
                        </td>
                        <td className="number">
                          {row.grantsWithoutAmount > 0 ? formatNumber(row.grantsWithoutAmount) : '–'}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t('reports.total')}</th>
                    <td className="number">{formatKroner(report.totalNok, language)}</td>
                    <td className="number">{formatNumber(report.grants)}</td>
                    <td className="number">{overlapping ? '' : formatNumber(withoutAmount)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
            {overlapping && <p className="hint">{t('reports.funding.overlapNote')}</p>}
            {!overlapping && withoutAmount > 0 && (
              <p className="hint">{t('reports.funding.withoutNote', { count: withoutAmount })}</p>
            )}
            {GRANTS_REPORT && (
              <p>
                <Link to={reportPath(GRANTS_REPORT, allGrantsParams)}>{t('reports.funding.seeGrants')}</Link>
              </p>
            )}
          </>
        )}
      </ReportResult>
    </ReportLayout>
  );
}
