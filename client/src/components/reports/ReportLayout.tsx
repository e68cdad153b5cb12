import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/use-i18n';
import { REPORTS_PATH } from '../../lib/reports';

/** The frame of one report: where it sits (a breadcrumb back to the list), its title and the question it answers. */
export function ReportLayout({ title, question, children }: { title: string; question: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <article className="report-page">
      <nav aria-label={t('reports.breadcrumb')} className="report-breadcrumb">
        <ol>
          <li>
            <Link to={REPORTS_PATH}>{t('reports.title')}</Link>
          </li>
          <li aria-current="page">{title}</li>
        </ol>
      </nav>
      <h1>{title}</h1>
      <p className="lead">{question}</p>
      {children}
    </article>
  );
}
