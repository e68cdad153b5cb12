import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { type Context, createContext } from './context.js';
import { handleExport } from './exports/http.js';
import type { GraphStore } from './graph/store.js';
import { resolvers } from './resolvers/index.js';
import { loadTypeDefs } from './schema.js';

// Apollo Server behind Node's own http server: /graphql, /health, and the built client (with a fallback to
// index.html so that deep links such as /entity/municipality:froya work when pasted into a browser).

export interface AppOptions {
  store: GraphStore;
  clientDir: string | null;
  maxQueryDepth: number;
  log?: (message: string) => void;
}

export interface App {
  server: Server;
  apollo: ApolloServer<Context>;
  stop(): Promise<void>;
}

const MAX_BODY = 1_000_000;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Keeps internal details out of responses: only typed errors keep their message. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
    const original = error instanceof GraphQLError ? error.originalError : error;
    if (original) console.error('Internal error while answering a query:', original);
    return {
      message: 'Something went wrong on the server. The error has been logged; please try again.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
      ...(formatted.path ? { path: formatted.path } : {}),
    };
  }
  return formatted;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

async function handleGraphQL(
  apollo: ApolloServer<Context>,
  store: GraphStore,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  let body: unknown;
  if (request.method === 'POST') {
    let text: string;
    try {
      text = await readBody(request);
    } catch {
      sendJson(response, 413, {
        errors: [{ message: 'The request body is too large.', extensions: { code: 'BAD_REQUEST' } }],
      });
      return;
    }
    try {
      body = text === '' ? {} : JSON.parse(text);
    } catch {
      sendJson(response, 400, {
        errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
      });
      return;
    }
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
    context: async () => createContext(store),
  });
  for (const [key, value] of result.headers) response.setHeader(key, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

function serveClient(clientDir: string, url: URL, response: ServerResponse): void {
  const root = resolve(clientDir);
  let path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!path.startsWith(root)) {
    response.writeHead(400).end();
    return;
  }
  if (!existsSync(path) || statSync(path).isDirectory()) path = join(root, 'index.html');
  if (!existsSync(path)) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('The web client is not built. Run npm run build (npm start does it for you).');
    return;
  }
  const immutable = path.includes(`${join(root, 'assets')}`);
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  createReadStream(path).pipe(response);
}

/** The executable schema: the SDL of schema/ with the resolvers (also used by the benchmarks). */
export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });
}

/** Builds the HTTP server (not yet listening) around the given store. */
export async function createApp(options: AppOptions): Promise<App> {
  const apollo = new ApolloServer<Context>({
    schema: buildSchema(),
    validationRules: [
      // Report the violation as a validation error (not thrown), so the client gets a clear message.
      maxDepthRule({
        n: options.maxQueryDepth,
        flattenFragments: true,
        propagateOnRejection: false,
        onReject: [(context, error) => context?.reportError(error)],
      }),
    ],
    includeStacktraceInErrorResponses: false,
    formatError,
    introspection: true,
  });
  await apollo.start();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
    const work = async () => {
      if (url.pathname === '/graphql') return handleGraphQL(apollo, options.store, request, response, url);
      if (url.pathname.startsWith('/export/') && request.method === 'GET') {
        if (await handleExport(url, response, options.store, apollo)) return;
      }
      if (url.pathname === '/health') {
        return sendJson(response, 200, { status: 'ok', engine: options.store.engine });
      }
      if (options.clientDir && (request.method === 'GET' || request.method === 'HEAD')) {
        return serveClient(options.clientDir, url, response);
      }
      response.writeHead(404).end();
    };
    work().catch((error: unknown) => {
      console.error('Unhandled error while serving', url.pathname, error);
      if (!response.headersSent)
        sendJson(response, 500, {
          errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
        });
      else response.end();
    });
  });
  return {
    server,
    apollo,
    async stop() {
      await new Promise<void>((done) => server.close(() => done()));
      await apollo.stop();
    },
  };
}
