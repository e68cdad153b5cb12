import { UserRole } from '../generated/enums.js';

// Roles and what they allow: pure rules shared by the server (authorization, OIDC role mapping) and the client.
// The roles are ordered: each one may do everything the ones before it may.

export type UserRoleValue = (typeof UserRole)[keyof typeof UserRole];

/** The roles from least to most allowed. */
export const ROLE_ORDER: readonly UserRoleValue[] = [
  UserRole.READER,
  UserRole.EDITOR,
  UserRole.REVIEWER,
  UserRole.ADMIN,
];

/** Whether `value` names a role (exact, upper case). */
export function isUserRole(value: unknown): value is UserRoleValue {
  return typeof value === 'string' && (ROLE_ORDER as readonly string[]).includes(value);
}

/** Whether a user with `role` may do what `required` is needed for. */
export function roleAllows(role: UserRoleValue, required: UserRoleValue): boolean {
  return ROLE_ORDER.indexOf(role) >= ROLE_ORDER.indexOf(required);
}

/** The lesser of two roles (a token's role ceiling against its owner's role). */
export function lesserRole(a: UserRoleValue, b: UserRoleValue): UserRoleValue {
  return roleAllows(a, b) ? b : a;
}

/** The greatest of some roles, or `fallback` when there are none. */
export function greatestRole(roles: readonly UserRoleValue[], fallback: UserRoleValue): UserRoleValue {
  return roles.reduce<UserRoleValue>((best, role) => (roleAllows(role, best) ? role : best), fallback);
}

/**
 * Parses OIDC_ROLE_MAP: `value=ROLE` pairs separated by commas (`regiongraf-admins=ADMIN, 3f2a…=EDITOR`).
 * Throws with a readable message on a pair that is not `value=ROLE`.
 */
export function parseRoleMap(text: string): Map<string, UserRoleValue> {
  const map = new Map<string, UserRoleValue>();
  for (const pair of text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const at = pair.lastIndexOf('=');
    const value = pair.slice(0, at).trim();
    const role = pair
      .slice(at + 1)
      .trim()
      .toUpperCase();
    if (at <= 0 || value === '' || !isUserRole(role)) {
      throw new Error(`"${pair}" is not value=ROLE with ROLE one of ${ROLE_ORDER.join(', ')}`);
    }
    map.set(value, role);
  }
  return map;
}

/**
 * The role a signed-in OIDC user gets from a claim (a string or a list of strings): through the map when one is
 * given, otherwise a claim value that names a role itself (case-insensitive); the greatest match wins, else
 * `fallback`.
 */
export function roleFromClaim(
  claim: unknown,
  map: ReadonlyMap<string, UserRoleValue>,
  fallback: UserRoleValue,
): UserRoleValue {
  const values = (Array.isArray(claim) ? claim : [claim]).filter((value): value is string => typeof value === 'string');
  const roles = values.flatMap((value) => {
    if (map.size > 0) return map.get(value) ?? [];
    const upper = value.toUpperCase();
    return isUserRole(upper) ? [upper] : [];
  });
  return greatestRole(roles, fallback);
}

/** How a username is compared: trimmed, lower case, so `Admin` and `admin` are one account. */
export function usernameKey(username: string): string {
  return username.trim().toLowerCase();
}
