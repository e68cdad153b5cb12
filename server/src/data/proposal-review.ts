import {
  casesByNumber,
  editsById,
  entitiesById,
  proposalsById,
  proposalsOfDocument,
  proposedEditsOfKinds,
  updateEdit,
  updateProposal,
  upsertSpellingJudgement,
} from '../cypher/index.js';
import type { SourceArgument } from '../domain/edits.js';
import { EditRefusal, editDate } from '../domain/edits.js';
import { foldName, foldWhitespace } from '../domain/names.js';
import { InputError } from '../domain/page.js';
import type { ProposalDraft } from '../domain/proposals.js';
import { type EntityKindValue, ROLE_HELD_IN, ROLE_ON_BEHALF_OF } from '../domain/vocabulary.js';
import type { GraphStore, Params, Row, TransactionRunner } from '../graph/store.js';
import { waveBatch } from './batch.js';
import type { EditActor } from './edits.js';
import { editsData } from './edits.js';
import { uploadedTexts } from './ingest.js';
import { toEditRow, toEntityRow } from './mapping.js';
import {
  ATTENDANCE_WORDING,
  classifiedProposals,
  judgementIdOf,
  norwegianDay,
  proposalProps,
  readJudgements,
  scopeOfSlot,
  summaryOf,
  toProposalRow,
} from './proposals.js';
import type {
  EditRow,
  EntityRow,
  MatchCandidateRow,
  ProposalRow,
  ProposalSlotValue,
  ProposedEntityRow,
} from './rows.js';

// Reviewing the proposals of an uploaded document (issue 15, docs/ingest.md "Review"): accepted proposals become
// proposed edits through the edit machinery (data/edits.ts: the same checks, the same four-eyes approval), authored
// by the uploader; rejected ones are kept as rejected. The whole review is one transaction: bad input changes nothing.
// Edits that rest on entities other edits of the same review create (a role of a new person at a new meeting) name
// those edits in `requires`, and approveEdit refuses them until the others are approved (approveEdits does both).

type Statement = Parameters<TransactionRunner['run']>[0];

/** What a slot of a proposal may be matched to. */
const SLOT_KINDS: Record<ProposalSlotValue, readonly EntityKindValue[]> = {
  person: ['PERSON'],
  organization: ROLE_HELD_IN.filter((kind) => kind !== 'MEETING' && kind !== 'CASE'),
  onBehalfOf: ROLE_ON_BEHALF_OF,
  meeting: ['MEETING'],
};

/**
 * A store over one open transaction whose entity reads also see the entities pending edits of this review will
 * create: the proposers check that a role's person exists, and the new person exists only in its edit so far.
 */
function reviewStore(base: GraphStore, tx: TransactionRunner, pending: Map<string, Row>): GraphStore {
  const run = async (statement: Statement, params?: Params): Promise<Row[]> => {
    const rows = await tx.run(statement, params);
    if (statement !== entitiesById || pending.size === 0) return rows;
    const found = new Set(rows.map((row) => String((row.entity as Row).id)));
    const wanted = ((params?.ids as string[] | undefined) ?? []).filter((id) => pending.has(id) && !found.has(id));
    return [...rows, ...wanted.map((id) => ({ entity: pending.get(id) as Row }))];
  };
  return {
    engine: base.engine,
    location: base.location,
    get writes() {
      return base.writes;
    },
    read: run,
    write: (statement, params) => tx.run(statement, params),
    transaction: (work) => work({ run }),
    onStatement: (listener) => base.onStatement(listener),
    ensureTextIndexes: () => Promise.reject(new Error('Text indexes are not built inside a review transaction')),
    bulkCreate: () => Promise.reject(new Error('A bulk load does not run inside a review transaction')),
    close: async () => {},
  };
}

/** Whether an observation a proposal restates is of a period (a role's or a relation's, not an entity's). */
function needsDay(proposal: ProposalRow): boolean {
  return /^(?:role|rel):/.test(proposal.restates ?? '');
}

/** The kind of entity an ADD_ENTITY edit adds (null for other edits). */
function addedKind(edit: EditRow): string | null {
  return edit.kind === 'ADD_ENTITY' ? String(edit.input.kind ?? '') : null;
}

/** The names (folded) a pending ADD_PERSON or ADD_ENTITY edit gives its new entity. */
function namesOf(edit: EditRow): string[] {
  const aliases = Array.isArray(edit.input.aliases) ? edit.input.aliases.map(String) : [];
  return [String(edit.input.name ?? ''), ...aliases].map(foldName).filter((name) => name !== '');
}

/** Whether an edit adds a meeting (on `date`, when given). */
function isMeetingEdit(edit: EditRow, date: string | null): boolean {
  const dates = (edit.input.dates ?? {}) as { date?: string };
  return addedKind(edit) === 'MEETING' && (date === null || dates.date === date);
}

