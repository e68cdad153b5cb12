import {
  deleteBareEntity,
  deleteCitation,
  editsOfTargets,
  entitiesById,
  grantTree,
  linksOfEntityById,
  redirectsOf,
  relationSnapshots,
  setEntityProperties,
  spellingsOfKind,
  unlinkByIds,
  upsertEntities,
  upsertRelations,
  versionsOf,
} from '../cypher/index.js';
import { knownPeriod } from '../domain/dates.js';
import {
  EditRefusal,
  editDate,
  editText,
  idSlug,
  periodInOrder,
  type SourceArgument,
  sourceShape,
} from '../domain/edits.js';
import { grantTreeProblems } from '../domain/grants.js';
import { ID_PREFIX_OF_KIND, relationSeedId } from '../domain/ids.js';
import { foldName, foldWhitespace, personKey, searchProperties } from '../domain/names.js';
import { InputError } from '../domain/page.js';
import {
  ENTITY_KINDS,
  type EntityKindValue,
  KINDS,
  RELATION_ENDS,
  type RelationTypeValue,
} from '../domain/vocabulary.js';
import type { Params, Row, TransactionRunner } from '../graph/store.js';
import { FLOORS } from './backup.js';
import {
  type CitationInput,
  type EditApplier,
  requireEntities,
  Unappliable,
  union,
  writeCitation,
} from './edit-apply.js';
import type { Proposal } from './edits.js';
import { toEntityRow } from './mapping.js';
import type { EditChangeValue, EditRow, EntityRow } from './rows.js';
import { entityWriteRow, relationWriteRow } from './writes.js';

// ADD_ENTITY, ADD_GRANT and CORRECT_NAME (docs/edits.md, "Entities, grants and names"): the proposal builders the
// edits port (data/edits.ts) stores through `propose`, and the appliers the apply engine dispatches to
// (ENTITY_APPLIERS, wired into applierOf in data/edit-apply.ts). A new entity or grant is written as the seed writes
// one (entityWriteRow, relationWriteRow: the seed's statements), with the edit's citation or staff note; a corrected
// name keeps the name it replaces as an alias, so that search still finds every spelling.

type Run = (statement: Parameters<TransactionRunner['run']>[0], params?: Params) => Promise<Row[]>;

/** What a proposal builder may read (given by data/edits.ts). */
export interface ProposalContext {
  read: Run;
  entity(id: string): Promise<EntityRow | null>;
  entityOfKind(argument: string, id: string, kinds: readonly EntityKindValue[], what: string): Promise<EntityRow>;
  /** Now, as the edit's createdAt will be. */
  now(): Date;
  /** A document's text (a seed file's, or an uploaded document's stored text). */
  text(document: EntityRow): Promise<string>;
}

/** The kinds addEntity proposes (persons: addPerson; grants: addGrant; the rest come from the documents). */
export const ADDABLE_KINDS: readonly EntityKindValue[] = [
  'ORGANIZATION',
  'PROJECT',
  'UNIVERSITY',
  'FUNDER',
  'MEETING',
  'CASE',
];

/** The kinds whose names correctName corrects: all but documents (their names are their titles). */
export const NAMED_KINDS: readonly EntityKindValue[] = ENTITY_KINDS.filter((kind) => kind !== 'DOCUMENT');

const NEW_OF_KIND: Partial<Record<EntityKindValue, string>> = {
  ORGANIZATION: 'Ny organisasjon',
  PROJECT: 'Nytt prosjekt',
  UNIVERSITY: 'Ny utdanningsinstitusjon',
  FUNDER: 'Ny finansiør',
  MEETING: 'Nytt møte',
  CASE: 'Ny sak',
};

const MAX_TEXT = 2000;

/** A description or purpose: trimmed, one space between words; null when empty. */
function longText(argument: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = foldWhitespace(value);
  if (text === '') return null;
  if (text.length > MAX_TEXT) throw new InputError(`"${argument}" has at most ${MAX_TEXT} characters.`, argument);
  return text;
}

/** The spellings as entered: each trimmed and not empty, once each, sorted, without `name`. */
function spellings(argument: string, values: readonly string[] | null | undefined, name: string | null): string[] {
  return [...new Set((values ?? []).map((value) => editText(argument, value)))]
    .filter((value) => value !== name)
    .sort();
}

/** The key two spellings of one kind clash on: a person's name key (without initials), else the folded name. */
export function nameKey(kind: EntityKindValue, spelling: string): string {
  return kind === 'PERSON' ? personKey(spelling) : foldName(spelling);
}

