import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import {
  createEdit,
  dependentEdits,
  editsById,
  editsCount,
  editsOfTargets,
  editsPage,
  entitiesById,
  holdersOfPost,
  lastEditSeq,
  redirectsOf,
  replayableEdits,
  rolesById,
  spellingsOfKind,
  updateEdit,
  usersById,
  versionsOf,
} from '../cypher/index.js';
import type { UserRoleValue } from '../domain/access.js';
import {
  type EditKindValue,
  EditRefusal,
  type EditSource,
  type EditStatusValue,
  editDate,
  editText,
  idSlug,
  periodInOrder,
  quoteOffset,
  type SourceArgument,
  sourceShape,
  staleVersions,
  undatedRefusal,
} from '../domain/edits.js';
import { digest } from '../domain/ids.js';
import { foldName, foldWhitespace, personKey } from '../domain/names.js';
import { InputError } from '../domain/page.js';
import { isSingleSeat, observedPeriod, postKey, postTitle } from '../domain/seats.js';
import { ENTITY_KINDS, type EntityKindValue, ROLE_HELD_IN, ROLE_ON_BEHALF_OF } from '../domain/vocabulary.js';
import type { GraphStore, Params, Row, TransactionRunner } from '../graph/store.js';
import { type Batch, byId, count, groupLoader } from './batch.js';
import { documentText } from './documents.js';
import {
  type AddPersonInput,
  type AddRoleInput,
  applierOf,
  type CitationInput,
  citationIdOf,
  type EndRoleInput,
  type ObservationInput,
  Unappliable,
} from './edit-apply.js';
import {
  addEntityProposal,
  addGrantProposal,
  correctNameProposal,
  type EntityArgument,
  type GrantArgument,
  type NameArgument,
  type ProposalContext,
} from './edit-entities.js';
import { type FactEditsData, factEdits } from './edit-facts.js';
import { judgementId, type MergeInput, mergeCandidates, type NotSameInput } from './edit-merge.js';
import { uploadedTexts } from './ingest.js';
import { editProps, toEditRow, toEntityRow, toRoleRow } from './mapping.js';
import type { EditChangeValue, EditRow, EntityRow, MergeCandidateRow, RoleRow } from './rows.js';

// Edits (docs/edits.md): proposing (every check as strict as the seed's, then only the Edit node is written),
// reviewing (one transaction: the rules, the versions, the apply engine of data/edit-apply.ts) and reading (the
// review queue, histories, authors). Nothing here changes a fact except through the apply engine.

/** Who proposes or reviews. */
export interface EditActor {
  userId: string;
  role: UserRoleValue;
}

/** A user as an edit names it. */
export interface EditUserRow {
  id: string;
  username: string;
  displayName: string;
  role: UserRoleValue;
}

const HISTORY: EditStatusValue[] = ['APPROVED', 'REVERTED'];

/** Documents are the sources themselves: never merged. */
const MERGEABLE = ENTITY_KINDS.filter((kind) => kind !== 'DOCUMENT');

function labelOf(id: string): 'Entity' | 'Role' | 'Post' | 'Relation' {
  if (id.startsWith('role:')) return 'Role';
  if (id.startsWith('post:')) return 'Post';
  if (id.startsWith('rel:')) return 'Relation';
  return 'Entity';
}

type Run = (statement: Parameters<TransactionRunner['run']>[0], params?: Params) => Promise<Row[]>;

/** The current version of each id (0 when the node has none, or is not there). */
export async function versionsIn(run: Run, ids: string[]): Promise<Record<string, number>> {
  const versions: Record<string, number> = Object.fromEntries(ids.map((id) => [id, 0]));
  for (const label of ['Entity', 'Role', 'Post', 'Relation'] as const) {
    const wanted = ids.filter((id) => labelOf(id) === label);
    if (wanted.length === 0) continue;
    for (const row of await run(versionsOf[label], { ids: wanted })) versions[String(row.id)] = Number(row.version);
  }
  return versions;
}

/** The outcome of replaying the approved edits over a freshly loaded seed. */
export interface ReplayReport {
  applied: number;
  /** Applied, but the seed now says something else than the edit's `before`. */
  conflicts: string[];
  /** Not applied: the graph no longer has what the edit changes. */
  unapplied: string[];
}

/**
 * Replays, in the seed's transaction (seed/load.ts), every edit ever approved in approval order: the approved
 * ones, and the reverted ones each followed later by its revert. The graph is then the seed files plus the approved
 * edits, with the versions and histories it had. Each edit's `undo` is rewritten for the graph it now applies to,
 * so that a later revert restores this graph. An edit the graph no longer fits is reported and skipped (and so is
 * its revert); nothing approved is deleted.
 */
