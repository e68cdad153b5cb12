import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatError } from './app.js';
import { clientClosed } from './errors.js';

// What a failed read turns into in the answer and in the log: a bug is logged with its details and answered with a
// generic message; a client that went away is neither a bug nor logged as one.

describe('formatError', () => {
  afterEach(() => vi.restoreAllMocks());

  // As graphql-js hands a resolver's rejection to formatError: located at a path, the original kept.
  const located = (original: Error) =>
    new GraphQLError(original.message, {
      path: ['person'],
      originalError: original,
      extensions: original instanceof GraphQLError ? original.extensions : {},
    });

  it('logs an unforeseen failure and answers with a generic INTERNAL_SERVER_ERROR', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const error = located(new TypeError("Cannot read properties of undefined (reading 'id')"));
    const answer = formatError({ message: error.message, path: ['person'] }, error);
    expect(answer.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(answer.message).not.toMatch(/Cannot read/);
    expect(log).toHaveBeenCalledWith('Internal error while answering a query:', expect.any(TypeError));
  });

  it('does not log a request whose client closed the connection as an internal error', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const error = located(clientClosed());
    const answer = formatError(
      { message: error.message, path: ['person'], extensions: { code: 'CLIENT_CLOSED_REQUEST' } },
      error,
    );
    expect(answer.extensions?.code).toBe('CLIENT_CLOSED_REQUEST');
    expect(log).not.toHaveBeenCalled();
  });
});
