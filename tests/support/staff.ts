import { expect } from 'vitest';
import { createApp } from '../../server/src/app.js';
import { type Credentials, gql, signIn } from './auth.js';
import type { TestServer } from './server.js';

// The staff of a test server: the first admin (bootstrapped as `npm start` does on a graph with no users) and the
// users a suite needs, each created by the admin over GraphQL and signed in over HTTP with a session cookie.

export const STAFF_PASSWORD = 'correct horse battery';

/** Signs in over POST /auth/login and returns the session, failing the test when sign-in does not succeed. */
export async function sessionOf(url: string, username: string, password: string): Promise<Credentials> {
  const { cookie, response } = await signIn(url, username, password);
  expect(response.status, `${username} signs in`).toBe(204);
  return { cookie: cookie as string };
}

type Role = 'READER' | 'EDITOR' | 'REVIEWER' | 'ADMIN';

/** Bootstraps the admin (`adminPassword`) and creates and signs in each user with its role (and display name). */
export async function staffOf<Name extends string>(
  server: TestServer,
  adminPassword: string,
  users: Record<Name, Role | { role: Role; displayName: string }>,
  password = STAFF_PASSWORD,
): Promise<{ admin: Credentials } & Record<Name, Credentials>> {
  const app = await createApp({ store: server.store, clientDir: null, maxQueryDepth: 12, logLevel: 'silent' });
  try {
    await app.auth.bootstrapAdmin(adminPassword);
  } finally {
    await app.stop();
  }
  const admin = await sessionOf(server.url, 'admin', adminPassword);
  const signedIn: Record<string, Credentials> = {};
  for (const [username, user] of Object.entries(users) as [Name, Role | { role: Role; displayName: string }][]) {
    const { role, displayName } = typeof user === 'string' ? { role: user, displayName: null } : user;
    const made = await gql(
      server.url,
      'mutation ($u: String!, $r: UserRole!, $p: String!, $d: String) { createUser(username: $u, role: $r, password: $p, displayName: $d) { id } }',
      { u: username, r: role, p: password, d: displayName },
      admin,
    );
    expect(made.errors, `${username} is created`).toBeUndefined();
    signedIn[username] = await sessionOf(server.url, username, password);
  }
  return { admin, ...signedIn } as { admin: Credentials } & Record<Name, Credentials>;
}