/** The body a pending meeting edit makes it a meeting of (MEETING_OF). */
function meetingBody(edit: EditRow): string | null {
  const relations = Array.isArray(edit.input.relations)
    ? (edit.input.relations as { type: string; toId: string }[])
    : [];
  return relations.find((relation) => relation.type === 'MEETING_OF')?.toId ?? null;
}

async function proposalsIn(run: TransactionRunner['run'], ids: readonly string[]): Promise<Map<string, ProposalRow>> {
  const rows = await run(proposalsById, { ids: [...ids] });
  return new Map(rows.map((row) => [String((row.proposal as Row).id), toProposalRow(row.proposal as Row)]));
}

async function uploadedDocument(run: TransactionRunner['run'], id: string): Promise<EntityRow> {
  const [row] = await run(entitiesById, { ids: [id] });
  const document = row ? toEntityRow(row.entity as Row) : null;
  if (document?.kind !== 'DOCUMENT') throw new InputError(`"${id}" is not a document of the graph.`, 'document');
  if (!document.sha256) {
    throw new InputError(`"${document.name}" is a seed document: only uploaded documents have proposals.`, 'document');
  }
  return document;
}

/** The proposals port's write side. */
export interface ProposalReview {
  review(actor: EditActor, document: string, accept: readonly string[], reject: readonly string[]): Promise<EditRow[]>;
  match(actor: EditActor, proposal: string, slot: ProposalSlotValue, entity: string | null): Promise<ProposalRow>;
  correct(
    actor: EditActor,
    proposal: string,
    fields: { title?: string | null; attendance?: ProposalRow['attendance']; date?: string | null },
  ): Promise<ProposalRow>;
}

