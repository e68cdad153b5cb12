import { randomUUID } from 'node:crypto';
import {
  createRole,
  deleteCitation,
  deletePostIfEmpty,
  documentsOfCitations,
  editsById,
  entitiesById,
  grantsOfTree,
  holdersOfPost,
  linkByIds,
  linkRolesOnBehalfOf,
  linksFromRoles,
  linksOfGrantTree,
  relationSnapshots,
  relationsBetween,
  relationsById,
  replaceRelationProperties,
  roleSnapshots,
  rolesById,
  setEntitySources,
  unlinkByIds,
  unlinkRoleFromPost,
  upsertPosts,
  upsertRelations,
} from '../cypher/index.js';
import { resolveAttendance } from '../domain/attendance.js';
import type { BackupValue } from '../domain/backup.js';
import { relationSpan } from '../domain/dates.js';
import {
  EditRefusal,
  editDate,
  editText,
  periodInOrder,
  type SourceArgument,
  sourceShape,
  undatedRefusal,
} from '../domain/edits.js';
import { grantTreeProblems } from '../domain/grants.js';
import { digest, nodeTypeOfId, relationSeedId } from '../domain/ids.js';
import { foldWhitespace } from '../domain/names.js';
import { InputError } from '../domain/page.js';
import { isSingleSeat, observedPeriod, postKey, postTitle } from '../domain/seats.js';
import {
  type EntityKindValue,
  RELATION_ENDS,
  RELATION_TYPES,
  type RelationTypeValue,
  ROLE_ON_BEHALF_OF,
} from '../domain/vocabulary.js';
import type { Params, Row, TransactionRunner } from '../graph/store.js';
import { FLOORS, paramsOf, propertiesOf } from './backup.js';
import {
  type CitationInput,
  type EditApplier,
  type Holder,
  mark,
  type ObservationInput,
  observe,
  readSeat,
  requireEntities,
  type Seat,
  settle,
  sourceIdOf,
  Unappliable,
  union,
  unobserve,
  writeCitation,
  writeSeat,
} from './edit-apply.js';
import type { EditActor, Proposal } from './edits.js';
import { toEntityRow, toRelationRow, toRoleRow } from './mapping.js';
import type { EditChangeValue, EditRow, EntityRow, RelationRow, RoleRow } from './rows.js';
import { postWriteRow } from './writes.js';

// CORRECT_ROLE, ADD_RELATION, END_RELATION, CORRECT_RELATION, ADD_OBSERVATION and RETRACT (docs/edits.md, "Roles,
// relations, observations and retractions"): their proposers (the edits port's methods, through `factEdits`) and
// their appliers (FACT_APPLIERS, dispatched by data/edit-apply.ts). Roles change only through the seat functions,
// so every holder of a post is settled again; a relation an edit changes keeps a typed snapshot in `undo`, so that a
// revert writes it back exactly; a retracted fact is taken out of the graph and kept whole in `undo`.

type Props = Record<string, BackupValue>;
type Run = (statement: Parameters<TransactionRunner['run']>[0], params?: Params) => Promise<Row[]>;

// ---- what the edits store (Edit.input) ----

export interface CorrectRoleInput {
  roleId: string;
  personId: string;
  organizationId: string | null;
  fromPostId: string;
  toPostId: string;
  toPostTitle: string;
  toSingleSeat: boolean;
  title: string;
  start: string | null;
  end: string | null;
  onBehalfOfId: string | null;
  before: { title: string; start: string | null; end: string | null; onBehalfOfId: string | null };
  observation: ObservationInput;
  citation: CitationInput | null;
}

export interface AddRelationInput {
  relationId: string;
  type: RelationTypeValue;
  fromId: string;
  toId: string;
  as: string | null;
  start: string | null;
  end: string | null;
  attendance: string | null;
  /** The period the source speaks for (the document's, or the day of a staff note). */
  observed: { from: string; to: string };
  citation: CitationInput | null;
}

export interface EndRelationInput {
  relationId: string;
  end: string;
  before: { end: string | null };
  citation: CitationInput | null;
}

export interface CorrectRelationInput {
  relationId: string;
  /** Only the fields the correction sets (a field left out stays; null clears it). */
  set: { as?: string | null; start?: string | null; end?: string | null };
  citation: CitationInput | null;
}

export type AddObservationInput =
  | { fact: 'ENTITY'; entityId: string; citation: CitationInput | null }
  | { fact: 'ROLE'; roleId: string; postId: string; observation: ObservationInput; citation: CitationInput | null }
  | { fact: 'RELATION'; relationId: string; observed: { from: string; to: string }; citation: CitationInput | null };

export type RetractInput =
  | { fact: 'ROLE'; roleId: string; postId: string; personId: string }
  | { fact: 'RELATION'; relationId: string };

// ---- small helpers ----

const texts = (value: BackupValue | undefined): string[] => (Array.isArray(value) ? value.map(String) : []);
const dateOf = (value: BackupValue | undefined): string | null =>
  value && typeof value === 'object' && !Array.isArray(value) && '$date' in value ? value.$date : null;

function setDate(props: Props, key: string, value: string | null): void {
  if (value === null) delete props[key];
  else props[key] = { $date: value };
}

/** Raises a fact's version and names the edit among those that wrote it. */
function marked(props: Props, editId: string): Props {
  return { ...props, version: Number(props.version ?? 0) + 1, editIds: union(texts(props.editIds), [editId]) };
}

/** The fact's sources with an edit's: its citation, or the edit itself for a staff note. */
function withSource(props: Props, edit: EditRow, citation: CitationInput | null): Props {
  if (citation) return { ...props, citationIds: union(texts(props.citationIds), [citation.id]) };
  return { ...props, noteEditIds: union(texts(props.noteEditIds), [edit.id]) };
}

// ---- relations: typed snapshots ----

interface RelationSnapshot {
  id: string;
  type: RelationTypeValue;
  fromId: string;
  toId: string;
  properties: Props;
}

/** What a relation edit did: created it (undo deletes it), or changed it (undo writes `before` back). */
interface RelationUndo {
  created: RelationSnapshot | null;
  before: RelationSnapshot | null;
  /** The relation as the edit left it: a revert meets it so (but for versions), or refuses. */
  after: Props;
}

/** The facts of a relation, without what every change raises and lists (version, editIds), in one order. */
function factsOf(props: Props): string {
  const kept = Object.entries(props).filter(([key]) => key !== 'version' && key !== 'editIds');
  return JSON.stringify(kept.sort(([a], [b]) => a.localeCompare(b)));
}

