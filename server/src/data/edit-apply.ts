import {
  deleteBareEntity,
  deleteCitation,
  deletePostIfEmpty,
  deleteRole,
  documentsOfCitations,
  editsById,
  entitiesById,
  holdersOfPost,
  linkRolesHeldIn,
  linkRolesOnBehalfOf,
  linksOfEntity,
  postsById,
  setRoleSpans,
  upsertCitations,
  upsertEntities,
  upsertPosts,
  upsertRoles,
} from '../cypher/index.js';
import { type EditKindValue, EditRefusal } from '../domain/edits.js';
import { heldSpans, type Listing } from '../domain/seats.js';
import type { Row, TransactionRunner } from '../graph/store.js';
import { ENTITY_APPLIERS } from './edit-entities.js';
import { FACT_APPLIERS } from './edit-facts.js';
import { MERGE_APPLIERS } from './edit-merge.js';
import { observationsOf, toEditRow } from './mapping.js';
import type { EditRow } from './rows.js';
import { entityWriteRow, type ObservationFacts, postWriteRow, type RoleFacts, roleWriteRow } from './writes.js';

// The apply engine (docs/edits.md, "How an edit changes the graph"). Applying an edit is a function of its stored
// `input` alone, run inside the caller's transaction: on approval (data/edits.ts) and on every reseed (replay,
// seed/load.ts). Each kind has an applier in EDIT_APPLIERS; a new kind adds one entry there.

/** The edit cannot be applied to the graph as it is now (a target is gone): nothing has been written yet. */
export class Unappliable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Unappliable';
  }
}

/** What applying an edit did: how to undo it, and where the graph no longer said what the edit's `before` said. */
export interface ApplyOutcome {
  undo: unknown;
  /** Replay: each value the edit replaces that differs from the `before` it was proposed on (the edit still wins). */
  mismatches: string[];
}

/** How one kind of edit changes the graph. */
export interface EditApplier {
  /** The ids whose version the edit rests on and raises (roles, entities, posts): checked on approval and revert. */
  targets(edit: EditRow): string[];
  /**
   * Applies the edit's stored input in `tx`: writes the facts, raises the version of each target and adds the edit
   * to its `editIds`. Throws Unappliable before writing anything when the graph no longer has what it needs.
   */
  apply(tx: TransactionRunner, edit: EditRow): Promise<ApplyOutcome>;
  /** Undoes `edit` (approved, its `undo` recorded), on behalf of the approved REVERT edit `revert`. */
  undo(tx: TransactionRunner, edit: EditRow, revert: EditRow): Promise<void>;
}

/** A document source as an edit stores it: the citation it makes (`cite:<edit id>`). */
export interface CitationInput {
  id: string;
  documentId: string;
  quote: string;
  offset: number;
}

/** The statement an edit makes of a role: the period it speaks for (docs/data-model.md, observations). */
export interface ObservationInput {
  /** The document quoted, or the edit's own id for a staff note. */
  documentId: string;
  from: string;
  to: string;
  title: string;
}

export interface AddPersonInput {
  personId: string;
  name: string;
  aliases: string[];
  citation: CitationInput | null;
}

export interface AddRoleInput {
  personId: string;
  title: string;
  organizationId: string | null;
  onBehalfOfId: string | null;
  start: string | null;
  end: string | null;
  postId: string;
  postTitle: string;
  singleSeat: boolean;
  roleId: string;
  duty: boolean;
  observation: ObservationInput;
  citation: CitationInput | null;
}

export interface EndRoleInput {
  roleId: string;
  postId: string;
  end: string;
  before: { end: string | null; start: string | null };
  observation: ObservationInput;
  citation: CitationInput | null;
}

/** The strings of both lists, once each, in order (an edit's ids added to a fact's lists). */
export const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];

/** The id a fact's observation or note list names for this edit's source: its citation, or the edit itself. */
export function sourceIdOf(edit: EditRow): string {
  const citation = (edit.input as { citation?: CitationInput | null }).citation;
  return citation ? citation.id : edit.id;
}

/** The citation id an edit with a document source makes. */
export const citationIdOf = (editId: string): string => `cite:${editId}`;

// ---- seats: a post and every holder of it, settled together by the seat rules (domain/seats.ts) ----