/** The entity of the kind, other than `exceptId`, that already has one of the spellings (one thing, one node). */
async function nameTakenBy(
  run: Run,
  kind: EntityKindValue,
  wanted: readonly string[],
  exceptId: string | null,
): Promise<{ id: string; name: string } | null> {
  const keys = new Set(wanted.map((spelling) => nameKey(kind, spelling)).filter((key) => key !== ''));
  if (keys.size === 0) return null;
  for (const row of await run(spellingsOfKind, { kind })) {
    if (String(row.id) === exceptId) continue;
    const theirs = [String(row.name), ...((row.aliases as string[] | null) ?? [])];
    if (theirs.some((spelling) => keys.has(nameKey(kind, spelling))))
      return { id: String(row.id), name: String(row.name) };
  }
  return null;
}

/** Refuses spellings that another entity of the kind already has (the seed's rule), on proposal. */
async function checkNamesFree(
  context: ProposalContext,
  kind: EntityKindValue,
  wanted: readonly string[],
  exceptId: string | null,
  argument: string,
): Promise<void> {
  const taken = await nameTakenBy(context.read, kind, wanted, exceptId);
  if (taken) {
    throw new InputError(
      `${taken.name} (${taken.id}) is already in the graph under that name: add to it, or correct its name, instead.`,
      argument,
    );
  }
}

/** The same rule on approval and replay: another edit approved since may have given the name away (Unappliable). */
async function requireNamesFree(
  tx: TransactionRunner,
  kind: EntityKindValue,
  wanted: readonly string[],
  exceptId: string | null,
): Promise<void> {
  const taken = await nameTakenBy(tx.run.bind(tx), kind, wanted, exceptId);
  if (taken) throw new Unappliable(`${taken.name} (${taken.id}) is in the graph under that name now`);
}

/** A new entity's id: the kind's prefix and its name's slug, numbered when the graph or an edit already has it. */
async function newEntityId(context: ProposalContext, kind: EntityKindValue, name: string): Promise<string> {
  const slug = idSlug(foldName(name));
  const prefix = ID_PREFIX_OF_KIND[kind];
  for (let n = 1; n < 100; n++) {
    const id = n === 1 ? `${prefix}:${slug}` : `${prefix}:${slug}-${n}`;
    const taken =
      (await context.entity(id)) !== null ||
      (await context.read(redirectsOf, { ids: [id] })).length > 0 ||
      (await context.read(editsOfTargets, { ids: [id], statuses: ['PROPOSED', 'APPROVED', 'REJECTED', 'REVERTED'] }))
        .length > 0;
    if (!taken) return id;
  }
  throw new InputError('Too many entities of that name: give a fuller name.', 'name');
}

/** The document a source names, when it is one (propose checks the rest: that it is, and that the quote occurs). */
async function sourceDocument(context: ProposalContext, source: SourceArgument): Promise<EntityRow | null> {
  const shape = sourceShape(source);
  if (shape.documentId === null) return null;
  const document = await context.entity(shape.documentId);
  return document?.kind === 'DOCUMENT' ? document : null;
}

/** With a document source, every spelling added must occur in its text (as the seed requires of aliases). */
async function spellingsInDocument(
  context: ProposalContext,
  document: EntityRow | null,
  added: readonly string[],
  argument: string,
): Promise<void> {
  if (!document) return;
  const text = foldWhitespace(await context.text(document));
  for (const spelling of added) {
    if (!text.includes(spelling)) {
      throw new InputError(`The spelling "${spelling}" does not occur in "${document.name}".`, argument);
    }
  }
}

const changed = (target: string, field: string, after: string | number | null): EditChangeValue[] =>
  after === null || after === '' ? [] : [{ target, field, before: null, after: String(after) }];

// ---- ADD_ENTITY ----

export interface AddEntityInput {
  entityId: string;
  kind: EntityKindValue;
  name: string;
  aliases: string[];
  props: Record<string, string>;
  dates: { start?: string; end?: string; date?: string };
  citation: CitationInput | null;
  /** A meeting's MEETING_OF its body, a case's CASE_IN its meeting (issue 15), dated as the seed dates relations. */
  relations?: GrantRelation[];
  validFrom?: string | null;
  validTo?: string | null;
}

/** addEntity's input (EntityInput). */
export interface EntityArgument {
  kind: EntityKindValue;
  name: string;
  aliases?: readonly string[] | null;
  type?: string | null;
  description?: string | null;
  start?: string | null;
  end?: string | null;
  /** A meeting's day (required for a meeting). */
  date?: string | null;
  /** A case's number as written (required for a case), its title and decision. */
  number?: string | null;
  title?: string | null;
  decision?: string | null;
  /** The body a meeting is of (MEETING_OF; required for a meeting). */
  body?: string | null;
  /** The meeting a case was on (CASE_IN; required for a case). */
  meeting?: string | null;
}

