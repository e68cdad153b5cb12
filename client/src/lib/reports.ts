// The named reports of the Reports page: their addresses, their URL parameters, the download links of the
// server's exports, and how amounts are written. Pure functions (no React, no DOM), shared by every report page.
import type { FundingGroup, FundingLevel, GrantOrder, RoleCountGroup } from '../generated/graphql';
import type { Language } from '../i18n/I18nProvider';
import { findReportPage, isIsoDate, REPORT_PAGES, type ReportPage, type ReportPageName } from './domain';

/** The name of a report as the server's exports know it (/export/report/<name>.csv). */
export type ReportName = ReportPageName;

/** A report with a page of its own: its export name and the last part of its address (/rapporter/finansiering). */
export type ReportInfo = ReportPage;

/** Every report with a page of its own, in the order the list shows them (server/src/domain/client-routes.ts). */
export const REPORTS: readonly ReportInfo[] = REPORT_PAGES;

/** The report at /rapporter/<slug>; the export name works too (/rapporter/funding), so either can be shared. */
export const findReport = findReportPage;

export const REPORTS_PATH = '/rapporter';

export function reportPath(report: ReportInfo, params?: URLSearchParams): string {
  const query = params?.toString() ?? '';
  return `${REPORTS_PATH}/${report.slug}${query ? `?${query}` : ''}`;
}

/** URL parameters: the same names the server's downloads take, so the page's query string is the export's. */
export const PARAM = {
  grouping: 'gruppering',
  year: 'aar',
  funder: 'giver',
  recipient: 'mottaker',
  date: 'dato',
  from: 'fra',
  to: 'til',
  municipality: 'kommune',
  body: 'organ',
  /** The funding report's counting level (TOP or DETAILED); absent: the API's default for the grouping. */
  level: 'nivaa',
  /** Page only: the grants list's sort order (the download keeps the API's default, largest first). */
  order: 'rekkefolge',
} as const;

// The schema's enums (generated) in the order the pages offer them; tests/unit/reports.test.ts checks that each
// list holds every value of its enum.
export const FUNDING_GROUPS = ['FUNDER', 'RECIPIENT', 'PROJECT', 'YEAR'] as const satisfies readonly FundingGroup[];
export const FUNDING_LEVELS = ['TOP', 'DETAILED'] as const satisfies readonly FundingLevel[];
export type FundingLevelName = (typeof FUNDING_LEVELS)[number];
export type FundingGroupName = FundingGroup;

export const ROLE_COUNT_GROUPS = ['BODY', 'MUNICIPALITY'] as const satisfies readonly RoleCountGroup[];
export type RoleCountGroupName = RoleCountGroup;

export const GRANT_ORDERS = ['AMOUNT_DESC', 'YEAR_DESC', 'NAME'] as const satisfies readonly GrantOrder[];
export type GrantOrderName = GrantOrder;

/**
 * The span the changes report shows before the user picks one: from the first meeting of the municipal
 * directors' council on record (5 November 2021) to mid-2022, after the new municipal leadership took office.
 */
export const DEFAULT_CHANGES_FROM = '2021-11-05';
export const DEFAULT_CHANGES_TO = '2022-06-30';

/** One of `allowed` (case ignored, as the server does), or the fallback. */
export function pickOne<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  const upper = value?.toUpperCase();
  return allowed.find((candidate) => candidate === upper) ?? fallback;
}

/** A four-digit year, or null. */
export function parseYear(value: string | null): number | null {
  return value && /^\d{4}$/.test(value) ? Number(value) : null;
}

/** A parameter that must be a date: the date, or null with `invalid` set when the text is not one. */
export function parseDate(value: string | null): { date: string | null; invalid: string | null } {
  if (value === null || value === '') return { date: null, invalid: null };
  return isIsoDate(value) ? { date: value, invalid: null } : { date: null, invalid: value };
}

/** The query string with `name` set to `value`, or removed when the value is empty. */
export function withParam(params: URLSearchParams, name: string, value: string | null): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value === null || value === '') next.delete(name);
  else next.set(name, value);
  return next;
}

export type ExportFormat = 'csv' | 'json';
export type Separator = ';' | ',';

/**
 * The server's download of a report: the same rows the page shows, with column names in `language`. Empty
 * parameters are left out (the server reads a missing one as "all").
 */
export function reportExportUrl(
  name: ReportName | 'representation',
  format: ExportFormat,
  params: Record<string, string | number | null | undefined>,
  options: { separator: Separator; language: Language },
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') query.set(key, String(value));
  }
  if (format === 'csv') query.set('sep', options.separator);
  query.set('lang', options.language);
  return `/export/report/${name}.${format}?${query.toString()}`;
}

/** The whole graph, for other tools. */
export const GRAPH_EXPORTS = [
  { key: 'graphJson', href: '/export/graph.json' },
  { key: 'graphml', href: '/export/graph.graphml' },
  { key: 'popolo', href: '/export/popolo.json' },
] as const;

// A narrow no-break space: a thin gap between thousands that never breaks across lines (SI / Språkrådet style).
const THIN = '\u202F';
// A no-break space keeps "kr" on the amount's line.
const NBSP = '\u00A0';

/** Digits in groups of three with a thin space: exact for any safe integer (no floating-point formatting). */
export function groupDigits(value: number): string {
  const whole = Math.trunc(value);
  const digits = String(Math.abs(whole)).replace(/\B(?=(\d{3})+(?!\d))/g, THIN);
  return whole < 0 ? `−${digits}` : digits;
}

/** An amount in whole kroner: "11 170 000 kr" in Norwegian, "NOK 11 170 000" in English. */
export function formatKroner(value: number, language: Language): string {
  const digits = groupDigits(value);
  return language === 'nb' ? `${digits}${NBSP}kr` : `NOK${NBSP}${digits}`;
}

/** A date as people write it: "5. november 2021" / "5 November 2021" (lib/dates.ts, the one formatter). */
export { formatDate } from './dates';
