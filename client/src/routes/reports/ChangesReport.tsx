import { useQuery } from 'urql';
import { EntityLink } from '../../components/EntityLink';
import { DateField } from '../../components/reports/DateField';
import { EmptyReport } from '../../components/reports/EmptyReport';
import { EntityChooser, useEntityName } from '../../components/reports/EntityChooser';
import { ExportButtons } from '../../components/reports/ExportButtons';
import { MunicipalitySelect, useMunicipalities } from '../../components/reports/MunicipalitySelect';
import { ReportForm } from '../../components/reports/ReportForm';
import { ReportLayout } from '../../components/reports/ReportLayout';
import { ReportResult } from '../../components/reports/ReportResult';
import { RoleTitles } from '../../components/reports/RoleTitles';
import { graphql } from '../../generated/gql';
import type { ChangeKind } from '../../generated/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { DEFAULT_CHANGES_FROM, DEFAULT_CHANGES_TO, formatDate, PARAM, parseDate } from '../../lib/reports';
import { useReportParams } from '../../lib/reports-params';

const ChangesQuery = graphql(`
  query ReportChanges($from: Date!, $to: Date!, $municipality: ID, $body: ID) {
    changes(from: $from, to: $to, municipality: $municipality, body: $body) {
      from
      to
      changes {
        kind
        person {
          id
          name
        }
        place {
          id
          name
        }
        onBehalfOf {
          id
          name
        }
        before {
          id
          title
          validFrom
          validTo
        }
        after {
          id
          title
          validFrom
          validTo
        }
      }
    }
  }
`);

// Who came first, then who left, then new titles: the order an annual report tells them in.
const KIND_ORDER: ChangeKind[] = ['CAME', 'LEFT', 'CHANGED'];

/** Who came, who left and who changed title between two dates: the "changes in the council" paragraph. */
export function ChangesReport() {
  const { t, language, formatNumber } = useI18n();
  const { params, set, reset } = useReportParams();
  const fromParam = parseDate(params.get(PARAM.from));
  const toParam = parseDate(params.get(PARAM.to));
  const from = fromParam.date ?? DEFAULT_CHANGES_FROM;
  const to = toParam.date ?? DEFAULT_CHANGES_TO;
  const municipality = params.get(PARAM.municipality) || null;
  const body = params.get(PARAM.body) || null;
  const municipalities = useMunicipalities();
  // Checked here so the user gets a plain sentence instead of the API's error.
  const ordered = from < to;

  const variables = { from, to, municipality, body };
  const [{ data, fetching, error, operation }] = useQuery({ query: ChangesQuery, variables, pause: !ordered });
  // The caption describes the table on screen, which answers the previous selection while the next one loads.
  const shown = (operation?.variables as typeof variables | undefined) ?? variables;
  const shownBodyName = useEntityName(shown.body);
  const report = ordered ? data?.changes : undefined;
  const changes = report
    ? [...report.changes].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
    : [];
  const count = (kind: ChangeKind) => formatNumber(changes.filter((change) => change.kind === kind).length);

  const shownFrom = formatDate(report?.from ?? from, language);
  const shownTo = formatDate(report?.to ?? to, language);
  const caption = [
    t('reports.changes.caption', { from: shownFrom, to: shownTo }),
    [
      shown.municipality && t('reports.filterIn', { name: municipalities.nameOf(shown.municipality) }),
      shown.body && t('reports.filterIn', { name: shownBodyName ?? shown.body }),
    ]
      .filter(Boolean)
      .join(', '),
  ]
    .filter(Boolean)
    .join(' – ');

  const badDates = [fromParam.invalid, toParam.invalid].filter((value): value is string => value !== null);
  return (
    <ReportLayout title={t('reports.changes.title')} question={t('reports.changes.question')}>
      <ReportForm onReset={reset}>
        <DateField
          label={t('reports.from')}
          value={from}
          invalid={!ordered}
          onChange={(value) => set(PARAM.from, value === DEFAULT_CHANGES_FROM ? null : value)}
        />
        <DateField
          label={t('reports.to')}
          value={to}
          invalid={!ordered}
          onChange={(value) => set(PARAM.to, value === DEFAULT_CHANGES_TO ? null : value)}
        />
        <MunicipalitySelect
          choices={municipalities}
          value={municipality}
          onChange={(id) => set(PARAM.municipality, id)}
        />
        <EntityChooser
          label={t('reports.body')}
          hint={t('reports.bodyHint')}
          kinds={['ORGANIZATION', 'PROJECT']}
          value={body}
          onChange={(id) => set(PARAM.body, id)}
        />
      </ReportForm>
      {badDates.map((value) => (
        <p key={value} role="alert" className="error">
          {t('reports.badDate', { value })}
        </p>
      ))}
      {!ordered && (
        <p role="alert" className="error">
          {t('reports.datesOrder')}
        </p>
      )}
      <ReportResult fetching={fetching} error={error} hasData={report !== undefined}>
        {report && changes.length === 0 && (
          <EmptyReport message={t('reports.changes.empty', { from: shownFrom, to: shownTo })} onReset={reset} />
        )}
        {report && changes.length > 0 && (
          <>
            <div className="report-toolbar">
              <p className="report-summary">
                {t('reports.changes.summary', { came: count('CAME'), left: count('LEFT'), changed: count('CHANGED') })}
              </p>
              <ExportButtons
                name="changes"
                params={{
                  [PARAM.from]: from,
                  [PARAM.to]: to,
                  [PARAM.municipality]: municipality,
                  [PARAM.body]: body,
                }}
              />
            </div>
            <div className="report-scroll">
              <table className="data-table report-table">
                <caption>{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('reports.changes.kind')}</th>
                    <th scope="col">{t('reports.changes.person')}</th>
                    <th scope="col">{t('reports.changes.place')}</th>
                    <th scope="col">{t('reports.changes.onBehalfOf')}</th>
                    <th scope="col">{t('reports.changes.before')}</th>
                    <th scope="col">{t('reports.changes.after')}</th>
                  </tr>
                </thead>
                <tbody>
                  {changes.map((change) => (
                    <tr
                      key={`${change.kind}|${change.person.id}|${change.place?.id ?? ''}|${change.onBehalfOf?.id ?? ''}`}
                    >
                      <td>
                        <span className={`report-change report-change-${change.kind.toLowerCase()}`}>
                          {t(`reports.changes.${change.kind}`)}
                        </span>
                      </td>
                      <th scope="row">
                        <EntityLink id={change.person.id} name={change.person.name} />
                      </th>
                      <td>{change.place ? <EntityLink id={change.place.id} name={change.place.name} /> : '–'}</td>
                      <td>
                        {change.onBehalfOf && change.onBehalfOf.id !== change.place?.id ? (
                          <EntityLink id={change.onBehalfOf.id} name={change.onBehalfOf.name} />
                        ) : (
                          '–'
                        )}
                      </td>
                      <td>
                        <RoleTitles roles={change.before} />
                      </td>
                      <td>
                        <RoleTitles roles={change.after} />
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
