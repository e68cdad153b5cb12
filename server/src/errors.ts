import { GraphQLError } from 'graphql';

// Typed GraphQL errors: every error a client sees has an extensions.code and a message a person can act on.

/** The input is malformed or out of range; nothing was changed. */
export function badUserInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argumentName: argument } : {}) },
  });
}

/** The input is well-formed but names nothing that exists. */
export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
}
