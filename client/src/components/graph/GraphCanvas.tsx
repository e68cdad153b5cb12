import type cytoscape from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { KIND_STYLES } from '../../lib/graph-kinds';
import type { GraphLink, NetworkGraph } from '../../lib/network-graph';

export type Selection = { type: 'node' | 'link'; id: string } | null;

interface GraphCanvasProps {
  graph: NetworkGraph;
  visibleNodeIds: ReadonlySet<string>;
  visibleLinkIds: ReadonlySet<string>;
  centreId: string;
  /** The node whose neighbourhood was merged last: new nodes are placed around it. */
  anchorId: string | null;
  selection: Selection;
  onSelect(selection: Selection): void;
  onExpand(id: string): void;
  linkLabel(link: GraphLink): string;
  label: string;
}

// Graphs up to this size get the concentric layout (centre in the middle, instant and tidy); larger ones the
// force-directed 'cose', run without animation so the whole seeded graph (~500 nodes) is laid out in one go.
const CONCENTRIC_UP_TO = 16;
const LARGE_GRAPH = 200;
const NEAR_LABELS_UP_TO = 12;

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(name)',
      'background-color': 'data(colour)',
      shape: 'data(shape)' as cytoscape.Css.NodeShape,
      width: 22,
      height: 22,
      'border-width': 1.5,
      'border-color': '#1b1f23',
      color: '#1b1f23',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-max-width': '140px',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      // Labels disappear when zoomed far out: hundreds of unreadable labels only slow the drawing down.
      'min-zoomed-font-size': 7,
    },
  },
  {
    selector: 'node.centre',
    style: { width: 34, height: 34, 'border-width': 3, 'font-weight': 'bold', 'min-zoomed-font-size': 0 },
  },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#8d99a3',
      'target-arrow-color': '#8d99a3',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.7,
      // Bezier fans out parallel links (a person can hold several roles in the same body).
      'curve-style': 'bezier',
      label: '',
      'font-size': 10,
      color: '#1b1f23',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '2px',
    },
  },
  {
    selector: 'edge.hover, edge.chosen, edge.near',
    style: { label: 'data(label)', width: 3, 'line-color': '#005f73', 'target-arrow-color': '#005f73', 'z-index': 10 },
  },
  {
    // The links of a busy node, highlighted but unlabelled (see NEAR_LABELS_UP_TO).
    selector: 'edge.busy',
    style: { width: 2.5, 'line-color': '#005f73', 'target-arrow-color': '#005f73', 'z-index': 9 },
  },
  {
    selector: 'node.hover, node.chosen, node.near',
    style: { 'min-zoomed-font-size': 0, 'z-index': 10 },
  },
  {
    selector: 'node.hover, node.chosen',
    style: { 'text-wrap': 'wrap', 'font-weight': 'bold' },
  },
  {
    selector: 'node.chosen',
    style: {
      'border-width': 4,
      'border-color': '#b45309',
      'underlay-color': '#f59e0b',
      'underlay-opacity': 0.35,
      'underlay-padding': 6,
    },
  },
  { selector: '.faded', style: { opacity: 0.2 } },
  { selector: '.filtered', style: { display: 'none' } },
];

function layoutOptions(count: number, centreId: string, randomize: boolean): cytoscape.LayoutOptions {
  if (count <= CONCENTRIC_UP_TO) {
    return {
      name: 'concentric',
      animate: false,
      fit: true,
      padding: 40,
      minNodeSpacing: 30,
      nodeDimensionsIncludeLabels: true,
      concentric: (node: cytoscape.NodeSingular) => (node.id() === centreId ? 2 : 1),
      levelWidth: () => 1,
    } as cytoscape.ConcentricLayoutOptions;
  }
  // Large pictures are seen zoomed out, where labels are not drawn: leaving them out of the layout and running
  // fewer iterations keeps the first drawing of the whole graph around a second.
  const large = count > LARGE_GRAPH;
  return {
    name: 'cose',
    animate: false,
    randomize,
    fit: true,
    padding: 30,
    // Labels count as part of a node, so names do not pile on top of each other.
    nodeDimensionsIncludeLabels: !large,
    idealEdgeLength: () => 50,
    nodeRepulsion: () => 30_000,
    nodeOverlap: 10,
    gravity: 1,
    numIter: large ? 250 : 500,
  } as cytoscape.CoseLayoutOptions;
}

