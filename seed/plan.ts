import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ZodError } from 'zod';
import { resolveAttendance } from '../server/src/domain/attendance.js';
import { knownPeriod } from '../server/src/domain/dates.js';
import { grantTreeProblems } from '../server/src/domain/grants.js';
import { digest } from '../server/src/domain/ids.js';
import { foldWhitespace, personKey } from '../server/src/domain/names.js';
import { heldSpans, isSingleSeat, observedPeriod, postKey, postTitle } from '../server/src/domain/seats.js';
import type { EntityKindValue, RelationTypeValue } from '../server/src/domain/vocabulary.js';
import { RELATION_ENDS, ROLE_HELD_IN, ROLE_ON_BEHALF_OF } from '../server/src/domain/vocabulary.js';
import type { AttendanceStatus } from '../server/src/generated/enums.js';
import { type Decisions, decisionsSchema, type SeedDocument, type SeedFile, seedFileSchema } from './schema.js';
import { typedFactProblems } from './typed-facts.js';

// Turns the reviewed seed files into a plan of rows to write: every file validated, every quote found in
// its document, same-id records merged, derived ids computed. Nothing here touches the database.

type Scalar = string | number | boolean;

export interface PlannedCitation {
  id: string;
  documentId: string;
  quote: string;
  offset: number;
  /** Set when the fact citing it is an interpretation of the quote rather than what it says. */
  reading: string | null;
}

export interface PlannedEntity {
  id: string;
  kind: EntityKindValue;
  name: string;
  aliases: string[];
  citationIds: string[];
  /** Non-date scalar properties. */
  props: Record<string, Scalar>;
  /** Date properties (ISO strings), written as Cypher dates. */
  dates: { start?: string; end?: string; date?: string; coversStart?: string; coversEnd?: string };
  files: string[];
}

/** One statement of a role (or a listing of a post): one citation and the day or period it speaks for. */
export interface PlannedObservation {
  citationId: string;
  documentId: string;
  from: string;
  to: string;
  /** The title as this statement writes it. */
  title: string;
}

/** A seat: a title in a body (or a municipality's own office), on whose behalf. */
export interface PlannedPost {
  id: string;
  title: string;
  organizationId: string | null;
  onBehalfOfId: string | null;
  singleSeat: boolean;
  /** Statements that list every holder of the post. */
  listings: PlannedObservation[];
}

/** One person holding one post, however many documents state it. */
export interface PlannedRole {
  id: string;
  personId: string;
  postId: string;
  /** As written in the latest statement. */
  title: string;
  heldInId: string | null;
  onBehalfOfId: string | null;
  start: string | null;
  end: string | null;
  validFrom: string;
  validTo: string;
  endedOn: string | null;
  firstObserved: string;
  lastObserved: string;
  periodStated: boolean;
  share: number | null;
  /** A duty in a meeting's case, not a seat in the timeline. */
  duty: boolean;
  citationIds: string[];
  observations: PlannedObservation[];
}

export interface PlannedRelation {
  id: string;
  type: RelationTypeValue;
  fromId: string;
  toId: string;
  as: string | null;
  start: string | null;
  end: string | null;
  validFrom: string | null;
  validTo: string | null;
  citationIds: string[];
  /** ATTENDED only: the typed attendance (stated in the seed, or from the wording in `as`). */
  attendance: AttendanceStatus | null;
}

export interface SeedPlan {
  documents: SeedDocument[];
  entities: PlannedEntity[];
  citations: PlannedCitation[];
  posts: PlannedPost[];
  roles: PlannedRole[];
  relations: PlannedRelation[];
}

export class SeedError extends Error {
  constructor(readonly problems: string[]) {
    super(`The seed files have ${problems.length} problem(s):\n- ${problems.slice(0, 50).join('\n- ')}`);
  }
}

export interface SeedSources {
  /** Seed files: name → parsed YAML. */
  files: Map<string, unknown>;
  /** Source documents: file name → text. */
  texts: Map<string, string>;
  decisions: unknown;
}

