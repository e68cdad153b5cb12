import { describe, expect, it } from 'vitest';
import { FIXTURES, SIGNED_IN } from '../../bench/fixtures.js';
import { clientOperations } from '../../bench/operations.js';

// `npm run bench` measures every query the client sends; a query added without variables for the synthetic graph
// stopped the whole run at its first size. This keeps the two lists together.

describe('the benchmark fixtures', () => {
  it('have variables for every query an anonymous visitor sends, and name no query the client no longer has', () => {
    const queries = [...clientOperations().keys()];
    expect(queries.length).toBeGreaterThan(20);
    expect(queries.filter((name) => !SIGNED_IN.has(name) && !(name in FIXTURES))).toEqual([]);
    expect(Object.keys(FIXTURES).filter((name) => !queries.includes(name))).toEqual([]);
  });
});