const ROLE_DATES = ['start', 'end', 'validFrom', 'validTo', 'endedOn', 'firstObserved', 'lastObserved'] as const;
const NOTE_LISTS = ['noteEditIds', 'notedFrom', 'notedTo', 'notedTitles'] as const;

/** One holder of a post as the seat functions see it: the stored role, its facts and notes, what changed. */
export interface Holder {
  raw: Row;
  facts: RoleFacts;
  notes: ObservationFacts[];
  version: number;
  editIds: string[];
  changed: boolean;
  spanChanged: boolean;
  deleted: boolean;
}

/** A post and every holder of it (readSeat), settled together (settle) and written back (writeSeat). */
export interface Seat {
  singleSeat: boolean;
  listings: Listing[];
  holders: Holder[];
}

const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** Reads a post and all its holders in `tx` (null: no such post). */
export async function readSeat(tx: TransactionRunner, postId: string): Promise<Seat | null> {
  const [postRow] = await tx.run(postsById, { ids: [postId] });
  if (!postRow) return null;
  const post = postRow.post as Row;
  const rows = (await tx.run(holdersOfPost, { id: postId })).map((row) => row.role as Row);
  const listed = observationsOf(post, 'listing');
  const cited = [
    ...new Set([...rows.flatMap((raw) => texts(raw.observedCitationIds)), ...listed.map((o) => o.citationId)]),
  ];
  const documentOf = new Map(
    (await tx.run(documentsOfCitations, { ids: cited })).map((row) => [String(row.id), String(row.documentId)]),
  );
  const holders = rows.map((raw): Holder => {
    const notedFrom = texts(raw.notedFrom);
    const notedTo = texts(raw.notedTo);
    const notedTitles = texts(raw.notedTitles);
    return {
      raw,
      facts: {
        id: String(raw.id),
        personId: String(raw.personId),
        postId,
        title: String(raw.title),
        start: text(raw.start),
        end: text(raw.end),
        validFrom: String(raw.validFrom),
        validTo: String(raw.validTo),
        endedOn: text(raw.endedOn),
        firstObserved: String(raw.firstObserved),
        lastObserved: String(raw.lastObserved),
        periodStated: raw.periodStated === true,
        share: raw.share === null || raw.share === undefined ? null : Number(raw.share),
        duty: raw.duty === true,
        citationIds: texts(raw.citationIds),
        observations: observationsOf(raw, 'observed').map((o) => ({
          citationId: o.citationId,
          documentId: documentOf.get(o.citationId) ?? o.citationId,
          from: o.from ?? '',
          to: o.to ?? '',
          title: o.title ?? '',
        })),
      },
      notes: texts(raw.noteEditIds).map((editId, index) => ({
        citationId: editId,
        documentId: editId,
        from: notedFrom[index] ?? '',
        to: notedTo[index] ?? '',
        title: notedTitles[index] ?? '',
      })),
      version: Number(raw.version ?? 0),
      editIds: texts(raw.editIds),
      changed: false,
      spanChanged: false,
      deleted: false,
    };
  });
  return {
    singleSeat: post.singleSeat === true,
    listings: listed.map((o) => ({ documentId: documentOf.get(o.citationId) ?? o.citationId, from: o.from ?? '' })),
    holders,
  };
}

/** Applies the seat rules to every remaining holder of the post (a new holder can end another's role). */
export function settle(seat: Seat): void {
  const living = seat.holders.filter((holder) => !holder.deleted);
  const spans = heldSpans(
    living.map((holder) => ({
      id: holder.facts.id,
      start: holder.facts.start,
      end: holder.facts.end,
      observations: [...holder.facts.observations, ...holder.notes],
    })),
    seat.singleSeat,
    seat.listings,
  );
  for (const holder of living) {
    const span = spans.get(holder.facts.id);
    if (!span) continue;
    const before = JSON.stringify([holder.facts.validFrom, holder.facts.validTo, holder.facts.endedOn]);
    Object.assign(holder.facts, span);
    if (JSON.stringify([span.validFrom, span.validTo, span.endedOn]) !== before) holder.spanChanged = true;
  }
}