const hasField = (kind: EntityKindValue, field: string) => field in KINDS[kind].fields;

/** Checks a new organisation, project, university or funder as strictly as the seed, and chooses its id. */
export async function addEntityProposal(
  context: ProposalContext,
  raw: EntityArgument,
  source: SourceArgument,
): Promise<Proposal> {
  const kind = raw.kind;
  if (!ADDABLE_KINDS.includes(kind)) {
    throw new InputError(
      `"kind" must be one of ${ADDABLE_KINDS.join(', ')}: persons have addPerson, grants addGrant, and ${kind} comes from the documents.`,
      'kind',
    );
  }
  const name = editText('name', raw.name);
  const aliases = spellings('aliases', raw.aliases, name);
  const type = raw.type === null || raw.type === undefined ? null : editText('type', raw.type);
  if (type !== null && !hasField(kind, 'type')) throw new InputError(`A ${kind} has no "type".`, 'type');
  const description = longText('description', raw.description);
  const start = editDate('start', raw.start);
  const end = editDate('end', raw.end);
  if ((start !== null || end !== null) && !hasField(kind, 'start')) {
    throw new InputError(`Only a project has a stated start and end; a ${kind} has none.`, start ? 'start' : 'end');
  }
  periodInOrder(start, end);
  const date = editDate('date', raw.date);
  const meetingLike = kind === 'MEETING' || kind === 'CASE';
  if (!meetingLike && (date !== null || raw.number || raw.decision || raw.title || raw.body || raw.meeting)) {
    throw new InputError(`A ${kind} has no date, number, title, decision, body or meeting.`, 'input');
  }
  if (kind === 'MEETING' && date === null) throw new InputError('A meeting needs its "date".', 'date');
  const number = raw.number ? editText('number', raw.number) : null;
  if (kind === 'CASE' && number === null) throw new InputError('A case needs its "number" (sak 15/20).', 'number');
  const caseTitle = raw.title ? editText('title', raw.title) : null;
  const decision = longText('decision', raw.decision);
  const end_ =
    kind === 'MEETING'
      ? ['MEETING_OF' as const, raw.body ?? null, 'body']
      : kind === 'CASE'
        ? ['CASE_IN' as const, raw.meeting ?? null, 'meeting']
        : null;
  let link: GrantRelation | null = null;
  const document = await sourceDocument(context, source);
  await spellingsInDocument(context, document, aliases, 'aliases');
  await checkNamesFree(context, kind, [name, ...aliases], null, 'name');
  const entityId = await newEntityId(context, kind, name);
  if (end_) {
    const [type, toId, argument] = end_ as [RelationTypeValue, string | null, string];
    if (toId === null) throw new InputError(`A ${kind} needs its "${argument}".`, argument);
    const to = await context.entityOfKind(argument, toId, RELATION_ENDS[type].to, kindsWord(RELATION_ENDS[type].to));
    link = { id: relationSeedId(type, entityId, to.id), type, fromId: entityId, toId: to.id };
  }
  const props: Record<string, string> = {
    ...(type === null ? {} : { type }),
    ...(description === null ? {} : { description }),
    ...(number === null ? {} : { number }),
    ...(caseTitle === null ? {} : { title: caseTitle }),
    ...(decision === null ? {} : { decision }),
  };
  const dates = {
    ...(start === null ? {} : { start }),
    ...(end === null ? {} : { end }),
    ...(date === null ? {} : { date }),
  };
  const day = context.now().toISOString().slice(0, 10);
  const covers = document
    ? { start: document.coversStart ?? document.date ?? day, end: document.coversEnd ?? document.date ?? day }
    : { start: day, end: day };
  const linked = link
    ? { relations: [link], ...knownPeriod({}, covers) }
    : ({} as { relations?: GrantRelation[]; validFrom?: string | null; validTo?: string | null });
  return {
    kind: 'ADD_ENTITY',
    summary: `${NEW_OF_KIND[kind]}: ${name}`,
    reason: null,
    entityIds: [entityId, ...(link ? [link.toId, link.id] : [])],
    input: ({ citation }) =>
      ({
        entityId,
        kind,
        name,
        aliases,
        props,
        dates,
        citation,
        ...linked,
      }) satisfies AddEntityInput as unknown as Record<string, unknown>,
    changes: [
      ...changed(entityId, 'kind', kind),
      ...changed(entityId, 'date', date),
      ...changed(entityId, 'number', number),
      ...changed(entityId, 'title', caseTitle),
      ...changed(entityId, 'decision', decision),
      ...(link ? changed(entityId, link.type === 'MEETING_OF' ? 'body' : 'meeting', link.toId) : []),
      ...changed(entityId, 'name', name),
      ...changed(entityId, 'aliases', aliases.join(', ')),
      ...changed(entityId, 'type', type),
      ...changed(entityId, 'description', description),
      ...changed(entityId, 'start', start),
      ...changed(entityId, 'end', end),
    ],
    base: {},
  };
}

