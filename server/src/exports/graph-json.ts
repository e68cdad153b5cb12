import type { GraphStore } from '../data/exports.js';
import { citationPages, entityPages, outgoingRelations, rolesOf } from '../data/exports.js';
import type { EntityRow, RelationRow, RoleRow } from '../data/index.js';

// The whole graph as one JSON document: entities, roles, relations and the citations they refer to. Written a
// page at a time: the document is streamed, never built in memory.

function entityJson(entity: EntityRow): Record<string, unknown> {
  const { nodeType: _nodeType, ...fields } = entity;
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null && value !== undefined));
}

function roleJson(role: RoleRow): Record<string, unknown> {
  const { nodeType: _nodeType, heldInKind: _heldInKind, onBehalfOfKind: _onBehalfOfKind, ...fields } = role;
  return fields;
}

function relationJson(relation: RelationRow): Record<string, unknown> {
  const { nodeType: _nodeType, ...fields } = relation;
  return fields;
}

/** Streams the graph as JSON text. */
export async function* graphJson(store: GraphStore, exportedAt: string): AsyncGenerator<string> {
  yield `{"format":"regiongraf-graph","version":1,"exported":${JSON.stringify(exportedAt)},\n"entities":[\n`;
  let first = true;
  for await (const page of entityPages(store)) {
    for (const entity of page) {
      yield `${first ? '' : ',\n'}${JSON.stringify(entityJson(entity))}`;
      first = false;
    }
  }
  yield '\n],\n"roles":[\n';
  first = true;
  for await (const page of entityPages(store, ['PERSON'])) {
    for (const role of await rolesOf(
      store,
      page.map((person) => person.id),
    )) {
      yield `${first ? '' : ',\n'}${JSON.stringify(roleJson(role))}`;
      first = false;
    }
  }
  yield '\n],\n"relations":[\n';
  first = true;
  for await (const page of entityPages(store)) {
    for (const relation of await outgoingRelations(
      store,
      page.map((entity) => entity.id),
    )) {
      yield `${first ? '' : ',\n'}${JSON.stringify(relationJson(relation))}`;
      first = false;
    }
  }
  yield '\n],\n"citations":[\n';
  first = true;
  for await (const page of citationPages(store)) {
    for (const citation of page) {
      yield `${first ? '' : ',\n'}${JSON.stringify(citation)}`;
      first = false;
    }
  }
  yield '\n]}\n';
}
