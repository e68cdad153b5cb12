import { getDirective, MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, type GraphQLFieldConfig, type GraphQLSchema } from 'graphql';
import { roleAllows, type UserRoleValue } from '../domain/access.js';
import { forbidden, unauthenticated } from '../errors.js';
import type { RequestAuth } from './identity.js';

// Authorization in one place. Every field of Query and Mutation, and every other field marked @auth, runs through
// `authorize` before its resolver: no resolver can forget it. The rule of a field:
//   @public               anyone (me, authSettings)
//   @auth(requires: R)    a signed-in user whose role (lowered to a token's ceiling) is R or above
//   (none, on Query)      reading the graph: anyone when PUBLIC_READ, otherwise any signed-in user
// A Mutation field without @auth or @public stops the schema from building.
// Cookie-authenticated mutations also need the header apollo-require-preflight (CSRF: another site's page cannot
// send a custom header without a CORS preflight, which this server never grants).

export type FieldRule = { kind: 'public' } | { kind: 'role'; role: UserRoleValue } | { kind: 'read' };

/** The rule a field's directives give it; null when it has none. */
export function explicitRule(schema: GraphQLSchema, field: GraphQLFieldConfig<unknown, unknown>): FieldRule | null {
  if (getDirective(schema, field, 'public')?.[0]) return { kind: 'public' };
  const auth = getDirective(schema, field, 'auth')?.[0] as { requires: UserRoleValue } | undefined;
  return auth ? { kind: 'role', role: auth.requires } : null;
}

/** Throws UNAUTHENTICATED or FORBIDDEN unless the request may use a field with this rule. */
export function authorize(rule: FieldRule, auth: RequestAuth, mutation: boolean): void {
  if (rule.kind === 'public') return;
  const identity = auth.identity;
  if (rule.kind === 'read') {
    if (auth.publicRead || identity) return;
    throw unauthenticated('Sign in to read the graph: this installation does not allow anonymous reading.');
  }
  if (!identity) throw unauthenticated();
  if (mutation && identity.method === 'session' && !auth.csrfHeader) {
    throw forbidden(
      'A signed-in browser must send the header "apollo-require-preflight: true" with a mutation (protection against cross-site requests).',
    );
  }
  if (!roleAllows(identity.role, rule.role)) {
    throw forbidden(
      identity.method === 'token'
        ? `This needs the role ${rule.role}; this token may act as ${identity.role}.`
        : `This needs the role ${rule.role}; you are ${identity.role}.`,
    );
  }
}

/** The schema with every root field and every @auth field wrapped in its check. */
export function withAuthorization(schema: GraphQLSchema): GraphQLSchema {
  const queryType = schema.getQueryType()?.name;
  const mutationType = schema.getMutationType()?.name;
  const unruled: string[] = [];
  const wrapped = mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field, fieldName, typeName) => {
      const explicit = explicitRule(schema, field);
      const root = typeName === queryType || typeName === mutationType;
      if (typeName === mutationType && !explicit) unruled.push(`${typeName}.${fieldName}`);
      if (!explicit && !root) return field;
      const rule: FieldRule = explicit ?? { kind: 'read' };
      const mutation = typeName === mutationType;
      const resolve = field.resolve ?? defaultFieldResolver;
      return {
        ...field,
        resolve(source, args, context: { auth: RequestAuth }, info) {
          authorize(rule, context.auth, mutation);
          return resolve(source, args, context, info);
        },
      };
    },
  });
  if (unruled.length > 0) {
    throw new Error(`Every mutation needs @auth(requires: …) or @public; these have neither: ${unruled.join(', ')}`);
  }
  return wrapped;
}
