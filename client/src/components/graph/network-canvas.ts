import type cytoscape from 'cytoscape';
import type { RefObject } from 'react';
import { KIND_ORDER } from '../../lib/graph-kinds';
import { chooseLabels, LABEL_SIDES } from '../../lib/graph-labels';
import type { Selection } from './GraphCanvas';
import { GRAPH_STYLE } from './graph-style';

// The cytoscape side of the network canvas: creating the instance with its extensions and events, which labels
// are drawn, and focus + context (the chosen or hovered node's neighbourhood in full colour, the rest faded).

/** A hub's links are highlighted but only labelled up to this many (more would be unreadable). */
const NEAR_LABELS_UP_TO = 12;

interface Callbacks {
  selection: Selection;
  onSelect(selection: Selection): void;
  onExpand(id: string): void;
}

let extensions: Promise<typeof cytoscape> | null = null;

/** Cytoscape with fCoSE and the SVG export registered, loaded once on first use. */
export function loadCytoscape(): Promise<typeof cytoscape> {
  extensions ??= Promise.all([import('cytoscape'), import('cytoscape-fcose'), import('cytoscape-svg')]).then(
    ([{ default: cytoscape }, { default: fcose }, { default: svg }]) => {
      cytoscape.use(fcose);
      cytoscape.use(svg);
      return cytoscape;
    },
  );
  return extensions;
}

/** The drawn nodes: those the filters leave (a class check, far cheaper than the `:visible` selector). */
export function drawnNodes(cy: cytoscape.Core): cytoscape.NodeCollection {
  return cy.nodes().filter((node) => !node.hasClass('filtered'));
}

/** How many drawn links each drawn node has. */
function degrees(cy: cytoscape.Core): Map<string, number> {
  const degree = new Map<string, number>();
  cy.edges().forEach((edge) => {
    if (edge.hasClass('filtered')) return;
    for (const end of [edge.data('source'), edge.data('target')] as string[])
      degree.set(end, (degree.get(end) ?? 0) + 1);
  });
  return degree;
}

/**
 * Picks the labels to draw for the current view (see graph-labels.ts). Importance: the chosen node, its
 * neighbours (focus shows context), the centre, then by drawn links, kinds users look for first. Runs after
 * layout, zoom, pan, filtering and selection.
 */
export function refreshLabels(cy: cytoscape.Core, selection: Selection) {
  const nodes = drawnNodes(cy);
  const degree = degrees(cy);
  const chosen = selection?.type === 'node' ? cy.getElementById(selection.id) : cy.collection();
  const near = new Set(
    chosen.nonempty()
      ? chosen
          .neighborhood()
          .nodes()
          .map((node) => node.id())
      : [],
  );
  // Dots are 22 model pixels, never under 12 on screen (graph-style.ts).
  const radius = Math.max(22 * cy.zoom(), 12) / 2;
  const candidates = nodes.map((node) => {
    const position = node.renderedPosition();
    const id = node.id();
    const kind = KIND_ORDER.indexOf(node.data('kind'));
    const weight =
      (id === selection?.id ? 4e9 : 0) +
      (node.hasClass('centre') ? 2e9 : 0) +
      (near.has(id) ? 1e9 : 0) +
      (degree.get(id) ?? 0) * 100 +
      (KIND_ORDER.length - kind);
    return { id, name: String(node.data('name')), x: position.x, y: position.y, weight };
  });
  const picked = chooseLabels(candidates, { width: cy.width(), height: cy.height() }, radius);
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const side = picked.get(node.id());
      node.toggleClass('labelled', side !== undefined);
      for (const other of LABEL_SIDES) node.toggleClass(`label-${other}`, side === other && other !== 'bottom');
    });
  });
}

/** Computes the style again when the zoom has changed since it was last computed (sizes are kept on screen). */
export function restyle(cy: cytoscape.Core) {
  if (cy.scratch('_styledZoom') === cy.zoom()) return;
  cy.scratch('_styledZoom', cy.zoom());
  cy.style().update();
}

