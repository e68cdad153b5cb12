import { resolve } from 'node:path';
import { z } from 'zod';

// The only reader of process.env. Everything else receives a validated Config.

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  GRAPH_DIR: z.string().min(1).default('data/graph'),
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().optional(),
  CLIENT_DIR: z.string().min(1).default('client/dist'),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1000).default(1_000_000),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  GRAPHQL_INTROSPECTION: z.enum(['true', 'false']).default('false'),
});

export type StorageConfig =
  | { engine: 'grafeo'; directory: string }
  | { engine: 'neo4j'; uri: string; user: string; password: string; database?: string | undefined };

/** What the HTTP app needs (server/src/app.ts AppOptions, less the store). */
export interface HttpConfig {
  clientDir: string;
  maxQueryDepth: number;
  bodyLimit: number;
  rateLimitPerMinute: number;
  trustProxy: boolean;
  logLevel: string;
  introspection: boolean;
}

export interface Config {
  port: number;
  host: string;
  storage: StorageConfig;
  http: HttpConfig;
}

/** Reads and validates the environment; throws one readable error listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Config {
  const parsed = schema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== '')),
  );
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const values = parsed.data;
  const storage: StorageConfig = values.NEO4J_URI
    ? {
        engine: 'neo4j',
        uri: values.NEO4J_URI,
        user: values.NEO4J_USER,
        password: values.NEO4J_PASSWORD,
        database: values.NEO4J_DATABASE,
      }
    : { engine: 'grafeo', directory: resolve(cwd, values.GRAPH_DIR) };
  return {
    port: values.PORT,
    host: values.HOST,
    storage,
    http: {
      clientDir: resolve(cwd, values.CLIENT_DIR),
      maxQueryDepth: values.MAX_QUERY_DEPTH,
      bodyLimit: values.BODY_LIMIT_BYTES,
      rateLimitPerMinute: values.RATE_LIMIT_PER_MINUTE,
      trustProxy: values.TRUST_PROXY === 'true',
      logLevel: values.LOG_LEVEL,
      introspection: values.GRAPHQL_INTROSPECTION === 'true',
    },
  };
}
