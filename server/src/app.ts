import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { constants as zlibConstants } from 'node:zlib';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import fastifyCompress from '@fastify/compress';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { makeExecutableSchema } from '@graphql-tools/schema';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { withAuthorization } from './auth/directive.js';
import { installAuth } from './auth/http.js';
import { AuthService, DEFAULT_AUTH_SETTINGS } from './auth/service.js';
import type { AuthSettings } from './config.js';
import { type Context, createContext } from './context.js';
import { databaseAnswers, READY_DEADLINE_MS } from './data/health.js';
import { createDataLayer } from './data/index.js';
import { prepareSearch } from './data/search-index.js';
import { warmUp } from './data/warm-up.js';
import { matchClientRoute } from './domain/client-routes.js';
import { clientClosed, type ErrorCode, errorBody, timedOut } from './errors.js';
import { exportRoutes } from './exports/http.js';
import { DatabaseUnavailableError, type GraphStore } from './graph/store.js';
import { ingestRoutes } from './ingest/http.js';
import type { ExtractionBudget } from './ingest/run.js';
import { costLimitPlugin, DEFAULT_LIMITS, type Limits, limitRules } from './limits.js';
import { resolvers } from './resolvers/index.js';
import { loadTypeDefs } from './schema.js';

// The HTTP app: Fastify with its plugins, registered in one place (createApp), around Apollo Server.
//   /graphql            the API (Apollo through @as-integrations/fastify)
//   /health, /ready     liveness, and readiness (the database answers)
//   /export/...         downloads (exports/http.ts)
//   everything else     the built client (@fastify/static); navigations fall back to index.html so deep links
//                       work (with a 404 status for an address no page has, or an entity the graph does not
//                       know), unknown assets and API paths are 404.
//   /auth/...           sign-in and sign-out (auth/http.ts), and who is asking for every API request
// Later plugins (multipart uploads) are registered in createApp beside the others.

export interface AppOptions {
  store: GraphStore;
  clientDir: string | null;
  maxQueryDepth: number;
  /** The cost limits (limits.ts); each one left out is its default. */
  limits?: Partial<Limits>;
  /** Largest request body in bytes (bigger ones are refused with 413). */
  bodyLimit?: number;
  /** Largest uploaded document in bytes (POST /api/documents; bigger ones are refused with 413). */
  uploadMaxBytes?: number;
  /** The time and memory reading an upload gets (ingest/run.ts; default DEFAULT_BUDGET). */
  extraction?: ExtractionBudget;
  /** Requests per minute per client address; 0 turns the limit off. */
  rateLimitPerMinute?: number;
  /** Trust X-Forwarded-For / -Proto from a reverse proxy in front (TLS proxy). */
  trustProxy?: boolean;
  /** Pino log level ('info', 'warn', 'silent', ...). */
  logLevel?: string;
  /** Introspection and field suggestions (off in production unless GRAPHQL_INTROSPECTION=true). */
  introspection?: boolean;
  /** Sign-in settings (config.ts AuthSettings); each one left out is its default (PUBLIC_READ true, no OIDC). */
  auth?: Partial<AuthSettings>;
  /** The clock sign-in uses (tests move it to expire sessions and tokens). */
  now?: () => Date;
}

export interface App {
  fastify: FastifyInstance;
  apollo: ApolloServer<Context>;
  /** Users, sessions, tokens and the access log (main.ts bootstraps the first admin through it). */
  auth: AuthService;
  /** Starts listening; resolves to the base URL (http://host:port). */
  listen(port: number, host: string): Promise<string>;
  stop(): Promise<void>;
}

const INTERNAL_MESSAGE = 'Something went wrong on the server. The error has been logged; please try again.';

const TOKEN_LIMIT = /Document contains more th(?:at|an) (\d+) tokens/;

