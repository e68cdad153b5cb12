import { describe, expect, it } from 'vitest';
import { greatestRole, lesserRole, parseRoleMap, roleAllows, roleFromClaim, usernameKey } from './access.js';

describe('roles', () => {
  it('an admin may do what an editor may, a reader may not', () => {
    expect(roleAllows('ADMIN', 'EDITOR')).toBe(true);
    expect(roleAllows('REVIEWER', 'EDITOR')).toBe(true);
    expect(roleAllows('READER', 'EDITOR')).toBe(false);
    expect(roleAllows('EDITOR', 'REVIEWER')).toBe(false);
  });

  it("a token's ceiling never lifts its owner's role", () => {
    expect(lesserRole('ADMIN', 'READER')).toBe('READER');
    expect(lesserRole('EDITOR', 'ADMIN')).toBe('EDITOR');
    expect(greatestRole([], 'READER')).toBe('READER');
    expect(greatestRole(['EDITOR', 'ADMIN', 'READER'], 'READER')).toBe('ADMIN');
  });
});

describe('OIDC role mapping', () => {
  const map = parseRoleMap('regiongraf-admins=ADMIN, 3f2a-editors=editor');

  it('maps groups to the greatest role they give, and others to the default', () => {
    expect(roleFromClaim(['someone-else', '3f2a-editors'], map, 'READER')).toBe('EDITOR');
    expect(roleFromClaim(['3f2a-editors', 'regiongraf-admins'], map, 'READER')).toBe('ADMIN');
    expect(roleFromClaim(['unknown'], map, 'READER')).toBe('READER');
    expect(roleFromClaim(undefined, map, 'READER')).toBe('READER');
  });

  it('without a map, a claim that names a role gives it (any case)', () => {
    expect(roleFromClaim('reviewer', new Map(), 'READER')).toBe('REVIEWER');
    expect(roleFromClaim(['Admin'], new Map(), 'READER')).toBe('ADMIN');
    expect(roleFromClaim(['owner'], new Map(), 'READER')).toBe('READER');
  });

  it('refuses a map entry that is not value=ROLE', () => {
    expect(() => parseRoleMap('admins=BOSS')).toThrow(/admins=BOSS/);
    expect(() => parseRoleMap('=ADMIN')).toThrow();
  });

  it('compares usernames without case or surrounding spaces', () => {
    expect(usernameKey('  Admin ')).toBe('admin');
  });
});