async function relationSnapshot(tx: TransactionRunner, id: string): Promise<RelationSnapshot | null> {
  const [row] = await tx.run(relationSnapshots, { ids: [id], ...FLOORS });
  if (!row) return null;
  return {
    id,
    type: String(row.type) as RelationTypeValue,
    fromId: String(row.fromId),
    toId: String(row.toId),
    properties: propertiesOf(id, row),
  };
}

async function writeRelation(tx: TransactionRunner, id: string, properties: Props): Promise<void> {
  await tx.run(replaceRelationProperties, { id, properties: paramsOf(properties) });
}

/** The period a relation's sources speak for: the documents its citations quote, and the days of its notes. */
async function observedRange(tx: TransactionRunner, props: Props): Promise<{ from: string | null; to: string | null }> {
  const cited = (await tx.run(documentsOfCitations, { ids: texts(props.citationIds) })).map((row) =>
    String(row.documentId),
  );
  const documents = (await tx.run(entitiesById, { ids: [...new Set(cited)] })).map((row) =>
    toEntityRow(row.entity as Row),
  );
  const days: string[] = [];
  for (const document of documents) {
    const start = document.coversStart ?? document.date ?? null;
    const end = document.coversEnd ?? document.date ?? null;
    if (start) days.push(String(start));
    if (end) days.push(String(end));
  }
  const notes = await tx.run(editsById, { ids: texts(props.noteEditIds) });
  for (const row of notes) days.push(String((row.edit as Row).createdAt).slice(0, 10));
  if (days.length === 0) return { from: dateOf(props.validFrom), to: dateOf(props.validTo) };
  days.sort();
  return { from: days[0] ?? null, to: days.at(-1) ?? null };
}

/** Sets a relation's validFrom/validTo from its stated start and end and the period its sources speak for. */
async function settleRelation(tx: TransactionRunner, props: Props): Promise<void> {
  const observed = await observedRange(tx, props);
  const span = relationSpan({ start: dateOf(props.start), end: dateOf(props.end) }, observed);
  setDate(props, 'validFrom', span.validFrom);
  setDate(props, 'validTo', span.validTo);
}

/** The grant tree's rules (domain/grants.ts) that one more ALLOCATED_FROM link would break. */
async function grantTreeBreaks(run: Run, link: { fromId: string; toId: string }): Promise<string[]> {
  const grants = (await run(grantsOfTree)).map((row) => ({
    id: String(row.id),
    parentId: null,
    amountNok: row.amountNok === null || row.amountNok === undefined ? null : Number(row.amountNok),
    partsNote: typeof row.partsNote === 'string' ? row.partsNote : null,
  }));
  const links = (await run(linksOfGrantTree)).map((row) => ({ fromId: String(row.fromId), toId: String(row.toId) }));
  const before = new Set(grantTreeProblems(grants, links));
  return grantTreeProblems(grants, [...links, link]).filter((problem) => !before.has(problem));
}

/** Undoes a relation edit: deletes what it created, or writes back what it changed. */
async function undoRelation(tx: TransactionRunner, edit: EditRow, revert: EditRow): Promise<void> {
  const undo = edit.undo as RelationUndo;
  const target = undo.created ?? undo.before;
  if (!target) return;
  const now = await relationSnapshot(tx, target.id);
  // Later changes that were themselves reverted leave it as this edit left it; any other is in the way.
  if (!now || factsOf(now.properties) !== factsOf(undo.after)) {
    throw new EditRefusal('CONFLICT', 'The relation has changed since: revert the later changes first.', {
      current: { [target.id]: { version: Number(now?.properties.version ?? 0) } },
    });
  }
  if (undo.created) {
    // By id, where it is now: a merge may have moved one of its ends.
    const statement = unlinkByIds[now.type] as Parameters<TransactionRunner['run']>[0];
    await tx.run(statement, { rows: [{ from: now.fromId, to: now.toId, relId: now.id }] });
  } else if (undo.before) {
    const restored = {
      ...undo.before.properties,
      version: Number(now.properties.version ?? 0) + 1,
      editIds: union(texts(now.properties.editIds), [revert.id]),
    };
    await writeRelation(tx, target.id, restored);
  }
  const citation = (edit.input as { citation?: CitationInput | null }).citation;
  if (citation) await tx.run(deleteCitation, { id: citation.id });
}

/** Adds a source to a relation already in the graph: one fact, many sources (the seed's rule for the period). */
async function observeRelation(
  tx: TransactionRunner,
  edit: EditRow,
  before: RelationSnapshot,
  observed: { from: string; to: string },
  citation: CitationInput | null,
): Promise<RelationUndo> {
  const props = marked(withSource(before.properties, edit, citation), edit.id);
  if (dateOf(props.start) === null && dateOf(props.end) === null) {
    const from = dateOf(props.validFrom);
    const to = dateOf(props.validTo);
    if (from === null || observed.from < from) setDate(props, 'validFrom', observed.from);
    if (to === null || observed.to > to) setDate(props, 'validTo', observed.to);
  }
  await writeCitation(tx, citation);
  await writeRelation(tx, before.id, props);
  return { created: null, before, after: props };
}

// ---- the appliers ----

interface CorrectRoleUndo {
  previous: { title: string; start: string | null; end: string | null; periodStated: boolean };
  postCreated: boolean;
  /**
   * The role's stated facts and version as the correction left them: a revert meets the role so (a later change
   * that was itself reverted leaves it so), or refuses. Absent in corrections approved before it was kept.
   */
  after?: { title: string; start: string | null; end: string | null; version: number };
}

const statedOf = (holder: Holder) => ({ title: holder.facts.title, start: holder.facts.start, end: holder.facts.end });

/** Moves a holder from one seat to another (the role keeps its id), or leaves it where it is. */
function moveHolder(from: Seat, to: Seat, holder: Holder, postId: string): void {
  from.holders = from.holders.filter((h) => h !== holder);
  // After a reseed the seed links the role to its own post again: the holder is in `to` once only.
  to.holders = [...to.holders.filter((h) => h.facts.id !== holder.facts.id), holder];
  holder.facts.postId = postId;
}

async function relinkBehalf(
  tx: TransactionRunner,
  roleId: string,
  organizationId: string | null,
  behalf: string | null,
) {
  if (behalf !== null && behalf !== organizationId) {
    await tx.run(linkRolesOnBehalfOf, { rows: [{ id: roleId, targetId: behalf }] });
  }
}

