import { describe, expect, it } from 'vitest';
import { BackupError, canonicalBackup, parseBackup, type ReadNode, serialiseBackup } from './backup.js';

const vocabulary = { labels: ['Entity', 'Person', 'Role'], relationshipTypes: ['HOLDS'], uniqueKeys: { Entity: 'id' } };

describe('the backup file', () => {
  it('is the same bytes however the engine ordered what it read', () => {
    const nodes: [ReadNode<string>, ReadNode<string>] = [
      { ref: 'x1', labels: ['Person', 'Entity'], properties: { name: 'Ola', id: 'person:ola' } },
      { ref: 'x2', labels: ['Role'], properties: { id: 'role:1', start: { $date: '2021-01-01' } } },
    ];
    const relationships = [{ type: 'HOLDS', from: 'x1', to: 'x2', properties: {} }];
    const one = serialiseBackup(canonicalBackup(nodes, relationships));
    const other = serialiseBackup(
      canonicalBackup(
        [
          { ...nodes[1], ref: 'y9' },
          { ...nodes[0], ref: 'y3' },
        ],
        [{ type: 'HOLDS', from: 'y3', to: 'y9', properties: {} }],
      ),
    );
    expect(other).toBe(one);
    const backup = parseBackup(one, vocabulary);
    expect(backup.nodes[0]).toEqual({ labels: ['Entity', 'Person'], properties: { id: 'person:ola', name: 'Ola' } });
    expect(backup.relationships).toEqual([{ type: 'HOLDS', from: 0, to: 1, properties: {} }]);
  });

  it('refuses a list of mixed values and a property the restore keeps for itself', () => {
    const file = (properties: object) =>
      JSON.stringify({
        format: 'regiongraf-backup',
        version: 1,
        nodes: [{ labels: ['Role'], properties }],
        relationships: [],
      });
    expect(() => parseBackup(file({ ids: ['a', 1] }), vocabulary)).toThrow(/one type/);
    expect(() => parseBackup(file({ restoreKey: 1 }), vocabulary)).toThrow(BackupError);
    expect(parseBackup(file({ ids: [] }), vocabulary).nodes).toHaveLength(1);
  });
});
