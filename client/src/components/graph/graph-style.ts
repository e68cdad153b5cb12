import type cytoscape from 'cytoscape';
import { LABEL_MAX_PX, LABEL_PX } from '../../lib/graph-labels';

// Labels, outlines and dots keep their size on screen instead of shrinking with the zoom (cytoscape scales
// everything with it): the style's functions divide by the element's current zoom, and the canvas calls
// `cy.style().update()` after each zoom so they are computed again.
type Element = cytoscape.SingularElementArgument;
const px = (value: number) => (element: Element) => value / element.cy().zoom();
// Never smaller on screen than `minimum`, never smaller in the model than `base`.
const dot = (base: number, minimum: number) => (element: Element) => Math.max(base, minimum / element.cy().zoom());

export const GRAPH_STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      // Only chosen labels are drawn (see graph-labels.ts): the rest stay out rather than shrink.
      label: '',
      'background-color': 'data(colour)',
      shape: 'data(shape)' as cytoscape.Css.NodeShape,
      width: dot(22, 12),
      height: dot(22, 12),
      'border-width': dot(1.5, 1.2),
      'border-color': '#1b1f23',
      color: '#1b1f23',
      'font-size': px(LABEL_PX),
      'text-valign': 'bottom',
      'text-margin-y': px(2),
      'text-wrap': 'ellipsis',
      'text-max-width': (element: Element) => `${LABEL_MAX_PX / element.cy().zoom()}px`,
      'text-outline-color': '#ffffff',
      'text-outline-width': px(2.5),
      'transition-property': 'opacity',
      'transition-duration': 120,
    } as cytoscape.Css.Node,
  },
  { selector: 'node.labelled, node.centre, node.hover, node.chosen, node.near-label', style: { label: 'data(name)' } },
  // The side a label was given (graph-labels.ts); below the node is the default. A hovered or chosen node's label
  // goes back below it, where it is wrapped rather than cut.
  {
    selector: 'node.label-right',
    style: {
      'text-halign': 'right',
      'text-valign': 'center',
      'text-margin-x': px(3),
      'text-margin-y': 0,
    } as cytoscape.Css.Node,
  },
  {
    selector: 'node.label-left',
    style: {
      'text-halign': 'left',
      'text-valign': 'center',
      'text-margin-x': px(-3),
      'text-margin-y': 0,
    } as cytoscape.Css.Node,
  },
  { selector: 'node.label-top', style: { 'text-valign': 'top', 'text-margin-y': px(-2) } as cytoscape.Css.Node },
  {
    selector: 'node.centre',
    style: {
      width: dot(34, 20),
      height: dot(34, 20),
      'border-width': dot(3, 2.5),
      'font-weight': 'bold',
    } as cytoscape.Css.Node,
  },
  {
    selector: 'edge',
    style: {
      width: dot(1.5, 1),
      'line-color': '#8d99a3',
      'target-arrow-color': '#8d99a3',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.7,
      // Bezier fans out parallel links (a person can hold several roles in the same body).
      'curve-style': 'bezier',
      label: '',
      'font-size': px(12),
      color: '#1b1f23',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': (element: Element) => `${2 / element.cy().zoom()}px`,
      'transition-property': 'opacity',
      'transition-duration': 120,
    } as cytoscape.Css.Edge,
  },
  {
    selector: 'edge.hover, edge.chosen, edge.near',
    style: {
      label: 'data(label)',
      width: dot(3, 2.5),
      'line-color': '#005f73',
      'target-arrow-color': '#005f73',
      'z-index': 10,
    } as cytoscape.Css.Edge,
  },
  {
    // The links of a busy node, highlighted but unlabelled (a hub's links all labelled at once would be unreadable).
    selector: 'edge.busy',
    style: {
      width: dot(2.5, 2),
      'line-color': '#005f73',
      'target-arrow-color': '#005f73',
      'z-index': 9,
    } as cytoscape.Css.Edge,
  },
  { selector: 'node.hover, node.chosen, node.near, node.near-label', style: { 'z-index': 10 } },
  {
    selector: 'node.hover, node.chosen',
    style: {
      'text-wrap': 'wrap',
      'font-weight': 'bold',
      'z-index': 11,
      'text-halign': 'center',
      'text-valign': 'bottom',
      'text-margin-x': 0,
      'text-margin-y': px(2),
    } as cytoscape.Css.Node,
  },
  {
    selector: 'node.chosen',
    style: {
      'border-width': dot(4, 3),
      'border-color': '#b45309',
      'underlay-color': '#f59e0b',
      'underlay-opacity': 0.35,
      'underlay-padding': px(6),
    } as cytoscape.Css.Node,
  },
  // Focus + context: what is not near the chosen or hovered node fades (hover wins while the pointer is there).
  { selector: '.faded', style: { opacity: 0.18 } },
  { selector: '.dimmed', style: { opacity: 0.12 } },
  { selector: '.undimmed', style: { opacity: 1 } },
  { selector: '.filtered', style: { display: 'none' } },
];