const correctRole: EditApplier = {
  targets: (edit) => [(edit.input as unknown as CorrectRoleInput).roleId],
  async apply(tx, edit) {
    const input = edit.input as unknown as CorrectRoleInput;
    await requireEntities(tx, [input.personId, input.onBehalfOfId, input.citation?.documentId ?? null]);
    const from = await readSeat(tx, input.fromPostId);
    const holder = from?.holders.find((h) => h.facts.id === input.roleId);
    if (!from || !holder) throw new Unappliable(`the role ${input.roleId} is no longer in that post`);
    const moves = input.toPostId !== input.fromPostId;
    let to = from;
    let postCreated = false;
    if (moves) {
      const found = await readSeat(tx, input.toPostId);
      // As on proposal: one role per person and post (a role approved since may hold that post for the person now).
      const other = found?.holders.find((h) => h.facts.personId === input.personId && h.facts.id !== input.roleId);
      if (other) throw new Unappliable(`the person already has that role (${other.facts.id})`);
      if (found) to = found;
      else {
        postCreated = true;
        const post = {
          id: input.toPostId,
          title: input.toPostTitle,
          organizationId: input.organizationId,
          onBehalfOfId: input.onBehalfOfId,
          singleSeat: input.toSingleSeat,
          listings: [],
        };
        await tx.run(upsertPosts, { rows: [postWriteRow(post, { version: 1, editIds: [edit.id] })] });
        to = { singleSeat: input.toSingleSeat, listings: [], holders: [] };
      }
      moveHolder(from, to, holder, input.toPostId);
    }
    const { title, start, end, periodStated } = holder.facts;
    const mismatches = [
      title === input.before.title ? null : `title is ${title} now, ${input.before.title} when proposed`,
      start === input.before.start ? null : `start is ${start ?? 'not stated'} now`,
      end === input.before.end ? null : `end is ${end ?? 'not stated'} now`,
    ]
      .filter((line): line is string => line !== null)
      .map((line) => `${input.roleId}: ${line}`);
    const undo: CorrectRoleUndo = { previous: { title, start, end, periodStated }, postCreated };
    Object.assign(holder.facts, {
      title: input.title,
      start: input.start,
      end: input.end,
      periodStated: input.start !== null || input.end !== null,
    });
    observe(holder, edit, input.observation, input.citation !== null);
    mark(holder, edit.id);
    undo.after = { ...statedOf(holder), version: holder.version };
    settle(from);
    if (moves) settle(to);
    await writeCitation(tx, input.citation);
    if (moves) await tx.run(unlinkRoleFromPost, { id: input.roleId });
    await writeSeat(tx, from);
    if (moves) {
      await writeSeat(tx, to);
      await relinkBehalf(tx, input.roleId, input.organizationId, input.onBehalfOfId);
    }
    return { undo, mismatches };
  },
  async undo(tx, edit, revert) {
    const input = edit.input as unknown as CorrectRoleInput;
    const undo = edit.undo as CorrectRoleUndo;
    const to = await readSeat(tx, input.toPostId);
    const holder = to?.holders.find((h) => h.facts.id === input.roleId);
    if (!to || !holder) {
      throw new EditRefusal(
        'CONFLICT',
        'The corrected role is no longer in the graph: revert what took it away first.',
      );
    }
    if (undo.after) {
      const { version, ...left } = undo.after;
      if (JSON.stringify(statedOf(holder)) !== JSON.stringify(left)) {
        throw new EditRefusal(
          'CONFLICT',
          'The role has changed since this correction: revert the later changes first.',
          {
            current: { [input.roleId]: { ...statedOf(holder), version: holder.version, versionCorrected: version } },
          },
        );
      }
    }
    const moves = input.toPostId !== input.fromPostId;
    const from = moves ? await readSeat(tx, input.fromPostId) : to;
    if (!from) throw new Unappliable(`the post ${input.fromPostId} is no longer in the graph`);
    if (moves) moveHolder(to, from, holder, input.fromPostId);
    unobserve(holder, sourceIdOf(edit));
    Object.assign(holder.facts, undo.previous);
    mark(holder, revert.id);
    settle(from);
    if (moves) settle(to);
    if (moves) await tx.run(unlinkRoleFromPost, { id: input.roleId });
    await writeSeat(tx, from);
    if (moves) {
      await writeSeat(tx, to);
      await relinkBehalf(tx, input.roleId, input.organizationId, input.before.onBehalfOfId);
      if (undo.postCreated) await tx.run(deletePostIfEmpty, { id: input.toPostId });
    }
    if (input.citation) await tx.run(deleteCitation, { id: input.citation.id });
  },
};

const addRelation: EditApplier = {
  targets: (edit) => [(edit.input as unknown as AddRelationInput).relationId],
  async apply(tx, edit) {
    const input = edit.input as unknown as AddRelationInput;
    await requireEntities(tx, [input.fromId, input.toId, input.citation?.documentId ?? null]);
    const existing = await relationSnapshot(tx, input.relationId);
    if (existing)
      return { undo: await observeRelation(tx, edit, existing, input.observed, input.citation), mismatches: [] };
    if (input.type === 'ALLOCATED_FROM') {
      const breaks = await grantTreeBreaks(tx.run.bind(tx), input);
      if (breaks.length > 0) throw new Unappliable(`the grant tree would break: ${breaks.join('; ')}`);
    }
    const span = relationSpan(
      { start: input.start, end: input.end },
      { from: input.observed.from, to: input.observed.to },
    );
    const props: Record<string, unknown> = {
      id: input.relationId,
      qualifier: input.as,
      citationIds: input.citation ? [input.citation.id] : [],
      version: 1,
      editIds: [edit.id],
      ...(input.citation ? {} : { noteEditIds: [edit.id] }),
      ...(input.attendance === null ? {} : { attendance: input.attendance }),
    };
    await writeCitation(tx, input.citation);
    // Written as the seed writes its relations (cypher/seed.ts upsertRelations, seed/load.ts planWrites).
    await tx.run(upsertRelations[input.type], {
      rows: [
        {
          id: input.relationId,
          fromId: input.fromId,
          toId: input.toId,
          props,
          start: input.start,
          end: input.end,
          validFrom: span.validFrom,
          validTo: span.validTo,
        },
      ],
    });
    const created = await relationSnapshot(tx, input.relationId);
    if (!created) throw new Error(`The relation ${input.relationId} was not written`);
    return { undo: { created, before: null, after: created.properties } satisfies RelationUndo, mismatches: [] };
  },
  undo: undoRelation,
};

