import { describe, expect, it } from 'vitest';
import { EntityKind } from '../../client/src/generated/graphql.js';
import { KIND_ORDER, KIND_STYLES } from '../../client/src/lib/graph-kinds.js';

describe('the kinds of the network view', () => {
  it('draws and lists every kind of the schema, each once, each with its own shape', () => {
    expect([...KIND_ORDER].sort()).toEqual(Object.values(EntityKind).sort());
    expect(new Set(KIND_ORDER.map((kind) => KIND_STYLES[kind].shape)).size).toBe(KIND_ORDER.length);
  });
});
