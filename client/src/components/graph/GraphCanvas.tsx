import type cytoscape from 'cytoscape';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { type KIND_ORDER, KIND_STYLES } from '../../lib/graph-kinds';
import { directionOfKey, nextInDirection } from '../../lib/graph-navigation';
import type { GraphLink, NetworkGraph } from '../../lib/network-graph';
import { fanOut, fitAround, fitPositions, kindSectors, layoutOptions } from '../../lib/network-layout';
import { GraphExport } from './GraphExport';
import { createCytoscape, drawnNodes, refreshLabels, restyle, showFocus } from './network-canvas';

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
  /** The title of the picture, for the names of its image downloads. */
  title: string;
}

/**
 * The network drawn by Cytoscape.js on a canvas. React only hands over data: the cytoscape instance is created once
 * and updated in place (added/removed elements, classes), so panning, zooming and hovering never re-render React.
 * The canvas takes keyboard focus: the arrow keys move the choice to the nearest node that way, Enter expands it,
 * Escape clears it; a live region says what was reached. The page also puts the same content in tables.
 */
export function GraphCanvas(props: GraphCanvasProps) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const [announcement, setAnnouncement] = useState('');
  // The instance as state: effects below re-run once it exists. Cytoscape is loaded on first use, so the other
  // pages do not download it.
  const [cy, setCy] = useState<cytoscape.Core | null>(null);
  // The latest props, read by cytoscape's event handlers, which are bound once.
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    let dispose: (() => void) | null = null;
    let cancelled = false;
    createCytoscape(() => container.current, latest).then((created) => {
      if (cancelled || !created) {
        created?.dispose();
        return;
      }
      dispose = created.dispose;
      setCy(created.cy);
    });
    return () => {
      cancelled = true;
      dispose?.();
      setCy(null);
    };
  }, []);

  // Elements: add what is new, remove what is gone, lay out only when the picture is new.
  const { graph, centreId, anchorId, linkLabel, visibleNodeIds, visibleLinkIds, selection } = props;
  useEffect(() => {
    if (!cy) return;
    const first = cy.nodes().length === 0;
    const anchor = anchorId ? cy.getElementById(anchorId) : null;
    // A new centre already in the picture (re-centring) keeps everyone's place: its new neighbours fan out around
    // it and the view moves to it. Only a picture that shares nothing with the last one is laid out afresh.
    const recentred = !first && !anchor && cy.getElementById(centreId).nonempty();
    const added: cytoscape.ElementDefinition[] = [];
    cy.batch(() => {
      cy.elements().forEach((element) => {
        const id = element.id();
        if (element.isNode() ? !graph.nodes.has(id) : !graph.links.has(id)) element.remove();
      });
      const fresh = [...graph.nodes.values()].filter((node) => cy.getElementById(node.id).empty());
      const around = anchor?.nonempty() ? anchor : recentred ? cy.getElementById(centreId) : null;
      const place = around && !first ? fanOut(cy, around, fresh.length) : null;
      fresh.forEach((node, index) => {
        added.push({
          group: 'nodes',
          data: {
            id: node.id,
            name: node.name,
            kind: node.kind,
            colour: KIND_STYLES[node.kind].colour,
            shape: KIND_STYLES[node.kind].shape,
          },
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
      cy.nodes().forEach((node) => {
        node.toggleClass('centre', node.id() === centreId);
      });
    });
    const centre = cy.getElementById(centreId);
    if (first || (!anchor?.nonempty() && !recentred)) {
      if (added.length === 0) return;
      layOut(cy, centreId);
      fitAround(cy, centre);
    } else if (recentred) fitAround(cy, centre);
    else if (added.length > 0 && !inView(cy, added)) fitPositions(cy, 30);
    restyle(cy);
    refreshLabels(cy, latest.current.selection);
  }, [cy, graph, centreId, anchorId, linkLabel]);

  // Link labels follow the language.
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      for (const link of graph.links.values()) cy.getElementById(link.id).data('label', linkLabel(link));
    });
  }, [cy, graph, linkLabel]);

  // Filters hide elements without removing them, so positions survive switching a kind off and on.
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
    refreshLabels(cy, latest.current.selection);
  }, [cy, visibleNodeIds, visibleLinkIds]);

  // The selection: the chosen element stands out, its neighbourhood keeps full colour, the rest fades.
  // It runs again when the graph grows, so newly added elements fade too.
  useEffect(() => {
    if (!cy || graph.nodes.size === 0) return;
    showFocus(cy, selection, 'faded');
    refreshLabels(cy, selection);
  }, [cy, selection, graph]);

  const zoomBy = (factor: number) => {
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!cy) return;
    const current = selection?.type === 'node' ? cy.getElementById(selection.id) : cy.collection();
    const direction = directionOfKey(event.key);
    let next: string | null = null;
    if (direction) {
      event.preventDefault();
      if (current.empty()) next = centreId;
      else {
        const points = drawnNodes(cy).map((node) => ({
          id: node.id(),
          x: node.renderedPosition().x,
          y: node.renderedPosition().y,
        }));
        const from = { id: current.id(), ...current.renderedPosition() };
        next = nextInDirection(from, points, direction);
        if (!next) setAnnouncement(t('network.keyboardEdge'));
      }
    } else if (event.key === 'Home') {
      event.preventDefault();
      next = centreId;
    } else if (event.key === 'Enter' && current.nonempty()) {
      event.preventDefault();
      props.onExpand(current.id());
    } else if (event.key === 'Escape') {
      props.onSelect(null);
      setAnnouncement(t('network.keyboardCleared'));
    } else if (event.key === '+' || event.key === '=') zoomBy(1.4);
    else if (event.key === '-') zoomBy(1 / 1.4);
    if (!next) return;
    const node = cy.getElementById(next);
    props.onSelect({ type: 'node', id: next });
    // Keep the reached node on screen.
    const position = node.renderedPosition();
    const margin = 40;
    if (
      position.x < margin ||
      position.y < margin ||
      position.x > cy.width() - margin ||
      position.y > cy.height() - margin
    )
      cy.center(node);
    const kind = node.data('kind') as (typeof KIND_ORDER)[number];
    setAnnouncement(
      t('network.keyboardAt', {
        name: node.data('name'),
        kind: t(`kind.${kind}`),
        count: node.connectedEdges().filter((edge) => !edge.hasClass('filtered')).length,
      }),
    );
  };

  return (
    <div className="graph-canvas-wrap">
      <fieldset className="graph-toolbar">
        <legend className="visually-hidden">{t('network.view')}</legend>
        <button type="button" onClick={() => cy && fitAround(cy, cy.getElementById(centreId))}>
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
            if (!cy) return;
            layOut(cy, centreId);
            fitAround(cy, cy.getElementById(centreId));
          }}
        >
          {t('network.relayout')}
        </button>
        <GraphExport cy={cy} title={props.title} />
      </fieldset>
      <div
        ref={container}
        className="graph-canvas"
        role="application"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: an application role is interactive: the arrow keys move through its nodes.
        tabIndex={0}
        aria-label={props.label}
        aria-describedby={hintId}
        onKeyDown={onKeyDown}
      />
      <p id={hintId} className="graph-keyboard-hint">
        {t('network.keyboardHint')}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {!cy && (
        <p className="graph-loading" role="status">
          {t('network.rendering')}
        </p>
      )}
    </div>
  );
}