async function requireRelation(tx: TransactionRunner, id: string): Promise<RelationSnapshot> {
  const found = await relationSnapshot(tx, id);
  if (!found) throw new Unappliable(`the relation ${id} is no longer in the graph`);
  return found;
}

const endRelation: EditApplier = {
  targets: (edit) => [(edit.input as unknown as EndRelationInput).relationId],
  async apply(tx, edit) {
    const input = edit.input as unknown as EndRelationInput;
    if (input.citation) await requireEntities(tx, [input.citation.documentId]);
    const before = await requireRelation(tx, input.relationId);
    const end = dateOf(before.properties.end);
    const mismatches =
      end === input.before.end
        ? []
        : [`${input.relationId}: end is ${end ?? 'not stated'} now, ${input.before.end ?? 'not stated'} when proposed`];
    const props = marked(withSource(before.properties, edit, input.citation), edit.id);
    setDate(props, 'end', input.end);
    await writeCitation(tx, input.citation);
    await settleRelation(tx, props);
    await writeRelation(tx, input.relationId, props);
    return { undo: { created: null, before, after: props } satisfies RelationUndo, mismatches };
  },
  undo: undoRelation,
};

const correctRelation: EditApplier = {
  targets: (edit) => [(edit.input as unknown as CorrectRelationInput).relationId],
  async apply(tx, edit) {
    const input = edit.input as unknown as CorrectRelationInput;
    if (input.citation) await requireEntities(tx, [input.citation.documentId]);
    const before = await requireRelation(tx, input.relationId);
    const props = marked(withSource(before.properties, edit, input.citation), edit.id);
    if (input.set.as !== undefined) {
      if (input.set.as === null) delete props.qualifier;
      else props.qualifier = input.set.as;
      if (before.type === 'ATTENDED') {
        const worded = resolveAttendance(input.set.as, null, false).status;
        if (worded !== null) props.attendance = worded;
      }
    }
    if (input.set.start !== undefined) setDate(props, 'start', input.set.start);
    if (input.set.end !== undefined) setDate(props, 'end', input.set.end);
    await writeCitation(tx, input.citation);
    await settleRelation(tx, props);
    await writeRelation(tx, input.relationId, props);
    return {
      undo: { created: null, before, after: props } satisfies RelationUndo,
      mismatches: [],
    };
  },
  undo: undoRelation,
};

interface EntityObservationUndo {
  entityId: string;
}

const addObservation: EditApplier = {
  targets: (edit) => {
    const input = edit.input as unknown as AddObservationInput;
    return [input.fact === 'ENTITY' ? input.entityId : input.fact === 'ROLE' ? input.roleId : input.relationId];
  },
  async apply(tx, edit) {
    const input = edit.input as unknown as AddObservationInput;
    if (input.citation) await requireEntities(tx, [input.citation.documentId]);
    if (input.fact === 'RELATION') {
      const before = await requireRelation(tx, input.relationId);
      return { undo: await observeRelation(tx, edit, before, input.observed, input.citation), mismatches: [] };
    }
    if (input.fact === 'ROLE') {
      // As addRole for a person already in the post: one more observation, and the seat rules settle the post.
      const seat = await readSeat(tx, input.postId);
      const holder = seat?.holders.find((h) => h.facts.id === input.roleId);
      if (!seat || !holder) throw new Unappliable(`the role ${input.roleId} is no longer in the graph`);
      observe(holder, edit, input.observation, input.citation !== null);
      mark(holder, edit.id);
      settle(seat);
      await writeCitation(tx, input.citation);
      await writeSeat(tx, seat);
      return { undo: null, mismatches: [] };
    }
    const [row] = await tx.run(entitiesById, { ids: [input.entityId] });
    if (!row) throw new Unappliable(`${input.entityId} is no longer in the graph`);
    const entity = toEntityRow(row.entity as Row);
    await writeCitation(tx, input.citation);
    const notes = input.citation ? entity.noteEditIds : union(entity.noteEditIds, [edit.id]);
    await tx.run(setEntitySources, {
      id: entity.id,
      citationIds: input.citation ? union(entity.citationIds, [input.citation.id]) : entity.citationIds,
      noteEditIds: notes.length > 0 ? notes : null,
      version: entity.version + 1,
      editIds: union(entity.editIds, [edit.id]),
    });
    return { undo: { entityId: entity.id } satisfies EntityObservationUndo, mismatches: [] };
  },
  async undo(tx, edit, revert) {
    const input = edit.input as unknown as AddObservationInput;
    if (input.fact === 'RELATION') return undoRelation(tx, edit, revert);
    const sourceId = sourceIdOf(edit);
    // What carries the source may have moved (a merge folds a role into another, an entity into another).
    const gone = (id: string) =>
      new EditRefusal('CONFLICT', 'The source is no longer where this edit put it (merged?): revert the merge first.', {
        current: { [id]: null },
      });
    if (input.fact === 'ROLE') {
      const seat = await readSeat(tx, input.postId);
      const holder = seat?.holders.find((h) => h.facts.id === input.roleId);
      const carries = (h: Holder) =>
        h.facts.citationIds.includes(sourceId) || h.notes.some((note) => note.citationId === sourceId);
      if (!seat || !holder || !carries(holder)) throw gone(input.roleId);
      unobserve(holder, sourceId);
      mark(holder, revert.id);
      settle(seat);
      await writeSeat(tx, seat);
    } else {
      const [row] = await tx.run(entitiesById, { ids: [input.entityId] });
      const entity = row ? toEntityRow(row.entity as Row) : null;
      if (!entity || !(entity.citationIds.includes(sourceId) || entity.noteEditIds.includes(sourceId))) {
        throw gone(input.entityId);
      }
      const notes = entity.noteEditIds.filter((id) => id !== sourceId);
      await tx.run(setEntitySources, {
        id: entity.id,
        citationIds: entity.citationIds.filter((id) => id !== sourceId),
        noteEditIds: notes.length > 0 ? notes : null,
        version: entity.version + 1,
        editIds: union(entity.editIds, [revert.id]),
      });
    }
    if (input.citation) await tx.run(deleteCitation, { id: input.citation.id });
  },
};

interface Link {
  type: string;
  from: string;
  to: string;
  properties: Props;
}