/** Writes back what changed: deleted holders, rewritten roles (changed), and new spans (spanChanged). */
export async function writeSeat(tx: TransactionRunner, seat: Seat): Promise<void> {
  for (const holder of seat.holders.filter((h) => h.deleted)) await tx.run(deleteRole, { id: holder.facts.id });
  const living = seat.holders.filter((holder) => !holder.deleted);
  const rewritten = living
    .filter((holder) => holder.changed)
    .map((holder) => {
      const row = roleWriteRow(holder.facts, { version: holder.version, editIds: holder.editIds }, holder.notes);
      const kept = Object.fromEntries(
        Object.entries(holder.raw).filter(
          ([key]) => key !== 'personId' && !(ROLE_DATES as readonly string[]).includes(key),
        ),
      );
      // A role whose last note was undone keeps no empty note lists from before.
      if (holder.notes.length === 0) for (const key of NOTE_LISTS) delete kept[key];
      return { ...row, props: { ...kept, ...row.props } };
    });
  if (rewritten.length > 0) await tx.run(upsertRoles, { rows: rewritten });
  const spans = living
    .filter((holder) => holder.spanChanged && !holder.changed)
    .map(({ facts }) => ({
      id: facts.id,
      validFrom: facts.validFrom,
      validTo: facts.validTo,
      endedOn: facts.endedOn,
      firstObserved: facts.firstObserved,
      lastObserved: facts.lastObserved,
    }));
  if (spans.length > 0) await tx.run(setRoleSpans, { rows: spans });
}

/** Marks a holder as changed by an edit: version + 1, the edit in its editIds. */
export function mark(holder: Holder, editId: string): void {
  holder.changed = true;
  holder.version += 1;
  if (!holder.editIds.includes(editId)) holder.editIds = [...holder.editIds, editId];
}