/** The source marks of what an edit writes: its citation, or (a staff note) the edit in noteEditIds. */
function sourceMarks(edit: EditRow, citation: CitationInput | null) {
  return {
    citationIds: citation ? [citation.id] : [],
    marks: { version: 1, editIds: [edit.id], ...(citation ? {} : { noteEditIds: [edit.id] }) },
  };
}

/** Refuses (Unappliable) an added entity whose id the graph already has, or whose document is gone. */
async function checkNewEntity(tx: TransactionRunner, input: AddEntityInput): Promise<void> {
  const [existing] = await tx.run(entitiesById, { ids: [input.entityId] });
  if (existing) throw new Unappliable(`${input.entityId} is already in the graph`);
  if (input.citation) await requireEntities(tx, [input.citation.documentId]);
  await requireNamesFree(tx, input.kind, [input.name, ...input.aliases], null);
}

/**
 * Undoes an added entity or grant: refused (CONFLICT) while anything but its own edit's relations rests on it or it
 * has changed since (another edit raised its version); then its relations, the entity and its citation go.
 */
async function removeAdded(
  tx: TransactionRunner,
  input: AddEntityInput,
  relations: readonly GrantRelation[],
): Promise<void> {
  const [present] = await tx.run(entitiesById, { ids: [input.entityId] });
  if (!present) {
    // Merged into another entity (or taken away by another edit): what this edit added lives on elsewhere.
    throw new EditRefusal(
      'CONFLICT',
      `${input.name} is no longer in the graph (merged into another?): revert the merge first.`,
      { current: { [input.entityId]: null } },
    );
  }
  const own = new Set(relations.map((relation) => relation.id));
  const links = await tx.run(linksOfEntityById, { id: input.entityId });
  const foreign = links.filter((link) => link.id === null || !own.has(String(link.id)) || Number(link.version) !== 1);
  const [versioned] = await tx.run(versionsOf.Entity, { ids: [input.entityId] });
  const version = versioned ? Number(versioned.version) : null;
  if (foreign.length > 0 || (version !== null && version !== 1)) {
    throw new EditRefusal(
      'CONFLICT',
      `${input.name} has other facts or changes now: revert the changes that added them first.`,
      { current: { [input.entityId]: { links: foreign.length, version } } },
    );
  }
  // By id, where the relation is now: a merge may have moved its other end.
  const now = await tx.run(relationSnapshots, { ids: relations.map((relation) => relation.id), ...FLOORS });
  const missing = relations.filter((relation) => !now.some((row) => String(row.id) === relation.id));
  if (missing.length > 0) {
    throw new EditRefusal(
      'CONFLICT',
      `${input.name} no longer has what this edit gave it: revert the changes that took it away first.`,
      { current: { [input.entityId]: { missing: missing.map((relation) => relation.id) } } },
    );
  }
  for (const row of now) {
    const statement = unlinkByIds[String(row.type)] as Parameters<TransactionRunner['run']>[0];
    await tx.run(statement, { rows: [{ from: String(row.fromId), to: String(row.toId), relId: String(row.id) }] });
  }
  await tx.run(deleteBareEntity, { id: input.entityId });
  if (input.citation) await tx.run(deleteCitation, { id: input.citation.id });
}

/** Writes the relations an added entity brings (a meeting's body, a case's meeting), as the seed writes relations. */
async function writeAddedRelations(
  tx: TransactionRunner,
  input: AddEntityInput,
  citationIds: string[],
  marks: Record<string, unknown>,
): Promise<void> {
  for (const relation of input.relations ?? []) {
    const written = relationWriteRow(
      {
        ...relation,
        as: null,
        start: null,
        end: null,
        validFrom: input.validFrom ?? null,
        validTo: input.validTo ?? null,
        citationIds,
        attendance: null,
      },
      marks,
    );
    await tx.run(upsertRelations[relation.type], { rows: [written] });
  }
}

