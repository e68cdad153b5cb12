import {
  citationsById,
  dutiesOfPersons,
  editsPage,
  exportCitations,
  exportEntities,
  exportOutgoing,
  rolesOfPersons,
  usersById,
} from '../cypher/index.js';
import type { EntityKindValue } from '../domain/vocabulary.js';
import type { GraphStore, Row } from '../graph/store.js';
import type { EditUserRow } from './edits.js';
import { toCitationRow, toEditRow, toEntityRow, toRelationRow, toRoleRow } from './mapping.js';
import type { CitationRow, EditRow, EntityRow, RelationRow, RoleRow } from './rows.js';

/** The store the downloads read from (exports name it through the data layer, never the graph). */
export type { GraphStore };

// Page-at-a-time readers for the exports: each yields one page and holds nothing after it.

export const PAGE_SIZE = 500;

/** Pages of entities in id order (of the given kinds, or all). */
export async function* entityPages(
  store: GraphStore,
  kinds: EntityKindValue[] | null = null,
): AsyncGenerator<EntityRow[]> {
  let after: string | null = null;
  for (;;) {
    const rows = await store.read(exportEntities, { after, kinds, limit: PAGE_SIZE });
    if (rows.length === 0) return;
    const page = rows.map((row) => toEntityRow(row.entity as Row));
    yield page;
    after = page.at(-1)?.id ?? null;
    if (rows.length < PAGE_SIZE) return;
  }
}

/** The outgoing fact relationships of a page of entities. */
export async function outgoingRelations(store: GraphStore, ids: string[]): Promise<RelationRow[]> {
  if (ids.length === 0) return [];
  const rows = await store.read(exportOutgoing, { ids });
  return rows.map((row) => toRelationRow(row.relation as Row));
}

/** The roles of a page of persons: their seats, then their duties in meetings' cases. */
export async function rolesOf(store: GraphStore, personIds: string[]): Promise<RoleRow[]> {
  if (personIds.length === 0) return [];
  const seats = await store.read(rolesOfPersons, { ids: personIds, asOf: null });
  const duties = await store.read(dutiesOfPersons, { ids: personIds });
  return [...seats, ...duties].map((row) => toRoleRow(row.role as Row));
}

/** Pages of citations in id order. */
export async function* citationPages(store: GraphStore): AsyncGenerator<CitationRow[]> {
  let after: string | null = null;
  for (;;) {
    const rows = await store.read(exportCitations, { after, limit: PAGE_SIZE });
    if (rows.length === 0) return;
    const page = rows.map((row) => toCitationRow(row.citation as Row));
    yield page;
    after = page.at(-1)?.id ?? null;
    if (rows.length < PAGE_SIZE) return;
  }
}

/** The quotes of the given citations, by id. */
export async function quotesById(store: GraphStore, ids: string[]): Promise<Map<string, CitationRow>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await store.read(citationsById, { ids: unique });
  return new Map(rows.map((row) => toCitationRow(row.citation as Row)).map((citation) => [citation.id, citation]));
}

/**
 * Every edit, oldest first (the order they were proposed in). Read a page at a time, newest first as the keyset
 * runs, and returned whole: edits are few beside the facts (one a change), and the history reads oldest first.
 */
export async function allEdits(store: GraphStore): Promise<EditRow[]> {
  const edits: EditRow[] = [];
  let after: EditRow | null = null;
  for (;;) {
    const rows = await store.read(editsPage, {
      status: null,
      afterAt: after?.createdAt ?? null,
      afterId: after?.id ?? null,
      limit: PAGE_SIZE,
    });
    const page = rows.map((row) => toEditRow(row.edit as Row));
    edits.push(...page);
    after = page.at(-1) ?? null;
    if (rows.length < PAGE_SIZE) return edits.reverse();
  }
}

/** The users edits name (authors, reviewers), by id. */
export async function editUsers(store: GraphStore, ids: string[]): Promise<Map<string, EditUserRow>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await store.read(usersById, { ids: unique });
  return new Map(rows.map((row) => row.user as unknown as EditUserRow).map((user) => [user.id, user]));
}
