import { GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '../domain/dates.js';
import { badUserInput } from '../errors.js';

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw badUserInput(`"${String(value)}" is not a date: write it as YYYY-MM-DD, for example 2022-06-30.`);
  }
  return value;
}

/** Date: an ISO 8601 calendar date, kept as a YYYY-MM-DD string end to end. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'An ISO 8601 calendar date, YYYY-MM-DD.',
  serialize: (value) => parseDate(value),
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw badUserInput('A Date is a string written YYYY-MM-DD, for example "2022-06-30".');
    return parseDate(ast.value);
  },
});