const addEntity: EditApplier = {
  targets: (edit) => [(edit.input as unknown as AddEntityInput).entityId],
  async apply(tx, edit) {
    const input = edit.input as unknown as AddEntityInput;
    await checkNewEntity(tx, input);
    await requireEntities(
      tx,
      (input.relations ?? []).map((relation) => relation.toId),
    );
    await writeCitation(tx, input.citation);
    const { citationIds, marks } = sourceMarks(edit, input.citation);
    const row = entityWriteRow(
      {
        id: input.entityId,
        kind: input.kind,
        name: input.name,
        aliases: input.aliases,
        citationIds,
        props: input.props,
        dates: input.dates,
      },
      marks,
    );
    await tx.run(upsertEntities[input.kind], { rows: [row] });
    await writeAddedRelations(tx, input, citationIds, marks);
    return { undo: { entityId: input.entityId }, mismatches: [] };
  },
  async undo(tx, edit) {
    const input = edit.input as unknown as AddEntityInput;
    await removeAdded(tx, input, input.relations ?? []);
  },
};

// ---- ADD_GRANT ----

/** One relation a new grant makes (GRANTED_BY, GRANTED_TO, ALLOCATED_FROM), its id as the seed makes it. */
export interface GrantRelation {
  id: string;
  type: RelationTypeValue;
  fromId: string;
  toId: string;
}

export interface AddGrantInput extends AddEntityInput {
  relations: GrantRelation[];
  /** The period the source speaks for (the document's, or the day of a staff note), as the seed dates relations. */
  validFrom: string | null;
  validTo: string | null;
}

/** addGrant's input (GrantInput). */
export interface GrantArgument {
  name: string;
  amountNok?: number | null;
  year?: number | null;
  purpose?: string | null;
  funder?: string | null;
  recipients?: readonly string[] | null;
  partOf?: string | null;
}

const kindsWord = (kinds: readonly EntityKindValue[]) => `a ${kinds.join('/')}`;
const kroner = (amount: number) => `${amount.toLocaleString('nb-NO').replace(/\s/g, ' ')} kr`;

/** Checks a new grant and its relations as strictly as the seed (kinds of the ends, the grant tree). */
export async function addGrantProposal(
  context: ProposalContext,
  raw: GrantArgument,
  source: SourceArgument,
): Promise<Proposal> {
  const name = editText('name', raw.name);
  const amount = raw.amountNok ?? null;
  if (amount !== null && !(Number.isSafeInteger(amount) && amount > 0)) {
    throw new InputError('"amountNok" must be a whole number of kroner, more than 0.', 'amountNok');
  }
  const year = raw.year ?? null;
  if (year !== null && !(Number.isInteger(year) && year >= 1900 && year <= 2100)) {
    throw new InputError('"year" must be a year from 1900 to 2100.', 'year');
  }
  const purpose = longText('purpose', raw.purpose);
  const funder = raw.funder
    ? await context.entityOfKind(
        'funder',
        raw.funder,
        RELATION_ENDS.GRANTED_BY.to,
        kindsWord(RELATION_ENDS.GRANTED_BY.to),
      )
    : null;
  const recipients: EntityRow[] = [];
  for (const id of [...new Set(raw.recipients ?? [])]) {
    recipients.push(
      await context.entityOfKind('recipients', id, RELATION_ENDS.GRANTED_TO.to, kindsWord(RELATION_ENDS.GRANTED_TO.to)),
    );
  }
  const parent = raw.partOf
    ? await context.entityOfKind('partOf', raw.partOf, RELATION_ENDS.ALLOCATED_FROM.to, 'a grant')
    : null;
  await checkNamesFree(context, 'GRANT', [name], null, 'name');
  const grantId = await newEntityId(context, 'GRANT', name);
  if (parent) await checkGrantTree(context, { id: grantId, parentId: parent.id, amountNok: amount }, parent);
  const document = await sourceDocument(context, source);
  const day = context.now().toISOString().slice(0, 10);
  const covers = document
    ? { start: document.coversStart ?? document.date ?? day, end: document.coversEnd ?? document.date ?? day }
    : { start: day, end: day };
  const { validFrom, validTo } = knownPeriod({}, covers);
  const ends: [RelationTypeValue, string][] = [
    ...(funder ? [['GRANTED_BY', funder.id] as [RelationTypeValue, string]] : []),
    ...recipients.map((recipient): [RelationTypeValue, string] => ['GRANTED_TO', recipient.id]),
    ...(parent ? [['ALLOCATED_FROM', parent.id] as [RelationTypeValue, string]] : []),
  ];
  const relations = ends.map(([type, toId]) => ({
    id: relationSeedId(type, grantId, toId),
    type,
    fromId: grantId,
    toId,
  }));
  const props: Record<string, string | number> = {
    ...(amount === null ? {} : { amountNok: amount }),
    ...(year === null ? {} : { year }),
    ...(purpose === null ? {} : { purpose }),
  };
  const summary = [
    `Nytt tilskudd: ${name}`,
    amount === null ? '' : `, ${kroner(amount)}`,
    funder ? ` fra ${funder.name}` : '',
    recipients.length > 0 ? ` til ${recipients.map((recipient) => recipient.name).join(', ')}` : '',
    parent ? ` (del av ${parent.name})` : '',
  ].join('');
  return {
    kind: 'ADD_GRANT',
    summary,
    reason: null,
    entityIds: [
      grantId,
      ...(funder ? [funder.id] : []),
      ...recipients.map((recipient) => recipient.id),
      ...(parent ? [parent.id] : []),
      ...relations.map((relation) => relation.id),
    ],
    input: ({ citation }) =>
      ({
        entityId: grantId,
        kind: 'GRANT',
        name,
        aliases: [],
        props: props as Record<string, string>,
        dates: {},
        relations,
        validFrom,
        validTo,
        citation,
      }) satisfies AddGrantInput as unknown as Record<string, unknown>,
    changes: [
      ...changed(grantId, 'name', name),
      ...changed(grantId, 'amountNok', amount),
      ...changed(grantId, 'year', year),
      ...changed(grantId, 'purpose', purpose),
      ...changed(grantId, 'funder', funder?.id ?? null),
      ...changed(grantId, 'recipients', recipients.map((recipient) => recipient.id).join(', ')),
      ...changed(grantId, 'partOf', parent?.id ?? null),
    ],
    base: {},
  };
}

