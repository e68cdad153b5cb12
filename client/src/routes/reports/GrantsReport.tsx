import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { EntityLink } from '../../components/EntityLink';
import { DraftSelect } from '../../components/reports/DraftSelect';
import { EmptyReport } from '../../components/reports/EmptyReport';
import { EntityLinkList } from '../../components/reports/EntityLinkList';
import { ExportButtons } from '../../components/reports/ExportButtons';
import { FundingChoices, useFundingChoices } from '../../components/reports/FundingChoices';
import { ReportForm } from '../../components/reports/ReportForm';
import { ReportLayout } from '../../components/reports/ReportLayout';
import { ReportResult } from '../../components/reports/ReportResult';
import { graphql } from '../../generated/gql';
import { useI18n } from '../../i18n/use-i18n';
import {
  findReport,
  formatKroner,
  GRANT_ORDERS,
  type GrantOrderName,
  PARAM,
  parseYear,
  pickOne,
  reportPath,
} from '../../lib/reports';
import { useReportParams } from '../../lib/reports-params';

const GrantsQuery = graphql(`
  query ReportGrants($filter: GrantFilter, $orderBy: GrantOrder, $first: Int) {
    grants(filter: $filter, orderBy: $orderBy, first: $first) {
      totalCount
      totalNok
      level
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          __typename
          id
          name
          ... on Grant {
            amountNok
            year
            funder {
              id
              name
            }
            recipients {
              id
              name
            }
            decidedIn {
              id
              name
            }
          }
        }
      }
    }
  }
`);

// Enough rows for most selections at once; "show more" asks for the next batch in the same query (a larger
// `first`), so the table grows in place and the totals row stays right.
const PAGE_SIZE = 50;

const FUNDING_REPORT = findReport('funding');

/** Every single grant in a selection, with the total of the whole selection (not only the rows shown). */
export function GrantsReport() {
  const { t, language, formatNumber } = useI18n();
  const { params, set, reset } = useReportParams();
  const year = parseYear(params.get(PARAM.year));
  const funder = params.get(PARAM.funder) || null;
  const recipient = params.get(PARAM.recipient) || null;
  const orderBy = pickOne<GrantOrderName>(params.get(PARAM.order), GRANT_ORDERS, 'AMOUNT_DESC');
  const choices = useFundingChoices();
  const orderId = useId();

  // How many rows to ask for, tied to the selection it was asked for: a new selection starts from one batch.
  const selection = params.toString();
  const [more, setMore] = useState({ selection, first: PAGE_SIZE });
  const first = more.selection === selection ? more.first : PAGE_SIZE;

  const variables = { filter: { funder, recipient, year }, orderBy, first };
  const [{ data, fetching, error, operation }] = useQuery({ query: GrantsQuery, variables });
  const grants = data?.grants;
  // The caption describes the table on screen, which answers the previous selection while the next one loads.
  const shown = ((operation?.variables as typeof variables | undefined) ?? variables).filter;

  const filters = [
    shown.funder && t('reports.filterFunder', { name: choices.nameOf(shown.funder) }),
    shown.recipient && t('reports.filterRecipient', { name: choices.nameOf(shown.recipient) }),
    shown.year && t('reports.filterYear', { year: shown.year }),
  ].filter(Boolean);
  const caption = [t('reports.grants.caption'), filters.join(', ')].filter(Boolean).join(' – ');

  const totalsParams = new URLSearchParams();
  if (funder) totalsParams.set(PARAM.funder, funder);
  if (recipient) totalsParams.set(PARAM.recipient, recipient);
  if (year) totalsParams.set(PARAM.year, String(year));

  return (
    <ReportLayout title={t('reports.grants.title')} question={t('reports.grants.question')}>
      <ReportForm onReset={reset}>
        <FundingChoices
          choices={choices}
          funder={funder}
          recipient={recipient}
          year={year}
          onFunder={(id) => set(PARAM.funder, id)}
          onRecipient={(id) => set(PARAM.recipient, id)}
          onYear={(value) => set(PARAM.year, value)}
        />
        <div className="report-field">
          <label htmlFor={orderId}>{t('reports.grants.order')}</label>
          <DraftSelect
            id={orderId}
            value={orderBy}
            onChange={(next) => set(PARAM.order, next === 'AMOUNT_DESC' ? null : next)}
          >
            {GRANT_ORDERS.map((order) => (
              <option key={order} value={order}>
                {t(`reports.grants.order.${order}`)}
              </option>
            ))}
          </DraftSelect>
        </div>
      </ReportForm>
      <ReportResult fetching={fetching} error={error} hasData={grants !== undefined}>
        {grants && grants.totalCount === 0 && <EmptyReport message={t('reports.grants.empty')} onReset={reset} />}
        {grants && grants.totalCount > 0 && (
          <>
            <div className="report-toolbar">
              <p className="report-summary">
                {t('reports.grants.shown', {
                  shown: formatNumber(grants.edges.length),
                  total: formatNumber(grants.totalCount),
                })}
              </p>
              <ExportButtons
                name="grants"
                params={{ [PARAM.funder]: funder, [PARAM.recipient]: recipient, [PARAM.year]: year }}
              />
            </div>
            <div className="report-scroll">
              <table className="data-table report-table">
                <caption>{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('reports.grants.grant')}</th>
                    <th scope="col" className="number">
                      {t('reports.amount')}
                    </th>
                    <th scope="col" className="number">
                      {t('reports.year')}
                    </th>
                    <th scope="col">{t('reports.funder')}</th>
                    <th scope="col">{t('reports.recipient')}</th>
                    <th scope="col">{t('reports.grants.decidedIn')}</th>
                  </tr>
                </thead>
                <tbody>
                  {grants.edges.map(({ node }) =>
                    node.__typename === 'Grant' ? (
                      <tr key={node.id}>
                        <th scope="row">
                          <EntityLink id={node.id} name={node.name} />
                        </th>
                        <td className="number">
                          {node.amountNok == null ? (
                            <span className="report-muted">{t('reports.grants.noAmount')}</span>
                          ) : (
                            formatKroner(node.amountNok, language)
                          )}
                        </td>
                        <td className="number">{node.year ?? '–'}</td>
                        <td>{node.funder ? <EntityLink id={node.funder.id} name={node.funder.name} /> : '–'}</td>
                        <td>
                          <EntityLinkList items={node.recipients} />
                        </td>
                        <td>
                          <EntityLinkList items={node.decidedIn} />
                        </td>
                      </tr>
                    ) : null,
                  )}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t('reports.grants.total', { count: formatNumber(grants.totalCount) })}</th>
                    <td className="number">{formatKroner(grants.totalNok, language)}</td>
                    <td colSpan={4} />
                  </tr>
                </tfoot>
              </table>
            </div>
            <p className="hint">{t(`grants.level.${grants.level}`)}</p>
            {grants.pageInfo.hasNextPage && (
              <p>
                <button
                  type="button"
                  onClick={() => setMore({ selection, first: first + PAGE_SIZE })}
                  disabled={fetching}
                >
                  {t('reports.grants.more')}
                </button>
              </p>
            )}
            {FUNDING_REPORT && (
              <p>
                <Link to={reportPath(FUNDING_REPORT, totalsParams)}>{t('reports.grants.seeTotals')}</Link>
              </p>
            )}
          </>
        )}
      </ReportResult>
    </ReportLayout>
  );
}
