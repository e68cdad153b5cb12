import { describe, expect, it } from 'vitest';
import { chooseLabels, LABEL_PX, labelBox } from '../../client/src/lib/graph-labels.js';
import { nextInDirection } from '../../client/src/lib/graph-navigation.js';
import { readView, writeView } from '../../client/src/lib/network-view.js';

// The pure rules behind the network view: which labels are drawn, where the arrow keys go, and the view saved
// in the address.

describe('the labels the network view draws', () => {
  const view = { width: 800, height: 600 };

  it('leaves labels out in a crowd rather than shrink them, and never lets two drawn labels overlap', () => {
    const crowd = Array.from({ length: 100 }, (_, index) => ({
      id: `n${index}`,
      name: `Kommunestyret ${index}`,
      x: 300 + (index % 10) * 12,
      y: 200 + Math.floor(index / 10) * 12,
      weight: index === 0 ? 1000 : 100 - index,
    }));
    const labels = chooseLabels(crowd, view, 6);
    expect(labels.size).toBeGreaterThan(0);
    expect(labels.size).toBeLessThan(20);
    // The most important node is always labelled.
    expect(labels.has('n0')).toBe(true);
    const byId = new Map(crowd.map((node) => [node.id, node]));
    const boxes = [...labels].flatMap(([id, side]) => {
      const node = byId.get(id);
      return node ? [labelBox(node, 6, side)] : [];
    });
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2).toBe(false);
  });

  it('moves a label to another side of its node when below is taken', () => {
    const labels = chooseLabels(
      [
        { id: 'a', name: 'Hitra', x: 400, y: 300, weight: 2 },
        { id: 'b', name: 'Frøya', x: 400, y: 300 + 6 + LABEL_PX * 2, weight: 1 },
      ],
      view,
      6,
    );
    expect(labels.get('a')).toBe('bottom');
    expect(labels.get('b')).not.toBeUndefined();
  });

  it('leaves out a label that would fall outside the canvas', () => {
    const labels = chooseLabels([{ id: 'edge', name: 'Heim kommune i Trøndelag', x: 2, y: 598, weight: 1 }], view, 6);
    expect(labels.size).toBe(0);
  });
});

describe('moving through the network with the arrow keys', () => {
  const points = [
    { id: 'centre', x: 0, y: 0 },
    { id: 'right', x: 100, y: 10 },
    { id: 'far-right', x: 300, y: 0 },
    { id: 'up', x: 5, y: -80 },
  ];

  it('goes to the nearest node that way', () => {
    expect(nextInDirection({ id: 'centre', x: 0, y: 0 }, points, 'right')).toBe('right');
    expect(nextInDirection({ id: 'centre', x: 0, y: 0 }, points, 'up')).toBe('up');
  });

  it('says there is nothing when no node lies that way', () => {
    expect(nextInDirection({ id: 'centre', x: 0, y: 0 }, points, 'left')).toBeNull();
  });
});

describe('the view saved in the address', () => {
  it('reads back what it wrote', () => {
    const view = {
      hops: 2,
      expanded: ['person:ingjerd-astad', 'municipality:frøya'],
      hiddenKinds: new Set(['MEETING', 'PERSON'] as const),
      hiddenTypes: new Set(['ATTENDED'] as const),
      selected: 'person:ingjerd-astad',
    };
    const read = readView(new URLSearchParams(writeView(view).toString()));
    expect(read).toEqual(view);
  });

  it('ignores unknown kinds and distances, and writes nothing for the default view', () => {
    const read = readView(new URLSearchParams('steg=9&skjul=DRAGON&skjul=PERSON'));
    expect(read.hops).toBe(1);
    expect([...read.hiddenKinds]).toEqual(['PERSON']);
    expect(writeView({ ...read, hiddenKinds: new Set() }).toString()).toBe('');
  });
});
