import { describe, expect, it } from 'vitest';
import { digest, isEntityId, nodeTypeOfId } from './ids.js';
import { decodeCursor, encodeCursor } from './page.js';

describe('ids', () => {
  it('recognises entity ids and rejects anything else', () => {
    expect(isEntityId('municipality:froya')).toBe(true);
    expect(isEntityId('person:kari-froseth')).toBe(true);
    for (const id of ['Frøya', 'person:', 'person:Kari', 'MATCH (n) DETACH DELETE n', 'a:b c']) {
      expect(isEntityId(id), id).toBe(false);
    }
  });

  it('tells roles, relations and entities apart by prefix', () => {
    expect(nodeTypeOfId('role:abc')).toBe('Role');
    expect(nodeTypeOfId('rel:abc')).toBe('Relation');
    expect(nodeTypeOfId('org:ts-kdu')).toBe('Entity');
    expect(nodeTypeOfId('not an id')).toBeNull();
  });

  it('derives the same digest from the same parts, and another from other parts', () => {
    expect(digest('a', 1, null)).toBe(digest('a', 1, undefined));
    expect(digest('a', 'b')).not.toBe(digest('ab'));
  });

  it('round-trips cursors and refuses foreign ones', () => {
    const cursor = encodeCursor(['Frøya', 'municipality:froya']);
    expect(decodeCursor(cursor, 2)).toEqual(['Frøya', 'municipality:froya']);
    expect(decodeCursor('not-a-cursor', 2)).toBeNull();
    expect(decodeCursor(encodeCursor(['x']), 2)).toBeNull();
  });
});
