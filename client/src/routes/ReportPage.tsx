import type { ComponentType } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../i18n/use-i18n';
import { findReport, REPORTS_PATH, type ReportName } from '../lib/reports';
import { useDocumentTitle } from '../lib/use-document-title';
import { REPORT_TEXT } from './ReportsPage';
import { ChangesReport } from './reports/ChangesReport';
import { CollaborationReport } from './reports/CollaborationReport';
import { FundingReport } from './reports/FundingReport';
import { GrantsReport } from './reports/GrantsReport';
import { RoleCountsReport } from './reports/RoleCountsReport';
import '../reports.css';

// Each report is a page of its own (its query next to its view); this route only picks the one in the address.
const PAGES: Record<ReportName, ComponentType> = {
  funding: FundingReport,
  grants: GrantsReport,
  changes: ChangesReport,
  'role-counts': RoleCountsReport,
  collaboration: CollaborationReport,
};

/** /rapporter/:name — one report, its parameters in the query string. */
export function ReportPage() {
  const { t } = useI18n();
  const { name } = useParams();
  const report = findReport(name);
  useDocumentTitle(report ? t(REPORT_TEXT[report.name].title) : t('title.notFound'));
  if (!report) {
    return (
      <div className="report-page">
        <p role="alert">{t('reports.unknown', { name: name ?? '' })}</p>
        <p>
          <Link to={REPORTS_PATH}>{t('reports.backToList')}</Link>
        </p>
      </div>
    );
  }
  const Page = PAGES[report.name];
  // Keyed by report, so moving from one report to another starts with fresh state (paging, open lists).
  return <Page key={report.name} />;
}
