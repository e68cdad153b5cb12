import { describe, expect, it } from 'vitest';
import { matchClientRoute } from './client-routes.js';

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
});
