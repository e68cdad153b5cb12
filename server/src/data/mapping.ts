import type { AttendanceStatusValue } from '../domain/attendance.js';
import { type LinkRow, roleLinkId } from '../domain/links.js';
import { ENTITY_FIELDS, type EntityKindValue, type RelationTypeValue } from '../domain/vocabulary.js';
import type { Plain, Row } from '../graph/store.js';
import type {
  CitationRow,
  EditChangeValue,
  EditMarksRow,
  EditRow,
  EntityRow,
  ObservationRow,
  PostRow,
  RelationRow,
  RoleRow,
} from './rows.js';

// From the plain maps the statements return to the row types the resolvers receive. Rows are cast here, once.

const str = (value: Plain | undefined): string | null => (value === null || value === undefined ? null : String(value));
const num = (value: Plain | undefined): number | null =>
  value === null || value === undefined || value === '' ? null : Number(value);
const strings = (value: Plain | undefined): string[] => (Array.isArray(value) ? value.map(String) : []);

/** The edit marks of a stored fact (docs/edits.md): absent on what only the seed wrote. */
export function editMarksOf(map: Row): EditMarksRow {
  return { version: num(map.version) ?? 0, editIds: strings(map.editIds), noteEditIds: strings(map.noteEditIds) };
}

// The kinds' own fields with their types, read once: toEntityRow runs for every entity a page brings.
const ENTITY_FIELD_TYPES = Object.entries(ENTITY_FIELDS);

/** An entity map (n {.*}) as an EntityRow. */
export function toEntityRow(map: Row): EntityRow {
  const row: EntityRow = {
    nodeType: 'Entity',
    id: String(map.id),
    kind: String(map.kind) as EntityKindValue,
    name: String(map.name),
    aliases: strings(map.aliases),
    citationIds: strings(map.citationIds),
    ...editMarksOf(map),
  };
  // The own fields of every kind, from the vocabulary: a field a kind does not have is null.
  const fields = row as unknown as Record<string, string | number | null>;
  for (const [field, type] of ENTITY_FIELD_TYPES) {
    fields[field] = type === 'integer' || type === 'number' ? num(map[field]) : str(map[field]);
  }
  return row;
}

/** A role map as a RoleRow. */
export function toRoleRow(map: Row): RoleRow {
  return {
    nodeType: 'Role',
    id: String(map.id),
    title: String(map.title),
    personId: String(map.personId),
    heldInId: str(map.heldInId),
    heldInKind: str(map.heldInKind) as EntityKindValue | null,
    onBehalfOfId: str(map.onBehalfOfId),
    onBehalfOfKind: str(map.onBehalfOfKind) as EntityKindValue | null,
    start: str(map.start),
    end: str(map.end),
    share: num(map.share),
    validFrom: str(map.validFrom),
    validTo: str(map.validTo),
    endedOn: str(map.endedOn),
    firstObserved: str(map.firstObserved),
    lastObserved: str(map.lastObserved),
    periodStated: map.periodStated === true,
    duty: map.duty === true,
    postId: String(map.postId),
    citationIds: strings(map.citationIds),
    observations: observationsOf(map, 'observed'),
    ...editMarksOf(map),
  };
}

/** Observations kept as parallel lists (seed/load.ts `observationLists`). */
export function observationsOf(map: Row, prefix: string): ObservationRow[] {
  const from = strings(map[`${prefix}From`]);
  const to = strings(map[`${prefix}To`]);
  const titles = strings(map[`${prefix}Titles`]);
  return strings(map[`${prefix}CitationIds`]).map((citationId, index) => ({
    citationId,
    from: from[index] || null,
    to: to[index] || null,
    title: titles[index] || null,
  }));
}

/** A post map as a PostRow. */
export function toPostRow(map: Row): PostRow {
  return {
    nodeType: 'Post',
    id: String(map.id),
    title: String(map.title),
    organizationId: str(map.organizationId),
    onBehalfOfId: str(map.onBehalfOfId),
    singleSeat: map.singleSeat === true,
    listings: observationsOf(map, 'listing'),
  };
}

/** A relationship map as a RelationRow. */
export function toRelationRow(map: Row): RelationRow {
  return {
    nodeType: 'Relation',
    id: String(map.id),
    type: String(map.type) as RelationTypeValue,
    fromId: String(map.fromId),
    toId: String(map.toId),
    as: str(map.qualifier),
    start: str(map.start),
    end: str(map.end),
    validFrom: str(map.validFrom),
    validTo: str(map.validTo),
    citationIds: strings(map.citationIds),
    attendance: str(map.attendance) as AttendanceStatusValue | null,
    ...editMarksOf(map),
  };
}

/** A citation map as a CitationRow. */
export function toCitationRow(map: Row): CitationRow {
  return {
    id: String(map.id),
    documentId: String(map.documentId),
    quote: String(map.quote),
    offset: num(map.offset),
    reading: typeof map.reading === 'string' ? map.reading : null,
  };
}

/** A link with the kinds of its two ends (what linksOfEntities returns). */
export type KindedLink = LinkRow & { fromKind: string; toKind: string };

/** A link map (linksOfEntities) as a LinkRow, with the kinds of its two ends. */
export function toLinkRow(map: Row): KindedLink {
  const type = String(map.type);
  const id = String(map.id);
  return {
    id: type === 'HOLDS_ROLE' || type === 'REPRESENTS' ? roleLinkId(id, type) : id,
    type,
    label: str(map.label),
    fromId: String(map.fromId),
    toId: String(map.toId),
    fromKind: String(map.fromKind),
    toKind: String(map.toKind),
    validFrom: str(map.validFrom),
    validTo: str(map.validTo),
    citationIds: strings(map.citationIds),
  };
}

function parsed<T>(value: Plain | undefined, fallback: T): T {
  if (typeof value !== 'string' || value === '') return fallback;
  return JSON.parse(value) as T;
}

/** An edit map (e {.*}) as an EditRow: its JSON properties (input, changes, base, undo) parsed. */
export function toEditRow(map: Row): EditRow {
  return {
    nodeType: 'Edit',
    id: String(map.id),
    kind: String(map.kind) as EditRow['kind'],
    status: String(map.status) as EditRow['status'],
    summary: str(map.summary) ?? '',
    authorId: String(map.authorId),
    createdAt: String(map.createdAt),
    reviewerId: str(map.reviewerId),
    reviewedAt: str(map.reviewedAt),
    reviewReason: str(map.reviewReason),
    rejectedBecause: str(map.rejectedBecause),
    selfApproved: map.selfApproved === true,
    reason: str(map.reason),
    documentId: str(map.documentId),
    quote: str(map.quote),
    note: str(map.note),
    entityIds: strings(map.entityIds),
    input: parsed<Record<string, unknown>>(map.input, {}),
    changes: parsed<EditChangeValue[]>(map.changes, []),
    base: parsed<Record<string, number>>(map.base, {}),
    undo: parsed<unknown>(map.undo, null),
    seq: num(map.seq),
    revertOf: str(map.revertOf),
    revertedBy: str(map.revertedBy),
  };
}

/** An EditRow as the properties stored on its node (JSON for the structured ones; nulls left out). */
export function editProps(edit: Omit<EditRow, 'nodeType'>): Record<string, unknown> {
  const props: Record<string, unknown> = {
    ...edit,
    input: JSON.stringify(edit.input),
    changes: JSON.stringify(edit.changes),
    base: JSON.stringify(edit.base),
    undo: edit.undo === null || edit.undo === undefined ? null : JSON.stringify(edit.undo),
  };
  delete props.nodeType;
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== null && value !== undefined));
}