/** Reads seed/data/*.yaml, seed/data/decisions.yaml and seed/sources/*.txt from `seedDir`. */
export function readSeedSources(seedDir: string): SeedSources {
  const dataDir = join(seedDir, 'data');
  const sourcesDir = join(seedDir, 'sources');
  const files = new Map<string, unknown>();
  let decisions: unknown = {};
  for (const name of readdirSync(dataDir).sort()) {
    if (!name.endsWith('.yaml')) continue;
    const parsed: unknown = parse(readFileSync(join(dataDir, name), 'utf8'), { schema: 'core' });
    if (name === 'decisions.yaml') decisions = parsed ?? {};
    else files.set(name, parsed);
  }
  const texts = new Map<string, string>();
  for (const name of readdirSync(sourcesDir).sort()) {
    if (name.endsWith('.txt')) texts.set(name, readFileSync(join(sourcesDir, name), 'utf8'));
  }
  return { files, texts, decisions };
}

function zodProblems(file: string, error: ZodError): string[] {
  return error.issues.map((issue) => `${file}: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
}

function quotesOf(quote: string | string[]): string[] {
  return typeof quote === 'string' ? [quote] : quote;
}

/** Builds the plan, or throws a SeedError listing every problem found (nothing is written then). */
export function planSeed(sources: SeedSources): SeedPlan {
  const problems: string[] = [];
  const parsedFiles: [string, SeedFile][] = [];
  for (const [name, raw] of sources.files) {
    const result = seedFileSchema.safeParse(raw);
    if (result.success) parsedFiles.push([name, result.data]);
    else problems.push(...zodProblems(name, result.error));
  }
  const decisionsResult = decisionsSchema.safeParse(sources.decisions);
  let decisions: Decisions = { distinctPersons: [], unlinked: [] };
  if (decisionsResult.success) decisions = decisionsResult.data;
  else problems.push(...zodProblems('decisions.yaml', decisionsResult.error));

  const foldedTexts = new Map<string, string>();
  for (const [name, text] of sources.texts) foldedTexts.set(name, foldWhitespace(text));

  const documents = new Map<string, SeedDocument>();
  const citations = new Map<string, PlannedCitation>();
  const entities = new Map<string, PlannedEntity>();
  const statuses = new Map<string, { value: string; asOf: string }[]>();
  const posts = new Map<string, PlannedPost>();
  const roles = new Map<string, PlannedRole>();
  const relations = new Map<string, PlannedRelation>();

  /** The post a statement names (made on first mention): its title, where, on whose behalf (own office: none). */
  const postOf = (title: string, organizationId: string | null, onBehalfOfId: string | null): PlannedPost => {
    const key = postKey(title, organizationId, onBehalfOfId);
    const id = `post:${digest(key)}`;
    const known = posts.get(id);
    if (known) return known;
    const post: PlannedPost = {
      id,
      title: postTitle(title),
      organizationId,
      onBehalfOfId: onBehalfOfId === organizationId ? null : onBehalfOfId,
      singleSeat: isSingleSeat(title),
      listings: [],
    };
    posts.set(id, post);
    return post;
  };

  const cite = (
    file: string,
    document: SeedDocument,
    where: string,
    quote: string | string[],
    reading: string | undefined,
  ): string[] => {
    const text = foldedTexts.get(document.file);
    const ids: string[] = [];
    for (const raw of quotesOf(quote)) {
      const folded = foldWhitespace(raw);
      const offset = text === undefined ? -1 : text.indexOf(folded);
      if (offset < 0) {
        problems.push(`${file}: ${where}: quote not found in ${document.file}: "${raw}"`);
        continue;
      }
      // A reading is part of the citation: the same quote read two ways is two citations.
      const id =
        reading === undefined ? `cite:${digest(document.id, folded)}` : `cite:${digest(document.id, folded, reading)}`;
      citations.set(id, { id, documentId: document.id, quote: folded, offset, reading: reading ?? null });
      ids.push(id);
    }
    return ids;
  };

  // Documents first: every other record cites one.
  for (const [file, seed] of parsedFiles) {
    const known = documents.get(seed.document.id);
    if (known && JSON.stringify(known) !== JSON.stringify(seed.document)) {
      problems.push(`${file}: document ${seed.document.id} differs from its block in another file`);
    }
    documents.set(seed.document.id, seed.document);
    if (!foldedTexts.has(seed.document.file)) {
      problems.push(`${file}: document file ${seed.document.file} is not in seed/sources/`);
    }
  }
  for (const document of documents.values()) {
    entities.set(document.id, {
      id: document.id,
      kind: 'DOCUMENT',
      name: document.title,
      aliases: [],
      citationIds: [],
      props: { type: document.type, file: document.file },
      dates: {
        ...(document.date ? { date: document.date } : {}),
        coversStart: document.covers.start,
        coversEnd: document.covers.end,
      },
      files: [],
    });
  }

  for (const [file, seed] of parsedFiles) {
    const document = seed.document;
    const text = foldedTexts.get(document.file) ?? '';
    for (const entity of seed.entities) {
      const where = `entity ${entity.id}`;
      const citationIds = cite(file, document, where, entity.quote, entity.reading);
      for (const alias of entity.aliases ?? []) {
        if (!text.includes(foldWhitespace(alias))) {
          problems.push(`${file}: ${where}: alias not found in ${document.file}: "${alias}"`);
        }
      }
      const { start, end, date, ...scalars } = entity.props ?? {};
      const props: Record<string, Scalar> = { ...scalars };
      if (entity.type !== undefined) props.type = entity.type;
      const dates = { ...(start ? { start } : {}), ...(end ? { end } : {}), ...(date ? { date } : {}) };
      const known = entities.get(entity.id);
      if (!known) {
        if (typeof props.status === 'string')
          statuses.set(entity.id, [{ value: props.status, asOf: document.covers.end }]);
        else statuses.set(entity.id, []);
        entities.set(entity.id, {
          id: entity.id,
          kind: entity.kind,
          name: entity.name,
          aliases: [...(entity.aliases ?? [])],
          citationIds,
          props,
          dates,
          files: [file],
        });
        continue;
      }
      if (known.kind !== entity.kind || known.name !== entity.name) {
        problems.push(
          `${file}: ${where} is "${entity.name}" (${entity.kind}) here but "${known.name}" (${known.kind}) in ${known.files.join(', ')}`,
        );
      }
      for (const [key, value] of Object.entries(props)) {
        if (key === 'status' && typeof value === 'string') {
          statuses.get(entity.id)?.push({ value, asOf: document.covers.end });
          continue;
        }
        if (key === 'description' && typeof value === 'string' && typeof known.props.description === 'string') {
          // Each document describes in its own words: keep every distinct description, in file order.
          const parts = known.props.description.split('\n');
          if (!parts.includes(value)) known.props.description = [...parts, value].join('\n');
          continue;
        }
        if (key in known.props && known.props[key] !== value) {
          problems.push(
            `${file}: ${where}: ${key} is "${value}" here but "${known.props[key]}" in ${known.files.join(', ')}`,
          );
        }
        known.props[key] = value;
      }
      for (const [key, value] of Object.entries(dates) as [keyof PlannedEntity['dates'], string][]) {
        if (known.dates[key] !== undefined && known.dates[key] !== value) {
          problems.push(`${file}: ${where}: ${key} is ${value} here but ${known.dates[key]} elsewhere`);
        }
        known.dates[key] = value;
      }
      known.aliases = [...new Set([...known.aliases, ...(entity.aliases ?? [])])];
      known.citationIds = [...new Set([...known.citationIds, ...citationIds])];
      known.files.push(file);
    }
  }
  for (const entity of entities.values()) {
    entity.aliases = entity.aliases.filter((alias) => alias !== entity.name).sort();
    // A status is true as of its source: when sources differ, keep each with its source's date, oldest first.
    const stated = statuses.get(entity.id) ?? [];
    const distinct = [...new Map(stated.map((status) => [status.value, status])).values()];
    if (distinct.length > 1) {
      entity.props.status = distinct
        .sort((a, b) => a.asOf.localeCompare(b.asOf))
        .map((status) => `${status.value} (${status.asOf})`)
        .join('; ');
    }
  }

  const kindOf = (id: string | undefined) => (id === undefined ? undefined : entities.get(id)?.kind);

  for (const [file, seed] of parsedFiles) {
    const document = seed.document;
    for (const role of seed.roles) {
      const where = `role "${role.title}" of ${role.person}`;
      if (kindOf(role.person) !== 'PERSON') problems.push(`${file}: ${where}: ${role.person} is not a declared PERSON`);
      if (role.in !== undefined && !ROLE_HELD_IN.includes(kindOf(role.in) as EntityKindValue)) {
        problems.push(`${file}: ${where}: in ${role.in} is not a declared ${ROLE_HELD_IN.join('/')}`);
      }
      if (role.onBehalfOf !== undefined && !ROLE_ON_BEHALF_OF.includes(kindOf(role.onBehalfOf) as EntityKindValue)) {
        problems.push(
          `${file}: ${where}: onBehalfOf ${role.onBehalfOf} is not a declared ${ROLE_ON_BEHALF_OF.join('/')}`,
        );
      }
      if (role.start !== undefined && role.end !== undefined && role.end < role.start) {
        problems.push(`${file}: ${where}: ends (${role.end}) before it starts (${role.start})`);
      }
      const post = postOf(role.post ?? role.title, role.in ?? null, role.onBehalfOf ?? null);
      // One person in one post is one role, however many statements of it the documents hold.
      const id = `role:${digest(role.person, post.id)}`;
      const citationIds = cite(file, document, where, role.quote, role.reading);
      const period = observedPeriod(role, document.covers);
      const observations = citationIds.map((citationId) => ({
        citationId,
        documentId: document.id,
        ...period,
        title: role.title,
      }));
      const known = roles.get(id);
      if (known) {
        known.citationIds = [...new Set([...known.citationIds, ...citationIds])];
        known.observations.push(...observations.filter((o) => !known.observations.some((k) => sameObservation(k, o))));
        if (role.start !== undefined && (known.start === null || role.start < known.start)) known.start = role.start;
        if (role.end !== undefined && (known.end === null || role.end > known.end)) known.end = role.end;
        known.periodStated ||= role.start !== undefined || role.end !== undefined;
        if (period.to >= known.lastObserved) {
          known.title = role.title;
          known.lastObserved = period.to;
          if (role.share !== undefined) known.share = role.share;
        } else if (known.share === null && role.share !== undefined) known.share = role.share;
        continue;
      }
      roles.set(id, {
        id,
        personId: role.person,
        postId: post.id,
        title: role.title,
        heldInId: post.organizationId,
        onBehalfOfId: post.onBehalfOfId,
        start: role.start ?? null,
        end: role.end ?? null,
        validFrom: period.from,
        validTo: period.to,
        endedOn: null,
        firstObserved: period.from,
        lastObserved: period.to,
        periodStated: role.start !== undefined || role.end !== undefined,
        share: role.share ?? null,
        duty: kindOf(role.in) === 'CASE',
        citationIds,
        observations,
      });
    }
    for (const listing of seed.listings) {
      const where = `listing of "${listing.title}" in ${listing.in}`;
      if (!ROLE_HELD_IN.includes(kindOf(listing.in) as EntityKindValue)) {
        problems.push(`${file}: ${where}: ${listing.in} is not a declared ${ROLE_HELD_IN.join('/')}`);
      }
      const post = postOf(listing.title, listing.in, listing.onBehalfOf ?? null);
      for (const citationId of cite(file, document, where, listing.quote, undefined)) {
        post.listings.push({
          citationId,
          documentId: document.id,
          ...observedPeriod({}, document.covers),
          title: listing.title,
        });
      }
    }
    for (const relation of seed.relations) {
      const where = `${relation.type} ${relation.from} → ${relation.to}`;
      const ends = RELATION_ENDS[relation.type];
      const fromKind = kindOf(relation.from);
      const toKind = kindOf(relation.to);
      if (!fromKind || !ends.from.includes(fromKind)) {
        problems.push(
          `${file}: ${where}: from must be a declared ${ends.from.join('/')} (is ${fromKind ?? 'undeclared'})`,
        );
      }
      if (!toKind || !ends.to.includes(toKind)) {
        problems.push(`${file}: ${where}: to must be a declared ${ends.to.join('/')} (is ${toKind ?? 'undeclared'})`);
      }
      const { periodStated: stated, ...period } = knownPeriod(relation, document.covers);
      // The same relation stated in several documents is one relation with every citation; without a stated
      // period it is known to hold from its first statement's period to its last.
      const id = `rel:${digest(relation.type, relation.from, relation.to, relation.as, relation.start, relation.end)}`;
      const citationIds = cite(file, document, where, relation.quote, relation.reading);
      let attendance: AttendanceStatus | null = null;
      if (relation.type === 'ATTENDED') {
        const typed = resolveAttendance(relation.as, relation.attendance, relation.reading !== undefined);
        if (typed.problem) problems.push(`${file}: ${where}: ${typed.problem}`);
        attendance = typed.status;
      } else if (relation.attendance !== undefined) {
        problems.push(`${file}: ${where}: attendance belongs on ATTENDED records only`);
      }
      const known = relations.get(id);
      if (known) {
        known.citationIds = [...new Set([...known.citationIds, ...citationIds])];
        if (!stated) {
          if (period.validFrom !== null && (known.validFrom === null || period.validFrom < known.validFrom))
            known.validFrom = period.validFrom;
          if (period.validTo !== null && (known.validTo === null || period.validTo > known.validTo))
            known.validTo = period.validTo;
        }
        continue;
      }
      relations.set(id, {
        id,
        type: relation.type,
        fromId: relation.from,
        toId: relation.to,
        as: relation.as ?? null,
        start: relation.start ?? null,
        end: relation.end ?? null,
        ...period,
        citationIds,
        attendance,
      });
    }
  }

  settleHolders(posts, roles);
  problems.push(...typedFactProblems([...entities.values()], [...relations.values()]));
  problems.push(...personCollisions([...entities.values()], decisions));
  problems.push(...grantTree([...entities.values()], [...relations.values()]));
  if (problems.length > 0) throw new SeedError(problems);
  return {
    documents: [...documents.values()],
    entities: [...entities.values()],
    citations: [...citations.values()],
    posts: [...posts.values()],
    roles: [...roles.values()].map((role) => ({ ...role, observations: role.observations.sort(byDay) })),
    relations: [...relations.values()],
  };
}

/** A role as a synthetic plan states it (benchmarks, test growth): once, in one document, for one period. */
export interface StatedOnce {
  id: string;
  personId: string;
  title: string;
  heldInId: string | null;
  onBehalfOfId: string | null;
  documentId: string;
  validFrom: string;
  validTo: string;
  /** A stated end (the role has ended the day after). */
  end?: string;
  citationIds: string[];
}

/** Turns roles stated once into planned roles and the posts they hold, with the as-of rules applied. */
export function plannedRoles(stated: StatedOnce[]): { posts: PlannedPost[]; roles: PlannedRole[] } {
  const posts = new Map<string, PlannedPost>();
  const roles = new Map<string, PlannedRole>();
  for (const role of stated) {
    const key = postKey(role.title, role.heldInId, role.onBehalfOfId);
    const postId = `post:${digest(key)}`;
    if (!posts.has(postId)) {
      posts.set(postId, {
        id: postId,
        title: postTitle(role.title),
        organizationId: role.heldInId,
        onBehalfOfId: role.onBehalfOfId === role.heldInId ? null : role.onBehalfOfId,
        singleSeat: isSingleSeat(role.title),
        listings: [],
      });
    }
    const observations = role.citationIds.map((citationId) => ({
      citationId,
      documentId: role.documentId,
      from: role.validFrom,
      to: role.validTo,
      title: role.title,
    }));
    roles.set(role.id, {
      id: role.id,
      personId: role.personId,
      postId,
      title: role.title,
      heldInId: role.heldInId,
      onBehalfOfId: role.onBehalfOfId === role.heldInId ? null : role.onBehalfOfId,
      start: null,
      end: role.end ?? null,
      validFrom: role.validFrom,
      validTo: role.validTo,
      endedOn: null,
      firstObserved: role.validFrom,
      lastObserved: role.validTo,
      periodStated: role.end !== undefined,
      share: null,
      duty: role.heldInId?.startsWith('case:') ?? false,
      citationIds: role.citationIds,
      observations,
    });
  }
  settleHolders(posts, roles);
  return { posts: [...posts.values()], roles: [...roles.values()] };
}

const byDay = (a: PlannedObservation, b: PlannedObservation) =>
  a.from.localeCompare(b.from) || a.to.localeCompare(b.to);

function sameObservation(a: PlannedObservation, b: PlannedObservation): boolean {
  return a.citationId === b.citationId && a.from === b.from && a.to === b.to;
}

/** Applies the as-of rules (domain/seats.ts) to every post's holders: when each role holds, and when it ended. */
function settleHolders(posts: Map<string, PlannedPost>, roles: Map<string, PlannedRole>): void {
  const holders = new Map<string, PlannedRole[]>();
  for (const role of roles.values()) holders.set(role.postId, [...(holders.get(role.postId) ?? []), role]);
  for (const [postId, list] of holders) {
    const post = posts.get(postId) as PlannedPost;
    const spans = heldSpans(list, post.singleSeat, post.listings);
    for (const role of list) Object.assign(role, spans.get(role.id));
  }
}

/**
 * One person, one node: two PERSON records whose names or aliases share a person key are very likely the
 * same person written twice. They must be merged, or recorded as distinct in decisions.yaml.
 */
export function personCollisions(entities: PlannedEntity[], decisions: Decisions): string[] {
  const distinct = new Set<string>();
  for (const decision of decisions.distinctPersons) {
    for (const a of decision.ids) for (const b of decision.ids) if (a !== b) distinct.add(`${a}|${b}`);
  }
  const owners = new Map<string, Set<string>>();
  for (const entity of entities) {
    if (entity.kind !== 'PERSON') continue;
    for (const spelling of [entity.name, ...entity.aliases]) {
      const key = personKey(spelling);
      if (key === '') continue;
      const set = owners.get(key) ?? new Set<string>();
      set.add(entity.id);
      owners.set(key, set);
    }
  }
  const problems: string[] = [];
  for (const [key, ids] of owners) {
    const list = [...ids].sort();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (!distinct.has(`${list[i]}|${list[j]}`)) {
          problems.push(
            `persons ${list[i]} and ${list[j]} share the name key "${key}": merge them, or record them as distinct in decisions.yaml`,
          );
        }
      }
    }
  }
  return problems;
}

/** The grant tree's rules (domain/grants.ts) over the planned grants and their ALLOCATED_FROM links. */
function grantTree(entities: PlannedEntity[], relations: PlannedRelation[]): string[] {
  const grants = entities
    .filter((entity) => entity.kind === 'GRANT')
    .map((grant) => ({
      id: grant.id,
      parentId: null,
      amountNok: typeof grant.props.amountNok === 'number' ? grant.props.amountNok : null,
      partsNote: typeof grant.props.partsNote === 'string' ? grant.props.partsNote : null,
    }));
  const links = relations.filter((relation) => relation.type === 'ALLOCATED_FROM');
  return grantTreeProblems(grants, links).map((problem) => `grant tree: ${problem}`);
}
