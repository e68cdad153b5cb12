import { Link } from 'react-router';
import { useI18n } from '../i18n/use-i18n';
import { GRAPH_EXPORTS, REPORTS, reportPath } from '../lib/reports';
import '../reports.css';

// The i18n keys of each report's title and question, by report name.
export const REPORT_TEXT = {
  funding: { title: 'reports.funding.title', question: 'reports.funding.question' },
  grants: { title: 'reports.grants.title', question: 'reports.grants.question' },
  changes: { title: 'reports.changes.title', question: 'reports.changes.question' },
  'role-counts': { title: 'reports.roleCounts.title', question: 'reports.roleCounts.question' },
  collaboration: { title: 'reports.collaboration.title', question: 'reports.collaboration.question' },
} as const;

/** /rapporter — every named report with the question it answers, and the downloads of the whole graph. */
export function ReportsPage() {
  const { t } = useI18n();
  return (
    <article className="report-page reports-list-page">
      <h1>{t('reports.title')}</h1>
      <p className="lead">{t('reports.intro')}</p>
      <section aria-labelledby="reports-list-heading">
        <h2 id="reports-list-heading">{t('reports.listHeading')}</h2>
        <ul className="report-cards">
          {REPORTS.map((report) => (
            <li key={report.name} className="report-card">
              <h3>
                <Link to={reportPath(report)}>{t(REPORT_TEXT[report.name].title)}</Link>
              </h3>
              <p>{t(REPORT_TEXT[report.name].question)}</p>
            </li>
          ))}
          <li className="report-card">
            <h3>
              <Link to="/representasjon">{t('nav.representation')}</Link>
            </h3>
            <p>{t('reports.representation.question')}</p>
          </li>
        </ul>
      </section>
      <section aria-labelledby="reports-graph-heading">
        <h2 id="reports-graph-heading">{t('reports.graphHeading')}</h2>
        <p>{t('reports.graphIntro')}</p>
        <ul className="report-downloads">
          {GRAPH_EXPORTS.map((file) => (
            <li key={file.key}>
              <a href={file.href} download>
                {t(`reports.${file.key}`)}
              </a>
              <span className="hint"> – {t(`reports.${file.key}Hint`)}</span>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
