import { Link } from 'react-router';
import { useQuery } from 'urql';
import { FundingChart } from '../../components/charts/FundingChart';
import { GrantIcicle } from '../../components/charts/GrantIcicle';
import { EntityLink } from '../../components/EntityLink';
import { AddGrantForm } from '../../components/edits/AddGrantForm';
import { ProposeChange } from '../../components/edits/ProposeChange';
import { ChoiceGroup } from '../../components/reports/ChoiceGroup';
import { EmptyReport } from '../../components/reports/EmptyReport';
import { ExportButtons } from '../../components/reports/ExportButtons';
import { FundingChoices, useFundingChoices } from '../../components/reports/FundingChoices';
import { GrantTreeList } from '../../components/reports/GrantTreeList';
import { ReportForm } from '../../components/reports/ReportForm';
import { ReportLayout } from '../../components/reports/ReportLayout';
import { ReportResult } from '../../components/reports/ReportResult';
import { graphql } from '../../generated/gql';
import { useI18n } from '../../i18n/use-i18n';
import { countedGrants } from '../../lib/domain';
import {
  FUNDING_GROUPS,
  FUNDING_LEVELS,
  type FundingGroupName,
  type FundingLevelName,
  findReport,
  formatKroner,
  PARAM,
  parseYear,
  pickOne,
  reportPath,
} from '../../lib/reports';
import { useReportParams } from '../../lib/reports-params';

const FundingQuery = graphql(`
  query ReportFunding($groupBy: FundingGroup!, $year: Int, $funder: ID, $recipient: ID, $level: FundingLevel) {
    fundingTotals(groupBy: $groupBy, year: $year, funder: $funder, recipient: $recipient, level: $level) {
      groupBy
      level
      totalNok
      grants
      countedGrants
      grantsWithoutAmount
      exceededByParts {
        id
        name
        ... on Grant {
          amountNok
          partsTotalNok
          partsNote
        }
      }
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
    tree: grants(filter: { year: $year, funder: $funder, recipient: $recipient }, first: 500, orderBy: AMOUNT_DESC) {
      edges {
        node {
          id
          name
          ... on Grant {
            amountNok
            partOf {
              id
            }
          }
        }
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
  const chosenLevel = params.get(PARAM.level);
  const level = FUNDING_LEVELS.find((value) => value === chosenLevel) ?? null;
  const choices = useFundingChoices();

  const variables = { groupBy, year, funder, recipient, level };
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

  const kroner = (value: number | null | undefined) =>
    value == null ? t('money.notStated') : formatKroner(value, language);
  const rowSum = report?.rows.reduce((sum, row) => sum + (row.totalNok ?? 0), 0) ?? 0;
  // A grant with several funders or recipients is a row under each: the rows then add up to more than the total.
  const overlapping =
    rowSum !== (report?.totalNok ?? 0) || report?.rows.reduce((n, row) => n + row.grants, 0) !== report?.countedGrants;
  // The tree of the selected grants, marking the ones the total adds (the same rule as the server's).
  const tree = (data?.tree.edges ?? []).map(({ node }) => ({
    id: node.id,
    name: node.name,
    amountNok: 'amountNok' in node ? (node.amountNok ?? null) : null,
    parentId: 'partOf' in node ? (node.partOf?.id ?? null) : null,
  }));
  const counted = new Set(
    report ? countedGrants(tree, new Set(tree.map((grant) => grant.id)), report.level).map((grant) => grant.id) : [],
  );

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
        <ChoiceGroup<FundingLevelName | 'DEFAULT'>
          legend={t('money.levelLegend')}
          options={[
            { value: 'DEFAULT', label: t('reports.funding.levelDefault') },
            ...FUNDING_LEVELS.map((value) => ({ value, label: t(`money.levelOption.${value}`) })),
          ]}
          value={level ?? 'DEFAULT'}
          onChange={(value) => set(PARAM.level, value === 'DEFAULT' ? null : value)}
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
      <ProposeChange label={t('grantForm.propose')}>
        <AddGrantForm />
      </ProposeChange>
      <ReportResult fetching={fetching} error={error} hasData={report !== undefined}>
        {report && report.rows.length === 0 && <EmptyReport message={t('reports.funding.empty')} onReset={reset} />}
        {report && report.rows.length > 0 && (
          <>
            <div className="report-toolbar">
              <p className="report-summary">
                {t('money.summary', {
                  grants: formatNumber(report.grants),
                  counted: formatNumber(report.countedGrants),
                  amount: kroner(report.totalNok),
                })}{' '}
                {t(`money.level.${report.level}`)}
              </p>
              <ExportButtons
                name="funding"
                params={{
                  [PARAM.grouping]: groupBy,
                  [PARAM.year]: year,
                  [PARAM.funder]: funder,
                  [PARAM.recipient]: recipient,
                  [PARAM.level]: level,
                }}
              />
            </div>
            <FundingChart
              group={t(`reports.funding.group.${shownGroup}`)}
              bars={report.rows.map((row, index) => ({
                key: row.entity?.id ?? String(row.year ?? `none-${index}`),
                name: row.entity?.name ?? (row.year ? String(row.year) : t(`reports.funding.none.${shownGroup}`)),
                totalNok: row.totalNok ?? null,
              }))}
            />
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
                        <td className="number">{kroner(row.totalNok)}</td>
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
                    <td className="number">{kroner(report.totalNok)}</td>
                    <td className="number">{formatNumber(report.countedGrants)}</td>
                    <td className="number">{formatNumber(report.grantsWithoutAmount)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
            {overlapping && <p className="hint">{t('money.rowsOverlap')}</p>}
            {report.grantsWithoutAmount > 0 && (
              <p className="hint">{t('money.withoutAmount', { count: report.grantsWithoutAmount })}</p>
            )}
            {report.exceededByParts.map((grant) =>
              'partsTotalNok' in grant ? (
                <p className="hint" key={grant.id}>
                  {t('money.exceeded', {
                    name: grant.name,
                    amount: kroner(grant.amountNok),
                    parts: kroner(grant.partsTotalNok),
                    difference: kroner((grant.partsTotalNok ?? 0) - (grant.amountNok ?? 0)),
                    note: grant.partsNote ?? t('money.notStated'),
                  })}
                </p>
              ) : null,
            )}
            {tree.length > 0 && (
              <section aria-labelledby="funding-tree">
                <h2 id="funding-tree">{t('money.treeHeading')}</h2>
                <p className="hint">{t('money.treeIntro')}</p>
                <GrantIcicle grants={tree} />
                <GrantTreeList grants={tree} counted={counted} />
              </section>
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