/** A retracted fact, whole: the role and its links, or the relation. */
type RetractUndo = { fact: 'ROLE'; role: Props; links: Link[] } | { fact: 'RELATION'; relation: RelationSnapshot };

async function link(tx: TransactionRunner, links: Link[]): Promise<void> {
  for (const one of links) {
    const statement = linkByIds[one.type];
    if (!statement) throw new Error(`A retraction cannot restore a ${one.type} relationship (cypher/merge.ts)`);
    await tx.run(statement, { rows: [{ from: one.from, to: one.to, properties: paramsOf(one.properties) }] });
  }
}

const retract: EditApplier = {
  targets: (edit) => {
    const input = edit.input as unknown as RetractInput;
    return [input.fact === 'ROLE' ? input.roleId : input.relationId];
  },
  async apply(tx, edit) {
    const input = edit.input as unknown as RetractInput;
    if (input.fact === 'RELATION') {
      const relation = await requireRelation(tx, input.relationId);
      const statement = unlinkByIds[relation.type] as Parameters<TransactionRunner['run']>[0];
      await tx.run(statement, { rows: [{ from: relation.fromId, to: relation.toId, relId: relation.id }] });
      return { undo: { fact: 'RELATION', relation } satisfies RetractUndo, mismatches: [] };
    }
    const seat = await readSeat(tx, input.postId);
    const holder = seat?.holders.find((h) => h.facts.id === input.roleId);
    const [snapshot] = await tx.run(roleSnapshots, { ids: [input.roleId], ...FLOORS });
    if (!seat || !holder || !snapshot) throw new Unappliable(`the role ${input.roleId} is no longer in the graph`);
    const links: Link[] = [
      { type: 'HOLDS', from: holder.facts.personId, to: input.roleId, properties: {} },
      ...(await tx.run(linksFromRoles, { ids: [input.roleId], ...FLOORS })).map((row: Row) => ({
        type: String(row.type),
        from: input.roleId,
        to: String(row.otherId),
        properties: propertiesOf(input.roleId, row),
      })),
    ];
    const role = propertiesOf(input.roleId, snapshot);
    // The seat rules settle the post without it (a single seat's earlier holder may hold it longer now).
    holder.deleted = true;
    settle(seat);
    await writeSeat(tx, seat);
    return { undo: { fact: 'ROLE', role, links } satisfies RetractUndo, mismatches: [] };
  },
  async undo(tx, edit, revert) {
    const undo = edit.undo as RetractUndo;
    const restored = (props: Props): Props => ({
      ...props,
      version: Number(props.version ?? 0) + 2,
      editIds: union(texts(props.editIds), [edit.id, revert.id]),
    });
    if (undo.fact === 'RELATION') {
      const { relation } = undo;
      await requireEntities(tx, [relation.fromId, relation.toId]);
      // An edit may have added the same relation again since (the seed's id): restoring it would make a twin.
      if ((await tx.run(relationsById, { ids: [relation.id] })).length > 0) {
        throw new EditRefusal('CONFLICT', 'The relation is in the graph again: revert the edit that added it first.', {
          current: { [relation.id]: { retracted: false } },
        });
      }
      await link(tx, [
        { type: relation.type, from: relation.fromId, to: relation.toId, properties: restored(relation.properties) },
      ]);
      return;
    }
    const input = edit.input as unknown as RetractInput & { fact: 'ROLE' };
    await requireEntities(tx, [input.personId]);
    if ((await tx.run(rolesById, { ids: [input.roleId] })).length > 0) {
      throw new EditRefusal('CONFLICT', 'The role is in the graph again: revert the edit that added it first.', {
        current: { [input.roleId]: { retracted: false } },
      });
    }
    await tx.run(createRole, { properties: paramsOf(restored(undo.role)) });
    await link(tx, undo.links);
    const seat = await readSeat(tx, input.postId);
    if (seat) {
      settle(seat);
      await writeSeat(tx, seat);
    }
  },
};

/** The appliers of this module, for the apply engine's table (data/edit-apply.ts applierOf). */
export const FACT_APPLIERS = {
  CORRECT_ROLE: correctRole,
  ADD_RELATION: addRelation,
  END_RELATION: endRelation,
  CORRECT_RELATION: correctRelation,
  ADD_OBSERVATION: addObservation,
  RETRACT: retract,
};

// ---- proposing ----

export interface RoleCorrectionArgument {
  title?: string | null;
  start?: string | null;
  end?: string | null;
  onBehalfOf?: string | null;
}

export interface RelationArgument {
  type: RelationTypeValue;
  from: string;
  to: string;
  as?: string | null;
  start?: string | null;
  end?: string | null;
}

export interface RelationCorrectionArgument {
  as?: string | null;
  start?: string | null;
  end?: string | null;
}

/** The proposing methods of the edits port (data/edits.ts) for these kinds. */
export interface FactEditsData {
  /** Proposes a corrected title, stated period or on whose behalf of a role (CORRECT_ROLE). */
  correctRole(
    actor: EditActor,
    args: { role: string; input: RoleCorrectionArgument; source: SourceArgument; version?: number | null },
  ): Promise<EditRow>;
  /** Proposes a new relation, or a new source for the same relation already in the graph (ADD_RELATION). */
  addRelation(actor: EditActor, args: { input: RelationArgument; source: SourceArgument }): Promise<EditRow>;
  /** Proposes an end to a relation (END_RELATION). */
  endRelation(
    actor: EditActor,
    args: { relation: string; end: string; source: SourceArgument; version?: number | null },
  ): Promise<EditRow>;
  /** Proposes a corrected wording or period of a relation (CORRECT_RELATION). */
  correctRelation(
    actor: EditActor,
    args: { relation: string; input: RelationCorrectionArgument; source: SourceArgument; version?: number | null },
  ): Promise<EditRow>;
  /** Proposes a new source for an entity, role or relation (ADD_OBSERVATION). */
  addObservation(actor: EditActor, args: { fact: string; source: SourceArgument }): Promise<EditRow>;
  /** Proposes to take a role or a relation out of what readers see (RETRACT). */
  retractFact(
    actor: EditActor,
    args: { fact: string; reason: string; source: SourceArgument; version?: number | null },
  ): Promise<EditRow>;
}

/** What the proposers need of the edits port. */
export interface FactEditsDeps {
  read: Run;
  clock: () => Date;
  propose(actor: EditActor, proposal: Proposal, source?: SourceArgument | null): Promise<EditRow>;
}

