import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorBody } from '../errors.js';
import type { RequestAuth } from './identity.js';
import { OidcSignIn, type PendingSignIn } from './oidc.js';
import type { AuthService } from './service.js';

// The HTTP side of sign-in, registered by createApp before every other route:
//   POST /auth/login   {"username", "password"} → 204 + session cookie; 401 on bad credentials; 429 when locked
//   POST /auth/logout                           → 204 (the session is deleted, the cookie cleared)
//   GET  /auth/oidc/login[?returnTo=/path]      → 302 to the provider (404 when OIDC is not configured)
//   GET  /auth/oidc/callback                    → 302 back into the client, signed in (or to /logg-inn?feil=oidc)
// and, for /graphql, /export, /auth and /api, who is asking (request.auth): a Bearer token, else the session cookie.

export const SESSION_COOKIE = 'regiongraf_session';
const OIDC_COOKIE = 'regiongraf_oidc';
const OIDC_PENDING_SECONDS = 600;

declare module 'fastify' {
  interface FastifyRequest {
    auth: RequestAuth;
  }
}

function unauthorized(reply: FastifyReply, message: string): FastifyReply {
  return reply
    .code(401)
    .header('www-authenticate', 'Bearer')
    .type('application/json; charset=utf-8')
    .send(errorBody('UNAUTHENTICATED', message));
}

/** Whether a request sent by a browser comes from another site (its Origin is not this server's). */
function crossSite(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  return origin !== `${request.protocol}://${request.host}`;
}

/** Only paths of this site: never an open redirect. */
function safeReturnTo(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : '/';
}