/** Keeps internal details out of responses: only typed errors keep their message. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const refused = formatted.extensions?.refused;
  if (typeof refused === 'string') {
    return { message: formatted.message, extensions: { code: refused } };
  }
  const tokens = TOKEN_LIMIT.exec(formatted.message);
  if (tokens) {
    return {
      message: `The query has more than ${tokens[1]} tokens. Send a shorter query.`,
      extensions: { code: 'TOO_MANY_TOKENS' },
    };
  }
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof DatabaseUnavailableError) {
    return {
      message: 'The database is not answering right now. Please try again in a moment.',
      extensions: { code: 'DATABASE_UNAVAILABLE' },
      ...(formatted.path ? { path: formatted.path } : {}),
    };
  }
  const code = formatted.extensions?.code;
  if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
    const original = error instanceof GraphQLError ? error.originalError : error;
    if (original) console.error('Internal error while answering a query:', original);
    return {
      message: INTERNAL_MESSAGE,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
      ...(formatted.path ? { path: formatted.path } : {}),
    };
  }
  return formatted;
}

/** The executable schema: the SDL of schema/ with the resolvers, every root field behind its @auth rule. */
export function buildSchema(): GraphQLSchema {
  return withAuthorization(makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers }));
}

/** Fastify's own error codes mapped to ours (bad JSON, too large, bad URL, rate limited, ...). */
function codeOfStatus(status: number): ErrorCode {
  if (status === 404) return 'NOT_FOUND';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 429) return 'TOO_MANY_REQUESTS';
  if (status === 503) return 'DATABASE_UNAVAILABLE';
  if (status >= 500) return 'INTERNAL_SERVER_ERROR';
  return 'BAD_REQUEST';
}

function sendError(reply: FastifyReply, status: number, code: ErrorCode, message: string): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send(errorBody(code, message));
}

/** A Host header that is not a valid host[:port] would break every absolute URL built from it: refuse it. */
function validHost(host: string | undefined): boolean {
  if (host === undefined) return true;
  return URL.canParse(`http://${host}/`) && new URL(`http://${host}/`).host !== '';
}

/** Whether a request that matched no route is a browser navigation (which gets the client's index.html). */
function isNavigation(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = request.url.split('?')[0] ?? '/';
  if (/^\/(graphql|export|auth|api|health|ready|assets)(\/|$)/.test(path)) return false;
  // A last segment with an extension names a file (favicon.ico, app.js.map): never answered with the page.
  if (/\.[A-Za-z0-9]+$/.test(path)) return false;
  return (request.headers.accept ?? '').includes('text/html');
}

/**
 * Whether a navigation leads to a page that exists: an address of the client's router (domain/client-routes.ts)
 * and, for an entity's page, an id the graph knows (or one merged into an entity it knows). Anything else is
 * answered with the client's own not-found page, but with a 404 status.
 */
async function pageExists(store: GraphStore, path: string, publicRead: boolean): Promise<boolean> {
  const match = matchClientRoute(path);
  if (!match) return false;
  if (match.route !== 'entity' && match.route !== 'entityHistory') return true;
  // Without PUBLIC_READ an anonymous visitor may not learn which ids the graph holds (a navigation carries no
  // sign-in check): every entity address is a page, and the client says what the API lets it see.
  if (!publicRead) return true;
  const id = match.params.id ?? '';
  const data = createDataLayer(store);
  try {
    if ((await data.entities.byId.load(id)) !== null) return true;
    return (await data.edits.redirectOf(id)) !== null;
  } catch {
    // A database that does not answer is not a missing page: the client says what went wrong.
    return true;
  }
}