/** A role's current state, as a CONFLICT reports it. */
function roleState(role: RoleRow) {
  const { version, title, personId, start, end, validFrom, validTo, endedOn, onBehalfOfId } = role;
  return { version, title, personId, start, end, validFrom, validTo, endedOn, onBehalfOfId };
}

function relationState(relation: RelationRow) {
  const { version, type, fromId, toId, as, start, end, validFrom, validTo } = relation;
  return { version, type, fromId, toId, as, start, end, validFrom, validTo };
}

function refuseStale(id: string, given: number | null | undefined, current: number, state: unknown): void {
  if (given === null || given === undefined || given === current) return;
  throw new EditRefusal(
    'CONFLICT',
    `It has changed since you read it (version ${given}, now ${current}): reload and try again.`,
    { current: { [id]: state } },
  );
}

/** The proposers of CORRECT_ROLE, ADD_RELATION, END_RELATION, CORRECT_RELATION, ADD_OBSERVATION and RETRACT. */
export function factEdits({ read, clock, propose }: FactEditsDeps): FactEditsData {
  async function entity(id: string): Promise<EntityRow | null> {
    const [row] = await read(entitiesById, { ids: [id] });
    return row ? toEntityRow(row.entity as Row) : null;
  }

  async function entityOfKind(argument: string, id: string, kinds: readonly EntityKindValue[], what: string) {
    const found = await entity(id);
    if (!found) throw new InputError(`Nothing in the graph has the id "${id}" (${argument}).`, argument);
    if (!kinds.includes(found.kind)) {
      throw new InputError(`"${argument}" must be ${what}; ${id} is a ${found.kind}.`, argument);
    }
    return found;
  }

  async function role(argument: string, id: string): Promise<RoleRow> {
    const [row] = await read(rolesById, { ids: [id] });
    if (!row) throw new InputError(`There is no role with the id "${id}" (${argument}).`, argument);
    return toRoleRow(row.role as Row);
  }

  async function relation(argument: string, id: string): Promise<RelationRow> {
    const [row] = await read(relationsById, { ids: [id] });
    if (!row) throw new InputError(`There is no relation with the id "${id}" (${argument}).`, argument);
    return toRelationRow(row.relation as Row);
  }

  /** The period a source speaks for: its document's (checked again by `propose`), or the day of a staff note. */
  /**
   * The period a statement of the source speaks for: its document's, else the day its passage names (`source.day`),
   * else none (`from`/`to` null: the caller refuses or uses its own period); a staff note's: today.
   */
  async function coversOf(
    source: SourceArgument,
  ): Promise<{ from: string | null; to: string | null; documentId: string | null; documentName: string | null }> {
    const day = clock().toISOString().slice(0, 10);
    const { documentId } = sourceShape(source);
    const document = documentId ? await entity(documentId) : null;
    if (document?.kind !== 'DOCUMENT') return { from: day, to: day, documentId: null, documentName: null };
    const start = document.coversStart ?? document.date ?? source.day ?? null;
    const end = document.coversEnd ?? document.date ?? source.day ?? null;
    return {
      from: start === null ? null : String(start),
      to: end === null ? null : String(end),
      documentId: document.id,
      documentName: document.name,
    };
  }

  /** The period of `coversOf`, refused when the document has no date and the passage names no day. */
  async function datedCoversOf(
    source: SourceArgument,
  ): Promise<{ from: string; to: string; documentId: string | null }> {
    const covers = await coversOf(source);
    if (covers.from === null || covers.to === null) throw undatedRefusal(covers.documentName ?? '');
    return { from: covers.from, to: covers.to, documentId: covers.documentId };
  }

  async function roleLabel(row: RoleRow): Promise<string> {
    const person = await entity(row.personId);
    const place = row.heldInId ? await entity(row.heldInId) : null;
    return `${person?.name ?? row.personId}, ${row.title}${place ? ` i ${place.name}` : ''}`;
  }

  async function relationLabel(row: { type: string; fromId: string; toId: string }): Promise<string> {
    const from = await entity(row.fromId);
    const to = await entity(row.toId);
    return `${from?.name ?? row.fromId} → ${to?.name ?? row.toId} (${row.type})`;
  }

  const noteOf = (source: SourceArgument) => sourceShape(source).note;
  const roleIds = (row: RoleRow, more: (string | null)[] = []) =>
    [...new Set([row.personId, row.heldInId, row.onBehalfOfId, ...more, row.id])].filter(
      (id): id is string => id !== null,
    );

  function optionalDate(name: string, value: string | null | undefined): string | null | undefined {
    return value === undefined ? undefined : editDate(name, value);
  }

  return {
    async correctRole(actor, { role: roleId, input, source, version }) {
      const current = await role('role', roleId);
      refuseStale(current.id, version, current.version, roleState(current));
      if (input.title === null)
        throw new InputError('A role must have a title: leave "title" out to keep it.', 'title');
      const title = input.title === undefined ? current.title : editText('title', input.title);
      const start = optionalDate('start', input.start);
      const end = optionalDate('end', input.end);
      const next = {
        start: start === undefined ? current.start : start,
        end: end === undefined ? current.end : end,
      };
      periodInOrder(next.start, next.end);
      let behalf = current.onBehalfOfId;
      if (input.onBehalfOf === null) behalf = null;
      else if (input.onBehalfOf !== undefined) {
        const found = await entityOfKind(
          'onBehalfOf',
          input.onBehalfOf,
          ROLE_ON_BEHALF_OF,
          `a ${ROLE_ON_BEHALF_OF.join('/')}`,
        );
        behalf = found.id;
      }
      const organizationId = current.heldInId;
      const onBehalfOfId = behalf !== null && behalf !== organizationId ? behalf : null;
      const changes: EditChangeValue[] = [
        ['title', current.title, title],
        ['start', current.start, next.start],
        ['end', current.end, next.end],
        ['onBehalfOf', current.onBehalfOfId, onBehalfOfId],
      ]
        .filter(([, before, after]) => before !== after)
        .map(([field, before, after]) => ({
          target: current.id,
          field: String(field),
          before: before ?? null,
          after: after ?? null,
        }));
      if (changes.length === 0)
        throw new InputError('The correction changes nothing: give what is to change.', 'input');
      const toPostId = `post:${digest(postKey(title, organizationId, onBehalfOfId))}`;
      if (toPostId !== current.postId) {
        const other = (await read(holdersOfPost, { id: toPostId }))
          .map((row) => row.role as Row)
          .find((row) => String(row.personId) === current.personId && String(row.id) !== current.id);
        if (other) {
          throw new InputError(
            `The person already has that role (${String(other.id)}): add the source there, or retract one of the two.`,
            'input',
          );
        }
      }
      const covers = {
        start: current.firstObserved ?? current.validFrom ?? clock().toISOString().slice(0, 10),
        end: current.lastObserved ?? current.validTo ?? clock().toISOString().slice(0, 10),
      };
      const documentId = (await coversOf(source)).documentId;
      const label = await roleLabel(current);
      const note = noteOf(source);
      const quote = sourceShape(source).quote;
      return propose(
        actor,
        {
          kind: 'CORRECT_ROLE',
          summary: `Rolle rettet: ${label}`,
          reason: null,
          entityIds: roleIds(current, [onBehalfOfId]),
          input: (made) =>
            ({
              roleId: current.id,
              personId: current.personId,
              organizationId,
              fromPostId: current.postId,
              toPostId,
              toPostTitle: postTitle(title),
              toSingleSeat: isSingleSeat(title),
              title,
              start: next.start,
              end: next.end,
              onBehalfOfId,
              before: {
                title: current.title,
                start: current.start,
                end: current.end,
                onBehalfOfId: current.onBehalfOfId,
              },
              // A correction speaks for what was already observed of the role, unless it states dates itself.
              observation: {
                documentId: documentId ?? made.id,
                ...observedPeriod({ start: start ?? null, end: end ?? null }, covers),
                title,
              },
              citation: made.citation,
            }) satisfies CorrectRoleInput as unknown as Record<string, unknown>,
          changes: [...changes, { target: current.id, field: 'source', before: null, after: note ?? quote }],
          base: { [current.id]: current.version },
        },
        source,
      );
    },

    async addRelation(actor, { input, source }) {
      if (!RELATION_TYPES.includes(input.type))
        throw new InputError(`"${input.type}" is not a relation type.`, 'input');
      const ends = RELATION_ENDS[input.type];
      if (input.from === input.to) throw new InputError('A relation joins two different entities.', 'to');
      const from = await entityOfKind('from', input.from, ends.from, `a ${ends.from.join('/')} for ${input.type}`);
      const to = await entityOfKind('to', input.to, ends.to, `a ${ends.to.join('/')} for ${input.type}`);
      const as = input.as === null || input.as === undefined ? null : editText('as', input.as);
      const start = editDate('start', input.start);
      const end = editDate('end', input.end);
      periodInOrder(start, end);
      let attendance: string | null = null;
      if (input.type === 'ATTENDED') {
        attendance = resolveAttendance(as, null, false).status;
        if (attendance === null) {
          throw new InputError('An attendance needs its wording in "as" (til stede, forfall, ...).', 'as');
        }
      }
      if (input.type === 'ALLOCATED_FROM') {
        const breaks = await grantTreeBreaks(read, { fromId: from.id, toId: to.id });
        if (breaks.length > 0) throw new InputError(`The grant tree would break: ${breaks.join('; ')}.`, 'input');
      }
      // The same relation already in the graph (the seed's identity: type, ends, wording, stated period) gets one
      // more source rather than a twin.
      const same = (await read(relationsBetween, { fromId: from.id, toId: to.id, type: input.type }))
        .map((row) => toRelationRow(row.relation as Row))
        .find((row) => row.as === as && row.start === start && row.end === end);
      const seedId = relationSeedId(input.type, from.id, to.id, as, start, end);
      const taken = same ? false : (await read(relationsById, { ids: [seedId] })).length > 0;
      // An undated document's relation speaks for its own period, else the day its passage names; never today.
      const stated = await coversOf(source);
      const coversFrom = stated.from ?? start ?? end;
      const coversTo = stated.to ?? end ?? start;
      if (coversFrom === null || coversTo === null) throw undatedRefusal(stated.documentName ?? '');
      const covers = { from: coversFrom, to: coversTo };
      const note = noteOf(source);
      const quote = sourceShape(source).quote;
      const label = await relationLabel({ type: input.type, fromId: from.id, toId: to.id });
      const changes = (id: string): EditChangeValue[] =>
        same
          ? [{ target: id, field: 'source', before: null, after: note ?? quote }]
          : [
              { target: id, field: 'type', before: null, after: input.type },
              { target: id, field: 'from', before: null, after: from.id },
              { target: id, field: 'to', before: null, after: to.id },
              ...(as === null ? [] : [{ target: id, field: 'as', before: null, after: as }]),
              ...(start === null ? [] : [{ target: id, field: 'start', before: null, after: start }]),
              ...(end === null ? [] : [{ target: id, field: 'end', before: null, after: end }]),
              { target: id, field: 'source', before: null, after: note ?? quote },
            ];
      // The id is the seed's (content-derived) unless a corrected relation already has it; then one of its own,
      // chosen now and stored in the edit, so that applying it again (replay) writes the same relation.
      const relationId = same?.id ?? (taken ? `rel:${digest(seedId, randomUUID())}` : seedId);
      return propose(
        actor,
        {
          kind: 'ADD_RELATION',
          summary: same ? `Ny kilde for relasjon: ${label}` : `Ny relasjon: ${label}`,
          reason: null,
          entityIds: [from.id, to.id, relationId],
          input: (made) =>
            ({
              relationId,
              type: input.type,
              fromId: from.id,
              toId: to.id,
              as,
              start,
              end,
              attendance,
              observed: { from: covers.from, to: covers.to },
              citation: made.citation,
            }) satisfies AddRelationInput as unknown as Record<string, unknown>,
          changes: changes(relationId),
          base: same ? { [same.id]: same.version } : {},
        },
        source,
      );
    },

    async endRelation(actor, { relation: relationId, end: endArgument, source, version }) {
      const current = await relation('relation', relationId);
      refuseStale(current.id, version, current.version, relationState(current));
      const end = editDate('end', endArgument) as string;
      periodInOrder(current.start, end);
      if (current.end === end) throw new InputError(`The relation already ends on ${end}.`, 'end');
      const note = noteOf(source);
      return propose(
        actor,
        {
          kind: 'END_RELATION',
          summary: `Relasjon avsluttet: ${await relationLabel(current)} (til ${end})`,
          reason: null,
          entityIds: [current.fromId, current.toId, current.id],
          input: (made) =>
            ({
              relationId: current.id,
              end,
              before: { end: current.end },
              citation: made.citation,
            }) satisfies EndRelationInput as unknown as Record<string, unknown>,
          changes: [
            { target: current.id, field: 'end', before: current.end, after: end },
            { target: current.id, field: 'source', before: null, after: note ?? sourceShape(source).quote },
          ],
          base: { [current.id]: current.version },
        },
        source,
      );
    },

    async correctRelation(actor, { relation: relationId, input, source, version }) {
      const current = await relation('relation', relationId);
      refuseStale(current.id, version, current.version, relationState(current));
      const set: CorrectRelationInput['set'] = {};
      if (input.as !== undefined) set.as = input.as === null ? null : editText('as', input.as);
      if (input.start !== undefined) set.start = editDate('start', input.start);
      if (input.end !== undefined) set.end = editDate('end', input.end);
      periodInOrder(set.start === undefined ? current.start : set.start, set.end === undefined ? current.end : set.end);
      const changes: EditChangeValue[] = (
        [
          ['as', current.as, set.as],
          ['start', current.start, set.start],
          ['end', current.end, set.end],
        ] as const
      )
        .filter(([, before, after]) => after !== undefined && before !== after)
        .map(([field, before, after]) => ({ target: current.id, field, before, after: after ?? null }));
      if (changes.length === 0)
        throw new InputError('The correction changes nothing: give what is to change.', 'input');
      if (
        current.type === 'ATTENDED' &&
        set.as !== undefined &&
        resolveAttendance(set.as, null, false).status === null
      ) {
        throw new InputError('An attendance needs its wording in "as" (til stede, forfall, ...).', 'as');
      }
      const note = noteOf(source);
      return propose(
        actor,
        {
          kind: 'CORRECT_RELATION',
          summary: `Relasjon rettet: ${await relationLabel(current)}`,
          reason: null,
          entityIds: [current.fromId, current.toId, current.id],
          input: (made) =>
            ({
              relationId: current.id,
              set,
              citation: made.citation,
            }) satisfies CorrectRelationInput as unknown as Record<string, unknown>,
          changes: [
            ...changes,
            { target: current.id, field: 'source', before: null, after: note ?? sourceShape(source).quote },
          ],
          base: { [current.id]: current.version },
        },
        source,
      );
    },

    async addObservation(actor, { fact, source }) {
      const note = noteOf(source);
      const after = note ?? sourceShape(source).quote;
      const type = nodeTypeOfId(fact);
      if (type === 'Role') {
        const covers = await datedCoversOf(source);
        const current = await role('fact', fact);
        const label = await roleLabel(current);
        return propose(
          actor,
          {
            kind: 'ADD_OBSERVATION',
            summary: `Ny kilde for rolle: ${label}`,
            reason: null,
            entityIds: roleIds(current),
            input: (made) =>
              ({
                fact: 'ROLE',
                roleId: current.id,
                postId: current.postId,
                observation: {
                  documentId: covers.documentId ?? made.id,
                  ...observedPeriod({}, { start: covers.from, end: covers.to }),
                  title: current.title,
                },
                citation: made.citation,
              }) satisfies AddObservationInput as unknown as Record<string, unknown>,
            changes: [{ target: current.id, field: 'source', before: null, after }],
            base: { [current.id]: current.version },
          },
          source,
        );
      }
      if (type === 'Relation') {
        const covers = await datedCoversOf(source);
        const current = await relation('fact', fact);
        return propose(
          actor,
          {
            kind: 'ADD_OBSERVATION',
            summary: `Ny kilde for relasjon: ${await relationLabel(current)}`,
            reason: null,
            entityIds: [current.fromId, current.toId, current.id],
            input: (made) =>
              ({
                fact: 'RELATION',
                relationId: current.id,
                observed: { from: covers.from, to: covers.to },
                citation: made.citation,
              }) satisfies AddObservationInput as unknown as Record<string, unknown>,
            changes: [{ target: current.id, field: 'source', before: null, after }],
            base: { [current.id]: current.version },
          },
          source,
        );
      }
      const current = await entity(fact);
      if (!current) throw new InputError(`Nothing in the graph has the id "${fact}" (fact).`, 'fact');
      if (current.kind === 'DOCUMENT')
        throw new InputError('A document is a source itself, not a fact of one.', 'fact');
      return propose(
        actor,
        {
          kind: 'ADD_OBSERVATION',
          summary: `Ny kilde: ${current.name}`,
          reason: null,
          entityIds: [current.id],
          input: (made) =>
            ({
              fact: 'ENTITY',
              entityId: current.id,
              citation: made.citation,
            }) satisfies AddObservationInput as unknown as Record<string, unknown>,
          changes: [{ target: current.id, field: 'source', before: null, after }],
          base: { [current.id]: current.version },
        },
        source,
      );
    },

    async retractFact(actor, { fact, reason, source, version }) {
      const why = foldWhitespace(reason);
      if (why === '') throw new InputError('Say why the fact should be taken out (reason).', 'reason');
      const type = nodeTypeOfId(fact);
      if (type === 'Role') {
        const current = await role('fact', fact);
        refuseStale(current.id, version, current.version, roleState(current));
        return propose(
          actor,
          {
            kind: 'RETRACT',
            summary: `Trukket tilbake: rolle ${await roleLabel(current)}`,
            reason: why,
            entityIds: roleIds(current),
            input: () =>
              ({
                fact: 'ROLE',
                roleId: current.id,
                postId: current.postId,
                personId: current.personId,
              }) satisfies RetractInput as unknown as Record<string, unknown>,
            changes: [{ target: current.id, field: 'retracted', before: null, after: why }],
            base: { [current.id]: current.version },
          },
          source,
        );
      }
      if (type === 'Relation') {
        const current = await relation('fact', fact);
        refuseStale(current.id, version, current.version, relationState(current));
        return propose(
          actor,
          {
            kind: 'RETRACT',
            summary: `Trukket tilbake: relasjon ${await relationLabel(current)}`,
            reason: why,
            entityIds: [current.fromId, current.toId, current.id],
            input: () =>
              ({ fact: 'RELATION', relationId: current.id }) satisfies RetractInput as unknown as Record<
                string,
                unknown
              >,
            changes: [{ target: current.id, field: 'retracted', before: null, after: why }],
            base: { [current.id]: current.version },
          },
          source,
        );
      }
      throw new InputError(
        `Only a role or a relation can be retracted; "${fact}" is not one (an entity: merge it, or correct its name).`,
        'fact',
      );
    },
  };
}
