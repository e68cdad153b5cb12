import { readStatement, writeStatement } from '../graph/statement.js';

// Users, sessions, API tokens and the access log. None of these nodes is an Entity: search, the exports, the
// network and the entity counts never meet them, and the seed's stale-entity deletion cannot reach them. They are
// joined by id properties, not relationships, so the graph's relationship counts stay the seed's own.
// Secrets are never stored: a session id and a token are kept as their SHA-256 hash, a password as Argon2id.

/** The labels of the sign-in nodes (for the Cypher lint). */
export const AUTH_LABELS = ['User', 'Session', 'ApiToken', 'AccessLogEntry'];

/** Their stored properties and the keys of the maps the statements return (for the Cypher lint). */
export const AUTH_PROPERTY_KEYS = [
  'username',
  'usernameKey',
  'displayName',
  'role',
  'passwordHash',
  'oidcKey',
  'createdAt',
  'updatedAt',
  'idHash',
  'userId',
  'lastSeenAt',
  'expiresAt',
  'method',
  'name',
  'secretHash',
  'lastUsedAt',
  'revokedAt',
  'at',
  'action',
  'actor',
  'address',
  'detail',
];

/** Indexes for every lookup of a request (Grafeo uses a property index only for its own label). */
export const authSchemaStatements = [
  writeStatement('indexUserId', 'CREATE INDEX user_id_lookup IF NOT EXISTS FOR (n:User) ON (n.id)'),
  writeStatement('indexUserKey', 'CREATE INDEX user_username_lookup IF NOT EXISTS FOR (n:User) ON (n.usernameKey)'),
  writeStatement('indexUserOidc', 'CREATE INDEX user_oidc_lookup IF NOT EXISTS FOR (n:User) ON (n.oidcKey)'),
  writeStatement('indexSessionHash', 'CREATE INDEX session_lookup IF NOT EXISTS FOR (n:Session) ON (n.idHash)'),
  writeStatement('indexTokenHash', 'CREATE INDEX token_secret_lookup IF NOT EXISTS FOR (n:ApiToken) ON (n.secretHash)'),
  writeStatement('indexTokenId', 'CREATE INDEX token_id_lookup IF NOT EXISTS FOR (n:ApiToken) ON (n.id)'),
  writeStatement('indexAccessLogId', 'CREATE INDEX access_log_id IF NOT EXISTS FOR (n:AccessLogEntry) ON (n.id)'),
];

export const countUsers = readStatement('countUsers', 'MATCH (u:User) RETURN count(u) AS count');

/** Creates a user unless one with the same username key exists; returns it only when created. */
export const createUser = writeStatement(
  'createUser',
  `
OPTIONAL MATCH (existing:User {usernameKey: $props.usernameKey})
WITH existing WHERE existing IS NULL
CREATE (u:User)
SET u = $props
RETURN u {.id, .username, .displayName, .role} AS user
`,
);

/** A user by username key, with the password hash (for signing in). */
export const userForSignIn = readStatement(
  'userForSignIn',
  'MATCH (u:User {usernameKey: $usernameKey}) RETURN u {.id, .username, .displayName, .role, .passwordHash, .oidcKey} AS user',
);

export const userById = readStatement(
  'userById',
  'MATCH (u:User {id: $id}) RETURN u {.id, .username, .displayName, .role} AS user',
);

export const listUsers = readStatement(
  'listUsers',
  'MATCH (u:User) RETURN u {.id, .username, .displayName, .role} AS user ORDER BY u.usernameKey',
);

/** Creates or updates the user of an OIDC subject (issuer and subject); `created` says which. */
export const upsertOidcUser = writeStatement(
  'upsertOidcUser',
  `
MERGE (u:User {oidcKey: $oidcKey})
ON CREATE SET u.id = $id, u.createdAt = $now, u.username = $username, u.usernameKey = $usernameKey
SET u.displayName = $displayName, u.role = $role, u.updatedAt = $now
RETURN u {.id, .username, .displayName, .role} AS user, u.id = $id AS created
`,
);

export const createSession = writeStatement('createSession', 'CREATE (s:Session) SET s = $props');

/** The session with this id hash and its user. */
export const sessionWithUser = readStatement(
  'sessionWithUser',
  `
MATCH (s:Session {idHash: $idHash})
MATCH (u:User {id: s.userId})
RETURN s {.userId, .createdAt, .lastSeenAt, .expiresAt, .method} AS session,
       u {.id, .username, .displayName, .role} AS user
`,
);

export const touchSession = writeStatement(
  'touchSession',
  'MATCH (s:Session {idHash: $idHash}) SET s.lastSeenAt = $now',
);

export const deleteSession = writeStatement('deleteSession', 'MATCH (s:Session {idHash: $idHash}) DETACH DELETE s');

/** Removes sessions past their absolute expiry or idle too long. */
export const deleteExpiredSessions = writeStatement(
  'deleteExpiredSessions',
  'MATCH (s:Session) WHERE s.expiresAt <= $now OR s.lastSeenAt <= $idleSince DETACH DELETE s',
);

export const createApiToken = writeStatement('createApiToken', 'CREATE (t:ApiToken) SET t = $props');

/** The token with this secret hash and its owner. */
export const tokenWithUser = readStatement(
  'tokenWithUser',
  `
MATCH (t:ApiToken {secretHash: $secretHash})
MATCH (u:User {id: t.userId})
RETURN t {.id, .name, .role, .expiresAt, .lastUsedAt, .revokedAt} AS token,
       u {.id, .username, .displayName, .role} AS user
`,
);

export const touchApiToken = writeStatement('touchApiToken', 'MATCH (t:ApiToken {id: $id}) SET t.lastUsedAt = $now');

/** The tokens of one user ($userId), or of everyone ($userId null), newest first, with their owners. */
export const listApiTokens = readStatement(
  'listApiTokens',
  `
MATCH (t:ApiToken)
WHERE $userId IS NULL OR t.userId = $userId
MATCH (u:User {id: t.userId})
RETURN t {.id, .name, .role, .expiresAt, .createdAt, .lastUsedAt, .revokedAt} AS token,
       u {.id, .username, .displayName, .role} AS owner
ORDER BY t.createdAt DESC, t.id
`,
);

export const apiTokenOwner = readStatement(
  'apiTokenOwner',
  'MATCH (t:ApiToken {id: $id}) RETURN t {.id, .name, .userId, .revokedAt} AS token',
);

/** Marks a token revoked; returns it only when it was not revoked before. */
export const revokeApiToken = writeStatement(
  'revokeApiToken',
  'MATCH (t:ApiToken {id: $id}) WHERE t.revokedAt IS NULL SET t.revokedAt = $now RETURN t.id AS id',
);

/** Appends one entry to the access log (there is no statement that changes or deletes one). */
export const appendAccessLog = writeStatement('appendAccessLog', 'CREATE (e:AccessLogEntry) SET e = $props');

/** A page of the access log, newest first: ids sort by time. */
export const accessLogPage = readStatement(
  'accessLogPage',
  `
MATCH (e:AccessLogEntry)
WHERE $after IS NULL OR e.id < $after
RETURN e {.id, .at, .action, .username, .actor, .address, .detail} AS entry
ORDER BY e.id DESC
LIMIT $limit
`,
);