export async function replayApprovedEdits(tx: TransactionRunner): Promise<ReplayReport> {
  const report: ReplayReport = { applied: 0, conflicts: [], unapplied: [] };
  const skipped = new Set<string>();
  const rows = await tx.run(replayableEdits);
  for (const edit of rows.map((row) => toEditRow(row.edit as Row))) {
    if (edit.kind === 'REVERT' && edit.revertOf !== null && skipped.has(edit.revertOf)) continue;
    try {
      const outcome = await applierOf(edit.kind).apply(tx, edit);
      report.applied += 1;
      for (const mismatch of outcome.mismatches) report.conflicts.push(`${edit.id} (${edit.summary}): ${mismatch}`);
      if (edit.kind !== 'REVERT') {
        await tx.run(updateEdit, { id: edit.id, props: { undo: JSON.stringify(outcome.undo ?? null) } });
      }
    } catch (error) {
      // Both are raised before the edit writes anything: skipping it leaves the transaction whole.
      if (!(error instanceof Unappliable || error instanceof EditRefusal)) throw error;
      skipped.add(edit.id);
      report.unapplied.push(`${edit.id} (${edit.summary}): ${error.message}`);
    }
  }
  return report;
}

/**
 * A proposal of any kind, for `EditsData.propose`: what the kind's proposer has checked and worked out. `input` is
 * what its applier (data/edit-apply.ts) will apply; it may depend on the new edit's id and its source's citation.
 */
export interface Proposal {
  kind: EditKindValue;
  /** The change in one Norwegian sentence. */
  summary: string;
  reason: string | null;
  /** Every entity, role, post or relation it touches (their histories list it once approved). */
  entityIds: string[];
  input: (made: { id: string; createdAt: string; citation: CitationInput | null }) => Record<string, unknown>;
  changes: EditChangeValue[];
  /** The versions it rests on ({id: version}, versionsIn): a stale one at approval is a CONFLICT. */
  base: Record<string, number>;
}

/** Edits: the review queue, histories, proposing and reviewing (roles, relations, observations: FactEditsData). */
export interface EditsData extends FactEditsData {
  byId: DataLoader<string, EditRow | null>;
  /** The approved (and reverted) edits that touched each entity, role or relation. */
  history: DataLoader<string, EditRow[]>;
  users: DataLoader<string, EditUserRow | null>;
  page(status: EditStatusValue | null, after: [string, string] | null, limit: number): Promise<EditRow[]>;
  count(status: EditStatusValue | null): Promise<number>;
  /** The full text of a document entity (Document.text). */
  /** The text of a document: a seed document's file, an uploaded document's stored text. */
  documentText(document: EntityRow): Promise<string>;
  /** Where each page of a document's text starts ([0] for the seed's documents, which have no pages). */
  documentPageStarts(document: EntityRow): Promise<number[]>;
  addPerson(
    actor: EditActor,
    args: { name: string; aliases: readonly string[] | null; source: SourceArgument },
  ): Promise<EditRow>;
  addRole(
    actor: EditActor,
    input: {
      person: string;
      title: string;
      organization?: string | null;
      onBehalfOf?: string | null;
      start?: string | null;
      end?: string | null;
    },
    source: SourceArgument,
  ): Promise<EditRow>;
  endRole(
    actor: EditActor,
    args: { role: string; end: string; source: SourceArgument; version?: number | null },
  ): Promise<EditRow>;
  revert(actor: EditActor, id: string, reason: string): Promise<EditRow>;
  /** Proposes to merge `remove` into `keep` (MERGE_ENTITIES, data/edit-merge.ts). */
  mergeEntities(actor: EditActor, args: { keep: string; remove: string; reason: string }): Promise<EditRow>;
  /** Proposes to record that two entities are not the same (NOT_SAME). */
  markNotSame(actor: EditActor, args: { a: string; b: string; reason: string }): Promise<EditRow>;
  // ---- entities, grants and names (data/edit-entities.ts) ----
  /** Proposes a new organisation, project, university or funder (ADD_ENTITY); the new id is in entityIds. */
  addEntity(actor: EditActor, input: EntityArgument, source: SourceArgument): Promise<EditRow>;
  /** Proposes a new grant with its GRANTED_BY, GRANTED_TO and ALLOCATED_FROM relations (ADD_GRANT). */
  addGrant(actor: EditActor, input: GrantArgument, source: SourceArgument): Promise<EditRow>;
  /** Proposes a corrected name and aliases (CORRECT_NAME): the replaced name is kept as an alias. */
  correctName(actor: EditActor, args: NameArgument): Promise<EditRow>;
  // ---- end of entities, grants and names ----
  /** Pairs of entities that may be one, judged pairs left out. */
  mergeCandidates(kinds: EntityKindValue[], first: number): Promise<MergeCandidateRow[]>;
  /** Where a merged entity's id leads now (following merges of merges); null when it was never merged. */
  redirectOf(id: string): Promise<string | null>;
  /**
   * Stores a proposal of any kind (MERGE_ENTITIES, NOT_SAME, ...): its id, author and time are set here, and a
   * source, when given, is checked as every source is (document and quote, or a note).
   */
  propose(actor: EditActor, proposal: Proposal, source?: SourceArgument | null): Promise<EditRow>;
  /** The current versions of ids (entities, roles, posts): a proposal's `base`. */
  versions(ids: string[]): Promise<Record<string, number>>;
  approve(actor: EditActor, id: string, allowSelfApproval: boolean): Promise<EditRow>;
  /**
   * Approves a set of edits in one transaction, all or nothing: each after the edits it rests on (`requires`, set
   * by reviewProposals), so that a role of a new person is approved after the person.
   */
  approveMany(actor: EditActor, ids: readonly string[], allowSelfApproval: boolean): Promise<EditRow[]>;
  /** Records that an edit rests on others of the same review (approveEdit refuses it while they are pending). */
  requireFirst(id: string, prerequisites: readonly string[]): Promise<void>;
  reject(actor: EditActor, id: string, reason: string, allowSelfApproval: boolean): Promise<EditRow>;
}

