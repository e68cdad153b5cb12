// Which node labels the network view draws. Every label is drawn at a fixed size on screen (LABEL_PX), never
// shrunk with the zoom: a label too small to read is worse than none. Labels that would overlap a more important
// one, on every side of their node, are left out (greedy, most important first, as sigma.js's label grid does); hovering, focusing or choosing a
// node shows its label regardless. Pure, so the choice is unit-tested without a canvas.

/** The size of a label on screen, in CSS pixels (WCAG 1.4.4 asks for text that can be read; 11 px is our floor). */
export const LABEL_PX = 13;
/** The widest a label is drawn, on screen, before it is cut with an ellipsis. */
export const LABEL_MAX_PX = 150;

export interface LabelCandidate {
  id: string;
  name: string;
  /** The node's place on screen (rendered pixels). */
  x: number;
  y: number;
  /** Higher is more important: the centre first, then hubs. */
  weight: number;
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Where a label sits beside its node: below is tried first, then right, left and above. */
export type LabelSide = 'bottom' | 'right' | 'left' | 'top';
export const LABEL_SIDES: readonly LabelSide[] = ['bottom', 'right', 'left', 'top'];

/** The box a label takes on screen on one side of its node, about 0.58 em per character. */
export function labelBox(candidate: LabelCandidate, nodeRadius: number, side: LabelSide = 'bottom'): Box {
  const width = Math.min(LABEL_MAX_PX, candidate.name.length * LABEL_PX * 0.58);
  const height = LABEL_PX * 1.25;
  const { x, y } = candidate;
  switch (side) {
    case 'bottom':
      return { x1: x - width / 2, y1: y + nodeRadius + 2, x2: x + width / 2, y2: y + nodeRadius + 2 + height };
    case 'top':
      return { x1: x - width / 2, y1: y - nodeRadius - 2 - height, x2: x + width / 2, y2: y - nodeRadius - 2 };
    case 'right':
      return { x1: x + nodeRadius + 3, y1: y - height / 2, x2: x + nodeRadius + 3 + width, y2: y + height / 2 };
    case 'left':
      return { x1: x - nodeRadius - 3 - width, y1: y - height / 2, x2: x - nodeRadius - 3, y2: y + height / 2 };
  }
}

const overlaps = (a: Box, b: Box, gap: number) =>
  a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;

/**
 * The labels to draw, with the side of each: most important first, each on the first side whose box keeps clear
 * of the labels already placed and of other dots, and lies in the view. `nodeRadius` is a dot's rendered radius.
 */
export function chooseLabels(
  candidates: readonly LabelCandidate[],
  view: { width: number; height: number },
  nodeRadius: number,
): Map<string, LabelSide> {
  const sorted = [...candidates].sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name, 'nb'));
  // Node bodies are obstacles too, so a label never runs over another dot.
  const bodies = candidates.map((c) => ({
    id: c.id,
    box: { x1: c.x - nodeRadius, y1: c.y - nodeRadius, x2: c.x + nodeRadius, y2: c.y + nodeRadius },
  }));
  const taken: Box[] = [];
  const chosen = new Map<string, LabelSide>();
  for (const candidate of sorted) {
    for (const side of LABEL_SIDES) {
      const box = labelBox(candidate, nodeRadius, side);
      if (box.x1 < 0 || box.x2 > view.width || box.y1 < 0 || box.y2 > view.height) continue;
      if (taken.some((other) => overlaps(box, other, 3))) continue;
      if (bodies.some((body) => body.id !== candidate.id && overlaps(box, body.box, 1))) continue;
      taken.push(box);
      chosen.set(candidate.id, side);
      break;
    }
  }
  return chosen;
}
