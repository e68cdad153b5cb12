import type { GraphStore } from '../data/exports.js';
import { citationPages, entityPages, outgoingRelations, rolesOf } from '../data/exports.js';
import type { EntityRow, RelationRow, RoleRow } from '../data/index.js';
import { exportedEdits, isPublished } from './edits-json.js';

// The whole graph as one JSON document: entities, roles, relations and the citations they refer to, and the
// provenance of what edits changed: each fact's `editIds` name the approved edits that wrote it and its
// `noteEditIds` the staff notes it rests on (not a document), and "edits" lists those edits with their source
// (DOCUMENT, or STAFF_NOTE: registrert av sekretariatet) and review. Facts are written a page at a time: the
// document is streamed, never built in memory (the edits, few beside the facts, are read at the end).

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
      // A quote an edit made is cited as `cite:<edit id>`: say which edit.
      const editId = citation.id.startsWith('cite:edit:') ? citation.id.slice('cite:'.length) : null;
      yield `${first ? '' : ',\n'}${JSON.stringify(editId ? { ...citation, editId } : citation)}`;
      first = false;
    }
  }
  yield '\n],\n"edits":[\n';
  yield (await exportedEdits(store, isPublished)).map((edit) => JSON.stringify(edit)).join(',\n');
  yield '\n]}\n';
}