export function editsData(batch: Batch, store: GraphStore, clock: () => Date = () => new Date()): EditsData {
  const { reader } = batch;
  const read: Run = (statement, params) => reader.read(statement, params);
  const editLoader = new DataLoader<string, EditRow | null>(
    async (ids) =>
      byId(
        (await reader.read(editsById, { ids: [...ids] })).map((row) => toEditRow(row.edit as Row)),
        ids,
      ),
    batch.options as DataLoader.Options<string, EditRow | null>,
  );
  const users = new DataLoader<string, EditUserRow | null>(
    async (ids) =>
      byId(
        (await reader.read(usersById, { ids: [...ids] })).map((row) => row.user as unknown as EditUserRow),
        ids,
      ),
    batch.options as DataLoader.Options<string, EditUserRow | null>,
  );

  async function entity(id: string): Promise<EntityRow | null> {
    const [row] = await read(entitiesById, { ids: [id] });
    return row ? toEntityRow(row.entity as Row) : null;
  }

  async function entityOfKind(
    argument: string,
    id: string,
    kinds: readonly EntityKindValue[],
    what: string,
  ): Promise<EntityRow> {
    const found = await entity(id);
    if (!found) throw new InputError(`Nothing in the graph has the id "${id}" (${argument}).`, argument);
    if (!kinds.includes(found.kind)) {
      throw new InputError(`"${argument}" must be ${what}; ${id} is a ${found.kind}.`, argument);
    }
    return found;
  }

  /** The text of a document: an uploaded one's stored text, a seed document's file (data/documents.ts). */
  async function textOf(document: EntityRow): Promise<string> {
    if (document.sha256) {
      const stored = (await uploadedTexts(read, [document.id])).get(document.id);
      if (!stored) throw new Error(`The stored text of the uploaded document ${document.id} is missing`);
      return stored.text;
    }
    const text = documentText(document.file ?? '');
    if (text === null) throw new Error(`The text of ${document.id} (${document.file}) is missing from seed/sources`);
    return text;
  }

  /** The source of a proposal, checked: the document exists and the quote occurs in its text. */
  async function checkedSource(
    source: SourceArgument,
    editId: string,
  ): Promise<{ shape: EditSource; citation: CitationInput | null; document: EntityRow | null }> {
    const shape = sourceShape(source);
    if (shape.documentId === null) return { shape, citation: null, document: null };
    const document = await entity(shape.documentId);
    if (document?.kind !== 'DOCUMENT') {
      throw new InputError(`"${shape.documentId}" is not a document of the graph.`, 'source');
    }
    const offset = quoteOffset(await textOf(document), shape.quote);
    if (offset < 0) {
      throw new InputError(
        `The quote does not occur in "${document.name}": copy it from the document's text exactly.`,
        'source',
      );
    }
    return {
      shape,
      citation: { id: citationIdOf(editId), documentId: document.id, quote: shape.quote, offset },
      document,
    };
  }

  /**
   * The period a statement of the source speaks for: the document's (else the day its passage names, `source.day`,
   * else the statement's own start or end: an undated document is never dated today), or the day of a staff note.
   */
  function observation(
    document: EntityRow | null,
    source: SourceArgument | null | undefined,
    editId: string,
    createdAt: string,
    own: { start: string | null; end: string | null },
    title: string,
  ): ObservationInput {
    const day = createdAt.slice(0, 10);
    let covers = { start: day, end: day };
    if (document) {
      const start = document.coversStart ?? document.date ?? source?.day ?? own.start ?? own.end;
      const end = document.coversEnd ?? document.date ?? source?.day ?? own.end ?? own.start;
      if (!start || !end) throw undatedRefusal(document.name);
      covers = { start, end };
    }
    return { documentId: document?.id ?? editId, ...observedPeriod(own, covers), title };
  }

  async function store_(edit: Omit<EditRow, 'nodeType'>): Promise<EditRow> {
    const [row] = await store.write(createEdit, { props: editProps(edit) });
    return toEditRow((row as Row).edit as Row);
  }

  function draft(
    actor: EditActor,
    id: string,
    createdAt: string,
    source: EditSource | null,
  ): Pick<
    EditRow,
    | 'id'
    | 'status'
    | 'authorId'
    | 'createdAt'
    | 'reviewerId'
    | 'reviewedAt'
    | 'reviewReason'
    | 'selfApproved'
    | 'documentId'
    | 'quote'
    | 'note'
    | 'undo'
    | 'seq'
    | 'revertOf'
    | 'revertedBy'
    | 'rejectedBecause'
  > {
    return {
      id,
      status: 'PROPOSED',
      authorId: actor.userId,
      createdAt,
      reviewerId: null,
      reviewedAt: null,
      reviewReason: null,
      selfApproved: false,
      documentId: source?.documentId ?? null,
      quote: source?.quote ?? null,
      note: source?.note ?? null,
      undo: null,
      seq: null,
      revertOf: null,
      revertedBy: null,
      rejectedBecause: null,
    };
  }

  /** A new person's id: its name's slug, numbered when the graph or another edit already has it. */
  async function newPersonId(name: string): Promise<string> {
    const slug = idSlug(foldName(name));
    for (let n = 1; n < 100; n++) {
      const id = n === 1 ? `person:${slug}` : `person:${slug}-${n}`;
      const taken =
        (await entity(id)) !== null ||
        (await read(editsOfTargets, { ids: [id], statuses: ['PROPOSED', 'APPROVED', 'REJECTED', 'REVERTED'] })).length >
          0;
      if (!taken) return id;
    }
    throw new InputError('Too many persons of that name: give a fuller name.', 'name');
  }

  /** What the proposal builders of data/edit-entities.ts read. */
  const proposalContext: ProposalContext = {
    read,
    entity,
    entityOfKind,
    now: clock,
    text: (document) => textOf(document),
  };

  async function transactionRefusing<T>(work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
    try {
      return await store.transaction(work);
    } catch (error) {
      if (error instanceof Unappliable) {
        throw new EditRefusal('CONFLICT', `The change no longer fits the graph: ${error.message}.`);
      }
      throw error;
    }
  }

  async function reviewable(
    tx: TransactionRunner,
    id: string,
    actor: EditActor,
    allowSelf: boolean,
    purpose: 'approve' | 'reject' = 'approve',
  ) {
    const [row] = await tx.run(editsById, { ids: [id] });
    if (!row) throw new EditRefusal('NOT_FOUND', `There is no change with the id "${id}".`);
    const edit = toEditRow(row.edit as Row);
    if (edit.status !== 'PROPOSED') {
      throw new EditRefusal('CONFLICT', `This change is already ${edit.status.toLowerCase()}.`, {
        current: { status: edit.status },
      });
    }
    // An edit that rests on another of the same review (a role of a person proposed with it) waits for it.
    const requires = Array.isArray((row.edit as Row).requires) ? ((row.edit as Row).requires as string[]) : [];
    // Rejecting it need not wait for them.
    if (requires.length > 0 && purpose === 'approve') {
      const prerequisites = (await tx.run(editsById, { ids: requires })).map((found) => toEditRow(found.edit as Row));
      const gone = prerequisites.find(
        (prerequisite) => prerequisite.status === 'REJECTED' || prerequisite.status === 'REVERTED',
      );
      if (gone) {
        throw new EditRefusal(
          'CONFLICT',
          `This change rests on "${gone.summary}" (${gone.id}), which is ${gone.status.toLowerCase()}: it cannot be approved; reject it.`,
          { prerequisite: gone.id, status: gone.status },
        );
      }
      const pending = prerequisites.find((prerequisite) => prerequisite.status !== 'APPROVED');
      if (pending) {
        throw new EditRefusal(
          'PREREQUISITE_PENDING',
          `First approve "${pending.summary}" (${pending.id}): this change rests on it. approveEdits approves both.`,
          { prerequisite: pending.id, status: pending.status },
        );
      }
    }
    let selfApproved = false;
    // An edit made from a document's proposals is the uploader's, but whoever accepted the proposals or picked and
    // corrected them (`acceptedBy`, data/proposal-review.ts) shaped it too: they may not approve it either.
    const acceptedBy = Array.isArray((row.edit as Row).acceptedBy) ? ((row.edit as Row).acceptedBy as string[]) : [];
    if (edit.authorId === actor.userId || acceptedBy.includes(actor.userId)) {
      if (!(allowSelf && actor.role === 'ADMIN')) {
        throw new EditRefusal(
          'FORBIDDEN',
          edit.authorId === actor.userId
            ? 'A change must be reviewed by someone other than its author.'
            : 'You accepted or corrected the proposals this change was made from: someone else must review it.',
        );
      }
      selfApproved = true;
    }
    return { edit, selfApproved };
  }

  /**
   * An observation of a role is not version-checked (another source approved before it changes the role's version),
   * but a role whose stated end is before the days its document speaks for is not held then: approving would record
   * a source for a role that had ended. A CONFLICT naming the end, so the reviewer rejects it or corrects the end.
   */
  async function refuseAfterStatedEnd(tx: TransactionRunner, edit: EditRow): Promise<void> {
    const input = edit.input as { fact?: string; roleId?: string; observation?: ObservationInput };
    if (input.fact !== 'ROLE' || !input.roleId || !input.observation) return;
    const [found] = await tx.run(rolesById, { ids: [input.roleId] });
    if (!found) return;
    const role = toRoleRow(found.role as Row);
    if (role.end === null || input.observation.from <= role.end) return;
    throw new EditRefusal(
      'CONFLICT',
      `The role ended on ${role.end}, but this source speaks for ${input.observation.from}–${input.observation.to}: it cannot be a source of the role then. Reject it, or correct the role's end first.`,
      {
        fact: role.id,
        end: role.end,
        observed: { from: input.observation.from, to: input.observation.to },
        current: { [role.id]: currentRole(role) },
      },
    );
  }

  /** Approves one edit inside a transaction: the review rules, its prerequisites, the versions, then the apply. */
  async function approveIn(tx: TransactionRunner, actor: EditActor, id: string, allowSelf: boolean): Promise<EditRow> {
    const { edit, selfApproved } = await reviewable(tx, id, actor, allowSelf);
    // A new source for a fact never conflicts with what changed the fact since (another source, a new period): the
    // observation is added to the fact as it is now, and its applier refuses a fact that is gone. Two passages of one
    // document restating the same role are approved together ("approve all from this document").
    const base =
      edit.kind === 'ADD_OBSERVATION'
        ? Object.fromEntries(
            Object.entries(edit.base).filter(([id]) => !applierOf(edit.kind).targets(edit).includes(id)),
          )
        : edit.base;
    if (edit.kind === 'ADD_OBSERVATION') await refuseAfterStatedEnd(tx, edit);
    const current = await versionsIn(tx.run.bind(tx), Object.keys(base));
    const stale = staleVersions(base, current);
    if (Object.keys(stale).length > 0) {
      const [roles] = [await tx.run(rolesById, { ids: Object.keys(stale) })];
      const state = Object.fromEntries(
        roles.map((row) => {
          const role = toRoleRow(row.role as Row);
          return [role.id, currentRole(role)];
        }),
      );
      throw new EditRefusal(
        'CONFLICT',
        'What this change was proposed on has changed since: propose it again on the current state.',
        { current: Object.fromEntries(Object.entries(stale).map(([key, v]) => [key, state[key] ?? v])) },
      );
    }
    if (edit.kind === 'REVERT') {
      const [row] = await tx.run(editsById, { ids: [edit.revertOf] });
      const original = row ? toEditRow(row.edit as Row) : null;
      if (original?.status !== 'APPROVED') {
        throw new EditRefusal('CONFLICT', 'The change this reverts is no longer approved.', {
          current: { status: original?.status ?? null },
        });
      }
    }
    const outcome = await applierOf(edit.kind).apply(tx, edit);
    const [last] = await tx.run(lastEditSeq);
    const seq = Number(last?.seq ?? 0) + 1;
    const reviewedAt = clock().toISOString();
    const [row] = await tx.run(updateEdit, {
      id: edit.id,
      props: {
        status: 'APPROVED',
        reviewerId: actor.userId,
        reviewedAt,
        seq,
        selfApproved,
        ...(outcome.undo === null || outcome.undo === undefined ? {} : { undo: JSON.stringify(outcome.undo) }),
      },
    });
    if (edit.kind === 'REVERT') {
      await tx.run(updateEdit, { id: edit.revertOf, props: { status: 'REVERTED', revertedBy: edit.id } });
    }
    return toEditRow((row as Row).edit as Row);
  }

  async function propose(actor: EditActor, proposal: Proposal, source?: SourceArgument | null): Promise<EditRow> {
    const id = `edit:${randomUUID()}`;
    const createdAt = clock().toISOString();
    const checked = source ? await checkedSource(source, id) : null;
    return store_({
      ...draft(actor, id, createdAt, checked?.shape ?? null),
      kind: proposal.kind,
      summary: proposal.summary,
      reason: proposal.reason,
      entityIds: proposal.entityIds,
      input: proposal.input({ id, createdAt, citation: checked?.citation ?? null }),
      changes: proposal.changes,
      base: proposal.base,
    });
  }

  return {
    byId: editLoader,
    history: groupLoader(batch, editsOfTargets, 'edit', toEditRow, { statuses: HISTORY }),
    users,
    async page(status, after, limit) {
      const rows = await read(editsPage, {
        status,
        afterAt: after?.[0] ?? null,
        afterId: after?.[1] ?? null,
        limit,
      });
      return rows.map((row) => toEditRow(row.edit as Row));
    },
    async count(status) {
      const [row] = await read(editsCount, { status });
      return count(row?.total);
    },
    documentText: textOf,
    async documentPageStarts(document) {
      if (!document.sha256) return [0];
      return (await uploadedTexts(read, [document.id])).get(document.id)?.pageStarts ?? [0];
    },

    async addPerson(actor, args) {
      const id = `edit:${randomUUID()}`;
      const createdAt = clock().toISOString();
      const name = editText('name', args.name);
      const aliases = [...new Set((args.aliases ?? []).map((alias) => editText('aliases', alias)))]
        .filter((alias) => alias !== name)
        .sort();
      const { shape, citation, document } = await checkedSource(args.source, id);
      if (document) {
        const folded = foldWhitespace(await textOf(document));
        for (const alias of aliases) {
          if (!folded.includes(alias)) {
            throw new InputError(`The spelling "${alias}" does not occur in "${document.name}".`, 'aliases');
          }
        }
      }
      // One person, one node (the seed's rule): a name key that another person has is a merge, not a new person.
      const keys = new Set([name, ...aliases].map(personKey).filter((key) => key !== ''));
      for (const row of await read(spellingsOfKind, { kind: 'PERSON' })) {
        const spellings = [String(row.name), ...((row.aliases as string[] | null) ?? [])];
        if (spellings.some((spelling) => keys.has(personKey(spelling)))) {
          throw new InputError(
            `${row.name} (${row.id}) is already in the graph under that name: add to that person instead.`,
            'name',
          );
        }
      }
      const personId = await newPersonId(name);
      const input: AddPersonInput = { personId, name, aliases, citation };
      const changes: EditChangeValue[] = [
        { target: personId, field: 'name', before: null, after: name },
        ...(aliases.length > 0
          ? [{ target: personId, field: 'aliases', before: null, after: aliases.join(', ') }]
          : []),
      ];
      return store_({
        ...draft(actor, id, createdAt, shape),
        kind: 'ADD_PERSON',
        summary: `Ny person: ${name}`,
        reason: null,
        entityIds: [personId],
        input: input as unknown as Record<string, unknown>,
        changes,
        base: {},
      });
    },

    async addRole(actor, raw, source) {
      const id = `edit:${randomUUID()}`;
      const createdAt = clock().toISOString();
      const title = editText('title', raw.title);
      const start = editDate('start', raw.start);
      const end = editDate('end', raw.end);
      periodInOrder(start, end);
      const person = await entityOfKind('person', raw.person, ['PERSON'], 'a person');
      const organization = raw.organization
        ? await entityOfKind('organization', raw.organization, ROLE_HELD_IN, `a ${ROLE_HELD_IN.join('/')}`)
        : null;
      const behalf = raw.onBehalfOf
        ? await entityOfKind('onBehalfOf', raw.onBehalfOf, ROLE_ON_BEHALF_OF, `a ${ROLE_ON_BEHALF_OF.join('/')}`)
        : null;
      const { shape, citation, document } = await checkedSource(source, id);
      const organizationId = organization?.id ?? null;
      const onBehalfOfId = behalf && behalf.id !== organizationId ? behalf.id : null;
      const postId = `post:${digest(postKey(title, organizationId, onBehalfOfId))}`;
      // One role per person and post: a role moved into the post (correctRole, a merge) keeps its own id.
      const moved = (await read(holdersOfPost, { id: postId }))
        .map((row) => row.role as Row)
        .find((row) => String(row.personId) === person.id);
      const roleId = moved ? String(moved.id) : `role:${digest(person.id, postId)}`;
      const [existing] = await read(rolesById, { ids: [roleId] });
      const current = existing ? toRoleRow(existing.role as Row) : null;
      const input: AddRoleInput = {
        personId: person.id,
        title,
        organizationId,
        onBehalfOfId,
        start,
        end,
        postId,
        postTitle: postTitle(title),
        singleSeat: isSingleSeat(title),
        roleId,
        duty: organization?.kind === 'CASE',
        observation: observation(document, source, id, createdAt, { start, end }, title),
        citation,
      };
      const change = (field: string, before: string | null, after: string | null): EditChangeValue[] =>
        before === after ? [] : [{ target: roleId, field, before, after }];
      const changes = [
        ...change('person', current ? person.id : null, person.id),
        ...change('title', current?.title ?? null, title),
        ...change('organization', current ? organizationId : null, organizationId),
        ...change('onBehalfOf', current ? onBehalfOfId : null, onBehalfOfId),
        ...change('start', current?.start ?? null, start ?? current?.start ?? null),
        ...change('end', current?.end ?? null, end ?? current?.end ?? null),
        { target: roleId, field: 'source', before: null, after: citation ? citation.quote : (shape.note as string) },
      ];
      const where = organization ? ` i ${organization.name}` : '';
      return store_({
        ...draft(actor, id, createdAt, shape),
        kind: 'ADD_ROLE',
        summary: `Ny rolle: ${person.name}, ${title}${where}`,
        reason: null,
        entityIds: [person.id, organizationId, onBehalfOfId, roleId].filter((x): x is string => x !== null),
        input: input as unknown as Record<string, unknown>,
        changes,
        base: { [roleId]: current?.version ?? 0 },
      });
    },

    async endRole(actor, args) {
      const id = `edit:${randomUUID()}`;
      const createdAt = clock().toISOString();
      const end = editDate('end', args.end) as string;
      const [found] = await read(rolesById, { ids: [args.role] });
      if (!found) throw new EditRefusal('NOT_FOUND', `There is no role with the id "${args.role}".`);
      const role: RoleRow = toRoleRow(found.role as Row);
      if (args.version !== null && args.version !== undefined && args.version !== role.version) {
        throw new EditRefusal(
          'CONFLICT',
          `The role has changed since you read it (version ${args.version}, now ${role.version}): reload and try again.`,
          { current: { [role.id]: currentRole(role) } },
        );
      }
      periodInOrder(role.start, end);
      if (role.end === end) throw new InputError(`The role already ends on ${end}.`, 'end');
      const { shape, citation, document } = await checkedSource(args.source, id);
      const person = await entity(role.personId);
      const place = role.heldInId ? await entity(role.heldInId) : null;
      const input: EndRoleInput = {
        roleId: role.id,
        postId: role.postId,
        end,
        before: { end: role.end, start: role.start },
        observation: observation(document, args.source, id, createdAt, { start: null, end }, role.title),
        citation,
      };
      return store_({
        ...draft(actor, id, createdAt, shape),
        kind: 'END_ROLE',
        summary: `Rolle avsluttet: ${person?.name ?? role.personId}, ${role.title}${place ? ` i ${place.name}` : ''} (til ${end})`,
        reason: null,
        entityIds: [role.personId, role.heldInId, role.onBehalfOfId, role.id].filter((x): x is string => x !== null),
        input: input as unknown as Record<string, unknown>,
        changes: [
          { target: role.id, field: 'end', before: role.end, after: end },
          { target: role.id, field: 'source', before: null, after: citation ? citation.quote : (shape.note as string) },
        ],
        base: { [role.id]: role.version },
      });
    },

    async revert(actor, originalId, reason) {
      const why = foldWhitespace(reason);
      if (why === '') throw new InputError('Say why the change should be undone (reason).', 'reason');
      const original = await editLoader.load(originalId);
      if (!original) throw new EditRefusal('NOT_FOUND', `There is no change with the id "${originalId}".`);
      if (original.kind === 'REVERT') {
        throw new InputError('A revert cannot itself be reverted: propose the change again.', 'id');
      }
      if (original.status !== 'APPROVED') {
        throw new EditRefusal('CONFLICT', `Only an approved change can be reverted; this one is ${original.status}.`, {
          current: { status: original.status },
        });
      }
      const id = `edit:${randomUUID()}`;
      const targets = applierOf(original.kind).targets(original);
      return store_({
        ...draft(actor, id, clock().toISOString(), null),
        kind: 'REVERT',
        summary: `Tilbakeføring: ${original.summary}`,
        reason: why,
        entityIds: original.entityIds,
        input: { targets },
        changes: original.changes.map((change) => ({ ...change, before: change.after, after: change.before })),
        base: await versionsIn(read, targets),
        revertOf: original.id,
      });
    },

    async mergeEntities(actor, args) {
      const why = foldWhitespace(args.reason);
      if (why === '') throw new InputError('Say why the two are one (reason).', 'reason');
      if (args.keep === args.remove) throw new InputError('An entity cannot be merged into itself.', 'remove');
      const keep = await entityOfKind('keep', args.keep, MERGEABLE, 'an entity other than a document');
      const remove = await entityOfKind('remove', args.remove, [keep.kind], `a ${keep.kind} like ${keep.id}`);
      const id = `edit:${randomUUID()}`;
      const input: MergeInput = { keepId: keep.id, removeId: remove.id, kind: keep.kind };
      const spellings = [remove.name, ...remove.aliases].filter(
        (spelling) => spelling !== keep.name && !keep.aliases.includes(spelling),
      );
      return store_({
        ...draft(actor, id, clock().toISOString(), null),
        kind: 'MERGE_ENTITIES',
        summary: `Slått sammen: ${remove.name} inn i ${keep.name}`,
        reason: why,
        entityIds: [keep.id, remove.id],
        input: input as unknown as Record<string, unknown>,
        changes: [
          {
            target: keep.id,
            field: 'aliases',
            before: keep.aliases.join(', ') || null,
            after: [...keep.aliases, ...spellings].sort().join(', ') || null,
          },
          { target: remove.id, field: 'redirect', before: null, after: keep.id },
        ],
        base: await versionsIn(read, [keep.id, remove.id]),
      });
    },

    async markNotSame(actor, args) {
      const why = foldWhitespace(args.reason);
      if (why === '') throw new InputError('Say why the two are not the same (reason).', 'reason');
      if (args.a === args.b) throw new InputError('An entity is always the same as itself.', 'b');
      const a = await entityOfKind('a', args.a, MERGEABLE, 'an entity other than a document');
      const b = await entityOfKind('b', args.b, [a.kind], `a ${a.kind} like ${a.id}`);
      const input: NotSameInput = { judgementId: judgementId(a.id, b.id), a: a.id, b: b.id, reason: why };
      return store_({
        ...draft(actor, `edit:${randomUUID()}`, clock().toISOString(), null),
        kind: 'NOT_SAME',
        summary: `Ikke samme: ${a.name} og ${b.name}`,
        reason: why,
        entityIds: [a.id, b.id],
        input: input as unknown as Record<string, unknown>,
        changes: [{ target: a.id, field: 'notSame', before: null, after: b.id }],
        base: {},
      });
    },

    // ---- entities, grants and names (data/edit-entities.ts) ----
    async addEntity(actor, input, source) {
      return this.propose(actor, await addEntityProposal(proposalContext, input, source), source);
    },
    async addGrant(actor, input, source) {
      return this.propose(actor, await addGrantProposal(proposalContext, input, source), source);
    },
    async correctName(actor, args) {
      return this.propose(actor, await correctNameProposal(proposalContext, args), args.source);
    },
    // ---- end of entities, grants and names ----

    async mergeCandidates(kinds, first) {
      const pairs = await mergeCandidates(read, kinds.length > 0 ? kinds : MERGEABLE);
      const shown = pairs.slice(0, first);
      const rows = await batch.reader.read(entitiesById, { ids: [...new Set(shown.flatMap((p) => [p.a, p.b]))] });
      const byEntityId = new Map(rows.map((row) => [String((row.entity as Row).id), toEntityRow(row.entity as Row)]));
      return shown.flatMap((pair) => {
        const a = byEntityId.get(pair.a);
        const b = byEntityId.get(pair.b);
        return a && b ? [{ a, b, reason: pair.reason }] : [];
      });
    },

    async redirectOf(id) {
      let current = id;
      // A chain (A merged into B, B later into C) is followed; a loop cannot arise (a merged id is gone), but is cut.
      for (let hop = 0; hop < 20; hop++) {
        const [row] = await read(redirectsOf, { ids: [current] });
        if (!row) return current === id ? null : current;
        current = String(row.to);
      }
      return current;
    },

    propose,

    // CORRECT_ROLE, ADD_RELATION, END_RELATION, CORRECT_RELATION, ADD_OBSERVATION, RETRACT (data/edit-facts.ts).
    ...factEdits({ read, clock, propose }),

    versions: (ids) => versionsIn(read, ids),

    async requireFirst(id, prerequisites) {
      await store.write(updateEdit, { id, props: { requires: [...prerequisites] } });
    },

    approve(actor, id, allowSelf) {
      return transactionRefusing((tx) => approveIn(tx, actor, id, allowSelf));
    },

    approveMany(actor, ids, allowSelf) {
      const wanted = [...new Set(ids)];
      if (wanted.length === 0) throw new InputError('Name at least one change to approve.', 'ids');
      return transactionRefusing(async (tx) => {
        const rows = await tx.run(editsById, { ids: wanted });
        const requiresOf = new Map(
          rows.map((row) => {
            const map = row.edit as Row;
            return [String(map.id), Array.isArray(map.requires) ? (map.requires as string[]) : []];
          }),
        );
        const unknown = wanted.find((id) => !requiresOf.has(id));
        if (unknown) throw new EditRefusal('NOT_FOUND', `There is no change with the id "${unknown}".`);
        // Dependency order: each edit after those of the set it rests on (the others must be approved already).
        const ordered: string[] = [];
        const visiting = new Set<string>();
        const visit = (id: string) => {
          if (ordered.includes(id) || !requiresOf.has(id)) return;
          if (visiting.has(id)) throw new InputError(`The changes rest on each other in a circle (${id}).`, 'ids');
          visiting.add(id);
          for (const prerequisite of requiresOf.get(id) ?? []) visit(prerequisite);
          ordered.push(id);
        };
        for (const id of wanted) visit(id);
        const approved: EditRow[] = [];
        for (const id of ordered) approved.push(await approveIn(tx, actor, id, allowSelf));
        const order = new Map(wanted.map((id, index) => [id, index]));
        return approved.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
      });
    },

    reject(actor, id, reason, allowSelf) {
      const why = foldWhitespace(reason);
      if (why === '') throw new InputError('Say why the change is rejected (reason).', 'reason');
      return transactionRefusing(async (tx) => {
        const { edit } = await reviewable(tx, id, actor, allowSelf, 'reject');
        const reviewedAt = clock().toISOString();
        const [row] = await tx.run(updateEdit, {
          id: edit.id,
          props: { status: 'REJECTED', reviewerId: actor.userId, reviewedAt, reviewReason: why },
        });
        // The pending edits that rest on it (a role of the person it would have added) can never be approved: they are
        // rejected with it, in whichever document they were made (one left waiting would only block "approve all" of
        // its document). No reviewer judged them, so none is recorded: `rejectedBecause` names the rejected edit and
        // the reason says so, for the reviewer of their own document to see.
        const found = await tx.run(dependentEdits, { status: 'PROPOSED' });
        const waiting = found.map((dependent) => toEditRow(dependent.edit as Row));
        const requiresOf = new Map(
          found.map((dependent) => {
            const map = dependent.edit as Row;
            return [String(map.id), Array.isArray(map.requires) ? (map.requires as string[]) : []];
          }),
        );
        const rejected = new Map([[edit.id, edit]]);
        for (let more = true; more; ) {
          more = false;
          for (const dependent of waiting) {
            if (rejected.has(dependent.id)) continue;
            const on = (requiresOf.get(dependent.id) ?? [])
              .map((prerequisite) => rejected.get(prerequisite))
              .find(Boolean);
            if (!on) continue;
            await tx.run(updateEdit, {
              id: dependent.id,
              props: {
                status: 'REJECTED',
                reviewerId: null,
                reviewedAt,
                rejectedBecause: on.id,
                reviewReason: `Rejected with "${on.summary}" (${on.id}), which it rests on and which was rejected${on.id === edit.id ? `: ${why}` : ''}. No reviewer judged this change itself.`,
              },
            });
            rejected.set(dependent.id, dependent);
            more = true;
          }
        }
        return toEditRow((row as Row).edit as Row);
      });
    },
  };
}

/** A role's current state, as a CONFLICT reports it. */
function currentRole(role: RoleRow) {
  return {
    version: role.version,
    title: role.title,
    personId: role.personId,
    start: role.start,
    end: role.end,
    validFrom: role.validFrom,
    validTo: role.validTo,
    endedOn: role.endedOn,
  };
}
