import { describe, expect, it } from 'vitest';
import { encodeCursor, InputError, keysetPage, offsetCursor, offsetPage, pageInfo, wholeNumberIn } from './page.js';

describe('page arguments', () => {
  it('takes the default page size and refuses sizes out of range, naming the argument', () => {
    expect(offsetPage(undefined, undefined, 500)).toEqual({ offset: 0, limit: 50 });
    expect(() => offsetPage(0, null, 500)).toThrow(InputError);
    expect(() => offsetPage(501, null, 500)).toThrow('"first" must be a whole number from 1 to 500; it was 501.');
    expect(() => wholeNumberIn('hops', 1.5, 1, 1, 3)).toThrow(expect.objectContaining({ argument: 'hops' }));
  });

  it('continues after the cursor of the last row of the previous page', () => {
    expect(offsetPage(10, offsetCursor(20, 9), 500)).toEqual({ offset: 30, limit: 10 });
    expect(keysetPage(5, encodeCursor(['Frøya', 'municipality:froya']), 2, 200)).toEqual({
      limit: 5,
      after: ['Frøya', 'municipality:froya'],
    });
  });

  it('refuses a cursor this API did not make', () => {
    expect(() => offsetPage(10, 'bogus', 500)).toThrow(/not a cursor from this API/);
    expect(() => offsetPage(10, encodeCursor(['-3']), 500)).toThrow(InputError);
    expect(() => keysetPage(10, encodeCursor(['x']), 2, 200)).toThrow(InputError);
  });

  it("gives Relay's pageInfo: the last edge's cursor, or null for an empty page", () => {
    expect(pageInfo({ edges: [{ cursor: 'a' }, { cursor: 'b' }], hasNextPage: true })).toEqual({
      hasNextPage: true,
      endCursor: 'b',
    });
    expect(pageInfo({ edges: [], hasNextPage: false })).toEqual({ hasNextPage: false, endCursor: null });
  });
});