/**
 * Focus + context around `selection`: the element gets `chosen` (or `hover` for the pointer), its neighbours
 * `near`, everything else `fadeClass`.
 */
export function showFocus(cy: cytoscape.Core, selection: Selection, fadeClass: 'faded' | 'dimmed') {
  const mark = fadeClass === 'faded' ? 'chosen' : 'hover';
  cy.batch(() => {
    if (fadeClass === 'faded') cy.elements().removeClass('chosen near busy faded');
    else cy.elements().removeClass('dimmed undimmed near-label');
    if (!selection) return;
    const element = cy.getElementById(selection.id);
    if (element.empty()) return;
    element.addClass(mark);
    const near = selection.type === 'node' ? element.closedNeighborhood() : element.union(element.connectedNodes());
    if (fadeClass === 'faded') {
      near.not(element).addClass('near');
      if (element.isNode() && element.connectedEdges().length > NEAR_LABELS_UP_TO)
        near.edges().removeClass('near').addClass('busy');
    } else {
      near.addClass('undimmed');
      if (near.nodes().length <= NEAR_LABELS_UP_TO + 1) near.nodes().addClass('near-label');
    }
    cy.elements().not(near).addClass(fadeClass);
  });
}

/** Creates the instance in the container, with its events; `dispose` removes it again. */
export async function createCytoscape(
  element: () => HTMLDivElement | null,
  callbacks: RefObject<Callbacks>,
): Promise<{ cy: cytoscape.Core; dispose(): void } | null> {
  const cytoscape = await loadCytoscape();
  const container = element();
  if (!container) return null;
  const cy = cytoscape({
    container,
    style: GRAPH_STYLE,
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    // Selection is the page's state (it is also changed from the tables); cytoscape only shows it as a class.
    autounselectify: true,
  });
  cy.on('tap', 'node', (event) => callbacks.current.onSelect({ type: 'node', id: event.target.id() }));
  cy.on('tap', 'edge', (event) => callbacks.current.onSelect({ type: 'link', id: event.target.id() }));
  cy.on('tap', (event) => {
    if (event.target === cy) callbacks.current.onSelect(null);
  });
  cy.on('dbltap', 'node', (event) => callbacks.current.onExpand(event.target.id()));
  // Hover is focus + context too: the pointer's node and its neighbours stay, the rest dims for a moment.
  cy.on('mouseover', 'node, edge', (event) => {
    const target = event.target as cytoscape.SingularElementReturnValue;
    showFocus(cy, { type: target.isNode() ? 'node' : 'link', id: target.id() }, 'dimmed');
    target.addClass('hover');
    container.style.cursor = 'pointer';
  });
  cy.on('mouseout', 'node, edge', (event) => {
    event.target.removeClass('hover');
    showFocus(cy, null, 'dimmed');
    container.style.cursor = '';
  });
  // After a zoom, labels and dots get their on-screen size back and the labels are chosen again; after a pan,
  // only the choice (other nodes are now in view). Debounced: both fire on every frame of a gesture.
  let timer: ReturnType<typeof setTimeout> | undefined;
  cy.scratch('_styledZoom', cy.zoom());
  cy.on('viewport', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (cy.destroyed()) return;
      restyle(cy);
      refreshLabels(cy, callbacks.current.selection);
    }, 120);
  });
  // When the canvas changes size (window, scrollbar, panel), the picture keeps its middle in the middle.
  let size = { width: container.clientWidth, height: container.clientHeight };
  const observer = new ResizeObserver(() => {
    const next = { width: container.clientWidth, height: container.clientHeight };
    cy.resize();
    cy.panBy({ x: (next.width - size.width) / 2, y: (next.height - size.height) / 2 });
    size = next;
  });
  observer.observe(container);
  return {
    cy,
    dispose() {
      clearTimeout(timer);
      observer.disconnect();
      cy.destroy();
    },
  };
}
