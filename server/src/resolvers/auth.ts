import type { Context } from '../context.js';
import { encodeCursor, InputError, keysetPage, pageInfo } from '../domain/page.js';
import { notFound } from '../errors.js';
import type { MutationResolvers, QueryResolvers } from '../generated/graphql.js';

// Sign-in, users, tokens and the access log. Who may call what is not decided here: the schema's @auth and
// @public directives are enforced for every field by auth/directive.ts before these run. What remains here is
// what a role cannot say: whose token it is.

function service(context: Context) {
  const found = context.auth.service;
  if (!found) throw new Error('No sign-in service in this context');
  return found;
}

/** The signed-in identity (the directive has already refused anonymous calls to the fields that use this). */
function signedIn(context: Context) {
  const identity = context.auth.identity;
  if (!identity) throw new Error('The authorization directive let an anonymous call through');
  return identity;
}

export const authQueries: QueryResolvers = {
  me: (_parent, _args, context) => context.auth.identity?.user ?? null,
  authSettings: (_parent, _args, context) => ({
    oidc: Boolean(context.auth.service?.settings.oidc),
    publicRead: context.auth.publicRead,
  }),
  users: (_parent, _args, context) => service(context).data.listUsers(),
  myApiTokens: (_parent, _args, context) => service(context).data.listApiTokens(signedIn(context).user.id),
  apiTokens: (_parent, _args, context) => service(context).data.listApiTokens(null),
  accessLog: async (_parent, args, context) => {
    const page = keysetPage(args.first, args.after, 1, 500);
    const rows = await service(context).data.accessLogPage(page.after?.[0] ?? null, page.limit + 1);
    const edges = rows
      .slice(0, page.limit)
      .map((row) => ({ cursor: encodeCursor([row.id]), node: { ...row, action: row.action as never } }));
    return { edges, pageInfo: pageInfo({ edges, hasNextPage: rows.length > page.limit }) };
  },
};

export const authMutations: MutationResolvers = {
  createUser: (_parent, args, context) =>
    service(context).createUser(
      signedIn(context),
      { username: args.username, displayName: args.displayName, role: args.role, password: args.password },
      context.auth.address,
    ),
  createApiToken: (_parent, args, context) => {
    const identity = signedIn(context);
    return service(context).createToken(identity, identity.user, args, context.auth.address);
  },
  createApiTokenFor: async (_parent, { userId, ...args }, context) => {
    const owner = await service(context).data.userById(userId);
    if (!owner) throw notFound(`There is no user with the id "${userId}".`);
    return service(context).createToken(signedIn(context), owner, args, context.auth.address);
  },
  revokeApiToken: (_parent, args, context) => {
    if (args.id.trim() === '') throw new InputError('Name the token to revoke by its id.', 'id');
    return service(context).revokeToken(signedIn(context), args.id, context.auth.address);
  },
};
