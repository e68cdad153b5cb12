import {
  accessLogPage,
  apiTokenOwner,
  appendAccessLog,
  authSchemaStatements,
  countUsers,
  createApiToken,
  createSession,
  createUser,
  deleteExpiredSessions,
  deleteSession,
  listApiTokens,
  listUsers,
  revokeApiToken,
  sessionWithUser,
  tokenWithUser,
  touchApiToken,
  touchSession,
  upsertOidcUser,
  userById,
  userForSignIn,
} from '../cypher/index.js';
import type { UserRoleValue } from '../domain/access.js';
import type { GraphStore, Row } from '../graph/store.js';

// The sign-in data: users, sessions, API tokens and the access log, through the storage port on either engine.
// Rows come back as plain objects shaped like the GraphQL types (no mapper needed).

export type { GraphStore };

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  role: UserRoleValue;
}

export interface SignInUserRow extends UserRow {
  passwordHash: string | null;
  oidcKey: string | null;
}

export interface SessionRow {
  userId: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  method: string;
}

export interface TokenRow {
  id: string;
  name: string;
  role: UserRoleValue;
  expiresAt: string | null;
  createdAt?: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface ListedTokenRow extends TokenRow {
  createdAt: string;
  owner: UserRow;
}

export interface AccessLogRow {
  id: string;
  at: string;
  action: string;
  username: string | null;
  actor: string | null;
  address: string | null;
  detail: string | null;
}

function user(row: Row | undefined, key = 'user'): UserRow | null {
  const value = row?.[key] as Record<string, unknown> | undefined;
  if (!value) return null;
  return {
    id: String(value.id),
    username: String(value.username),
    displayName: String(value.displayName ?? value.username),
    role: value.role as UserRoleValue,
  };
}

function orNull(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

function token(value: Record<string, unknown>): TokenRow {
  return {
    id: String(value.id),
    name: String(value.name),
    role: value.role as UserRoleValue,
    expiresAt: orNull(value.expiresAt),
    lastUsedAt: orNull(value.lastUsedAt),
    revokedAt: orNull(value.revokedAt),
    ...(value.createdAt ? { createdAt: String(value.createdAt) } : {}),
  };
}

/** The sign-in data of one store. */
export function authData(store: GraphStore) {
  return {
    /** Creates the indexes the lookups use (idempotent; at start-up). */
    async prepare(): Promise<void> {
      for (const statement of authSchemaStatements) await store.write(statement);
    },
    async countUsers(): Promise<number> {
      const [row] = await store.read(countUsers);
      return Number(row?.count ?? 0);
    },
    /** Creates a user; null when the username is taken. */
    async createUser(props: Record<string, unknown>): Promise<UserRow | null> {
      const [row] = await store.write(createUser, { props });
      return user(row);
    },
    async userForSignIn(usernameKey: string): Promise<SignInUserRow | null> {
      const [row] = await store.read(userForSignIn, { usernameKey });
      const found = user(row);
      if (!found) return null;
      const value = row?.user as Record<string, unknown>;
      return { ...found, passwordHash: orNull(value.passwordHash), oidcKey: orNull(value.oidcKey) };
    },
    async userById(id: string): Promise<UserRow | null> {
      const [row] = await store.read(userById, { id });
      return user(row);
    },
    async listUsers(): Promise<UserRow[]> {
      return (await store.read(listUsers)).map((row) => user(row) as UserRow);
    },
    async upsertOidcUser(params: Record<string, unknown>): Promise<{ user: UserRow; created: boolean }> {
      const [row] = await store.write(upsertOidcUser, params);
      return { user: user(row) as UserRow, created: row?.created === true };
    },
    async createSession(props: Record<string, unknown>): Promise<void> {
      await store.write(createSession, { props });
    },
    async sessionWithUser(idHash: string): Promise<{ session: SessionRow; user: UserRow } | null> {
      const [row] = await store.read(sessionWithUser, { idHash });
      const found = user(row);
      if (!row || !found) return null;
      const session = row.session as Record<string, unknown>;
      return {
        user: found,
        session: {
          userId: String(session.userId),
          createdAt: String(session.createdAt),
          lastSeenAt: String(session.lastSeenAt),
          expiresAt: String(session.expiresAt),
          method: String(session.method),
        },
      };
    },
    async touchSession(idHash: string, now: string): Promise<void> {
      await store.write(touchSession, { idHash, now });
    },
    async deleteSession(idHash: string): Promise<void> {
      await store.write(deleteSession, { idHash });
    },
    async deleteExpiredSessions(now: string, idleSince: string): Promise<void> {
      await store.write(deleteExpiredSessions, { now, idleSince });
    },
    async createApiToken(props: Record<string, unknown>): Promise<void> {
      await store.write(createApiToken, { props });
    },
    async tokenWithUser(secretHash: string): Promise<{ token: TokenRow; user: UserRow } | null> {
      const [row] = await store.read(tokenWithUser, { secretHash });
      const found = user(row);
      if (!row || !found) return null;
      return { token: token(row.token as Record<string, unknown>), user: found };
    },
    async touchApiToken(id: string, now: string): Promise<void> {
      await store.write(touchApiToken, { id, now });
    },
    /** Tokens of one user, or of everyone (null), newest first. */
    async listApiTokens(userId: string | null): Promise<ListedTokenRow[]> {
      return (await store.read(listApiTokens, { userId })).map((row) => ({
        ...token(row.token as Record<string, unknown>),
        createdAt: String((row.token as Record<string, unknown>).createdAt),
        owner: user(row, 'owner') as UserRow,
      }));
    },
    async apiTokenOwner(id: string): Promise<{ id: string; name: string; userId: string } | null> {
      const [row] = await store.read(apiTokenOwner, { id });
      const value = row?.token as Record<string, unknown> | undefined;
      return value ? { id: String(value.id), name: String(value.name), userId: String(value.userId) } : null;
    },
    /** True when the token was revoked now, false when it already was. */
    async revokeApiToken(id: string, now: string): Promise<boolean> {
      return (await store.write(revokeApiToken, { id, now })).length > 0;
    },
    async appendAccessLog(props: Record<string, unknown>): Promise<void> {
      await store.write(appendAccessLog, { props });
    },
    async accessLogPage(after: string | null, limit: number): Promise<AccessLogRow[]> {
      return (await store.read(accessLogPage, { after, limit })).map((row) => {
        const entry = row.entry as Record<string, unknown>;
        return {
          id: String(entry.id),
          at: String(entry.at),
          action: String(entry.action),
          username: orNull(entry.username),
          actor: orNull(entry.actor),
          address: orNull(entry.address),
          detail: orNull(entry.detail),
        };
      });
    },
  };
}

export type AuthData = ReturnType<typeof authData>;