/**
 * Where the new neighbours of an expanded node go: on an arc around it, facing away from the rest of the picture,
 * so what the user has already looked at stays where it was (the mental map survives an expansion).
 */
function fanOut(cy: cytoscape.Core, anchor: cytoscape.CollectionReturnValue, count: number) {
  const origin = anchor.position();
  const box = cy.nodes().not(anchor).boundingBox({});
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

/**
 * The network drawn by Cytoscape.js on a canvas. React only hands over data: the cytoscape instance is created once
 * and updated in place (added/removed elements, classes), so panning, zooming and hovering never re-render React.
 * The canvas is not accessible; the page puts the same content in tables next to it.
 */
export function GraphCanvas(props: GraphCanvasProps) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  // The instance as state: effects below re-run once it exists. Cytoscape is loaded on first use, so the other
  // pages do not download it.
  const [cy, setCy] = useState<cytoscape.Core | null>(null);
  // The latest callbacks, read by cytoscape's event handlers, which are bound once.
  const callbacks = useRef(props);
  callbacks.current = props;

  useEffect(() => {
    let instance: cytoscape.Core | null = null;
    let observer: ResizeObserver | null = null;
    let cancelled = false;
    import('cytoscape').then(({ default: cytoscape }) => {
      const element = container.current;
      if (cancelled || !element) return;
      const cy = cytoscape({
        container: element,
        style: STYLE,
        minZoom: 0.05,
        maxZoom: 4,
        boxSelectionEnabled: false,
        // Selection is the page's state (it is also changed from the tables); cytoscape only shows it as a class.
        autounselectify: true,
      });
      instance = cy;
      cy.on('tap', 'node', (event) => callbacks.current.onSelect({ type: 'node', id: event.target.id() }));
      cy.on('tap', 'edge', (event) => callbacks.current.onSelect({ type: 'link', id: event.target.id() }));
      cy.on('tap', (event) => {
        if (event.target === cy) callbacks.current.onSelect(null);
      });
      cy.on('dbltap', 'node', (event) => callbacks.current.onExpand(event.target.id()));
      cy.on('mouseover', 'node, edge', (event) => {
        event.target.addClass('hover');
        element.style.cursor = 'pointer';
      });
      cy.on('mouseout', 'node, edge', (event) => {
        event.target.removeClass('hover');
        element.style.cursor = '';
      });
      // When the canvas changes size (window, scrollbar, panel), the picture keeps its middle in the middle.
      let size = { width: element.clientWidth, height: element.clientHeight };
      observer = new ResizeObserver(() => {
        const next = { width: element.clientWidth, height: element.clientHeight };
        cy.resize();
        cy.panBy({ x: (next.width - size.width) / 2, y: (next.height - size.height) / 2 });
        size = next;
      });
      observer.observe(element);
      setCy(cy);
    });
    return () => {
      cancelled = true;
      observer?.disconnect();
      instance?.destroy();
      setCy(null);
    };
  }, []);

  // Elements: add what is new, remove what is gone, lay out only when something was added.
  const { graph, centreId, anchorId, linkLabel } = props;
  useEffect(() => {
    if (!cy) return;
    const first = cy.nodes().length === 0;
    const anchor = anchorId ? cy.getElementById(anchorId) : null;
    const added: cytoscape.ElementDefinition[] = [];
    cy.batch(() => {
      cy.elements().forEach((element) => {
        const id = element.id();
        if (element.isNode() ? !graph.nodes.has(id) : !graph.links.has(id)) element.remove();
      });
      const fresh = [...graph.nodes.values()].filter((node) => cy.getElementById(node.id).empty());
      const place = anchor?.nonempty() && !first ? fanOut(cy, anchor, fresh.length) : null;
      fresh.forEach((node, index) => {
        added.push({
          group: 'nodes',
          data: {
            id: node.id,
            name: node.name,
            colour: KIND_STYLES[node.kind].colour,
            shape: KIND_STYLES[node.kind].shape,
          },
          classes: node.id === centreId ? 'centre' : '',
          ...(place ? { position: place(index) } : {}),
        });
      });
      for (const link of graph.links.values()) {
        if (cy.getElementById(link.id).nonempty()) continue;
        added.push({
          group: 'edges',
          data: { id: link.id, source: link.from.id, target: link.to.id, label: linkLabel(link) },
        });
      }
      if (added.length > 0) cy.add(added);
    });
    if (added.length === 0) return;
    if (first || !anchor || anchor.empty()) {
      cy.layout(layoutOptions(cy.nodes().length, centreId, true)).run();
      if (cy.nodes().length <= CONCENTRIC_UP_TO) {
        // A handful of nodes would be blown up to fill the canvas; keep them at a natural size, centre in the middle.
        if (cy.zoom() > 1.3) cy.zoom(1.3);
        cy.center(cy.getElementById(centreId));
      }
    } else cy.fit(undefined, 30);
  }, [cy, graph, centreId, anchorId, linkLabel]);

  // Link labels follow the language.
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      for (const link of graph.links.values()) cy.getElementById(link.id).data('label', linkLabel(link));
    });
  }, [cy, graph, linkLabel]);

  // Filters hide elements without removing them, so positions survive switching a kind off and on.
  const { visibleNodeIds, visibleLinkIds } = props;
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        node.toggleClass('filtered', !visibleNodeIds.has(node.id()));
      });
      cy.edges().forEach((edge) => {
        edge.toggleClass('filtered', !visibleLinkIds.has(edge.id()));
      });
    });
  }, [cy, visibleNodeIds, visibleLinkIds]);

  // The selection: the chosen element stands out, its neighbourhood keeps full colour, the rest fades.
  // It runs again when the graph grows, so newly added elements fade too.
  const { selection } = props;
  useEffect(() => {
    if (!cy || graph.nodes.size === 0) return;
    cy.batch(() => {
      cy.elements().removeClass('chosen near busy faded');
      if (!selection) return;
      const element = cy.getElementById(selection.id);
      if (element.empty()) return;
      element.addClass('chosen');
      const near = selection.type === 'node' ? element.closedNeighborhood() : element.union(element.connectedNodes());
      near.not(element).addClass('near');
      // A hub's links all labelled at once would be unreadable; hovering still shows each label.
      if (element.isNode() && element.connectedEdges().length > NEAR_LABELS_UP_TO)
        near.edges().removeClass('near').addClass('busy');
      cy.elements().not(near).addClass('faded');
    });
  }, [cy, selection, graph]);

  const zoomBy = (factor: number) => {
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };

  return (
    <div className="graph-canvas-wrap">
      <fieldset className="graph-toolbar">
        <legend className="visually-hidden">{t('network.view')}</legend>
        <button type="button" onClick={() => cy?.fit(undefined, 30)}>
          {t('network.fit')}
        </button>
        <button type="button" onClick={() => zoomBy(1.4)} aria-label={t('network.zoomIn')}>
          +
        </button>
        <button type="button" onClick={() => zoomBy(1 / 1.4)} aria-label={t('network.zoomOut')}>
          −
        </button>
        <button
          type="button"
          onClick={() => {
            if (cy)
              cy.elements(':visible')
                .layout(layoutOptions(cy.nodes(':visible').length, centreId, true))
                .run();
          }}
        >
          {t('network.relayout')}
        </button>
      </fieldset>
      <div ref={container} className="graph-canvas" role="img" aria-label={props.label} />
      {!cy && (
        <p className="graph-loading" role="status">
          {t('network.rendering')}
        </p>
      )}
    </div>
  );
}
