import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { AuthSettings } from '../config.js';
import { type AuthData, authData, type GraphStore, type UserRow } from '../data/auth.js';
import {
  isUserRole,
  lesserRole,
  roleAllows,
  roleFromClaim,
  type UserRoleValue,
  usernameKey,
} from '../domain/access.js';
import { isIsoDate } from '../domain/dates.js';
import { badUserInput, conflict, forbidden, notFound } from '../errors.js';
import type { Identity } from './identity.js';
import { SignInThrottle } from './throttle.js';

// Sign-in, sessions, API tokens and the access log: every rule of who is who, in one service built once per app.
// Passwords are hashed with Argon2id (@node-rs/argon2's defaults: m=19 MiB, t=2, p=1, OWASP's recommendation);
// session ids and tokens are 256 random bits, stored as their SHA-256 hash (enough for secrets that cannot be
// guessed, and cheap on every request).

export const DEFAULT_AUTH_SETTINGS: AuthSettings = {
  publicRead: true,
  cookieSecure: 'auto',
  sessionIdleMs: 120 * 60_000,
  sessionMaxMs: 12 * 3_600_000,
  maxFailures: 5,
  lockMs: 30_000,
  oidc: null,
  allowSelfApproval: false,
};

export type AccessAction =
  | 'SIGN_IN'
  | 'SIGN_IN_FAILED'
  | 'SIGN_IN_LOCKED'
  | 'SIGN_OUT'
  | 'TOKEN_USED'
  | 'TOKEN_REFUSED'
  | 'USER_CREATED'
  | 'TOKEN_CREATED'
  | 'TOKEN_REVOKED'
  | 'EDIT_SELF_APPROVED'
  | 'DOCUMENT_UPLOADED';

/** Token use is logged (and lastUsedAt updated) at most this often per token; sessions are touched as often. */
const TOUCH_EVERY_MS = 5 * 60_000;
const MIN_PASSWORD = 8;
const TOKEN_PREFIX = 'rgt_';

