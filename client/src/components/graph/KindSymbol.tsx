import type { EntityKind } from '../../generated/graphql';
import { KIND_STYLES, SHAPE_POINTS } from '../../lib/graph-kinds';

/** The shape and colour a kind has in the diagram, for the legend and the tables. Decorative: the name is beside it. */
export function KindSymbol({ kind }: { kind: EntityKind }) {
  const { colour, shape } = KIND_STYLES[kind];
  const paint = { fill: colour, stroke: '#1b1f23', strokeWidth: 1.5 };
  return (
    <svg className="kind-symbol" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
      {shape === 'ellipse' && <circle cx="10" cy="10" r="8.5" {...paint} />}
      {shape === 'round-rectangle' && <rect x="1.5" y="3" width="17" height="14" rx="4" {...paint} />}
      {shape === 'rectangle' && <rect x="2" y="2" width="16" height="16" {...paint} />}
      {shape !== 'ellipse' && shape !== 'round-rectangle' && shape !== 'rectangle' && (
        <polygon points={SHAPE_POINTS[shape]} {...paint} />
      )}
    </svg>
  );
}
