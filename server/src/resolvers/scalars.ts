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

function parseLong(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw badUserInput(`"${String(value)}" is not a whole number (at most 9007199254740991).`);
  }
  return value;
}

/** Long: a whole number exact up to 2^53 − 1 (sums of kroner). */
export const LongScalar = new GraphQLScalarType<number, number>({
  name: 'Long',
  description: 'A whole number, exact up to 2^53 − 1.',
  serialize: (value) => parseLong(typeof value === 'string' ? Number(value) : value),
  parseValue: (value) => parseLong(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) throw badUserInput('A Long is a whole number.');
    return parseLong(Number(ast.value));
  },
});