/** The problems of the grant tree's rules (domain/grants.ts) that the new grant would bring. */
async function grantTreeAdds(
  run: Run,
  grant: { id: string; parentId: string; amountNok: number | null },
  parent: { id: string; partsNote?: string | null },
): Promise<string[]> {
  const tree = (await run(grantTree)).map((row) => ({
    id: String(row.id),
    parentId: row.parentId === null || row.parentId === undefined ? null : String(row.parentId),
    amountNok: row.amountNok === null || row.amountNok === undefined ? null : Number(row.amountNok),
    partsNote: String(row.id) === parent.id ? (parent.partsNote ?? null) : null,
  }));
  const links = (grants: typeof tree) =>
    grants.flatMap((g) => (g.parentId === null ? [] : [{ fromId: g.id, toId: g.parentId }]));
  const before = new Set(grantTreeProblems(tree, links(tree)));
  const after = [...tree, { ...grant, partsNote: null }];
  return grantTreeProblems(after, links(after)).filter((problem) => !before.has(problem));
}

/** The grant tree's rules with the new grant in it, on proposal: a problem it brings is BAD_USER_INPUT. */
async function checkGrantTree(
  context: ProposalContext,
  grant: { id: string; parentId: string; amountNok: number | null },
  parent: EntityRow,
): Promise<void> {
  const added = await grantTreeAdds(context.read, grant, parent);
  if (added.length > 0) throw new InputError(`The grant tree would not hold: ${added.join('; ')}.`, 'partOf');
}

const addGrant: EditApplier = {
  targets: (edit) => [(edit.input as unknown as AddGrantInput).entityId],
  async apply(tx, edit) {
    const input = edit.input as unknown as AddGrantInput;
    await checkNewEntity(tx, input);
    await requireEntities(
      tx,
      input.relations.map((relation) => relation.toId),
    );
    const parents = input.relations.filter((relation) => relation.type === 'ALLOCATED_FROM');
    if (parents.length > 0) {
      const rows = await tx.run(entitiesById, { ids: parents.map((relation) => relation.toId) });
      if (rows.some((row) => (row.entity as Row).kind !== 'GRANT')) {
        throw new Unappliable(`${parents.map((relation) => relation.toId).join(', ')} is no longer a grant`);
      }
      // Parts approved since this was proposed count too: together they may now be more than the whole.
      const amountNok = input.props.amountNok === undefined ? null : Number(input.props.amountNok);
      for (const row of rows) {
        const parent = toEntityRow(row.entity as Row);
        const added = await grantTreeAdds(
          tx.run.bind(tx),
          { id: input.entityId, parentId: parent.id, amountNok },
          parent,
        );
        if (added.length > 0) throw new Unappliable(`the grant tree would not hold: ${added.join('; ')}`);
      }
    }
    await writeCitation(tx, input.citation);
    const { citationIds, marks } = sourceMarks(edit, input.citation);
    const row = entityWriteRow(
      { id: input.entityId, kind: 'GRANT', name: input.name, aliases: [], citationIds, props: input.props, dates: {} },
      marks,
    );
    await tx.run(upsertEntities.GRANT, { rows: [row] });
    for (const relation of input.relations) {
      const written = relationWriteRow(
        {
          ...relation,
          as: null,
          start: null,
          end: null,
          validFrom: input.validFrom,
          validTo: input.validTo,
          citationIds,
          attendance: null,
        },
        marks,
      );
      await tx.run(upsertRelations[relation.type], { rows: [written] });
    }
    return { undo: { entityId: input.entityId }, mismatches: [] };
  },
  async undo(tx, edit) {
    const input = edit.input as unknown as AddGrantInput;
    await removeAdded(tx, input, input.relations);
  },
};