/** Registers cookies, the identity hook and the /auth routes on the root instance. */
export async function installAuth(fastify: FastifyInstance, service: AuthService): Promise<void> {
  const { settings } = service;
  const oidc = settings.oidc ? new OidcSignIn(settings.oidc) : null;
  await fastify.register(fastifyCookie);

  const secure = (request: FastifyRequest) =>
    settings.cookieSecure === 'auto' ? request.protocol === 'https' : settings.cookieSecure;
  const setSession = (request: FastifyRequest, reply: FastifyReply, sessionId: string) =>
    reply.setCookie(SESSION_COOKIE, sessionId, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: secure(request),
      maxAge: Math.floor(settings.sessionMaxMs / 1000),
    });
  const clearSession = (request: FastifyRequest, reply: FastifyReply) =>
    reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: secure(request) });

  fastify.decorateRequest('auth', null as unknown as RequestAuth);
  fastify.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (!/^\/(graphql|export|auth|api)(\/|$)/.test(path)) return;
    const auth: RequestAuth = {
      identity: null,
      publicRead: settings.publicRead,
      csrfHeader: typeof request.headers['apollo-require-preflight'] === 'string',
      address: request.ip,
      service,
    };
    request.auth = auth;
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      auth.identity = match ? await service.identifyToken(match[1] as string, request.ip) : null;
      // A script that sends a token it believes valid must learn it is not, rather than read as anonymous.
      if (!auth.identity) {
        return unauthorized(
          reply,
          'The API token is unknown, expired or revoked (send Authorization: Bearer <token>).',
        );
      }
      return;
    }
    const sessionId = request.cookies[SESSION_COOKIE];
    if (!sessionId) return;
    // A cookie that another site's page made the browser send carries no authority on a state-changing request.
    if (request.method !== 'GET' && request.method !== 'HEAD' && crossSite(request)) return;
    auth.identity = await service.identifySession(sessionId);
    if (!auth.identity) clearSession(request, reply);
  });

  fastify.post<{ Body: { username: string; password: string } }>(
    '/auth/login',
    {
      schema: {
        body: {
          type: 'object',
          required: ['username', 'password'],
          properties: { username: { type: 'string', maxLength: 200 }, password: { type: 'string', maxLength: 1000 } },
        },
      },
    },
    async (request, reply) => {
      if (crossSite(request)) {
        return reply
          .code(403)
          .type('application/json; charset=utf-8')
          .send(errorBody('FORBIDDEN', 'Sign in from this site’s own sign-in page.'));
      }
      const result = await service.signIn(request.body.username, request.body.password, request.ip);
      if (!result.ok && result.retryAfterMs > 0) {
        const seconds = Math.ceil(result.retryAfterMs / 1000);
        return reply
          .code(429)
          .header('retry-after', String(seconds))
          .type('application/json; charset=utf-8')
          .send(errorBody('TOO_MANY_REQUESTS', `Too many failed sign-ins. Try again in ${seconds} seconds.`));
      }
      if (!result.ok) return unauthorized(reply, 'The username or password is wrong.');
      // Rotation: whatever session the browser had before is ended; the new one has a new id.
      const previous = request.auth.identity;
      if (previous?.sessionHash) await service.data.deleteSession(previous.sessionHash);
      setSession(request, reply, result.sessionId);
      return reply.code(204).send();
    },
  );

  fastify.post('/auth/logout', async (request, reply) => {
    const identity = request.auth.identity;
    if (identity?.method === 'session') await service.endSession(identity, request.ip);
    clearSession(request, reply);
    return reply.code(204).send();
  });

  fastify.get<{ Querystring: { returnTo?: string } }>('/auth/oidc/login', async (request, reply) => {
    if (!oidc) {
      return reply
        .code(404)
        .type('application/json; charset=utf-8')
        .send(errorBody('NOT_FOUND', 'Sign-in with an organisation account is not configured here (OIDC_ISSUER).'));
    }
    const { url, pending } = await oidc.start(safeReturnTo(request.query.returnTo));
    reply.setCookie(OIDC_COOKIE, JSON.stringify(pending), {
      path: '/auth/oidc',
      httpOnly: true,
      sameSite: 'lax',
      secure: secure(request),
      maxAge: OIDC_PENDING_SECONDS,
    });
    return reply.header('cache-control', 'no-store').redirect(url, 302);
  });

  fastify.get('/auth/oidc/callback', async (request, reply) => {
    const failed = async (reason: string) => {
      await service.oidcFailed(reason, request.ip);
      reply.clearCookie(OIDC_COOKIE, { path: '/auth/oidc' });
      return reply.redirect('/logg-inn?feil=oidc', 302);
    };
    if (!oidc) return failed('OIDC is not configured');
    let pending: PendingSignIn;
    try {
      pending = JSON.parse(request.cookies[OIDC_COOKIE] ?? '') as PendingSignIn;
    } catch {
      return failed('no sign-in was started in this browser (or it took longer than 10 minutes)');
    }
    let claims: Record<string, unknown>;
    try {
      claims = await oidc.finish(request.url.split('?')[1] ?? '', pending);
    } catch (error) {
      request.log.warn({ err: error }, 'OIDC sign-in failed');
      return failed(error instanceof Error ? error.message : 'the provider answer did not check out');
    }
    const previous = request.auth.identity;
    if (previous?.sessionHash) await service.data.deleteSession(previous.sessionHash);
    const { sessionId } = await service.signInOidc(claims, request.ip);
    reply.clearCookie(OIDC_COOKIE, { path: '/auth/oidc' });
    setSession(request, reply, sessionId);
    return reply.header('cache-control', 'no-store').redirect(safeReturnTo(pending.returnTo), 302);
  });
}

/**
 * The read rule for HTTP routes (the exports): with PUBLIC_READ anyone may read; otherwise a sign-in is needed
 * (401). Returns the reply when it refused.
 */
export function refuseUnlessReader(request: FastifyRequest, reply: FastifyReply): FastifyReply | null {
  const auth = request.auth;
  if (!auth || auth.publicRead || auth.identity) return null;
  return unauthorized(reply, 'Sign in to download: this installation does not allow anonymous reading.');
}
