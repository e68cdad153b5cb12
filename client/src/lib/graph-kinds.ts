import type { EntityKind } from '../generated/graphql';

// How each kind of entity is drawn in the network view. Colour alone must not carry meaning (WCAG 1.4.1), so every
// kind also has its own shape; the legend draws the same shape. The colours are the Okabe–Ito palette (readable
// with the common colour-vision deficiencies), and every node gets a dark outline so it stands out 3:1 from the
// white canvas (WCAG 1.4.11) even when its fill is light.

export type NodeShape =
  | 'ellipse'
  | 'round-rectangle'
  | 'hexagon'
  | 'diamond'
  | 'triangle'
  | 'star'
  | 'pentagon'
  | 'rhomboid'
  | 'tag'
  | 'octagon'
  | 'vee'
  | 'rectangle';

export interface KindStyle {
  colour: string;
  shape: NodeShape;
}

// One entry per kind of the schema's EntityKind (the generated type): a kind added to the schema does not compile
// until it has a style here. The entries' order is the legend's: the kinds users look for first.
export const KIND_STYLES = {
  MUNICIPALITY: { colour: '#0072b2', shape: 'round-rectangle' },
  PERSON: { colour: '#e69f00', shape: 'ellipse' },
  ORGANIZATION: { colour: '#009e73', shape: 'hexagon' },
  PROJECT: { colour: '#cc79a7', shape: 'diamond' },
  UNIVERSITY: { colour: '#56b4e9', shape: 'triangle' },
  FUNDER: { colour: '#d55e00', shape: 'star' },
  GRANT: { colour: '#f0e442', shape: 'pentagon' },
  MEETING: { colour: '#8a8f94', shape: 'rhomboid' },
  CASE: { colour: '#a0724b', shape: 'tag' },
  EVENT: { colour: '#6a3d9a', shape: 'octagon' },
  FIGURE: { colour: '#b2df8a', shape: 'vee' },
  DOCUMENT: { colour: '#ffffff', shape: 'rectangle' },
} as const satisfies Record<EntityKind, KindStyle>;

/** Every kind, in the order the legend and the tables list them (the order of KIND_STYLES). */
export const KIND_ORDER = Object.keys(KIND_STYLES) as readonly (keyof typeof KIND_STYLES)[];

/** The outline of each shape in a 20 × 20 box, for the legend's SVG symbols (cytoscape draws its own). */
export const SHAPE_POINTS: Record<Exclude<NodeShape, 'ellipse' | 'round-rectangle' | 'rectangle'>, string> = {
  hexagon: '5,2 15,2 19,10 15,18 5,18 1,10',
  diamond: '10,1 19,10 10,19 1,10',
  triangle: '10,2 19,18 1,18',
  star: '10,1 12.6,7 19,7.4 14,11.6 15.6,18.5 10,14.8 4.4,18.5 6,11.6 1,7.4 7.4,7',
  pentagon: '10,1 19,8 15.5,19 4.5,19 1,8',
  rhomboid: '5,3 19,3 15,17 1,17',
  tag: '1,3 14,3 19,10 14,17 1,17',
  octagon: '6,1 14,1 19,6 19,14 14,19 6,19 1,14 1,6',
  vee: '1,2 10,8 19,2 10,19',
};