function secret(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

// Verifying against this when the username is unknown makes a wrong username cost as long as a wrong password.
const DUMMY_HASH = hash(randomBytes(16).toString('hex'));

export type SignInResult = { ok: true; sessionId: string; user: UserRow } | { ok: false; retryAfterMs: number };

export interface NewToken {
  id: string;
  name: string;
  token: string;
  expiresAt: string | null;
}

export class AuthService {
  readonly data: AuthData;
  /** Failures per username; and per address, with room for the colleagues behind one office's NAT. */
  private readonly userThrottle: SignInThrottle;
  private readonly addressThrottle: SignInThrottle;

  constructor(
    store: GraphStore,
    readonly settings: AuthSettings,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.data = authData(store);
    const now = () => this.clock().getTime();
    this.userThrottle = new SignInThrottle(settings.maxFailures, settings.lockMs, now);
    this.addressThrottle = new SignInThrottle(settings.maxFailures * 4, settings.lockMs, now);
  }

  private now(): string {
    return this.clock().toISOString();
  }

  /** Creates the indexes the lookups use. */
  prepare(): Promise<void> {
    return this.data.prepare();
  }

  /** Appends to the access log. */
  async log(
    action: AccessAction,
    entry: { username?: string | null; actor?: string | null; address?: string | null; detail?: string | null },
  ): Promise<void> {
    const at = this.now();
    await this.data.appendAccessLog({
      id: `${at}-${randomBytes(6).toString('hex')}`,
      at,
      action,
      username: entry.username ?? null,
      actor: entry.actor ?? null,
      address: entry.address ?? null,
      detail: entry.detail ?? null,
    });
  }

  /**
   * On a graph without users: creates `admin` (ADMIN) with `password`, or with a made-up one that is returned
   * (to be shown once). Null when there were users already.
   */
  async bootstrapAdmin(password: string | null): Promise<{ password: string; generated: boolean } | null> {
    if ((await this.data.countUsers()) > 0) return null;
    const chosen = password ?? randomBytes(12).toString('base64url');
    await this.createUserRecord({ username: 'admin', displayName: 'Administrator', role: 'ADMIN', password: chosen });
    await this.log('USER_CREATED', {
      username: 'admin',
      detail: password ? 'ADMIN (ADMIN_PASSWORD)' : 'ADMIN (first start)',
    });
    return { password: chosen, generated: password === null };
  }

  private async createUserRecord(input: {
    username: string;
    displayName?: string | null;
    role: UserRoleValue;
    password?: string | null;
  }): Promise<UserRow> {
    const username = input.username.trim();
    if (!/^[\p{L}\p{N}._@-]{2,64}$/u.test(username)) {
      throw badUserInput('A username is 2 to 64 letters, digits or . _ @ - (no spaces).', 'username');
    }
    if (input.password !== null && input.password !== undefined && input.password.length < MIN_PASSWORD) {
      throw badUserInput(`A password has at least ${MIN_PASSWORD} characters.`, 'password');
    }
    const now = this.now();
    const created = await this.data.createUser({
      id: `user:${randomUUID()}`,
      username,
      usernameKey: usernameKey(username),
      displayName: input.displayName?.trim() || username,
      role: input.role,
      passwordHash: input.password ? await hash(input.password) : null,
      createdAt: now,
      updatedAt: now,
    });
    if (!created) throw conflict(`The username "${username}" is taken. Choose another.`);
    return created;
  }

  /** createUser (admins): the access log records who made whom. */
  async createUser(
    actor: Identity,
    input: { username: string; displayName?: string | null; role: UserRoleValue; password?: string | null },
    address: string,
  ): Promise<UserRow> {
    const user = await this.createUserRecord(input);
    await this.log('USER_CREATED', { username: user.username, actor: actor.user.username, address, detail: user.role });
    return user;
  }

  /** Checks a username and password; on success a new session (a new id: sessions rotate at sign-in). */
  async signIn(username: string, password: string, address: string): Promise<SignInResult> {
    const key = usernameKey(username);
    const locked = Math.max(this.userThrottle.retryAfter(key), this.addressThrottle.retryAfter(address));
    if (locked > 0) {
      await this.log('SIGN_IN_LOCKED', { username, address, detail: `retry in ${Math.ceil(locked / 1000)} s` });
      return { ok: false, retryAfterMs: locked };
    }
    const user = key === '' ? null : await this.data.userForSignIn(key);
    const valid = user?.passwordHash
      ? await verify(user.passwordHash, password).catch(() => false)
      : await verify(await DUMMY_HASH, password).then(() => false);
    if (!user || !valid) {
      const lock = Math.max(this.userThrottle.fail(key), this.addressThrottle.fail(address));
      await this.log('SIGN_IN_FAILED', {
        username,
        address,
        detail: lock > 0 ? `locked for ${Math.ceil(lock / 1000)} s` : 'local',
      });
      return { ok: false, retryAfterMs: 0 };
    }
    this.userThrottle.succeed(key);
    const sessionId = await this.startSession(user, 'local');
    await this.log('SIGN_IN', { username: user.username, address, detail: 'local' });
    return { ok: true, sessionId, user };
  }

  /** A new session for the user; expired ones are swept at the same time. Returns the id for the cookie. */
  async startSession(user: UserRow, method: 'local' | 'oidc'): Promise<string> {
    const now = this.clock().getTime();
    await this.data.deleteExpiredSessions(
      new Date(now).toISOString(),
      new Date(now - this.settings.sessionIdleMs).toISOString(),
    );
    const id = secret();
    await this.data.createSession({
      idHash: sha256(id),
      userId: user.id,
      method,
      createdAt: new Date(now).toISOString(),
      lastSeenAt: new Date(now).toISOString(),
      expiresAt: new Date(now + this.settings.sessionMaxMs).toISOString(),
    });
    return id;
  }

  /** The identity of a session cookie; null when unknown, idle too long or past its absolute expiry. */
  async identifySession(sessionId: string): Promise<Identity | null> {
    const idHash = sha256(sessionId);
    const found = await this.data.sessionWithUser(idHash);
    if (!found) return null;
    const now = this.clock().getTime();
    const lastSeen = Date.parse(found.session.lastSeenAt);
    if (now >= Date.parse(found.session.expiresAt) || now - lastSeen >= this.settings.sessionIdleMs) {
      await this.data.deleteSession(idHash);
      return null;
    }
    if (now - lastSeen >= Math.min(TOUCH_EVERY_MS, this.settings.sessionIdleMs / 4)) {
      await this.data.touchSession(idHash, new Date(now).toISOString());
    }
    return { user: found.user, role: found.user.role, method: 'session', sessionHash: idHash };
  }

  /** Ends a session (sign out). */
  async endSession(identity: Identity, address: string): Promise<void> {
    if (identity.sessionHash) await this.data.deleteSession(identity.sessionHash);
    await this.log('SIGN_OUT', { username: identity.user.username, address });
  }

  /** The identity of a bearer token; null (and logged) when unknown, expired or revoked. */
  async identifyToken(token: string, address: string): Promise<Identity | null> {
    const found = token.startsWith(TOKEN_PREFIX) ? await this.data.tokenWithUser(sha256(token)) : null;
    const refusal = !found
      ? 'unknown token'
      : found.token.revokedAt
        ? `revoked token "${found.token.name}"`
        : found.token.expiresAt && this.now().slice(0, 10) >= found.token.expiresAt
          ? `expired token "${found.token.name}"`
          : null;
    if (!found || refusal) {
      await this.log('TOKEN_REFUSED', { username: found?.user.username ?? null, address, detail: refusal });
      return null;
    }
    const now = this.clock().getTime();
    if (!found.token.lastUsedAt || now - Date.parse(found.token.lastUsedAt) >= TOUCH_EVERY_MS) {
      await this.data.touchApiToken(found.token.id, new Date(now).toISOString());
      await this.log('TOKEN_USED', { username: found.user.username, address, detail: found.token.name });
    }
    return {
      user: found.user,
      role: lesserRole(found.user.role, found.token.role),
      method: 'token',
      tokenId: found.token.id,
    };
  }

  /** A token for `owner`, made by `actor` (the owner, or an admin). The secret is returned this once only. */
  async createToken(
    actor: Identity,
    owner: UserRow,
    input: { name: string; role?: UserRoleValue | null; expiresAt?: string | null },
    address: string,
  ): Promise<NewToken> {
    const name = input.name.trim();
    if (name.length < 1 || name.length > 100)
      throw badUserInput('A token needs a name of 1 to 100 characters.', 'name');
    const ceiling = actor.user.id === owner.id ? actor.role : owner.role;
    const role = input.role ?? ceiling;
    if (!isUserRole(role) || !roleAllows(ceiling, role)) {
      throw forbidden(`A token may do at most what its owner may: ${ceiling}. Choose that or a lesser role.`);
    }
    const expiresAt = input.expiresAt ?? null;
    if (expiresAt !== null && (!isIsoDate(expiresAt) || expiresAt <= this.now().slice(0, 10))) {
      throw badUserInput('"expiresAt" is the first day the token no longer works: a day after today.', 'expiresAt');
    }
    const token = `${TOKEN_PREFIX}${secret()}`;
    const id = `token:${randomUUID()}`;
    await this.data.createApiToken({
      id,
      name,
      secretHash: sha256(token),
      userId: owner.id,
      role,
      expiresAt,
      createdAt: this.now(),
    });
    await this.log('TOKEN_CREATED', {
      username: owner.username,
      actor: actor.user.id === owner.id ? null : actor.user.username,
      address,
      detail: `${name} (${role}${expiresAt ? `, until ${expiresAt}` : ''})`,
    });
    return { id, name, token, expiresAt };
  }

  /** Revokes a token of one's own, or anyone's for an admin. False when it was revoked already. */
  async revokeToken(actor: Identity, id: string, address: string): Promise<boolean> {
    const token = await this.data.apiTokenOwner(id);
    const mine = token?.userId === actor.user.id;
    if (!token || (!mine && !roleAllows(actor.role, 'ADMIN'))) {
      // Someone else's token is as unknown to a non-admin as a token that does not exist.
      throw notFound(`There is no token of yours with the id "${id}".`);
    }
    const revoked = await this.data.revokeApiToken(id, this.now());
    if (revoked) {
      const owner = mine ? actor.user : await this.data.userById(token.userId);
      await this.log('TOKEN_REVOKED', {
        username: owner?.username ?? null,
        actor: mine ? null : actor.user.username,
        address,
        detail: token.name,
      });
    }
    return revoked;
  }

  /** Signs in the user an OIDC provider vouched for: created on the first sign-in, name and role updated on each. */
  async signInOidc(claims: Record<string, unknown>, address: string): Promise<{ sessionId: string; user: UserRow }> {
    const oidc = this.settings.oidc;
    if (!oidc) throw new Error('OIDC is not configured');
    const subject = String(claims.sub);
    const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
    const preferred = text(claims.preferred_username) ?? text(claims.email) ?? subject;
    const role = roleFromClaim(claims[oidc.roleClaim], oidc.roleMap, oidc.defaultRole);
    const oidcKey = `${oidc.issuer} ${subject}`;
    // A local account may already have this username: the OIDC user then gets a distinct one.
    const taken = await this.data.userForSignIn(usernameKey(preferred));
    const username = taken && taken.oidcKey !== oidcKey ? `${preferred}#${sha256(oidcKey).slice(0, 6)}` : preferred;
    const { user, created } = await this.data.upsertOidcUser({
      oidcKey,
      id: `user:${randomUUID()}`,
      now: this.now(),
      username,
      usernameKey: usernameKey(username),
      displayName: text(claims.name) ?? preferred,
      role,
    });
    if (created) await this.log('USER_CREATED', { username: user.username, address, detail: `${role} (oidc)` });
    const sessionId = await this.startSession(user, 'oidc');
    await this.log('SIGN_IN', { username: user.username, address, detail: 'oidc' });
    return { sessionId, user };
  }

  /** Counts a failed OIDC sign-in (the provider refused, or the answer did not check out). */
  async oidcFailed(reason: string, address: string): Promise<void> {
    await this.log('SIGN_IN_FAILED', { address, detail: `oidc: ${reason}`.slice(0, 300) });
  }
}