export function proposalReview(store: GraphStore, clock: () => Date = () => new Date()): ProposalReview {
  return {
    review(actor, documentId, accept, reject) {
      return store.transaction(async (tx) => {
        const run = tx.run.bind(tx);
        const document = await uploadedDocument(run, documentId);
        if (accept.length === 0 && reject.length === 0) {
          throw new InputError('Name the proposals to accept or reject.', 'accept');
        }
        const both = accept.find((id) => reject.includes(id));
        if (both) throw new InputError(`"${both}" is both accepted and rejected: choose one.`, 'reject');
        const found = await proposalsIn(run, [...accept, ...reject]);
        for (const [argument, ids] of [
          ['accept', accept],
          ['reject', reject],
        ] as const) {
          for (const id of ids) {
            const proposal = found.get(id);
            if (!proposal) throw new InputError(`There is no proposal with the id "${id}".`, argument);
            if (proposal.documentId !== document.id) {
              throw new InputError(`"${id}" is a proposal of another document (${proposal.documentId}).`, argument);
            }
            if (proposal.status !== 'OPEN') {
              throw new InputError(`"${id}" is already ${proposal.status.toLowerCase()}.`, argument);
            }
          }
        }
        // The edits are the uploader's (the four-eyes rule then asks someone else to approve them).
        const author: EditActor = document.uploadedBy ? { userId: document.uploadedBy, role: 'EDITOR' } : actor;
        const pending = new Map<string, Row>();
        const scoped = reviewStore(store, tx, pending);
        const edits = editsData(waveBatch(scoped), scoped, clock);
        const made: EditRow[] = [];
        /** The edit that creates each pending entity. */
        const creator = new Map<string, string>();
        const all = (await run(proposalsOfDocument, { document: document.id, status: null })).map((row) =>
          toProposalRow(row.proposal as Row),
        );
        // The new persons, bodies and meetings (and kept spellings) other reviews or editors have proposed and no
        // reviewer has approved yet: a proposal naming one of them rests on that edit rather than proposing it twice.
        const proposedBefore = (
          await run(proposedEditsOfKinds, {
            status: 'PROPOSED',
            kinds: ['ADD_PERSON', 'ADD_ENTITY', 'CORRECT_NAME', 'ADD_ROLE'],
          })
        ).map((row) => toEditRow(row.edit as Row));
        const accepted = accept.map((id) => found.get(id) as ProposalRow);
        // Meetings first, then cases, then the rest: what the others rest on is proposed before them.
        const order: Record<string, number> = { MEETING: 0, CASE: 1, ENTITY: 2 };
        accepted.sort((a, b) => (order[a.kind] ?? 3) - (order[b.kind] ?? 3) || a.seq - b.seq);
        const personsByName = new Map<string, string>();
        const bodiesByName = new Map<string, string>();
        const meetingsByName = new Map<string, string>();
        const casesByNumberMade = new Map<string, string>();
        const aliases = new Map<
          string,
          { entity: EntityRow; spellings: Set<string>; quote: string; proposals: ProposalRow[] }
        >();

        const store_ = async (edit: EditRow, prerequisites: readonly string[], proposalEdits: string[]) => {
          const requires = [...new Set(prerequisites.map((id) => creator.get(id)).filter((id) => id !== undefined))];
          if (requires.length > 0) await edits.requireFirst(edit.id, requires);
          made.push(edit);
          proposalEdits.push(edit.id);
          return edit;
        };
        /**
         * The entity `key` names among those this review proposes (`made`), else a new one: `propose` makes its edit,
         * which rests on the edits creating its `prerequisites`, and `row` is how the review's reads see it meanwhile.
         */
        const newEntity = async (
          made: Map<string, string>,
          key: string,
          proposalEdits: string[],
          how: {
            propose: () => Promise<EditRow>;
            prerequisites?: readonly string[];
            row: (id: string) => Row;
            /** The pending edit of an earlier review (or a manual one) that proposes the same entity already. */
            earlier?: (edit: EditRow) => boolean;
            /** The proposal is of this entity itself (ENTITY, MEETING): an earlier edit reused is listed as its own. */
            own?: boolean;
          },
        ): Promise<string> => {
          const known = made.get(key);
          if (known) return known;
          // The same document's own pending edit first, else the earliest (proposedEditsOfKinds is in creation order).
          const earlier = how.earlier ? proposedBefore.filter(how.earlier) : [];
          const before = earlier.find((edit) => edit.documentId === document.id) ?? earlier[0];
          if (before && how.own) proposalEdits.push(before.id);
          const edit = before ?? (await store_(await how.propose(), how.prerequisites ?? [], proposalEdits));
          const id = edit.entityIds[0] as string;
          pending.set(id, how.row(id));
          creator.set(id, edit.id);
          made.set(key, id);
          return id;
        };
        /**
         * The meeting an attendance or case is at when an earlier review accepted it: the edit made from the document's
         * own meeting proposal (approved: the meeting is in the graph; pending: this proposal rests on it), or a
         * pending meeting of the same name and day.
         */
        const earlierMeeting = async (of: ProposalRow, header: ProposalRow | undefined): Promise<string | null> => {
          const slot = of.meeting as ProposedEntityRow;
          const key = foldName(slot.name);
          const fromHeader =
            header?.status === 'ACCEPTED'
              ? (await run(editsById, { ids: header.editIds }))
                  .map((row) => toEditRow(row.edit as Row))
                  .find((edit) => addedKind(edit) === 'MEETING')
              : undefined;
          if (fromHeader && fromHeader.status !== 'PROPOSED' && fromHeader.status !== 'APPROVED') {
            throw new InputError(
              `The meeting of "${of.id}" was accepted from ${header?.id}, but its edit (${fromHeader.id}) is ${fromHeader.status.toLowerCase()}: the meeting is not in the graph.`,
              'accept',
            );
          }
          const edit =
            fromHeader ??
            proposedBefore.find(
              (candidate) => isMeetingEdit(candidate, of.date) && namesOf(candidate).includes(foldName(slot.name)),
            );
          if (!edit) return null;
          const id = edit.entityIds[0] as string;
          if (edit.status === 'PROPOSED') {
            pending.set(id, { id, kind: 'MEETING', name: String(edit.input.name ?? slot.name), aliases: [] });
            creator.set(id, edit.id);
          }
          meetingsByName.set(key, id);
          return id;
        };
        const entityOf = async (id: string): Promise<EntityRow | null> => {
          const [row] = await scoped.read(entitiesById, { ids: [id] });
          return row ? toEntityRow(row.entity as Row) : null;
        };
        /** Keeps the document's spelling of a matched entity as its alias; false when it has that spelling already. */
        const keepSpelling = async (slot: ProposedEntityRow, quote: string, of?: ProposalRow): Promise<boolean> => {
          if (slot.match === null || slot.kind === 'MEETING' || pending.has(slot.match)) return false;
          const entity = await entityOf(slot.match);
          if (!entity) return false;
          const spelling = foldWhitespace(slot.name);
          if (spelling === '' || spelling === entity.name || entity.aliases.includes(spelling)) return false;
          // A correction still waiting for review (an earlier review's) adds it already.
          const waiting = proposedBefore.some(
            (edit) =>
              edit.kind === 'CORRECT_NAME' &&
              edit.input.entityId === entity.id &&
              Array.isArray(edit.input.addAliases) &&
              edit.input.addAliases.includes(spelling),
          );
          if (waiting) return false;
          const entry = aliases.get(entity.id) ?? { entity, spellings: new Set<string>(), quote, proposals: [] };
          entry.spellings.add(spelling);
          if (of) entry.proposals.push(of);
          aliases.set(entity.id, entry);
          return true;
        };
        /** Whether a pending new person holds (in a pending role) a seat of a municipality the proposal names. */
        const samePlace = (personId: string, of: ProposalRow): boolean => {
          const named = new Set(
            [of.onBehalfOf, of.organization]
              .filter((slot) => slot?.kind === 'MUNICIPALITY' && slot.match !== null)
              .map((slot) => slot?.match as string),
          );
          if (named.size === 0) return false;
          return proposedBefore.some(
            (edit) =>
              edit.kind === 'ADD_ROLE' &&
              edit.input.personId === personId &&
              [edit.input.onBehalfOfId, edit.input.organizationId].some(
                (id) => typeof id === 'string' && named.has(id),
              ),
          );
        };
        /**
         * The document's proposals that name `name` (folded) as a new person and are not rejected (nor rejected in
         * this review): a name in one document is one person, so whether a pending new person of that name is this
         * one is decided from all of them together — never from whichever proposal happens to be handled first.
         */
        const namesakes = (name: string): ProposalRow[] =>
          all.filter(
            (other) =>
              other.person !== null &&
              other.person.match === null &&
              foldName(other.person.name) === name &&
              other.status !== 'REJECTED' &&
              !reject.includes(other.id),
          );
        /** A pending new person (another review's ADD_PERSON still waiting) a proposal was matched to (matchProposal). */
        const pendingPerson = (id: string): EditRow | undefined =>
          proposedBefore.find((edit) => edit.kind === 'ADD_PERSON' && edit.entityIds[0] === id);
        /** The edits each accepted proposal was turned into (written with its status once all are made). */
        const editsOfProposal = new Map<string, string[]>();

        // A document uploaded without a date: what a proposal states speaks for its own day (as corrected), else the
        // day of the document's meeting header; with neither it is refused, never dated today.
        const undated = !document.date && !document.coversStart;
        // The header a proposal is under: the nearest dated meeting header at or before its quote that is not
        // rejected (nor rejected in this review).
        const headers = all
          .filter((other) => other.kind === 'MEETING' && other.date && other.status !== 'REJECTED')
          .filter((other) => !reject.includes(other.id))
          .sort((a, b) => a.start - b.start);
        const headerDay = (of: ProposalRow): string | null =>
          headers.filter((header) => header.start <= of.start).at(-1)?.date ?? null;
        for (const proposal of accepted) {
          const day = undated ? (proposal.date ?? headerDay(proposal)) : null;
          const plain: SourceArgument = { document: document.id, quote: proposal.quote, ...(day ? { day } : {}) };
          /** The source of what the proposal states of a period (a role, an attendance, a source of either). */
          const dated = (): SourceArgument => {
            if (undated && day === null) {
              throw new InputError(
                `"${proposal.id}": "${document.name}" has no date and no meeting header with one, so what it states has no day: give the proposal its date with editProposal.`,
                'accept',
              );
            }
            return plain;
          };
          const source = plain;
          const proposalEdits: string[] = [];
          const person = async (slot: ProposedEntityRow | null): Promise<string> => {
            if (!slot) throw new InputError(`"${proposal.id}" names no person.`, 'accept');
            if (slot.match && !pending.has(slot.match) && !(await entityOf(slot.match))) {
              // Matched to a new person another review proposes (PENDING_NEW): the proposal rests on that edit.
              const edit = pendingPerson(slot.match);
              if (!edit) {
                throw new InputError(
                  `"${proposal.id}" is matched to ${slot.match}, a new person whose edit is no longer waiting for review (rejected or reverted): pick the person again with matchProposal.`,
                  'accept',
                );
              }
              pending.set(slot.match, {
                id: slot.match,
                kind: 'PERSON',
                name: String(edit.input.name ?? slot.name),
                aliases: [],
              });
              creator.set(slot.match, edit.id);
              if (proposal.kind === 'ENTITY') proposalEdits.push(edit.id);
              return slot.match;
            }
            if (slot.match) {
              await keepSpelling(slot, proposal.quote);
              return slot.match;
            }
            return newEntity(personsByName, foldName(slot.name), proposalEdits, {
              propose: () => edits.addPerson(author, { name: slot.name, aliases: null, source }),
              row: (id) => ({ id, kind: 'PERSON', name: slot.name, aliases: [] }),
              // A pending new person of that name is this one only from the same document, or in the same
              // municipality (two Ola Hansens of two municipalities are two people); else a new one, and the
              // proposal showed the pending one as a candidate (PENDING_NEW).
              earlier: (edit) =>
                edit.kind === 'ADD_PERSON' &&
                namesOf(edit).includes(foldName(slot.name)) &&
                (edit.documentId === document.id ||
                  namesakes(foldName(slot.name)).some((of) => samePlace(edit.entityIds[0] ?? '', of))),
              own: proposal.kind === 'ENTITY',
            });
          };
          const body = async (slot: ProposedEntityRow | null): Promise<string | null> => {
            if (!slot) return null;
            if (slot.match) {
              await keepSpelling(slot, proposal.quote);
              return slot.match;
            }
            return newEntity(bodiesByName, foldName(slot.name), proposalEdits, {
              propose: () => edits.addEntity(author, { kind: 'ORGANIZATION', name: slot.name }, source),
              row: (id) => ({ id, kind: 'ORGANIZATION', name: slot.name, aliases: [] }),
              earlier: (edit) => addedKind(edit) === 'ORGANIZATION' && namesOf(edit).includes(foldName(slot.name)),
              own: proposal.kind === 'ENTITY',
            });
          };
          const meeting = async (of: ProposalRow): Promise<string> => {
            const slot = of.meeting;
            if (!slot) throw new InputError(`"${of.id}" names no meeting.`, 'accept');
            if (slot.match) return slot.match;
            const known = meetingsByName.get(foldName(slot.name));
            if (known) return known;
            if (of.kind !== 'MEETING') {
              const header = all.find((other) => other.kind === 'MEETING' && other.meeting?.name === slot.name);
              const earlier = await earlierMeeting(of, header);
              if (earlier) return earlier;
              throw new InputError(
                `"${of.id}" is at a meeting the graph does not have yet: accept its meeting${header ? ` (${header.id})` : ''} in the same review.`,
                'accept',
              );
            }
            if (!of.date) {
              throw new InputError(`The meeting of "${of.id}" has no date: give it with editProposal first.`, 'accept');
            }
            const bodyId = await body(of.organization);
            if (!bodyId) throw new InputError(`The meeting of "${of.id}" names no body.`, 'accept');
            const bodyName = (await entityOf(bodyId))?.name ?? of.organization?.name ?? '';
            const name = `${bodyName} ${norwegianDay(of.date)}`;
            const date = of.date;
            return newEntity(meetingsByName, foldName(slot.name), proposalEdits, {
              propose: () => edits.addEntity(author, { kind: 'MEETING', name, date, body: bodyId }, source),
              prerequisites: [bodyId],
              row: (id) => ({ id, kind: 'MEETING', name, aliases: [], date }),
              earlier: (edit) => isMeetingEdit(edit, date) && meetingBody(edit) === bodyId,
              own: of.kind === 'MEETING',
            });
          };
          // The case a duty is in: the one this review proposes, else the case on the proposal's meeting, else the
          // one the document's heading of that number restates, else the only case of that number (every body
          // numbers its cases 1/21, 2/21, …: a number alone names a case only when the graph has one of it).
          const caseOf = async (number: string): Promise<string> => {
            const made_ = casesByNumberMade.get(number);
            if (made_) return made_;
            const rows = await run(casesByNumber, { numbers: [number], kind: 'CASE' });
            const ids = [...new Set(rows.map((row) => String(row.id)))];
            const meetingId = proposal.meeting?.match ?? null;
            const onMeeting = meetingId ? rows.find((row) => row.meetingId === meetingId) : undefined;
            if (onMeeting) return String(onMeeting.id);
            const headed = all.find((other) => other.kind === 'CASE' && other.caseNumber === number)?.restates;
            if (headed && ids.includes(headed)) return headed;
            if (ids.length === 1) return ids[0] as string;
            throw new InputError(
              ids.length === 0
                ? `Case ${number} is not in the graph: accept the case's own proposal in the same review.`
                : `The graph has ${ids.length} cases numbered ${number}: accept the case's own proposal in the same review, so the duty is in the right one.`,
              'accept',
            );
          };

          if (proposal.effect === 'OBSERVATION' && proposal.restates) {
            for (const slot of [proposal.person, proposal.organization, proposal.onBehalfOf]) {
              if (slot) await keepSpelling(slot, proposal.quote);
            }
            const observed = needsDay(proposal) ? dated() : source;
            await store_(
              await edits.addObservation(author, { fact: proposal.restates, source: observed }),
              [],
              proposalEdits,
            );
          } else {
            switch (proposal.kind) {
              case 'ROLE':
              case 'MEMBERSHIP': {
                const personId = await person(proposal.person);
                const title = proposal.title ?? (proposal.kind === 'MEMBERSHIP' ? 'medlem' : null);
                if (!title) throw new InputError(`"${proposal.id}" has no title: give it with editProposal.`, 'accept');
                const organization = proposal.caseNumber
                  ? await caseOf(proposal.caseNumber)
                  : await body(proposal.organization);
                const onBehalfOf = await body(proposal.onBehalfOf);
                const ids = [personId, organization, onBehalfOf].filter((id): id is string => id !== null);
                await store_(
                  await edits.addRole(author, { person: personId, title, organization, onBehalfOf }, dated()),
                  ids,
                  proposalEdits,
                );
                break;
              }
              case 'ATTENDANCE': {
                const personId = await person(proposal.person);
                const meetingId = await meeting(proposal);
                const as = ATTENDANCE_WORDING[proposal.attendance ?? 'PRESENT'] ?? 'til stede';
                await store_(
                  await edits.addRelation(author, {
                    input: { type: 'ATTENDED', from: personId, to: meetingId, as },
                    source: dated(),
                  }),
                  [personId, meetingId],
                  proposalEdits,
                );
                break;
              }
              case 'MEETING':
                await meeting(proposal);
                break;
              case 'CASE': {
                if (!proposal.caseNumber) throw new InputError(`"${proposal.id}" has no case number.`, 'accept');
                const meetingId = await meeting(proposal);
                const name = `Sak ${proposal.caseNumber}${proposal.title ? ` ${proposal.title}` : ''}`;
                const number = proposal.caseNumber;
                await newEntity(casesByNumberMade, number, proposalEdits, {
                  propose: () =>
                    edits.addEntity(
                      author,
                      {
                        kind: 'CASE',
                        name,
                        number,
                        title: proposal.title,
                        decision: proposal.decision,
                        meeting: meetingId,
                      },
                      source,
                    ),
                  prerequisites: [meetingId],
                  row: (id) => ({ id, kind: 'CASE', name, aliases: [], number }),
                });
                break;
              }
              case 'ENTITY': {
                // A new person or body the graph has after all (a match picked or judged the same): accepting it
                // keeps the document's spelling as the entity's alias (CORRECT_NAME), as an accepted match does.
                const named = proposal.person ?? proposal.organization;
                const pendingMatch = proposal.person?.match ? pendingPerson(proposal.person.match) : undefined;
                if (pendingMatch && !(await entityOf(pendingMatch.entityIds[0] ?? ''))) {
                  // Judged the new person another review proposes: the proposal is that edit.
                  await person(proposal.person);
                } else if (named?.match) {
                  if (!(await keepSpelling(named, proposal.quote, proposal))) {
                    const entity = await entityOf(named.match);
                    throw new InputError(
                      `"${proposal.id}" names ${named.name}, which the graph has already as ${entity?.name ?? named.match} (${named.match}) with this very spelling: accepting it would change nothing; reject it instead.`,
                      'accept',
                    );
                  }
                } else if (proposal.person) await person(proposal.person);
                else await body(proposal.organization);
                break;
              }
              case 'GRANT': {
                const missing = [
                  'funder',
                  ...(proposal.organization?.match ? [] : ['recipient']),
                  ...(proposal.date ? [] : ['year']),
                ];
                throw new InputError(
                  `A grant needs its funder, recipient and year; "${proposal.id}" does not say its ${missing.join(', ')}: propose it with addGrant.`,
                  'accept',
                );
              }
              default:
                throw new InputError(`"${proposal.id}" (${proposal.kind}) cannot be accepted as it is.`, 'accept');
            }
          }
          editsOfProposal.set(proposal.id, proposalEdits);
        }
        // The document's spellings of matched entities are kept as their aliases: one correction per entity.
        for (const { entity, spellings, quote, proposals } of aliases.values()) {
          try {
            const correction = await edits.correctName(author, {
              entity: entity.id,
              addAliases: [...spellings],
              source: { document: document.id, quote },
            });
            made.push(correction);
            // An accepted ENTITY proposal of a known entity is this correction.
            for (const of of proposals) editsOfProposal.get(of.id)?.push(correction.id);
          } catch (error) {
            // A spelling another entity's name key already has, or one the text has only in another form: the
            // match stands without it (the review of the match is what matters) — unless the spelling is all an
            // accepted ENTITY proposal would add.
            if (!(error instanceof InputError)) throw error;
            const [of] = proposals;
            if (of) {
              throw new InputError(
                `"${of.id}" would add the spelling ${[...spellings].join(', ')} to ${entity.name} (${entity.id}), which cannot be: ${error.message} Reject it instead.`,
                'accept',
              );
            }
          }
        }
        for (const [id, editIds] of editsOfProposal) {
          await run(updateProposal, { id, props: { status: 'ACCEPTED', editIds: [...new Set(editIds)] } });
        }
        for (const id of reject) await run(updateProposal, { id, props: { status: 'REJECTED' } });
        // Whoever accepted the proposals, or picked a match or corrected one, shaped these edits as much as their
        // author (the uploader): the four-eyes rule keeps each of them from approving them too (edits.ts).
        const acceptedBy = [...new Set([actor.userId, ...accepted.flatMap((proposal) => proposal.editedBy)])].sort();
        for (const edit of made) await run(updateEdit, { id: edit.id, props: { acceptedBy } });
        return made;
      });
    },

    match(actor, proposalId, slot, entityId) {
      return store.transaction(async (tx) => {
        const run = tx.run.bind(tx);
        const proposal = (await proposalsIn(run, [proposalId])).get(proposalId);
        if (!proposal) throw new EditRefusal('NOT_FOUND', `There is no proposal with the id "${proposalId}".`);
        if (proposal.status !== 'OPEN') {
          throw new InputError(`"${proposalId}" is already ${proposal.status.toLowerCase()}.`, 'proposal');
        }
        const named = proposal[slot];
        if (!named) throw new InputError(`"${proposalId}" names no ${slot}.`, 'slot');
        if (entityId !== null) {
          const [row] = await run(entitiesById, { ids: [entityId] });
          const entity = row ? toEntityRow(row.entity as Row) : null;
          if (!entity) {
            const picked = await pendingCandidate(run, named, entityId);
            if (picked) return matchPending(run, actor, proposal, slot, named, picked);
            throw new InputError(`Nothing in the graph has the id "${entityId}".`, 'entity');
          }
          if (!SLOT_KINDS[slot].includes(entity.kind)) {
            throw new InputError(
              `"${entityId}" is a ${entity.kind}; this name can be ${SLOT_KINDS[slot].join('/')}.`,
              'entity',
            );
          }
        }
        // Remembered for the spelling: the entity picked (or "new"), and the best candidate passed over.
        const scope = scopeOfSlot(slot);
        const id = judgementIdOf(scope, named.name);
        const before = (await readJudgements(run)).get(id);
        const best = named.candidates[0]?.id ?? null;
        const notIds = new Set(before?.notIds ?? []);
        if (best !== null && best !== entityId) notIds.add(best);
        if (entityId !== null) notIds.delete(entityId);
        await run(upsertSpellingJudgement, {
          id,
          props: {
            scope,
            spelling: foldName(named.name),
            sameAs: entityId,
            notIds: [...notIds].sort(),
            judgedBy: actor.userId,
            judgedAt: clock().toISOString(),
          },
        });
        // The proposal read again with the judgement: its match, its candidates and its effect.
        const again = await readAgain(run, proposal);
        const reclassified = (proposal.kind === 'ROLE' || proposal.kind === 'MEMBERSHIP') && slot !== 'meeting';
        const kinds = (entity: ProposedEntityRow | null, old: ProposedEntityRow | null) =>
          entity && old
            ? { ...entity, kind: entity.match === entityId && entityId !== null ? entity.kind : old.kind }
            : entity;
        const updated: ProposalRow = {
          ...proposal,
          person: slot === 'person' ? kinds(again.person, proposal.person) : proposal.person,
          organization:
            slot === 'organization' ? kinds(again.organization, proposal.organization) : proposal.organization,
          onBehalfOf: slot === 'onBehalfOf' ? kinds(again.onBehalfOf, proposal.onBehalfOf) : proposal.onBehalfOf,
          meeting:
            slot === 'meeting'
              ? {
                  ...named,
                  match: entityId,
                  candidates:
                    entityId === null
                      ? named.candidates.filter((c) => !notIds.has(c.id))
                      : [
                          { id: entityId, reason: 'JUDGED_SAME', score: 1 },
                          ...named.candidates.filter((c) => c.id !== entityId && !notIds.has(c.id)),
                        ],
                }
              : proposal.meeting,
          // Roles and memberships are classified again with the new match. An attendance, meeting or case cannot be
          // read again alone (its meeting's context is the document's): with another match it no longer restates
          // the fact it was read as, so it is proposed as a new one.
          ...(reclassified
            ? { effect: again.effect, restates: again.restates, conflicts: again.conflicts }
            : proposal.kind === 'ROLE' || proposal.kind === 'MEMBERSHIP' || named.match === entityId
              ? {}
              : { effect: 'NEW_FACT' as const, restates: null, conflicts: [] }),
          editedBy: [...new Set([...proposal.editedBy, actor.userId])],
        };
        if (entityId !== null && slot !== 'meeting') {
          const [row] = await run(entitiesById, { ids: [entityId] });
          const target = updated[slot];
          if (row && target) updated[slot] = { ...target, kind: toEntityRow(row.entity as Row).kind };
        }
        const { id: _id, ...props } = changedProps({ ...updated, summary: summaryOf(updated) });
        const [written] = await run(updateProposal, { id: proposal.id, props });
        return toProposalRow((written as Row).proposal as Row);
      });
    },

    correct(actor, proposalId, fields) {
      return store.transaction(async (tx) => {
        const run = tx.run.bind(tx);
        const proposal = (await proposalsIn(run, [proposalId])).get(proposalId);
        if (!proposal) throw new EditRefusal('NOT_FOUND', `There is no proposal with the id "${proposalId}".`);
        if (proposal.status !== 'OPEN') {
          throw new InputError(`"${proposalId}" is already ${proposal.status.toLowerCase()}.`, 'proposal');
        }
        const updated: ProposalRow = { ...proposal };
        if (fields.title !== undefined && fields.title !== null) {
          const title = foldWhitespace(fields.title);
          if (title === '') throw new InputError('"title" may not be empty.', 'title');
          updated.title = title;
        }
        if (fields.attendance) {
          if (proposal.kind !== 'ATTENDANCE') throw new InputError('Only an attendance has one.', 'attendance');
          updated.attendance = fields.attendance;
        }
        const date = editDate('date', fields.date);
        if (date !== null) updated.date = date;
        if (JSON.stringify(updated) === JSON.stringify(proposal)) {
          throw new InputError('Give what to correct: title, attendance or date.', 'proposal');
        }
        updated.editedBy = [...new Set([...proposal.editedBy, actor.userId])];
        // What accepting it does follows what it now says: a corrected role is read again against the graph; a
        // corrected attendance, meeting or case no longer restates the fact it was read as.
        if (updated.kind === 'ROLE' || updated.kind === 'MEMBERSHIP') {
          const again = await readAgain(run, updated);
          Object.assign(updated, { effect: again.effect, restates: again.restates, conflicts: again.conflicts });
        } else if (updated.effect !== 'NEW_FACT') {
          Object.assign(updated, { effect: 'NEW_FACT', restates: null, conflicts: [] });
        }
        const { id: _id, ...props } = changedProps({ ...updated, summary: summaryOf(updated) });
        const [written] = await run(updateProposal, { id: proposal.id, props });
        return toProposalRow((written as Row).proposal as Row);
      });
    },
  };
}