// ---- CORRECT_NAME ----

export interface CorrectNameInput {
  entityId: string;
  /** The new name; null: the name stays. */
  name: string | null;
  addAliases: string[];
  removeAliases: string[];
  /** What it was proposed on (a replay reports where the graph says otherwise). */
  before: { name: string; aliases: string[] };
  citation: CitationInput | null;
}

interface CorrectNameUndo {
  name: string;
  aliases: string[];
  /** The entity's version as the correction left it: a revert meets the entity as it left it, or refuses. */
  version: number;
}

/** correctName's arguments. */
export interface NameArgument {
  entity: string;
  name?: string | null;
  addAliases?: readonly string[] | null;
  removeAliases?: readonly string[] | null;
  source: SourceArgument;
  version?: number | null;
}

/** The spellings after a correction: the replaced name becomes an alias; added ones in, removed ones out. */
export function correctedSpellings(
  current: { name: string; aliases: readonly string[] },
  change: { name: string | null; addAliases: readonly string[]; removeAliases: readonly string[] },
): { name: string; aliases: string[] } {
  const name = change.name ?? current.name;
  const kept = name === current.name ? [] : [current.name];
  const aliases = [...new Set([...current.aliases, ...kept, ...change.addAliases])]
    .filter((alias) => alias !== name && !change.removeAliases.includes(alias))
    .sort();
  return { name, aliases };
}

/** Checks a corrected name and aliases: the entity's version, what it has, and no clash with another of its kind. */
export async function correctNameProposal(context: ProposalContext, args: NameArgument): Promise<Proposal> {
  const entity = await context.entityOfKind('entity', args.entity, NAMED_KINDS, 'an entity other than a document');
  if (args.version !== null && args.version !== undefined && args.version !== entity.version) {
    throw new EditRefusal(
      'CONFLICT',
      `${entity.name} has changed since you read it (version ${args.version}, now ${entity.version}): reload and try again.`,
      { current: { [entity.id]: { version: entity.version, name: entity.name, aliases: entity.aliases } } },
    );
  }
  const name = args.name === null || args.name === undefined ? null : editText('name', args.name);
  const renamed = name !== null && name !== entity.name ? name : null;
  const addAliases = spellings('addAliases', args.addAliases, renamed ?? entity.name).filter(
    (alias) => !entity.aliases.includes(alias) && alias !== entity.name,
  );
  const removeAliases = [...new Set((args.removeAliases ?? []).map((alias) => foldWhitespace(alias)))];
  for (const alias of removeAliases) {
    if (!entity.aliases.includes(alias)) {
      throw new InputError(
        `${entity.name} has no alias "${alias}"${alias === entity.name ? ' (it is the name: give a new name instead)' : ''}.`,
        'removeAliases',
      );
    }
  }
  if (renamed !== null && removeAliases.includes(renamed)) {
    throw new InputError(`"${renamed}" cannot be the new name and be taken away.`, 'removeAliases');
  }
  const after = correctedSpellings(entity, { name: renamed, addAliases, removeAliases });
  if (renamed === null && after.aliases.join('\n') === entity.aliases.join('\n')) {
    throw new InputError('Nothing to change: give a new name, aliases to add, or aliases to take away.', 'name');
  }
  await spellingsInDocument(context, await sourceDocument(context, args.source), addAliases, 'addAliases');
  await checkNamesFree(context, entity.kind, [...(renamed ? [renamed] : []), ...addAliases], entity.id, 'name');
  const changes: EditChangeValue[] = [
    ...(renamed ? [{ target: entity.id, field: 'name', before: entity.name, after: renamed }] : []),
    ...(after.aliases.join(', ') === entity.aliases.join(', ')
      ? []
      : [
          {
            target: entity.id,
            field: 'aliases',
            before: entity.aliases.join(', ') || null,
            after: after.aliases.join(', ') || null,
          },
        ]),
  ];
  const aliasNote = [...addAliases.map((alias) => `+${alias}`), ...removeAliases.map((alias) => `−${alias}`)].join(
    ', ',
  );
  return {
    kind: 'CORRECT_NAME',
    summary: renamed
      ? `Navn rettet: ${entity.name} → ${renamed}${aliasNote ? ` (${aliasNote})` : ''}`
      : `Skrivemåter rettet: ${entity.name} (${aliasNote})`,
    reason: null,
    entityIds: [entity.id],
    input: ({ citation }) =>
      ({
        entityId: entity.id,
        name: renamed,
        addAliases,
        removeAliases,
        before: { name: entity.name, aliases: entity.aliases },
        citation,
      }) satisfies CorrectNameInput as unknown as Record<string, unknown>,
    changes,
    base: { [entity.id]: entity.version },
  };
}

