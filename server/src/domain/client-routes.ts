// The web client's page addresses, in one place: the client's router is built from them (client/src/App.tsx) and
// the server answers a navigation to any other address with the client's not-found page and a 404 status
// (server/src/app.ts), so that a mistyped or stale link is a 404 to a crawler, a link checker or a proxy too.

export const CLIENT_ROUTES = {
  home: '/',
  search: '/search',
  entity: '/entity/:id',
  entityHistory: '/entity/:id/historikk',
  review: '/gjennomgang',
  newPerson: '/ny-person',
  newEntity: '/ny-enhet',
  upload: '/last-opp',
  proposals: '/dokumenter/:id/forslag',
  representation: '/representasjon',
  network: '/nettverk',
  networkAround: '/nettverk/:id',
  connection: '/forbindelse',
  reports: '/rapporter',
  report: '/rapporter/:name',
  signIn: '/logg-inn',
  myTokens: '/mine-tokens',
  admin: '/admin',
} as const;

export type ClientRouteName = keyof typeof CLIENT_ROUTES;

/**
 * The named reports with a page of their own (/rapporter/<slug>), in the order the Reports page lists them (the
 * most asked-for first): `name` as the server's exports know it (/export/report/<name>.csv), `slug` the page's
 * address in Norwegian like the other routes. The client's report pages and the server's 404 read this one list.
 */
export const REPORT_PAGES = [
  { name: 'funding', slug: 'finansiering' },
  { name: 'grants', slug: 'tilskudd' },
  { name: 'changes', slug: 'endringer' },
  { name: 'role-counts', slug: 'verv' },
  { name: 'collaboration', slug: 'samarbeid' },
] as const;

export type ReportPage = (typeof REPORT_PAGES)[number];
export type ReportPageName = ReportPage['name'];

/** The report at /rapporter/<slug>; the export name works too (/rapporter/funding), so either can be shared. */
export function findReportPage(slugOrName: string | undefined): ReportPage | undefined {
  return REPORT_PAGES.find((report) => report.slug === slugOrName || report.name === slugOrName);
}

/** A client address matched: which page, and its parameters (decoded). */
export interface ClientRouteMatch {
  route: ClientRouteName;
  params: Record<string, string>;
}

/**
 * The page a path leads to, as the client's router matches it (literal segments case-insensitive, one trailing
 * slash allowed, a parameter one non-empty segment); null when no page has that address.
 */
export function matchClientRoute(path: string): ClientRouteMatch | null {
  const trimmed = path.length > 1 ? path.replace(/\/$/, '') : path;
  const segments = trimmed.split('/').slice(1);
  for (const [route, pattern] of Object.entries(CLIENT_ROUTES) as [ClientRouteName, string][]) {
    const parts = pattern.split('/').slice(1);
    if (parts.length !== segments.length) continue;
    const params: Record<string, string> = {};
    let matches = true;
    for (const [index, part] of parts.entries()) {
      const segment = segments[index] ?? '';
      if (part.startsWith(':')) {
        if (segment === '') {
          matches = false;
          break;
        }
        params[part.slice(1)] = safeDecode(segment);
      } else if (part.toLowerCase() !== segment.toLowerCase()) {
        matches = false;
        break;
      }
    }
    // A report's address names one of the reports (the client shows its not-found page for any other).
    if (matches && route === 'report' && !findReportPage(params.name)) continue;
    if (matches) return { route, params };
  }
  return null;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
