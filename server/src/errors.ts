import { GraphQLError } from 'graphql';

// Typed GraphQL errors: every error a client sees has an extensions.code and a message a person can act on.
// docs/operations.md lists every code with what it means to an operator.

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'BAD_REQUEST'
  | 'NOT_FOUND'
  | 'NOT_CLAIMED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'PREREQUISITE_PENDING'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'UNPROCESSABLE_DOCUMENT'
  | 'TOO_MANY_REQUESTS'
  | 'QUERY_TOO_COSTLY'
  | 'TOO_MANY_ALIASES'
  | 'TOO_MANY_TOKENS'
  | 'TOO_MANY_DIRECTIVES'
  | 'QUERY_TOO_DEEP'
  | 'RESPONSE_TOO_LARGE'
  | 'TIMEOUT'
  | 'CLIENT_CLOSED_REQUEST'
  | 'DATABASE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

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

/** The sources claim nothing on that day (before the first day a fact is known): neither that it holds nor not. */
export function notClaimed(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_CLAIMED' } });
}

/** Nobody is signed in (no session, no valid token) where a sign-in is needed. */
export function unauthenticated(
  message = 'Sign in first (a session cookie or an Authorization: Bearer token).',
): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

/** Signed in, but the role (or the token's ceiling) does not allow this. */
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/** The change conflicts with what exists (a username that is taken). */
export function conflict(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT' } });
}

/** A typed refusal with extra extensions (a CONFLICT carries the current state as `current`). */
export function refused(
  code: 'FORBIDDEN' | 'CONFLICT' | 'NOT_FOUND' | 'PREREQUISITE_PENDING',
  message: string,
  details: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { ...details, code } });
}

/** The database did not answer (stopped, unreachable, frozen): the request may succeed when it is back. */
export function databaseUnavailable(): GraphQLError {
  return new GraphQLError('The database is not answering right now. Please try again in a moment.', {
    extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503 } },
  });
}

/** The request ran out of its time budget (REQUEST_TIMEOUT_MS) and was stopped. */
export function timedOut(ms: number): GraphQLError {
  return new GraphQLError(`The request took longer than ${ms} ms and was stopped. Ask for less at a time.`, {
    extensions: { code: 'TIMEOUT', http: { status: 503 } },
  });
}

/**
 * The client went away before the answer: nobody reads it, so it is no fault of the server's and is not logged as one
 * (the name is nginx's for its status 499).
 */
export function clientClosed(): GraphQLError {
  return new GraphQLError('The client closed the connection before the answer was ready.', {
    extensions: { code: 'CLIENT_CLOSED_REQUEST' },
  });
}

/** The JSON shape every non-GraphQL failure (404, 413, 503, ...) is answered with, like a GraphQL error. */
export function errorBody(
  code: ErrorCode,
  message: string,
): { errors: { message: string; extensions: { code: string } }[] } {
  return { errors: [{ message, extensions: { code } }] };
}
