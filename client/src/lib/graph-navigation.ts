// Moving through the network with the arrow keys: from the chosen node to the nearest one in the direction of the
// key. Pure, so it is unit-tested without a canvas.

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Point {
  id: string;
  x: number;
  y: number;
}

const UNIT: Record<Direction, { x: number; y: number }> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

/**
 * The node to move to from `from` when an arrow key is pressed: among the nodes within 60° of the direction, the
 * one nearest along it, with a sideways step costing twice as much. Null when nothing lies that way.
 */
export function nextInDirection(from: Point, points: readonly Point[], direction: Direction): string | null {
  const unit = UNIT[direction];
  let best: { id: string; cost: number } | null = null;
  for (const point of points) {
    if (point.id === from.id) continue;
    const dx = point.x - from.x;
    const dy = point.y - from.y;
    const along = dx * unit.x + dy * unit.y;
    const across = Math.abs(dx * unit.y - dy * unit.x);
    // Within 60° of the direction: tan(60°) ≈ 1.73.
    if (along <= 0 || across > along * 1.73) continue;
    const cost = along + 2 * across;
    if (!best || cost < best.cost) best = { id: point.id, cost };
  }
  return best?.id ?? null;
}

export function directionOfKey(key: string): Direction | null {
  switch (key) {
    case 'ArrowLeft':
      return 'left';
    case 'ArrowRight':
      return 'right';
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    default:
      return null;
  }
}
