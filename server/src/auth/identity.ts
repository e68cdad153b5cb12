import type { UserRow } from '../data/auth.js';
import type { UserRoleValue } from '../domain/access.js';
import type { AuthService } from './service.js';

// Who is asking, as the GraphQL context and the HTTP routes see it. Built once per request by auth/http.ts.

export interface Identity {
  user: UserRow;
  /** What the request may do: the user's role, lowered to a token's ceiling. */
  role: UserRoleValue;
  /** A browser session (cookie) or an API token (Authorization: Bearer). */
  method: 'session' | 'token';
  /** The session's id hash, to sign out. */
  sessionHash?: string;
  tokenId?: string;
}

export interface RequestAuth {
  identity: Identity | null;
  /** PUBLIC_READ: whether reading needs no sign-in. */
  publicRead: boolean;
  /** Whether the request carries the header that cookie-authenticated mutations need (apollo-require-preflight). */
  csrfHeader: boolean;
  /** The client's address (for the access log). */
  address: string;
  service: AuthService | null;
}

/** Anonymous reading on an installation with PUBLIC_READ (benchmarks, in-process calls without a request). */
export const ANONYMOUS: RequestAuth = {
  identity: null,
  publicRead: true,
  csrfHeader: false,
  address: '',
  service: null,
};
