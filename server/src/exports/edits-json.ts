import { allEdits, editUsers, type GraphStore } from '../data/exports.js';
import type { EditRow, EditUserRow } from '../data/index.js';

// The history of edits as JSON (/export/edits.json), and the provenance the graph export adds (graph-json.ts):
// which approved edit wrote which fact, on which source — a document and a quote, or a staff note (registrert av
// sekretariatet), always marked as the one or the other.

/** How an edit's source is exported: a document's quote, or a staff note with its author. */
export type ExportedSource =
  | { type: 'DOCUMENT'; documentId: string; quote: string; citationId: string }
  | { type: 'STAFF_NOTE'; text: string; author: string | null; label: 'registrert av sekretariatet' };

function userJson(user: EditUserRow | undefined) {
  return user ? { username: user.username, displayName: user.displayName } : null;
}

function sourceJson(edit: EditRow, users: Map<string, EditUserRow>): ExportedSource | null {
  if (edit.documentId !== null && edit.quote !== null) {
    const citation = (edit.input as { citation?: { id?: string } | null }).citation;
    return {
      type: 'DOCUMENT',
      documentId: edit.documentId,
      quote: edit.quote,
      citationId: citation?.id ?? `cite:${edit.id}`,
    };
  }
  if (edit.note !== null) {
    return {
      type: 'STAFF_NOTE',
      text: edit.note,
      author: users.get(edit.authorId)?.username ?? null,
      label: STAFF_NOTE_LABEL,
    };
  }
  return null;
}

/** One edit as the exports write it: who, when, what, on what source, and its review. */
export function editJson(edit: EditRow, users: Map<string, EditUserRow>): Record<string, unknown> {
  return {
    id: edit.id,
    kind: edit.kind,
    status: edit.status,
    summary: edit.summary,
    author: userJson(users.get(edit.authorId)),
    createdAt: edit.createdAt,
    reason: edit.reason,
    source: sourceJson(edit, users),
    entityIds: edit.entityIds,
    changes: edit.changes,
    reviewer: edit.reviewerId ? userJson(users.get(edit.reviewerId)) : null,
    reviewedAt: edit.reviewedAt,
    reviewReason: edit.reviewReason,
    selfApproved: edit.selfApproved,
    approvalOrder: edit.seq,
    revertOf: edit.revertOf,
    revertedBy: edit.revertedBy,
  };
}

/** The edits readers may see: approved ones, and approved ones later reverted (proposals and rejections are not). */
export const isPublished = (edit: EditRow) => edit.status === 'APPROVED' || edit.status === 'REVERTED';

/** The edits (oldest first) with their users, as the exports write them. */
export async function exportedEdits(
  store: GraphStore,
  which: (edit: EditRow) => boolean,
): Promise<Record<string, unknown>[]> {
  const edits = (await allEdits(store)).filter(which);
  const users = await editUsers(
    store,
    edits.flatMap((edit) => [edit.authorId, ...(edit.reviewerId ? [edit.reviewerId] : [])]),
  );
  return edits.map((edit) => editJson(edit, users));
}

/** Streams the history of edits as JSON: all of them for editors and up, the published ones for readers. */
export async function* editsJson(store: GraphStore, exportedAt: string, everything: boolean): AsyncGenerator<string> {
  const edits = await exportedEdits(store, everything ? () => true : isPublished);
  yield `{"format":"regiongraf-edits","version":1,"exported":${JSON.stringify(exportedAt)},`;
  yield `"scope":${JSON.stringify(everything ? 'ALL' : 'PUBLISHED')},\n"edits":[\n`;
  yield edits.map((edit) => JSON.stringify(edit)).join(',\n');
  yield '\n]}\n';
}

/** What the exports write for a fact registered on a staff note: the marker, the author and the note. */
export const STAFF_NOTE_LABEL = 'registrert av sekretariatet';

/**
 * The staff notes of the published edits, by edit id, each as one line the GraphML and Popolo exports write beside
 * a fact's document sources: "registrert av sekretariatet (author, day approved): note".
 */
export async function staffNoteLines(store: GraphStore): Promise<Map<string, string>> {
  const edits = (await allEdits(store)).filter((edit) => isPublished(edit) && edit.note !== null);
  const users = await editUsers(
    store,
    edits.map((edit) => edit.authorId),
  );
  return new Map(
    edits.map((edit) => {
      const author = users.get(edit.authorId);
      const who = author ? author.displayName || author.username : edit.authorId;
      const day = (edit.reviewedAt ?? edit.createdAt).slice(0, 10);
      return [edit.id, `${STAFF_NOTE_LABEL} (${who}, ${day}): ${edit.note}`];
    }),
  );
}
