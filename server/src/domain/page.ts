// Page and range arguments, cursors and Relay's pageInfo: one rule for every list of the API. Pure (no Node
// APIs), so the client can use the same rules.

/** Malformed input, named by its argument; the API turns it into a BAD_USER_INPUT error. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly argument?: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** `value` (or `fallback` when absent) when it is a whole number in [min, max]; otherwise an InputError. */
export function wholeNumberIn(
  name: string,
  value: number | null | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  const number = value ?? fallback;
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new InputError(`"${name}" must be a whole number from ${min} to ${max}; it was ${number}.`, name);
  }
  return number;
}

// base64url of UTF-8 text without Buffer (the browser has none; Node has btoa/atob since 16).
function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/** Encodes a keyset cursor (the sort key of the last row) as an opaque string. */
export function encodeCursor(parts: string[]): string {
  return toBase64Url(JSON.stringify(parts));
}

/** Decodes a cursor made by encodeCursor, or returns null when it is not one. */
export function decodeCursor(cursor: string, length: number): string[] | null {
  try {
    const parts: unknown = JSON.parse(fromBase64Url(cursor));
    if (Array.isArray(parts) && parts.length === length && parts.every((part) => typeof part === 'string')) {
      return parts as string[];
    }
  } catch {
    // fall through: not a cursor of ours
  }
  return null;
}

const FOREIGN_CURSOR = '"after" is not a cursor from this API: pass an endCursor you received.';

/** A page by offset: `first` (1 to max, default 50) rows after the cursor `after` (made by offsetCursor). */
export function offsetPage(
  first: number | null | undefined,
  after: string | null | undefined,
  max: number,
  fallback = 50,
): { offset: number; limit: number } {
  const limit = wholeNumberIn('first', first, fallback, 1, max);
  if (after === null || after === undefined) return { offset: 0, limit };
  const parts = decodeCursor(after, 1);
  const offset = parts ? Number(parts[0]) : Number.NaN;
  // A cursor we made never points past the largest graph we serve; anything bigger is not one of ours.
  if (!Number.isInteger(offset) || offset < 0 || offset > 100_000_000) throw new InputError(FOREIGN_CURSOR, 'after');
  return { offset, limit };
}

/** The cursor of the row at `index` of a page that starts at `offset`. */
export function offsetCursor(offset: number, index: number): string {
  return encodeCursor([String(offset + index + 1)]);
}

/** A keyset page: `first` (1 to max) rows after the sort key held by the cursor `after` (`length` parts). */
export function keysetPage(
  first: number | null | undefined,
  after: string | null | undefined,
  length: number,
  max: number,
  fallback = 50,
): { limit: number; after: string[] | null } {
  const limit = wholeNumberIn('first', first, fallback, 1, max);
  if (after === null || after === undefined) return { limit, after: null };
  const parts = decodeCursor(after, length);
  if (parts === null) throw new InputError(FOREIGN_CURSOR, 'after');
  return { limit, after: parts };
}

/** Relay's pageInfo of a connection: whether more follow, and the cursor to ask for them. */
export function pageInfo(connection: { edges: readonly { cursor: string }[]; hasNextPage: boolean }): {
  hasNextPage: boolean;
  endCursor: string | null;
} {
  return { hasNextPage: connection.hasNextPage, endCursor: connection.edges.at(-1)?.cursor ?? null };
}
