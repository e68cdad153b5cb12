import {
  type GraphQLNamedType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { buildSchema as buildAppSchema } from '../../server/src/app.js';
import { explicitRule } from '../../server/src/auth/directive.js';

// Helpers for the sign-in suites: HTTP sign-in, GraphQL with a cookie or a token, and the list of guarded fields
// generated from the schema (so that a new mutation or restricted field is covered without being listed).

export interface Answer<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
  headers: Headers;
}

export interface Credentials {
  cookie?: string;
  token?: string;
  /** Send apollo-require-preflight (default: true when signed in with a cookie). */
  preflight?: boolean;
  origin?: string;
}

export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  who: Credentials = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (who.cookie) headers.cookie = who.cookie;
  if (who.token) headers.authorization = `Bearer ${who.token}`;
  if (who.preflight ?? Boolean(who.cookie)) headers['apollo-require-preflight'] = 'true';
  if (who.origin) headers.origin = who.origin;
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<Answer<T>, 'status' | 'headers'>;
  return { ...body, status: response.status, headers: response.headers };
}

/** POST /auth/login; returns the response and the session cookie (name=value) it set, if any. */
export async function signIn(
  url: string,
  username: string,
  password: string,
  extra: Record<string, string> = {},
): Promise<{ response: Response; cookie: string | null; setCookie: string | null }> {
  const response = await fetch(`${url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...extra },
    body: JSON.stringify({ username, password }),
  });
  const setCookie = response.headers.get('set-cookie');
  const cookie = setCookie && /^regiongraf_session=[^;]+/.exec(setCookie)?.[0];
  return { response, cookie: cookie && !cookie.endsWith('=') ? cookie : null, setCookie };
}

export interface GuardedField {
  /** Mutation.createUser, Query.users, ... */
  name: string;
  mutation: boolean;
  /** The role needed; null: any signed-in user when PUBLIC_READ is false (reading), or open (@public). */
  role: string | null;
  public: boolean;
  /** An operation that calls the field with well-typed arguments. */
  operation: string;
}

function sample(type: GraphQLNamedType): string {
  switch (type.name) {
    case 'Int':
      return '1';
    case 'Boolean':
      return 'true';
    case 'Date':
      return '"2099-01-01"';
    case 'UserRole':
      return 'READER';
    default:
      if (isInputObjectType(type)) {
        // Its required fields, so that the call is valid and reaches the authorization check.
        const required = Object.values(type.getFields()).filter((field) => isNonNullType(field.type));
        return `{${required.map((field) => `${field.name}: ${sample(getNamedType(field.type))}`).join(', ')}}`;
      }
      if (isEnumType(type)) return type.getValues()[0]?.name ?? '""';
      return '"probe-x"';
  }
}

/** Every field of Query and Mutation with its rule, from the schema the app runs. */
export function guardedFields(): GuardedField[] {
  const app = buildAppSchema();
  const fields: GuardedField[] = [];
  for (const root of [app.getQueryType(), app.getMutationType()]) {
    if (!root) continue;
    const mutation = root === app.getMutationType();
    for (const field of Object.values(root.getFields())) {
      // A field read from the schema carries its directives in its AST node, as a field config does.
      const rule = explicitRule(app, field as never);
      const args = field.args.filter((arg) => isNonNullType(arg.type));
      const argText = args.length
        ? `(${args.map((arg) => `${arg.name}: ${sample(getNamedType(arg.type))}`).join(', ')})`
        : '';
      const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
      fields.push({
        name: `${root.name}.${field.name}`,
        mutation,
        role: rule?.kind === 'role' ? rule.role : null,
        public: rule?.kind === 'public',
        operation: `${mutation ? 'mutation' : 'query'} { ${field.name}${argText}${selection} }`,
      });
    }
  }
  return fields;
}
