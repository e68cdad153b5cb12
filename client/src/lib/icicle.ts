// The grant tree as an icicle: each level a row, each grant as wide as its amount within the grant it is part of
// (national allocation → regional shares → projects). Pure, so the partition is unit-tested.

export interface IcicleInput {
  id: string;
  name: string;
  amountNok: number | null;
  parentId: string | null;
}

export interface IcicleCell {
  id: string;
  name: string;
  amountNok: number | null;
  parentName: string | null;
  depth: number;
  /** From 0 to 1 across the whole width. */
  x0: number;
  x1: number;
}

/**
 * The cells of the icicle. A grant is as wide as its amount, or the sum of its parts when they add up to more
 * (or it has no amount); parts that add up to less leave the rest of their parent's width empty — the part not
 * yet given out. A grant whose parent is not among the input starts a tree of its own.
 */
export function icicle(grants: readonly IcicleInput[]): IcicleCell[] {
  const ids = new Set(grants.map((grant) => grant.id));
  const children = new Map<string | null, IcicleInput[]>();
  for (const grant of grants) {
    const parent = grant.parentId && ids.has(grant.parentId) ? grant.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), grant]);
  }
  const values = new Map<string, number>();
  const widthOf = (grant: IcicleInput, seen: ReadonlySet<string>): number => {
    const known = values.get(grant.id);
    if (known !== undefined) return known;
    const parts = seen.has(grant.id)
      ? 0
      : (children.get(grant.id) ?? []).reduce((sum, part) => sum + widthOf(part, new Set([...seen, grant.id])), 0);
    const value = Math.max(grant.amountNok ?? 0, parts);
    values.set(grant.id, value);
    return value;
  };
  const roots = children.get(null) ?? [];
  const total = roots.reduce((sum, root) => sum + widthOf(root, new Set()), 0);
  const cells: IcicleCell[] = [];
  if (total <= 0) return cells;
  const place = (
    list: readonly IcicleInput[],
    x0: number,
    scale: number,
    depth: number,
    parent: string | null,
    seen: ReadonlySet<string>,
  ) => {
    let x = x0;
    for (const grant of [...list].sort((a, b) => (values.get(b.id) ?? 0) - (values.get(a.id) ?? 0))) {
      const width = (values.get(grant.id) ?? 0) * scale;
      if (width <= 0) continue;
      cells.push({
        id: grant.id,
        name: grant.name,
        amountNok: grant.amountNok,
        parentName: parent,
        depth,
        x0: x,
        x1: x + width,
      });
      if (!seen.has(grant.id))
        place(children.get(grant.id) ?? [], x, scale, depth + 1, grant.name, new Set([...seen, grant.id]));
      x += width;
    }
  };
  place(roots, 0, 1 / total, 0, null, new Set());
  return cells;
}