/** Adds an edit's statement to a holder: a cited observation (and its citation), or a staff note's. */
export function observe(holder: Holder, edit: EditRow, observation: ObservationInput, cited: boolean): void {
  const stated: ObservationFacts = { citationId: sourceIdOf(edit), ...observation };
  if (cited) {
    holder.facts.observations = [...holder.facts.observations, stated].sort(
      (a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
    );
    holder.facts.citationIds = [...new Set([...holder.facts.citationIds, stated.citationId])];
  } else {
    holder.notes = [...holder.notes, stated];
  }
}

/** Takes an edit's statement (its citation or note, `sourceId`) away from a holder. */
export function unobserve(holder: Holder, sourceId: string): void {
  holder.facts.observations = holder.facts.observations.filter((o) => o.citationId !== sourceId);
  holder.facts.citationIds = holder.facts.citationIds.filter((id) => id !== sourceId);
  holder.notes = holder.notes.filter((o) => o.citationId !== sourceId);
}

/** Refuses (Unappliable) when any of the ids is no longer an entity of the graph. */
export async function requireEntities(tx: TransactionRunner, ids: (string | null)[]): Promise<void> {
  const wanted = ids.filter((id): id is string => id !== null);
  const found = new Set((await tx.run(entitiesById, { ids: wanted })).map((row) => String((row.entity as Row).id)));
  const missing = wanted.filter((id) => !found.has(id));
  if (missing.length > 0) throw new Unappliable(`${missing.join(', ')} is no longer in the graph`);
}

/** Writes the citation an edit's document source makes (none for a staff note). */
export async function writeCitation(tx: TransactionRunner, citation: CitationInput | null): Promise<void> {
  if (citation) await tx.run(upsertCitations, { rows: [{ ...citation, reading: null }] });
}

// ---- the kinds ----

const addPerson: EditApplier = {
  targets: (edit) => [(edit.input as unknown as AddPersonInput).personId],
  async apply(tx, edit) {
    const input = edit.input as unknown as AddPersonInput;
    const [existing] = await tx.run(entitiesById, { ids: [input.personId] });
    if (existing) throw new Unappliable(`${input.personId} is already in the graph`);
    if (input.citation) await requireEntities(tx, [input.citation.documentId]);
    await writeCitation(tx, input.citation);
    const row = entityWriteRow(
      {
        id: input.personId,
        kind: 'PERSON',
        name: input.name,
        aliases: input.aliases,
        citationIds: input.citation ? [input.citation.id] : [],
        props: {},
        dates: {},
      },
      { version: 1, editIds: [edit.id], ...(input.citation ? {} : { noteEditIds: [edit.id] }) },
    );
    await tx.run(upsertEntities.PERSON, { rows: [row] });
    return { undo: { personId: input.personId }, mismatches: [] };
  },
  async undo(tx, edit) {
    const input = edit.input as unknown as AddPersonInput;
    const [row] = await tx.run(linksOfEntity, { id: input.personId });
    if (Number(row?.links ?? 0) > 0) {
      throw new EditRefusal(
        'CONFLICT',
        `${input.name} has roles or relations now: revert the changes that added them first.`,
        { current: { [input.personId]: { links: Number(row?.links) } } },
      );
    }
    await tx.run(deleteBareEntity, { id: input.personId });
    if (input.citation) await tx.run(deleteCitation, { id: input.citation.id });
  },
};

interface AddRoleUndo {
  roleCreated: boolean;
  postCreated: boolean;
  previous: { title: string; start: string | null; end: string | null; periodStated: boolean } | null;
}

const addRole: EditApplier = {
  targets: (edit) => [(edit.input as unknown as AddRoleInput).roleId],
  async apply(tx, edit) {
    const input = edit.input as unknown as AddRoleInput;
    await requireEntities(tx, [
      input.personId,
      input.organizationId,
      input.onBehalfOfId,
      input.citation?.documentId ?? null,
    ]);
    let seat = await readSeat(tx, input.postId);
    const postCreated = seat === null;
    if (seat === null) {
      const post = {
        id: input.postId,
        title: input.postTitle,
        organizationId: input.organizationId,
        onBehalfOfId: input.onBehalfOfId,
        singleSeat: input.singleSeat,
        listings: [],
      };
      await tx.run(upsertPosts, { rows: [postWriteRow(post, { version: 1, editIds: [edit.id] })] });
      seat = { singleSeat: input.singleSeat, listings: [], holders: [] };
    }
    let holder = seat.holders.find((h) => h.facts.id === input.roleId);
    const { observation } = input;
    let undo: AddRoleUndo;
    if (holder) {
      const { title, start, end, periodStated } = holder.facts;
      undo = { roleCreated: false, postCreated, previous: { title, start, end, periodStated } };
      // The seed's rule for one role stated twice: the widest stated period, the latest statement's title.
      if (input.start !== null && (holder.facts.start === null || input.start < holder.facts.start))
        holder.facts.start = input.start;
      if (input.end !== null && (holder.facts.end === null || input.end > holder.facts.end))
        holder.facts.end = input.end;
      holder.facts.periodStated ||= input.start !== null || input.end !== null;
      if (observation.to >= holder.facts.lastObserved) holder.facts.title = input.title;
    } else {
      undo = { roleCreated: true, postCreated, previous: null };
      holder = {
        raw: {},
        facts: {
          id: input.roleId,
          personId: input.personId,
          postId: input.postId,
          title: input.title,
          start: input.start,
          end: input.end,
          validFrom: observation.from,
          validTo: observation.to,
          endedOn: null,
          firstObserved: observation.from,
          lastObserved: observation.to,
          periodStated: input.start !== null || input.end !== null,
          share: null,
          duty: input.duty,
          citationIds: [],
          observations: [],
        },
        notes: [],
        version: 0,
        editIds: [],
        changed: true,
        spanChanged: false,
        deleted: false,
      };
      seat.holders.push(holder);
    }
    observe(holder, edit, observation, input.citation !== null);
    mark(holder, edit.id);
    settle(seat);
    await writeCitation(tx, input.citation);
    await writeSeat(tx, seat);
    if (undo.roleCreated) {
      if (input.organizationId !== null) {
        await tx.run(linkRolesHeldIn, { rows: [{ id: input.roleId, targetId: input.organizationId }] });
      }
      const behalf = input.onBehalfOfId === input.organizationId ? null : input.onBehalfOfId;
      if (behalf !== null) await tx.run(linkRolesOnBehalfOf, { rows: [{ id: input.roleId, targetId: behalf }] });
    }
    return { undo, mismatches: [] };
  },
  async undo(tx, edit, revert) {
    const input = edit.input as unknown as AddRoleInput;
    const undo = edit.undo as AddRoleUndo;
    const seat = await readSeat(tx, input.postId);
    const holder = seat?.holders.find((h) => h.facts.id === input.roleId);
    if (seat && holder) {
      unobserve(holder, sourceIdOf(edit));
      if (holder.facts.observations.length === 0 && holder.notes.length === 0) holder.deleted = true;
      else if (undo.previous) Object.assign(holder.facts, undo.previous);
      mark(holder, revert.id);
      settle(seat);
      await writeSeat(tx, seat);
    }
    if (undo.postCreated) await tx.run(deletePostIfEmpty, { id: input.postId });
    if (input.citation) await tx.run(deleteCitation, { id: input.citation.id });
  },
};

interface EndRoleUndo {
  previous: { end: string | null; periodStated: boolean };
}

const endRole: EditApplier = {
  targets: (edit) => [(edit.input as unknown as EndRoleInput).roleId],
  async apply(tx, edit) {
    const input = edit.input as unknown as EndRoleInput;
    if (input.citation) await requireEntities(tx, [input.citation.documentId]);
    const seat = await readSeat(tx, input.postId);
    const holder = seat?.holders.find((h) => h.facts.id === input.roleId);
    if (!seat || !holder) throw new Unappliable(`the role ${input.roleId} is no longer in the graph`);
    const mismatches =
      holder.facts.end === input.before.end
        ? []
        : [
            `${input.roleId}: end is ${holder.facts.end ?? 'not stated'} now, ${input.before.end ?? 'not stated'} when proposed`,
          ];
    const undo: EndRoleUndo = { previous: { end: holder.facts.end, periodStated: holder.facts.periodStated } };
    holder.facts.end = input.end;
    holder.facts.periodStated = true;
    observe(holder, edit, input.observation, input.citation !== null);
    mark(holder, edit.id);
    settle(seat);
    await writeCitation(tx, input.citation);
    await writeSeat(tx, seat);
    return { undo, mismatches };
  },
  async undo(tx, edit, revert) {
    const input = edit.input as unknown as EndRoleInput;
    const undo = edit.undo as EndRoleUndo;
    const seat = await readSeat(tx, input.postId);
    const holder = seat?.holders.find((h) => h.facts.id === input.roleId);
    if (seat && holder) {
      unobserve(holder, sourceIdOf(edit));
      Object.assign(holder.facts, undo.previous);
      mark(holder, revert.id);
      settle(seat);
      await writeSeat(tx, seat);
    }
    if (input.citation) await tx.run(deleteCitation, { id: input.citation.id });
  },
};

/** The edit a REVERT undoes, read in the transaction. */
async function originalOf(tx: TransactionRunner, revert: EditRow): Promise<EditRow> {
  const [row] = await tx.run(editsById, { ids: [revert.revertOf] });
  if (!row) throw new Unappliable(`the reverted edit ${revert.revertOf} is gone`);
  return toEditRow(row.edit as Row);
}

const revertEdit: EditApplier = {
  targets: (edit) => (edit.input as { targets?: string[] }).targets ?? [],
  async apply(tx, revert) {
    const original = await originalOf(tx, revert);
    await applierOf(original.kind).undo(tx, original, revert);
    return { undo: null, mismatches: [] };
  },
  async undo() {
    throw new EditRefusal('CONFLICT', 'A revert cannot itself be reverted: propose the change again.');
  },
};

/**
 * The extension point: one applier per kind of edit. A new kind (MERGE_ENTITIES, NOT_SAME) adds its entry here;
 * approval, revert and replay find it through `applierOf`.
 */
export const EDIT_APPLIERS: Partial<Record<EditKindValue, EditApplier>> = {
  ADD_PERSON: addPerson,
  ADD_ROLE: addRole,
  END_ROLE: endRole,
  REVERT: revertEdit,
};

/** The applier of a kind (an edit of a kind without one is a bug: it could never have been proposed). */
export function applierOf(kind: EditKindValue): EditApplier {
  // Looked up when used, not copied into EDIT_APPLIERS: edit-merge.ts, edit-entities.ts and edit-facts.ts use this
  // module too.
  const applier =
    EDIT_APPLIERS[kind] ??
    MERGE_APPLIERS[kind as keyof typeof MERGE_APPLIERS] ??
    ENTITY_APPLIERS[kind as keyof typeof ENTITY_APPLIERS] ??
    FACT_APPLIERS[kind as keyof typeof FACT_APPLIERS];
  if (!applier) throw new Error(`No applier for edits of kind ${kind}`);
  return applier;
}
