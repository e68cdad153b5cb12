import { useQuery } from 'urql';
import { graphql } from '../generated/gql';
import { roleAllows } from './domain';

// The signed-in user, read once and shared through urql's cache; and the sign-in/out calls (plain HTTP routes).

export const CurrentUserQuery = graphql(`
  query CurrentUser {
    me {
      id
      username
      displayName
      role
    }
    authSettings {
      oidc
      publicRead
    }
  }
`);

/** The signed-in user (null when anonymous) and how this installation signs people in. */
export function useCurrentUser() {
  const [{ data, fetching, error }] = useQuery({ query: CurrentUserQuery });
  return { me: data?.me ?? null, settings: data?.authSettings ?? null, fetching, error };
}

/**
 * What the signed-in user may do with edits: an editor proposes changes, a reviewer (or admin) also approves and
 * rejects them. Readers and anonymous visitors see no edit controls (the server refuses them all the same).
 */
export function useEditRights() {
  const { me, fetching } = useCurrentUser();
  return {
    me,
    fetching,
    canPropose: me !== null && roleAllows(me.role, 'EDITOR'),
    canReview: me !== null && roleAllows(me.role, 'REVIEWER'),
  };
}

export type SignInOutcome = { ok: true } | { ok: false; status: number; retryAfter: number; message: string };

/** POST /auth/login; the session cookie is set by the server (HttpOnly: this code never sees it). */
export async function signIn(username: string, password: string): Promise<SignInOutcome> {
  const response = await fetch('/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.ok) return { ok: true };
  const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null;
  return {
    ok: false,
    status: response.status,
    retryAfter: Number(response.headers.get('retry-after') ?? 0),
    message: body?.errors?.[0]?.message ?? response.statusText,
  };
}

/** POST /auth/logout, then a fresh page: nothing of the signed-in user stays in the cache. */
export async function signOut(): Promise<void> {
  await fetch('/auth/logout', { method: 'POST' });
  window.location.assign('/');
}

/** A path of this site to return to after signing in (never another site). */
export function safeReturnTo(value: string | null): string {
  return value && /^\/(?![/\\])/.test(value) ? value : '/';
}
