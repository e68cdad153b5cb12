import { makeExecutableSchema } from '@graphql-tools/schema';
import { graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { withAuthorization } from './directive.js';
import type { RequestAuth } from './identity.js';

// The one check, on a small schema of its own: a mutation without a rule stops the schema from building, and each
// kind of rule lets through exactly whom it names.

const directives = `
  directive @auth(requires: UserRole!) on FIELD_DEFINITION
  directive @public on FIELD_DEFINITION
  enum UserRole { READER EDITOR REVIEWER ADMIN }
`;

function schema(mutation: string) {
  return withAuthorization(
    makeExecutableSchema({
      typeDefs: `${directives}
        type Query { open: Int @public  read: Int  admin: Int @auth(requires: ADMIN) }
        type Mutation { ${mutation} }`,
      resolvers: {
        Query: { open: () => 1, read: () => 2, admin: () => 3 },
        Mutation: { change: () => 4 },
      },
    }),
  );
}

const user = { id: 'u', username: 'u', displayName: 'U', role: 'EDITOR' as const };
const as = (overrides: Partial<RequestAuth>): RequestAuth => ({
  identity: null,
  publicRead: true,
  csrfHeader: false,
  address: '',
  service: null,
  ...overrides,
});

async function codes(source: string, auth: RequestAuth, mutation = 'change: Int @auth(requires: EDITOR)') {
  const result = await graphql({ schema: schema(mutation), source, contextValue: { auth } });
  return result.errors?.map((error) => error.extensions.code) ?? [];
}

describe('withAuthorization', () => {
  it('refuses to build a schema with a mutation that has no rule', () => {
    expect(() => schema('change: Int')).toThrow(/Mutation\.change/);
  });

  it('lets anyone read with PUBLIC_READ, nobody anonymous without it, and @public always', async () => {
    expect(await codes('{ open read }', as({}))).toEqual([]);
    expect(await codes('{ read }', as({ publicRead: false }))).toEqual(['UNAUTHENTICATED']);
    expect(await codes('{ open }', as({ publicRead: false }))).toEqual([]);
  });

  it('needs the role a field names, and the CSRF header for a cookie mutation', async () => {
    const session = { user, role: 'EDITOR' as const, method: 'session' as const };
    const token = { user, role: 'READER' as const, method: 'token' as const };
    expect(await codes('{ admin }', as({}))).toEqual(['UNAUTHENTICATED']);
    expect(await codes('{ admin }', as({ identity: session }))).toEqual(['FORBIDDEN']);
    expect(await codes('mutation { change }', as({ identity: session }))).toEqual(['FORBIDDEN']);
    expect(await codes('mutation { change }', as({ identity: session, csrfHeader: true }))).toEqual([]);
    expect(await codes('mutation { change }', as({ identity: token }))).toEqual(['FORBIDDEN']);
    expect(await codes('mutation { change }', as({ identity: { ...token, role: 'EDITOR' } }))).toEqual([]);
  });
});
