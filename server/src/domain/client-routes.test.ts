import { describe, expect, it } from 'vitest';
import { findReportPage, matchClientRoute, REPORT_PAGES } from './client-routes.js';

describe('the client page an address leads to', () => {
  it("finds an entity's page and its history with the id decoded", () => {
    expect(matchClientRoute('/entity/municipality:fr%C3%B8ya')).toEqual({
      route: 'entity',
      params: { id: 'municipality:frøya' },
    });
    expect(matchClientRoute('/entity/person:x/historikk')?.route).toBe('entityHistory');
  });

  it('matches as the router does: literal segments in any case, one trailing slash', () => {
    expect(matchClientRoute('/Representasjon/')?.route).toBe('representation');
    expect(matchClientRoute('/')?.route).toBe('home');
  });

  it('finds no page for an address the router has none for', () => {
    expect(matchClientRoute('/kommuner/froya')).toBeNull();
    expect(matchClientRoute('/entity/')).toBeNull();
    expect(matchClientRoute('/entity/a/b/c')).toBeNull();
    expect(matchClientRoute('/rapporterx')).toBeNull();
  });

  it('finds a report page only for a report that exists, by its address or its export name', () => {
    expect(matchClientRoute('/rapporter/finansiering')).toEqual({ route: 'report', params: { name: 'finansiering' } });
    expect(matchClientRoute('/rapporter/funding')?.route).toBe('report');
    expect(matchClientRoute('/rapporter/')?.route).toBe('reports');
    expect(matchClientRoute('/rapporter/finnes-ikke')).toBeNull();
    expect(matchClientRoute('/rapporter/%66inansiering')?.params.name).toBe('finansiering');
  });

  it('knows every report by its slug and its export name, each once', () => {
    for (const report of REPORT_PAGES) {
      expect(findReportPage(report.slug)).toBe(report);
      expect(findReportPage(report.name)).toBe(report);
      expect(matchClientRoute(`/rapporter/${report.slug}`)?.route).toBe('report');
    }
    const words = REPORT_PAGES.flatMap((report) => [report.slug, report.name]);
    expect(new Set(words).size).toBe(words.length);
    expect(findReportPage(undefined)).toBeUndefined();
  });
});