async function currentEntity(tx: TransactionRunner, id: string): Promise<EntityRow | null> {
  const [row] = await tx.run(entitiesById, { ids: [id] });
  return row ? toEntityRow(row.entity as Row) : null;
}

const correctName: EditApplier = {
  targets: (edit) => [(edit.input as unknown as CorrectNameInput).entityId],
  async apply(tx, edit) {
    const input = edit.input as unknown as CorrectNameInput;
    const entity = await currentEntity(tx, input.entityId);
    if (!entity) throw new Unappliable(`${input.entityId} is no longer in the graph`);
    if (input.citation) await requireEntities(tx, [input.citation.documentId]);
    await requireNamesFree(tx, entity.kind, [...(input.name ? [input.name] : []), ...input.addAliases], entity.id);
    const mismatches: string[] = [];
    if (entity.name !== input.before.name) {
      mismatches.push(`${entity.id}: the name is "${entity.name}" now, "${input.before.name}" when proposed`);
    }
    const missing = input.removeAliases.filter((alias) => !entity.aliases.includes(alias));
    if (missing.length > 0) mismatches.push(`${entity.id}: no alias ${missing.join(', ')} to take away now`);
    const after = correctedSpellings(entity, input);
    const version = entity.version + 1;
    await writeCitation(tx, input.citation);
    await tx.run(setEntityProperties, {
      id: entity.id,
      props: {
        name: after.name,
        aliases: after.aliases,
        ...searchProperties(after.name, after.aliases),
        version,
        editIds: union(entity.editIds, [edit.id]),
        ...(input.citation
          ? { citationIds: union(entity.citationIds, [input.citation.id]) }
          : { noteEditIds: union(entity.noteEditIds, [edit.id]) }),
      },
    });
    const undo: CorrectNameUndo = { name: entity.name, aliases: entity.aliases, version };
    return { undo, mismatches };
  },
  async undo(tx, edit, revert) {
    const input = edit.input as unknown as CorrectNameInput;
    const undo = edit.undo as CorrectNameUndo;
    const entity = await currentEntity(tx, input.entityId);
    if (!entity) throw new Unappliable(`${input.entityId} is no longer in the graph`);
    if (entity.version !== undo.version) {
      throw new EditRefusal(
        'CONFLICT',
        `${entity.name} has changed since this correction: revert the later changes first.`,
        { current: { [entity.id]: { version: entity.version, name: entity.name, aliases: entity.aliases } } },
      );
    }
    const notes = entity.noteEditIds.filter((id) => id !== edit.id);
    await tx.run(setEntityProperties, {
      id: entity.id,
      props: {
        name: undo.name,
        aliases: undo.aliases,
        ...searchProperties(undo.name, undo.aliases),
        version: entity.version + 1,
        editIds: union(entity.editIds, [revert.id]),
        citationIds: entity.citationIds.filter((id) => id !== input.citation?.id),
        // A list emptied is taken away, as an entity no note ever touched has none.
        noteEditIds: notes.length > 0 ? notes : null,
      },
    });
    if (input.citation) await tx.run(deleteCitation, { id: input.citation.id });
  },
};

/** The appliers of this module, found by applierOf (data/edit-apply.ts). */
export const ENTITY_APPLIERS = { ADD_ENTITY: addEntity, ADD_GRANT: addGrant, CORRECT_NAME: correctName };

/**
 * Before approval an added person, entity or grant exists only in its edit (Edit.entities shows it from the input):
 * its row as it will be written, or null when the edit adds no entity of that id.
 */
export function proposedEntity(edit: EditRow, id: string): EntityRow | null {
  if (edit.kind !== 'ADD_PERSON' && edit.kind !== 'ADD_ENTITY' && edit.kind !== 'ADD_GRANT') return null;
  const input = edit.input as {
    personId?: string;
    entityId?: string;
    kind?: EntityKindValue;
    name?: string;
    aliases?: string[];
    props?: Record<string, string | number>;
    dates?: Record<string, string>;
  };
  if ((input.entityId ?? input.personId) !== id) return null;
  return {
    nodeType: 'Entity',
    id,
    kind: input.kind ?? 'PERSON',
    name: String(input.name),
    aliases: input.aliases ?? [],
    citationIds: [],
    version: 0,
    editIds: [],
    noteEditIds: [],
    ...(input.props ?? {}),
    ...(input.dates ?? {}),
  } as EntityRow;
}
