// The connection finder's paths as a reader sees them: one path per sequence of entities. The API returns one path
// per sequence of links, so two roles of one person in the same place (representant and medlem) would show the
// same path twice; here they are one path whose step holds both links. The step count is the path's own.

export interface PathLike<N extends { id: string }, L extends PathLinkLike> {
  nodes: readonly N[];
  links: readonly L[];
}

export interface PathLinkLike {
  id: string;
  type: string;
  label?: string | null;
  from: { id: string };
}

export interface DistinctPath<N extends { id: string }, L extends PathLinkLike> {
  /** A stable key: the ids of the entities along the path. */
  key: string;
  nodes: readonly N[];
  /** steps[i]: every link joining nodes[i] and nodes[i + 1] (the same type, label and direction only once). */
  steps: L[][];
  /** The first link of each step: what the path's sentence tells. */
  links: L[];
  /** How many steps the path has (links between consecutive entities). */
  length: number;
}

/** The distinct paths in order of length (shortest first, the API's order among equals), at most `limit`. */
export function distinctPaths<N extends { id: string }, L extends PathLinkLike>(
  paths: readonly PathLike<N, L>[],
  limit: number,
): DistinctPath<N, L>[] {
  const byKey = new Map<string, DistinctPath<N, L>>();
  for (const path of paths) {
    const key = path.nodes.map((node) => node.id).join('>');
    let distinct = byKey.get(key);
    if (!distinct) {
      distinct = { key, nodes: path.nodes, steps: path.links.map(() => []), links: [], length: path.links.length };
      byKey.set(key, distinct);
    }
    path.links.forEach((link, index) => {
      const step = distinct.steps[index];
      if (!step) return;
      const sameKind = (other: L) =>
        other.id === link.id ||
        (other.type === link.type &&
          (other.label?.trim() ?? '') === (link.label?.trim() ?? '') &&
          other.from.id === link.from.id);
      if (!step.some(sameKind)) step.push(link);
    });
  }
  return [...byKey.values()]
    .map((path) => ({ ...path, links: path.steps.map((step) => step[0] as L) }))
    .sort((a, b) => a.length - b.length)
    .slice(0, limit);
}
