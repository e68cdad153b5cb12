// Roles are nodes in the graph but links in a picture of it: a path person → role → body reads as one link,
// "holds a role in". This folds the role nodes of a path into such links.

export type RoleLinkType = 'HOLDS_ROLE' | 'REPRESENTS' | 'SEAT';

export interface LinkRow {
  id: string;
  type: string;
  label: string | null;
  fromId: string;
  toId: string;
  validFrom: string | null;
  validTo: string | null;
  citationIds: string[];
}

export interface PathNode {
  id: string;
  kind: string | null;
  title?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
  citationIds?: string[] | null;
}

export interface PathRelationship {
  id: string | null;
  type: string;
  label?: string | null;
  fromId: string;
  toId: string;
  validFrom?: string | null;
  validTo?: string | null;
  citationIds?: string[] | null;
}

/** The id of a link that stands for a role. */
export function roleLinkId(roleId: string, type: RoleLinkType): string {
  return `${roleId}#${type.toLowerCase()}`;
}

const isRole = (node: PathNode) => node.id.startsWith('role:');

/** Which link a role makes between its two neighbours in a path, given the two relationships it sits between. */
function roleLink(
  role: PathNode,
  before: { node: PathNode; relationship: PathRelationship },
  after: { node: PathNode; relationship: PathRelationship },
): LinkRow {
  const ends = new Map([
    [before.relationship.type, before.node.id],
    [after.relationship.type, after.node.id],
  ]);
  const person = ends.get('HOLDS');
  const heldIn = ends.get('HELD_IN');
  const behalf = ends.get('ON_BEHALF_OF');
  let type: RoleLinkType;
  let fromId: string;
  let toId: string;
  if (person !== undefined && heldIn !== undefined) [type, fromId, toId] = ['HOLDS_ROLE', person, heldIn];
  else if (person !== undefined && behalf !== undefined) [type, fromId, toId] = ['REPRESENTS', person, behalf];
  else if (heldIn !== undefined && behalf !== undefined) [type, fromId, toId] = ['SEAT', behalf, heldIn];
  else throw new Error(`A role cannot sit between ${before.relationship.type} and ${after.relationship.type}`);
  return {
    id: roleLinkId(role.id, type),
    type,
    label: role.title ?? null,
    fromId,
    toId,
    validFrom: role.validFrom ?? null,
    validTo: role.validTo ?? null,
    citationIds: role.citationIds ?? [],
  };
}

/**
 * Folds a path of graph nodes and relationships (roles included) into entity ids and links: links[i] joins
 * entityIds[i] and entityIds[i + 1].
 */
export function foldPath(
  nodes: PathNode[],
  relationships: PathRelationship[],
): { entityIds: string[]; links: LinkRow[] } {
  const entityIds: string[] = [];
  const links: LinkRow[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as PathNode;
    if (isRole(node)) continue;
    entityIds.push(node.id);
    if (i === nodes.length - 1) break;
    const next = nodes[i + 1] as PathNode;
    if (isRole(next)) {
      const after = nodes[i + 2];
      const first = relationships[i];
      const second = relationships[i + 1];
      if (!after || !first || !second) throw new Error('A path cannot end in a role');
      links.push(roleLink(next, { node, relationship: first }, { node: after, relationship: second }));
    } else {
      const relationship = relationships[i] as PathRelationship;
      links.push({
        id: relationship.id ?? `${relationship.type}:${relationship.fromId}:${relationship.toId}`,
        type: relationship.type,
        label: relationship.label ?? null,
        fromId: relationship.fromId,
        toId: relationship.toId,
        validFrom: relationship.validFrom ?? null,
        validTo: relationship.validTo ?? null,
        citationIds: relationship.citationIds ?? [],
      });
    }
  }
  return { entityIds, links };
}
