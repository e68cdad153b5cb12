import { resolve } from 'node:path';
import { z } from 'zod';
import { isUserRole, parseRoleMap, type UserRoleValue } from './domain/access.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';

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
  UPLOAD_MAX_BYTES: z.coerce.number().int().min(1000).max(200_000_000).default(20_000_000),
  // Reading an upload in its worker (ingest/run.ts): the text within EXTRACTION_TIMEOUT_MS, then the proposal rules
  // within PROPOSAL_RULES_TIMEOUT_MS (left out: what the text left of EXTRACTION_TIMEOUT_MS).
  EXTRACTION_TIMEOUT_MS: z.coerce.number().int().min(100).default(60_000),
  PROPOSAL_RULES_TIMEOUT_MS: z.coerce.number().int().min(1).optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  GRAPHQL_INTROSPECTION: z.enum(['true', 'false']).default('false'),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(DEFAULT_LIMITS.requestTimeoutMs),
  MAX_QUERY_COST: z.coerce.number().int().min(1).default(DEFAULT_LIMITS.maxCost),
  MAX_ALIASES: z.coerce.number().int().min(1).default(DEFAULT_LIMITS.maxAliases),
  MAX_TOKENS: z.coerce.number().int().min(10).default(DEFAULT_LIMITS.maxTokens),
  MAX_DIRECTIVES: z.coerce.number().int().min(0).default(DEFAULT_LIMITS.maxDirectives),
  MAX_RESPONSE_BYTES: z.coerce.number().int().min(1000).default(DEFAULT_LIMITS.maxResponseBytes),
  MAX_ROWS_PER_REQUEST: z.coerce.number().int().min(1).default(DEFAULT_LIMITS.maxRowsPerRequest),
  MAX_TEXT_LENGTH: z.coerce.number().int().min(1).default(DEFAULT_LIMITS.maxTextLength),
  // Sign-in (docs/operations.md, "Sign-in and roles").
  PUBLIC_READ: z.enum(['true', 'false']).default('true'),
  ADMIN_PASSWORD: z.string().min(8).optional(),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(120),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).default(12),
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  SIGN_IN_LOCK_SECONDS: z.coerce.number().int().min(1).default(30),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_REDIRECT_URI: z.string().url().optional(),
  OIDC_SCOPES: z.string().min(1).default('openid profile email'),
  OIDC_ROLE_CLAIM: z.string().min(1).default('roles'),
  OIDC_ROLE_MAP: z
    .string()
    .default('')
    .refine(
      (text) => {
        try {
          parseRoleMap(text);
          return true;
        } catch {
          return false;
        }
      },
      { message: 'write value=ROLE pairs separated by commas, ROLE one of READER, EDITOR, REVIEWER, ADMIN' },
    ),
  ALLOW_SELF_APPROVAL: z.enum(['true', 'false']).default('false'),
  OIDC_DEFAULT_ROLE: z.string().refine(isUserRole, 'one of READER, EDITOR, REVIEWER, ADMIN').default('READER'),
});

export type StorageConfig =
  | { engine: 'grafeo'; directory: string }
  | {
      engine: 'neo4j';
      uri: string;
      user: string;
      password: string;
      database?: string | undefined;
      timeoutMs: number;
    };

/** What the HTTP app needs (server/src/app.ts AppOptions, less the store). */
export interface HttpConfig {
  clientDir: string;
  maxQueryDepth: number;
  bodyLimit: number;
  uploadMaxBytes: number;
  /** The time and memory an upload's reading gets (ingest/run.ts ExtractionBudget). */
  extraction: { timeoutMs: number; maxHeapMb: number; rulesTimeoutMs?: number };
  rateLimitPerMinute: number;
  trustProxy: boolean;
  logLevel: string;
  introspection: boolean;
  limits: Omit<Limits, 'maxQueryDepth'>;
  auth: AuthSettings;
}

/** An OpenID Connect provider to sign in with (all four OIDC_ variables set). */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  scopes: string;
  roleClaim: string;
  roleMap: Map<string, UserRoleValue>;
  defaultRole: UserRoleValue;
}