/** True when every added node lies inside the canvas: then the view stays as it was (no zoom, no restyling). */
function inView(cy: cytoscape.Core, added: readonly cytoscape.ElementDefinition[]) {
  const margin = 30;
  return added.every((definition) => {
    if (definition.group !== 'nodes' || !definition.data.id) return true;
    const { x, y } = cy.getElementById(definition.data.id).renderedPosition();
    return x > margin && y > margin && x < cy.width() - margin && y < cy.height() - margin;
  });
}

/** Lays out the drawn nodes with fCoSE, from the kind sectors (see network-layout.ts). */
function layOut(cy: cytoscape.Core, centreId: string) {
  const nodes = drawnNodes(cy);
  const seeds = kindSectors(
    nodes.map((node) => ({ id: node.id(), kind: node.data('kind'), degree: node.degree(false) })),
    centreId,
  );
  cy.batch(() => {
    nodes.forEach((node) => {
      const seed = seeds.get(node.id());
      if (seed) node.position(seed);
    });
  });
  const elements = nodes.union(nodes.edgesWith(nodes).filter((edge) => !edge.hasClass('filtered')));
  const centre = cy.getElementById(centreId);
  const fixed = centre.nonempty() && !centre.hasClass('filtered') ? centreId : nodes.eq(0).id();
  elements.layout(layoutOptions(fixed, nodes.length)).run();
}