async function clientPlugin(
  fastify: FastifyInstance,
  clientDir: string,
  store: GraphStore,
  publicRead: boolean,
): Promise<void> {
  const root = resolve(clientDir);
  const hasIndex = existsSync(join(root, 'index.html'));
  await fastify.register(fastifyStatic, {
    root,
    wildcard: true,
    index: ['index.html'],
    // Built assets carry a content hash in their name: cache forever. Everything else revalidates.
    // (cacheControl off: @fastify/send would otherwise write its own max-age=0 over ours.)
    cacheControl: false,
    setHeaders(response, path) {
      response.setHeader(
        'cache-control',
        path.startsWith(join(root, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
    // Source maps are not built for production (client/vite.config.ts); refuse them anyway if one is left over.
    allowedPath: (path) => !path.endsWith('.map'),
  });
  fastify.setNotFoundHandler(async (request, reply) => {
    if (isNavigation(request)) {
      if (!hasIndex) {
        return reply
          .code(404)
          .type('text/plain; charset=utf-8')
          .send('The web client is not built. Run npm run build (npm start does it for you).');
      }
      const status = (await pageExists(store, request.url.split('?')[0] ?? '/', publicRead)) ? 200 : 404;
      return reply.code(status).header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendError(reply, 404, 'NOT_FOUND', `Nothing at ${request.method} ${request.url.split('?')[0]}.`);
  });
}

/** Builds the HTTP app (not yet listening) around the given store. */
export async function createApp(options: AppOptions): Promise<App> {
  const fastify = Fastify({
    bodyLimit: options.bodyLimit ?? 1_000_000,
    trustProxy: options.trustProxy ?? false,
    requestIdHeader: 'x-request-id',
    genReqId: () => crypto.randomUUID(),
    // Errors Fastify meets before routing (a URL that does not decode, an absolute URL with a bad port).
    frameworkErrors: (_error, _request, reply) => {
      sendError(reply, 400, 'BAD_REQUEST', 'The URL is malformed (check its percent-encoding).');
    },
    logger: {
      level: options.logLevel ?? 'info',
      // Never log a query string: GET /graphql carries the query and its variables there.
      serializers: {
        req: (request) => ({
          method: request.method,
          url: String(request.url ?? '').split('?')[0],
          remoteAddress: request.ip,
        }),
      },
    },
  });

  const limits: Limits = { ...DEFAULT_LIMITS, maxQueryDepth: options.maxQueryDepth, ...options.limits };
  const schema = buildSchema();
  const introspection = options.introspection ?? false;
  const apollo = new ApolloServer<Context>({
    schema,
    // Limits are reported as validation errors (not thrown), so the client gets a clear message and code.
    validationRules: limitRules(limits),
    parseOptions: { maxTokens: limits.maxTokens },
    includeStacktraceInErrorResponses: false,
    formatError,
    introspection,
    // "Did you mean …?" suggestions tell a stranger the schema as surely as introspection does.
    hideSchemaDetailsFromClientErrors: !introspection,
    plugins: [
      fastifyApolloDrainPlugin(fastify),
      costLimitPlugin(schema, limits),
      // Apollo's cache-control plugin is on by default and wraps every field resolver to compute cache hints we
      // never send (no CDN caches GraphQL here): off, it costs nothing per field. Usage reporting would send
      // operation traces to Apollo's cloud whenever APOLLO_KEY happens to be set: never. Inline traces are for a
      // federation gateway we do not have (Apollo installs the plugin and asks it on every request). The landing
      // page would answer a browser at /graphql with Apollo's sandbox from its CDN, which our CSP blocks: the web
      // client is the way in, and GET /graphql answers queries only.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  fastify.addHook('onRequest', async (request, reply) => {
    if (!validHost(request.headers.host)) {
      return sendError(reply, 400, 'BAD_REQUEST', 'The Host header is not a valid host name.');
    }
  });
  // The request id goes back to the client, so that a person can quote it when something went wrong.
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  fastify.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    const message =
      status === 413
        ? 'The request body is too large.'
        : status >= 500
          ? INTERNAL_MESSAGE
          : error.message || 'The request is malformed.';
    return sendError(reply, status, codeOfStatus(status), message);
  });

  await fastify.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // React and the network view set style attributes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    // Over plain HTTP on a LAN HSTS would lock browsers out; the TLS proxy sets it (docs/operations.md).
    strictTransportSecurity: false,
  });
  // The fastest levels: a GraphQL answer is compressed on every request, where the default levels (gzip 6, brotli
  // 4) cost more time than the bytes they save are worth on a LAN; JSON still shrinks to a fifth or less.
  await fastify.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    zlibOptions: { level: zlibConstants.Z_BEST_SPEED },
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 1 } },
  });
  if ((options.rateLimitPerMinute ?? 0) > 0) {
    await fastify.register(fastifyRateLimit, {
      max: options.rateLimitPerMinute ?? 0,
      timeWindow: '1 minute',
      // Health checks come from the supervisor and the proxy, often: never limit them.
      allowList: (request) => request.url === '/health' || request.url === '/ready',
      errorResponseBuilder: (_request, context) => ({
        statusCode: 429,
        ...errorBody('TOO_MANY_REQUESTS', `Too many requests; try again in ${context.after}.`),
      }),
    });
  }

  const { store } = options;
  const auth = new AuthService(store, { ...DEFAULT_AUTH_SETTINGS, ...options.auth }, options.now);
  await auth.prepare();
  // A graph seeded by an earlier version gets its search texts and indexes here, before the first search.
  await prepareSearch(store);
  // On Neo4j the statements asked most are planned now rather than by the first request (data/warm-up.ts).
  const planned = await warmUp(store);
  if (planned > 0) fastify.log.info({ planned }, 'statements planned');
  await installAuth(fastify, auth);
  fastify.get('/health', async () => ({ status: 'ok', engine: store.engine }));
  fastify.get('/ready', async (_request, reply) => {
    if (await databaseAnswers(store, READY_DEADLINE_MS)) return { status: 'ready', engine: store.engine };
    return sendError(reply, 503, 'DATABASE_UNAVAILABLE', 'The database is not answering.');
  });
  fastify.route({
    url: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    handler: fastifyApolloHandler(apollo, {
      // Each request gets a deadline and stops reading when its client goes away: every read of the request then
      // fails at once (context.ts), so an abandoned or overlong request frees the server within the budget.
      context: async (request, reply) => {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(timedOut(limits.requestTimeoutMs)), limits.requestTimeoutMs);
        reply.raw.once('close', () => {
          clearTimeout(timer);
          controller.abort(clientClosed());
        });
        return createContext(
          store,
          {
            signal: controller.signal,
            maxRows: limits.maxRowsPerRequest,
            ...(options.now ? { now: options.now } : {}),
          },
          request.auth,
        );
      },
    }),
    // The estimate bounds a response; this is the backstop for what the estimate did not foresee.
    onSend: async (_request, reply, payload) => {
      if (typeof payload === 'string' && Buffer.byteLength(payload) > limits.maxResponseBytes) {
        reply.code(400).type('application/json; charset=utf-8');
        return JSON.stringify(
          errorBody(
            'RESPONSE_TOO_LARGE',
            `The answer would be larger than ${limits.maxResponseBytes} bytes. Ask for fewer items at a time.`,
          ),
        );
      }
      return payload;
    },
  });
  await fastify.register(exportRoutes, { store, apollo });
  await fastify.register(ingestRoutes, {
    store,
    maxBytes: options.uploadMaxBytes ?? 20_000_000,
    ...(options.extraction ? { budget: options.extraction } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  if (options.clientDir) await clientPlugin(fastify, options.clientDir, store, auth.settings.publicRead);
  else {
    fastify.setNotFoundHandler((request, reply) =>
      sendError(reply, 404, 'NOT_FOUND', `Nothing at ${request.method} ${request.url.split('?')[0]}.`),
    );
  }
  await fastify.ready();

  return {
    fastify,
    apollo,
    auth,
    async listen(port, host) {
      await fastify.listen({ port, host });
      const address = fastify.server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      return `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
    },
    async stop() {
      await apollo.stop();
      await fastify.close();
    },
  };
}
