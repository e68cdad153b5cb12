import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../seed/load.js';
import { createApp } from '../server/src/app.js';
import { countByKind } from '../server/src/cypher/index.js';
import { authNodesForTests } from '../server/src/cypher/testing.js';
import { type Credentials, gql, guardedFields, signIn } from './support/auth.js';
import { engines } from './support/engines.js';
import { seedPlan, startServer, type TestServer } from './support/server.js';

// Sign-in, roles and API tokens over the real HTTP endpoint, once per engine. The guarded fields come from the
// schema, so a new mutation or restricted field is checked here without being listed.

const fields = guardedFields();
const ROLES = ['READER', 'EDITOR', 'REVIEWER', 'ADMIN'];
const below = (role: string) => ROLES.slice(0, ROLES.indexOf(role));

for (const engine of engines()) {
  describe(`Sign-in and roles on ${engine.name}`, () => {
    let server: TestServer;
    let admin: Credentials;
    let adminPassword: string;
    let clock = Date.parse('2026-12-01T10:00:00Z');
    const advance = (ms: number) => {
      clock += ms;
    };
    const as = (who: Credentials, query: string, variables: Record<string, unknown> = {}) =>
      gql(server.url, query, variables, who);
    const codes = (answer: { errors?: { extensions?: { code?: string } }[] }) =>
      (answer.errors ?? []).map((error) => error.extensions?.code);
    const session = async (username: string, password: string): Promise<Credentials> => {
      const { cookie, response } = await signIn(server.url, username, password);
      expect(response.status, `${username} signs in`).toBe(204);
      return { cookie: cookie as string };
    };
    const accessLog = async () => {
      const answer = await as(admin, '{ accessLog(first: 200) { edges { node { action username actor detail } } } }');
      expect(answer.errors).toBeUndefined();
      return (answer.data as { accessLog: { edges: { node: Record<string, string | null> }[] } }).accessLog.edges.map(
        (edge) => edge.node,
      );
    };

    beforeAll(async () => {
      server = await startServer(engine, { app: { now: () => new Date(clock) } });
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('the first start creates admin with a one-time password, once', async () => {
      const app = await createApp({
        store: server.store,
        clientDir: null,
        maxQueryDepth: 12,
        logLevel: 'silent',
        now: () => new Date(clock),
      });
      try {
        const first = await app.auth.bootstrapAdmin(null);
        expect(first?.generated).toBe(true);
        adminPassword = first?.password as string;
        expect(adminPassword.length).toBeGreaterThanOrEqual(16);
        expect(await app.auth.bootstrapAdmin('another-password')).toBeNull();
      } finally {
        await app.stop();
      }
      admin = await session('admin', adminPassword);
      const me = await as(admin, '{ me { username displayName role } }');
      expect(me.data).toEqual({ me: { username: 'admin', displayName: 'Administrator', role: 'ADMIN' } });
    });

    it('anonymous: me is null, reading works (PUBLIC_READ), and the settings say so', async () => {
      const answer = await as({}, '{ me { id } authSettings { oidc publicRead } search(text: "Froya") { score } }');
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.me).toBeNull();
      expect(answer.data?.authSettings).toEqual({ oidc: false, publicRead: true });
      expect((answer.data?.search as unknown[] | undefined)?.length).toBeGreaterThan(0);
    });

    it('has mutations, and every one has a role rule', () => {
      const mutations = fields.filter((field) => field.mutation);
      expect(mutations.map((field) => field.name)).toEqual(
        expect.arrayContaining(['Mutation.createUser', 'Mutation.createApiToken', 'Mutation.revokeApiToken']),
      );
      expect(mutations.filter((field) => field.role === null && !field.public).map((field) => field.name)).toEqual([]);
    });

    it('refuses every mutation and restricted field without a session or token (UNAUTHENTICATED)', async () => {
      const guarded = fields.filter((field) => field.role !== null);
      expect(guarded.length).toBeGreaterThanOrEqual(8);
      for (const field of guarded) {
        const answer = await as({}, field.operation);
        expect(codes(answer), field.name).toEqual(['UNAUTHENTICATED']);
      }
    });

    it('POST /auth/login: 401 on a wrong password, 204 with an HttpOnly SameSite=Lax cookie on the right one', async () => {
      const wrong = await signIn(server.url, 'admin', 'not-the-password');
      expect(wrong.response.status).toBe(401);
      expect(
        ((await wrong.response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
      ).toBe('UNAUTHENTICATED');
      expect(wrong.cookie).toBeNull();
      const unknown = await signIn(server.url, 'nobody-at-all', 'whatever-password');
      expect(unknown.response.status).toBe(401);
      const right = await signIn(server.url, 'admin', adminPassword);
      expect(right.response.status).toBe(204);
      const flags = (right.setCookie ?? '').split(';').map((part) => part.trim().toLowerCase());
      expect(flags).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'path=/']));
      expect(flags).not.toContain('secure'); // plain HTTP, no proxy
      expect(flags.some((flag) => flag.startsWith('max-age='))).toBe(true);
    });

    it('sets Secure behind an HTTPS proxy (TRUST_PROXY) and with COOKIE_SECURE=true', async () => {
      for (const app of [
        await createApp({
          store: server.store,
          clientDir: null,
          maxQueryDepth: 12,
          logLevel: 'silent',
          now: () => new Date(clock),
          trustProxy: true,
        }),
        await createApp({
          store: server.store,
          clientDir: null,
          maxQueryDepth: 12,
          logLevel: 'silent',
          now: () => new Date(clock),
          auth: { cookieSecure: true },
        }),
      ]) {
        try {
          const url = await app.listen(0, '127.0.0.1');
          const { setCookie } = await signIn(url, 'admin', adminPassword, { 'x-forwarded-proto': 'https' });
          expect(setCookie?.toLowerCase()).toMatch(/;\s*secure/);
        } finally {
          await app.stop();
        }
      }
    });

    it('rotates the session at sign-in: a new id each time, the old one ends', async () => {
      const first = await session('admin', adminPassword);
      const { cookie: second } = await signIn(server.url, 'admin', adminPassword, { cookie: first.cookie as string });
      expect(second).not.toBe(first.cookie);
      expect((await as(first, '{ me { username } }')).data?.me).toBeNull();
      expect((await as({ cookie: second as string }, '{ me { username } }')).data?.me).toEqual({ username: 'admin' });
    });

    it('creates an editor and a reviewer; each is refused what its role does not allow (FORBIDDEN)', async () => {
      for (const [username, role] of [
        ['reader1', 'READER'],
        ['editor1', 'EDITOR'],
        ['reviewer1', 'REVIEWER'],
      ] as const) {
        const created = await as(
          admin,
          'mutation ($u: String!, $r: UserRole!) { createUser(username: $u, role: $r, password: "correct horse battery") { username displayName role } }',
          { u: username, r: role },
        );
        expect(created.errors).toBeUndefined();
        expect(created.data?.createUser).toEqual({ username, displayName: username, role });
      }
      const taken = await as(admin, 'mutation { createUser(username: "Editor1", role: READER) { id } }');
      expect(codes(taken)).toEqual(['CONFLICT']);
      for (const role of ['READER', 'EDITOR', 'REVIEWER']) {
        const who = await session(`${role.toLowerCase()}1`, 'correct horse battery');
        for (const field of fields.filter((f) => f.role !== null && below(f.role).includes(role))) {
          const answer = await as(who, field.operation);
          expect(codes(answer), `${field.name} as ${role}`).toEqual(['FORBIDDEN']);
        }
      }
    });

    it('a cookie-authenticated mutation needs the apollo-require-preflight header; a cross-site one is anonymous', async () => {
      const mutation = 'mutation { createApiToken(name: "csrf probe") { id } }';
      const without = await as({ ...admin, preflight: false }, mutation);
      expect(codes(without)).toEqual(['FORBIDDEN']);
      expect(without.errors?.[0]?.message).toContain('apollo-require-preflight');
      const foreign = await as({ ...admin, origin: 'https://evil.example' }, mutation);
      expect(codes(foreign)).toEqual(['UNAUTHENTICATED']);
      const withHeader = await as(admin, mutation);
      expect(withHeader.errors).toBeUndefined();
    });

    it('a token is shown once, stored hashed, works as Bearer without the header, and obeys its role ceiling', async () => {
      const created = await as(
        admin,
        'mutation { createApiToken(name: "reporting script", role: READER) { id name token expiresAt } }',
      );
      expect(created.errors).toBeUndefined();
      const secret = created.data?.createApiToken as { id: string; token: string; name: string };
      expect(secret.token).toMatch(/^rgt_[A-Za-z0-9_-]{43}$/);
      const stored = await server.store.read(authNodesForTests);
      const values = JSON.stringify(stored);
      expect(values).not.toContain(secret.token);
      expect(values).toContain(createHash('sha256').update(secret.token).digest('hex'));
      expect(values).not.toContain('correct horse battery');
      const users = stored.filter((row) => (row.labels as string[]).includes('User'));
      for (const user of users)
        expect(String((user.props as { passwordHash: string }).passwordHash)).toMatch(/^\$argon2id\$/);
      // Listed without the secret.
      const listed = await as(admin, '{ myApiTokens { id name role owner { username } } }');
      expect(listed.data?.myApiTokens).toEqual(
        expect.arrayContaining([
          { id: secret.id, name: 'reporting script', role: 'READER', owner: { username: 'admin' } },
        ]),
      );
      const bearer = { token: secret.token };
      expect((await as(bearer, '{ me { username role } }')).data?.me).toEqual({ username: 'admin', role: 'ADMIN' });
      // The ceiling: an admin's READER token may read, not manage.
      expect(codes(await as(bearer, '{ users { id } }'))).toEqual(['FORBIDDEN']);
      expect(codes(await as(bearer, 'mutation { createUser(username: "nope", role: READER) { id } }'))).toEqual([
        'FORBIDDEN',
      ]);
      // A token may not exceed its owner's role.
      const editor = await session('editor1', 'correct horse battery');
      expect(codes(await as(editor, 'mutation { createApiToken(name: "too much", role: ADMIN) { id } }'))).toEqual([
        'FORBIDDEN',
      ]);
      // An admin-scoped token works for admin work, without any CSRF header.
      const full = await as(admin, 'mutation { createApiToken(name: "admin script") { token } }');
      const adminToken = { token: (full.data?.createApiToken as { token: string } | undefined)?.token };
      expect((await as(adminToken, '{ users { username } }')).errors).toBeUndefined();
    });

    it('revocation works: the owner or an admin may revoke, others get NOT_FOUND, a revoked token is refused', async () => {
      const editor = await session('editor1', 'correct horse battery');
      const reader = await session('reader1', 'correct horse battery');
      const made = await as(editor, 'mutation { createApiToken(name: "editor tool") { id token } }');
      const token = made.data?.createApiToken as { id: string; token: string };
      expect((await as({ token: token.token }, '{ me { username role } }')).data?.me).toEqual({
        username: 'editor1',
        role: 'EDITOR',
      });
      const theirs = await as(reader, 'mutation ($id: ID!) { revokeApiToken(id: $id) }', { id: token.id });
      expect(codes(theirs)).toEqual(['NOT_FOUND']);
      expect((await as(editor, 'mutation ($id: ID!) { revokeApiToken(id: $id) }', { id: token.id })).data).toEqual({
        revokeApiToken: true,
      });
      expect((await as(admin, 'mutation ($id: ID!) { revokeApiToken(id: $id) }', { id: token.id })).data).toEqual({
        revokeApiToken: false,
      });
      const refused = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token.token}` },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      expect(refused.status).toBe(401);
      // An admin sees everyone's tokens and may make one for another user.
      const all = await as(admin, '{ apiTokens { name revokedAt owner { username } } }');
      expect(all.data?.apiTokens).toEqual(
        expect.arrayContaining([expect.objectContaining({ name: 'editor tool', owner: { username: 'editor1' } })]),
      );
      const users = (await as(admin, '{ users { id username } }')).data?.users as { id: string; username: string }[];
      const reviewer = users.find((user) => user.username === 'reviewer1') as { id: string };
      const forOther = await as(
        admin,
        'mutation ($id: ID!) { createApiTokenFor(userId: $id, name: "for the reviewer") { token } }',
        { id: reviewer.id },
      );
      const reviewerToken = (forOther.data?.createApiTokenFor as { token: string } | undefined)?.token;
      expect((await as({ token: reviewerToken }, '{ me { username } }')).data?.me).toEqual({ username: 'reviewer1' });
    });

    it('users are no entities: not in search, counts or the export, and a seed run keeps them', async () => {
      const before = await server.store.read(countByKind);
      const search = await as({}, '{ search(text: "reviewer1") { entity { id } } }');
      expect(search.data?.search).toEqual([]);
      const exported = await (await fetch(`${server.url}/export/graph.json`)).text();
      expect(exported).not.toContain('reviewer1');
      expect(exported).not.toContain('"user:');
      await loadPlan(server.store, seedPlan());
      expect(await server.store.read(countByKind)).toEqual(before);
      const users = (await as(admin, '{ users { username } }')).data?.users as { username: string }[];
      expect(users.map((user) => user.username)).toEqual(['admin', 'editor1', 'reader1', 'reviewer1']);
    }, 120_000);

    it('with PUBLIC_READ=false reading and exports need a sign-in (UNAUTHENTICATED, 401)', async () => {
      const app = await createApp({
        store: server.store,
        clientDir: null,
        maxQueryDepth: 12,
        logLevel: 'silent',
        now: () => new Date(clock),
        auth: { publicRead: false },
      });
      try {
        const url = await app.listen(0, '127.0.0.1');
        const anonymous = await gql(url, '{ search(text: "Froya") { score } }');
        expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
        const open = await gql(url, '{ me { id } authSettings { publicRead } }');
        expect(open.data).toEqual({ me: null, authSettings: { publicRead: false } });
        for (const path of [
          '/export/graph.json',
          '/export/graph.graphml',
          '/export/popolo.json',
          '/export/report/role-counts.csv',
        ]) {
          expect((await fetch(`${url}${path}`)).status, path).toBe(401);
        }
        const { cookie } = await signIn(url, 'reader1', 'correct horse battery');
        expect(
          (await gql(url, '{ search(text: "Froya") { score } }', {}, { cookie: cookie as string })).errors,
        ).toBeUndefined();
        const download = await fetch(`${url}/export/graph.json`, { headers: { cookie: cookie as string } });
        expect(download.status).toBe(200);
        await download.text();
      } finally {
        await app.stop();
      }
    });

    it('the access log records sign-ins, failures, token use and admin actions, for admins only', async () => {
      const entries = await accessLog();
      const actions = new Set(entries.map((entry) => entry.action));
      for (const action of [
        'SIGN_IN',
        'SIGN_IN_FAILED',
        'USER_CREATED',
        'TOKEN_CREATED',
        'TOKEN_REVOKED',
        'TOKEN_USED',
        'TOKEN_REFUSED',
      ]) {
        expect(actions.has(action), action).toBe(true);
      }
      expect(entries).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ action: 'USER_CREATED', username: 'editor1', actor: 'admin' }),
        ]),
      );
      // Paged, newest first.
      const page = await as(admin, '{ accessLog(first: 2) { edges { cursor } pageInfo { hasNextPage endCursor } } }');
      const info = (page.data as { accessLog: { pageInfo: { hasNextPage: boolean; endCursor: string } } }).accessLog
        .pageInfo;
      expect(info.hasNextPage).toBe(true);
      const next = await as(
        admin,
        '{ accessLog(first: 2, after: $after) { edges { node { id } } } }'.replace(
          '$after',
          JSON.stringify(info.endCursor),
        ),
      );
      expect(next.errors).toBeUndefined();
    });

    it('repeated failed sign-ins are slowed down (429 with Retry-After) and logged', async () => {
      for (let i = 0; i < 5; i++) {
        expect((await signIn(server.url, 'reviewer1', `wrong-${i}`)).response.status).toBe(401);
      }
      const locked = await signIn(server.url, 'reviewer1', 'correct horse battery');
      expect(locked.response.status).toBe(429);
      expect(Number(locked.response.headers.get('retry-after'))).toBeGreaterThan(0);
      const entries = await accessLog();
      expect(
        entries.filter((entry) => entry.action === 'SIGN_IN_FAILED' && entry.username === 'reviewer1').length,
      ).toBe(5);
      expect(entries.some((entry) => entry.action === 'SIGN_IN_LOCKED' && entry.username === 'reviewer1')).toBe(true);
      // The next failure locks for longer; after the lock-out the right password works again.
      advance(31_000);
      expect((await signIn(server.url, 'reviewer1', 'wrong-again')).response.status).toBe(401);
      expect((await signIn(server.url, 'reviewer1', 'correct horse battery')).response.status).toBe(429);
      advance(61_000);
      expect((await signIn(server.url, 'reviewer1', 'correct horse battery')).response.status).toBe(204);
    });

    it('POST /auth/logout ends the session', async () => {
      const who = await session('reader1', 'correct horse battery');
      const out = await fetch(`${server.url}/auth/logout`, {
        method: 'POST',
        headers: { cookie: who.cookie as string },
      });
      expect(out.status).toBe(204);
      expect(out.headers.get('set-cookie')).toMatch(/regiongraf_session=;/);
      expect((await as(who, '{ me { id } }')).data?.me).toBeNull();
      expect((await accessLog()).some((entry) => entry.action === 'SIGN_OUT' && entry.username === 'reader1')).toBe(
        true,
      );
    });

    it('sessions end after the idle time, and after the absolute time however busy', async () => {
      const idle = await session('reader1', 'correct horse battery');
      advance(119 * 60_000);
      expect((await as(idle, '{ me { username } }')).data?.me).toEqual({ username: 'reader1' });
      advance(121 * 60_000);
      expect((await as(idle, '{ me { username } }')).data?.me).toBeNull();
      const busy = await session('reader1', 'correct horse battery');
      for (let hour = 0; hour < 11; hour++) {
        advance(60 * 60_000);
        expect((await as(busy, '{ me { username } }')).data?.me, `hour ${hour + 1}`).toEqual({ username: 'reader1' });
      }
      advance(61 * 60_000);
      expect((await as(busy, '{ me { username } }')).data?.me).toBeNull();
    });

    it('a token stops working on its expiry day', async () => {
      admin = await session('admin', adminPassword);
      const tomorrow = new Date(clock + 86_400_000).toISOString().slice(0, 10);
      const past = await as(admin, 'mutation ($d: Date) { createApiToken(name: "past", expiresAt: $d) { id } }', {
        d: new Date(clock).toISOString().slice(0, 10),
      });
      expect(codes(past)).toEqual(['BAD_USER_INPUT']);
      const made = await as(
        admin,
        'mutation ($d: Date) { createApiToken(name: "one day", expiresAt: $d) { token expiresAt } }',
        {
          d: tomorrow,
        },
      );
      const token = made.data?.createApiToken as { token: string; expiresAt: string };
      expect(token.expiresAt).toBe(tomorrow);
      expect((await as({ token: token.token }, '{ me { username } }')).data?.me).toEqual({ username: 'admin' });
      advance(86_400_000);
      const expired = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token.token}` },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      expect(expired.status).toBe(401);
    });
  });
}