/** Sign-in, sessions and who may read (server/src/auth/). */
export interface AuthSettings {
  publicRead: boolean;
  /** 'auto': Secure cookies when the request came over HTTPS (with TRUST_PROXY, as the proxy says). */
  cookieSecure: 'auto' | boolean;
  sessionIdleMs: number;
  sessionMaxMs: number;
  /** Failed sign-ins (per username, and per address) before each further try is locked out for a while. */
  maxFailures: number;
  lockMs: number;
  oidc: OidcSettings | null;
  /** ALLOW_SELF_APPROVAL: an admin may approve their own change (small installations; logged when used). */
  allowSelfApproval: boolean;
}

export interface Config {
  port: number;
  host: string;
  storage: StorageConfig;
  http: HttpConfig;
  /** The first admin's password when there are no users yet (otherwise one is made up and printed once). */
  adminPassword: string | null;
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
  const oidcVariables = [
    values.OIDC_ISSUER,
    values.OIDC_CLIENT_ID,
    values.OIDC_CLIENT_SECRET,
    values.OIDC_REDIRECT_URI,
  ];
  if (oidcVariables.some(Boolean) && !oidcVariables.every(Boolean)) {
    throw new Error(
      'Invalid configuration:\n  OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and OIDC_REDIRECT_URI go together: set all four or none',
    );
  }
  const oidc: OidcSettings | null =
    values.OIDC_ISSUER && values.OIDC_CLIENT_ID && values.OIDC_CLIENT_SECRET && values.OIDC_REDIRECT_URI
      ? {
          issuer: values.OIDC_ISSUER,
          clientId: values.OIDC_CLIENT_ID,
          clientSecret: values.OIDC_CLIENT_SECRET,
          redirectUri: values.OIDC_REDIRECT_URI,
          scopes: values.OIDC_SCOPES,
          roleClaim: values.OIDC_ROLE_CLAIM,
          roleMap: parseRoleMap(values.OIDC_ROLE_MAP),
          defaultRole: values.OIDC_DEFAULT_ROLE as UserRoleValue,
        }
      : null;
  const storage: StorageConfig = values.NEO4J_URI
    ? {
        engine: 'neo4j',
        uri: values.NEO4J_URI,
        user: values.NEO4J_USER,
        password: values.NEO4J_PASSWORD,
        database: values.NEO4J_DATABASE,
        timeoutMs: values.REQUEST_TIMEOUT_MS,
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
      uploadMaxBytes: values.UPLOAD_MAX_BYTES,
      extraction: {
        timeoutMs: values.EXTRACTION_TIMEOUT_MS,
        maxHeapMb: 512,
        ...(values.PROPOSAL_RULES_TIMEOUT_MS === undefined ? {} : { rulesTimeoutMs: values.PROPOSAL_RULES_TIMEOUT_MS }),
      },
      rateLimitPerMinute: values.RATE_LIMIT_PER_MINUTE,
      trustProxy: values.TRUST_PROXY === 'true',
      logLevel: values.LOG_LEVEL,
      introspection: values.GRAPHQL_INTROSPECTION === 'true',
      limits: {
        requestTimeoutMs: values.REQUEST_TIMEOUT_MS,
        maxCost: values.MAX_QUERY_COST,
        maxAliases: values.MAX_ALIASES,
        maxTokens: values.MAX_TOKENS,
        maxDirectives: values.MAX_DIRECTIVES,
        maxResponseBytes: values.MAX_RESPONSE_BYTES,
        maxRowsPerRequest: values.MAX_ROWS_PER_REQUEST,
        maxTextLength: values.MAX_TEXT_LENGTH,
      },
      auth: {
        publicRead: values.PUBLIC_READ === 'true',
        cookieSecure: values.COOKIE_SECURE === 'auto' ? 'auto' : values.COOKIE_SECURE === 'true',
        sessionIdleMs: values.SESSION_IDLE_MINUTES * 60_000,
        sessionMaxMs: values.SESSION_MAX_HOURS * 3_600_000,
        maxFailures: values.SIGN_IN_MAX_FAILURES,
        lockMs: values.SIGN_IN_LOCK_SECONDS * 1000,
        oidc,
        allowSelfApproval: values.ALLOW_SELF_APPROVAL === 'true',
      },
    },
    adminPassword: values.ADMIN_PASSWORD ?? null,
  };
}