/**
 * The PENDING_NEW candidate `id` of a name (a new person another review proposes, its ADD_PERSON still waiting for
 * review), or undefined when the name has no such candidate or its edit is no longer waiting.
 */
async function pendingCandidate(
  run: TransactionRunner['run'],
  named: ProposedEntityRow,
  id: string,
): Promise<MatchCandidateRow | undefined> {
  const candidate = named.candidates.find((c) => c.id === id && c.reason === 'PENDING_NEW' && c.pendingEdit);
  if (!candidate) return undefined;
  const [row] = await run(editsById, { ids: [candidate.pendingEdit as string] });
  const edit = row ? toEditRow(row.edit as Row) : null;
  return edit?.status === 'PROPOSED' && edit.kind === 'ADD_PERSON' && edit.entityIds[0] === id ? candidate : undefined;
}

/**
 * A name matched to a pending new person it was offered (PENDING_NEW): accepting the proposal then rests on that
 * person's edit (reviewProposals), as a reused pending person does. Not remembered for the spelling: the person is
 * in no graph yet, and a name alone is no reason that every later namesake is them. What the proposal states of the
 * person is new (the graph has nothing of them to restate or contradict).
 */
async function matchPending(
  run: TransactionRunner['run'],
  actor: EditActor,
  proposal: ProposalRow,
  slot: ProposalSlotValue,
  named: ProposedEntityRow,
  picked: MatchCandidateRow,
): Promise<ProposalRow> {
  const updated: ProposalRow = {
    ...proposal,
    [slot]: {
      ...named,
      kind: 'PERSON',
      match: picked.id,
      candidates: [picked, ...named.candidates.filter((c) => c.id !== picked.id)],
    },
    ...(proposal.kind === 'ENTITY' ? {} : { effect: 'NEW_FACT' as const, restates: null, conflicts: [] }),
    editedBy: [...new Set([...proposal.editedBy, actor.userId])],
  };
  const { id: _id, ...props } = changedProps({ ...updated, summary: summaryOf(updated) });
  const [written] = await run(updateProposal, { id: proposal.id, props });
  return toProposalRow((written as Row).proposal as Row);
}

