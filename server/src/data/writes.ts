import { foldName, searchProperties, titleText } from '../domain/names.js';
import type { EntityKindValue } from '../domain/vocabulary.js';

// The rows the seed statements (cypher/seed.ts) take, built in one place: the seed loader (seed/load.ts) writes
// the plan with them, and the edit engine (data/edit-apply.ts) writes what an approved edit adds the same way, so
// that a fact from an edit is stored exactly as a seeded one.

type Scalar = string | number | boolean;

/** One statement of a role or a listing: its citation (or, for a staff note, the edit) and its period. */
export interface ObservationFacts {
  citationId: string;
  documentId: string;
  from: string;
  to: string;
  title: string;
}

export interface EntityFacts {
  id: string;
  kind: EntityKindValue;
  name: string;
  aliases: string[];
  citationIds: string[];
  props: Record<string, Scalar>;
  dates: { start?: string; end?: string; date?: string; coversStart?: string; coversEnd?: string };
}

export interface PostFacts {
  id: string;
  title: string;
  organizationId: string | null;
  onBehalfOfId: string | null;
  singleSeat: boolean;
  listings: ObservationFacts[];
}

export interface RoleFacts {
  id: string;
  personId: string;
  postId: string;
  title: string;
  start: string | null;
  end: string | null;
  validFrom: string;
  validTo: string;
  endedOn: string | null;
  firstObserved: string;
  lastObserved: string;
  periodStated: boolean;
  share: number | null;
  duty: boolean;
  citationIds: string[];
  observations: ObservationFacts[];
}

/** What edits add to a stored fact: its version, the edits that wrote it, the staff notes it rests on. */
export interface EditMarks {
  version?: number;
  editIds?: string[];
  noteEditIds?: string[];
}

/**
 * Observations as parallel lists of strings (graph properties cannot hold maps): `<prefix>CitationIds`,
 * `<prefix>From`, `<prefix>To`, `<prefix>Titles`; data/mapping.ts `observationsOf` reads them back.
 */
export function observationLists(prefix: string, observations: ObservationFacts[]): Record<string, string[]> {
  return {
    [`${prefix}CitationIds`]: observations.map((o) => o.citationId),
    [`${prefix}From`]: observations.map((o) => o.from),
    [`${prefix}To`]: observations.map((o) => o.to),
    [`${prefix}Titles`]: observations.map((o) => o.title),
  };
}

/** Edit marks as stored properties: absent ones are left out, so the seed's own rows stay as they were. */
function marks(extra: EditMarks): Record<string, unknown> {
  return Object.fromEntries(Object.entries(extra).filter(([, value]) => value !== undefined));
}

/** The row of upsertEntities[kind]. */
export function entityWriteRow(entity: EntityFacts, extra: EditMarks = {}) {
  return {
    id: entity.id,
    props: {
      ...entity.props,
      id: entity.id,
      kind: entity.kind,
      name: entity.name,
      aliases: entity.aliases,
      ...searchProperties(entity.name, entity.aliases),
      citationIds: entity.citationIds,
      ...marks(extra),
    },
    start: entity.dates.start ?? null,
    end: entity.dates.end ?? null,
    date: entity.dates.date ?? null,
    coversStart: entity.dates.coversStart ?? null,
    coversEnd: entity.dates.coversEnd ?? null,
  };
}

/** The row of upsertPosts. */
export function postWriteRow(post: PostFacts, extra: EditMarks = {}) {
  return {
    id: post.id,
    props: {
      id: post.id,
      title: post.title,
      titleKey: foldName(post.title),
      organizationId: post.organizationId,
      onBehalfOfId: post.onBehalfOfId,
      singleSeat: post.singleSeat,
      ...observationLists('listing', post.listings),
      ...marks(extra),
    },
  };
}

/**
 * The row of upsertRoles. `notes` are the observations a staff note makes (their citationId is the edit's id):
 * kept beside the cited ones as `noteEditIds`, `notedFrom`, `notedTo`, `notedTitles`.
 */
export function roleWriteRow(role: RoleFacts, extra: EditMarks = {}, notes: ObservationFacts[] = []) {
  const noted = observationLists('noted', notes);
  return {
    id: role.id,
    personId: role.personId,
    postId: role.postId,
    props: {
      id: role.id,
      postId: role.postId,
      title: role.title,
      titleKey: foldName(role.title),
      titleText: titleText(role.title),
      share: role.share,
      periodStated: role.periodStated,
      duty: role.duty,
      citationIds: role.citationIds,
      ...observationLists('observed', role.observations),
      ...(notes.length > 0
        ? { notedFrom: noted.notedFrom, notedTo: noted.notedTo, notedTitles: noted.notedTitles }
        : {}),
      ...marks({ ...extra, ...(notes.length > 0 ? { noteEditIds: noted.notedCitationIds } : {}) }),
    },
    start: role.start,
    end: role.end,
    validFrom: role.validFrom,
    validTo: role.validTo,
    endedOn: role.endedOn,
    firstObserved: role.firstObserved,
    lastObserved: role.lastObserved,
  };
}

export interface RelationFacts {
  id: string;
  fromId: string;
  toId: string;
  as: string | null;
  start: string | null;
  end: string | null;
  validFrom: string | null;
  validTo: string | null;
  citationIds: string[];
  attendance: string | null;
}

/** The row of upsertRelations[type]. */
export function relationWriteRow(relation: RelationFacts, extra: EditMarks = {}) {
  return {
    id: relation.id,
    fromId: relation.fromId,
    toId: relation.toId,
    props: {
      id: relation.id,
      qualifier: relation.as,
      citationIds: relation.citationIds,
      attendance: relation.attendance,
      ...marks(extra),
    },
    start: relation.start,
    end: relation.end,
    validFrom: relation.validFrom,
    validTo: relation.validTo,
  };
}
