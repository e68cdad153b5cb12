import type cytoscape from 'cytoscape';
import type { EntityKind } from '../generated/graphql';
import { KIND_ORDER } from './graph-kinds';

// Where the network view puts its nodes. fCoSE (fast compound spring embedder) places them; it starts from a seed
// that gives every kind its own sector around the centre, so the picture comes out grouped by kind (people
// together, municipalities together) while the springs pull each hub's neighbours around it.

/** The first positions: each kind in a sector of the circle around the centre, hubs nearer the middle. */
export function kindSectors(
  nodes: readonly { id: string; kind: EntityKind; degree: number }[],
  centreId: string,
): Map<string, { x: number; y: number }> {
  const byKind = new Map<EntityKind, { id: string; degree: number }[]>();
  for (const node of nodes) {
    if (node.id === centreId) continue;
    const list = byKind.get(node.kind) ?? [];
    list.push(node);
    byKind.set(node.kind, list);
  }
  const kinds = KIND_ORDER.filter((kind) => byKind.has(kind));
  const total = nodes.length - (nodes.some((node) => node.id === centreId) ? 1 : 0);
  const positions = new Map<string, { x: number; y: number }>([[centreId, { x: 0, y: 0 }]]);
  // About 45 model pixels of arc per node on the outer ring.
  const radius = Math.max(120, (total * 45) / (2 * Math.PI));
  let start = 0;
  for (const kind of kinds) {
    const members = (byKind.get(kind) ?? []).sort((a, b) => b.degree - a.degree);
    const span = (2 * Math.PI * members.length) / Math.max(1, total);
    members.forEach((member, index) => {
      const angle = start + (span * (index + 0.5)) / members.length;
      // Hubs sit inwards, leaves outwards, alternating so neighbours in the sector do not share one line.
      const ring = radius * (member.degree > 2 ? 0.55 : index % 2 === 0 ? 1 : 0.8);
      positions.set(member.id, { x: ring * Math.cos(angle), y: ring * Math.sin(angle) });
    });
    start += span;
  }
  return positions;
}

/** fCoSE from the kind sectors: refines them (no random start), so the same graph is laid out the same way. */
export function layoutOptions(centreId: string, count: number): cytoscape.LayoutOptions {
  return {
    name: 'fcose',
    animate: false,
    randomize: false,
    quality: count > 250 ? 'draft' : 'default',
    fit: false,
    nodeDimensionsIncludeLabels: false,
    nodeSeparation: 60,
    // Long springs and strong repulsion: labels are drawn at a fixed size on screen, so the more room between
    // dots, the more labels fit (graph-labels.ts).
    idealEdgeLength: () => (count > 100 ? 110 : 80),
    edgeElasticity: () => 0.35,
    nodeRepulsion: () => (count > 100 ? 30_000 : 12_000),
    gravity: 0.3,
    gravityRange: 3.8,
    numIter: count > 250 ? 1200 : 2500,
    tile: true,
    fixedNodeConstraint: [{ nodeId: centreId, position: { x: 0, y: 0 } }],
  } as unknown as cytoscape.LayoutOptions;
}

/**
 * Zoom and pan so that every drawn node fits and the centre sits in the middle of the canvas: the node the page is
 * about is where the eye lands, and the test that clicks the middle finds it there.
 */
export function fitAround(cy: cytoscape.Core, centre: cytoscape.CollectionReturnValue, padding = 40) {
  const nodes = cy.nodes().filter((node) => !node.hasClass('filtered'));
  if (nodes.empty()) return;
  if (centre.empty() || centre.hasClass('filtered')) {
    fitPositions(cy, padding);
    return;
  }
  const origin = centre.position();
  let dx = 1;
  let dy = 1;
  nodes.forEach((node) => {
    const position = node.position();
    dx = Math.max(dx, Math.abs(position.x - origin.x) + 20);
    dy = Math.max(dy, Math.abs(position.y - origin.y) + 30);
  });
  // The toolbar covers the top 3rem: the picture is kept clear of it, above and (for the centre's sake) below.
  const toolbar = 48;
  const zoom = Math.min((cy.width() / 2 - padding) / dx, (cy.height() / 2 - padding - toolbar) / dy, 1.6);
  cy.zoom(Math.max(cy.minZoom(), zoom));
  cy.center(centre);
}

/**
 * Zoom and pan so that every drawn node fits. Like cy.fit(), but from the nodes' positions alone: cytoscape's
 * bounding box measures every label, which is most of the time an expansion takes.
 */
export function fitPositions(cy: cytoscape.Core, padding = 40) {
  const nodes = cy.nodes().filter((node) => !node.hasClass('filtered'));
  if (nodes.empty()) return;
  const box = positionBox(nodes);
  const zoom = Math.min(
    (cy.width() - 2 * padding) / Math.max(1, box.x2 - box.x1 + 40),
    (cy.height() - 2 * padding) / Math.max(1, box.y2 - box.y1 + 60),
    1.6,
  );
  cy.zoom(Math.max(cy.minZoom(), zoom));
  cy.pan({
    x: cy.width() / 2 - ((box.x1 + box.x2) / 2) * cy.zoom(),
    y: cy.height() / 2 - ((box.y1 + box.y2) / 2) * cy.zoom(),
  });
}

function positionBox(nodes: cytoscape.NodeCollection) {
  const box = {
    x1: Number.POSITIVE_INFINITY,
    y1: Number.POSITIVE_INFINITY,
    x2: Number.NEGATIVE_INFINITY,
    y2: Number.NEGATIVE_INFINITY,
  };
  nodes.forEach((node) => {
    const { x, y } = node.position();
    box.x1 = Math.min(box.x1, x);
    box.y1 = Math.min(box.y1, y);
    box.x2 = Math.max(box.x2, x);
    box.y2 = Math.max(box.y2, y);
  });
  return box;
}

/**
 * Where the new neighbours of an expanded node go: on an arc around it, facing away from the rest of the picture,
 * so what the user has already looked at stays where it was (the mental map survives an expansion).
 */
export function fanOut(cy: cytoscape.Core, anchor: cytoscape.CollectionReturnValue, count: number) {
  const origin = anchor.position();
  const box = positionBox(cy.nodes().not(anchor));
  const away = Math.atan2(origin.y - (box.y1 + box.y2) / 2, origin.x - (box.x1 + box.x2) / 2);
  const direction = Number.isFinite(away) && cy.nodes().length > 1 ? away : 0;
  const span = Math.min(Math.PI, Math.max(Math.PI / 2, count * 0.3));
  // About 70 model pixels between neighbours on the arc, and never closer than 110 to the anchor.
  const radius = Math.max(110, (count * 70) / span);
  return (index: number) => {
    const angle = count === 1 ? direction : direction - span / 2 + (span * index) / (count - 1);
    return { x: origin.x + radius * Math.cos(angle), y: origin.y + radius * Math.sin(angle) };
  };
}