/** A stored proposal read again as the rules read it, with the spelling judgements as they are now. */
async function readAgain(run: TransactionRunner['run'], proposal: ProposalRow): Promise<ProposalRow> {
  const document = await uploadedDocument(run, proposal.documentId);
  const text = (await uploadedTexts(run, [document.id])).get(document.id)?.text ?? '';
  const mention = (entity: ProposedEntityRow | null) =>
    entity ? { name: entity.name, matches: entity.candidates.filter((c) => c.reason !== 'JUDGED_SAME') } : undefined;
  const draft = {
    kind: proposal.kind,
    quote: { start: proposal.start, end: proposal.end },
    rule: proposal.rule,
    confidence: proposal.confidence,
    person: mention(proposal.person),
    organization: mention(proposal.organization),
    onBehalfOf: mention(proposal.onBehalfOf),
    title: proposal.title ?? undefined,
    attendance: proposal.attendance ?? undefined,
    date: proposal.date ?? undefined,
    amountNok: proposal.amountNok ?? undefined,
    caseNumber: proposal.caseNumber ?? undefined,
    decision: proposal.decision ?? undefined,
  } as ProposalDraft;
  const [again] = await classifiedProposals(
    run,
    { id: document.id, coversStart: document.coversStart ?? null, coversEnd: document.coversEnd ?? null },
    text,
    [draft],
    [],
  );
  if (!again) throw new Error('Reading a proposal again gave nothing');
  return again as ProposalRow;
}

/** A proposal's properties for `SET proposal += $props`: a value taken away (null) is written as null, which removes it. */
function changedProps(row: ProposalRow): Record<string, unknown> {
  const props = proposalProps(row);
  for (const [key, value] of Object.entries(row)) if (value === null || value === undefined) props[key] = null;
  return props;
}
