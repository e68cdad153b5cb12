import type { EditKindValue } from '../domain/edits.js';
// Plain row types that the data layer returns and the resolvers receive (codegen mappers: a type X of the
// schema receives XRow when this file exports one; every entity type receives EntityRow).
// They mirror what is stored, not the GraphQL shape: relationships are resolved lazily by id.

import type { AttendanceStatusValue } from '../domain/attendance.js';
import type { LinkRow as FoldedLink } from '../domain/links.js';
import type { EntityFieldValues, EntityKindValue, RelationTypeValue } from '../domain/vocabulary.js';

/** A link of the network view (fact relationship, or a role folded into one). */
export type LinkRow = FoldedLink;

/** An entity: the fields every entity has, and the own fields of every kind (null where a kind has none). */
export type EntityRow = {
  nodeType: 'Entity';
  id: string;
  kind: EntityKindValue;
  name: string;
  aliases: string[];
  citationIds: string[];
} & EditMarksRow & { [F in keyof EntityFieldValues]?: EntityFieldValues[F] | null };

/** What edits add to a stored fact (docs/edits.md): its version, the edits that wrote it, its staff notes. */
export interface EditMarksRow {
  /** 0 for a fact no edit has written. */
  version: number;
  editIds: string[];
  /** The approved edits whose staff note the fact rests on. */
  noteEditIds: string[];
}

export interface RoleRow extends EditMarksRow {
  nodeType: 'Role';
  id: string;
  title: string;
  personId: string;
  heldInId: string | null;
  heldInKind: EntityKindValue | null;
  onBehalfOfId: string | null;
  onBehalfOfKind: EntityKindValue | null;
  start: string | null;
  end: string | null;
  share: number | null;
  validFrom: string | null;
  validTo: string | null;
  endedOn: string | null;
  firstObserved: string | null;
  lastObserved: string | null;
  periodStated: boolean;
  duty: boolean;
  postId: string;
  citationIds: string[];
  observations: ObservationRow[];
}

/** One statement of a fact: its citation and the day or period it speaks for. */
export interface ObservationRow {
  citationId: string;
  from: string | null;
  to: string | null;
  title: string | null;
}

export interface PostRow {
  nodeType: 'Post';
  id: string;
  title: string;
  organizationId: string | null;
  onBehalfOfId: string | null;
  singleSeat: boolean;
  listings: ObservationRow[];
}

export interface RelationRow extends EditMarksRow {
  nodeType: 'Relation';
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
  /** ATTENDED only: the typed attendance status. */
  attendance: AttendanceStatusValue | null;
}

/** One person's typed attendance at a meeting (an ATTENDED relation seen from the meeting). */
export interface AttendanceRow {
  relationId: string;
  personId: string;
  status: AttendanceStatusValue;
  asWritten: string | null;
  citationIds: string[];
}

export interface CitationRow {
  id: string;
  documentId: string;
  quote: string;
  offset: number | null;
  reading: string | null;
}

export type NodeRow = EntityRow | RoleRow | RelationRow | PostRow | EditRow;

/** One value an edit sets, before and after (as text). */
export interface EditChangeValue {
  target: string;
  field: string;
  before: string | null;
  after: string | null;
}

/** An edit as stored (docs/edits.md, "The edit record"), its JSON properties parsed. */
export interface EditRow {
  nodeType: 'Edit';
  id: string;
  kind: EditKindValue;
  status: 'PROPOSED' | 'APPROVED' | 'REJECTED' | 'REVERTED';
  summary: string;
  authorId: string;
  createdAt: string;
  reviewerId: string | null;
  reviewedAt: string | null;
  reviewReason: string | null;
  /** Rejected because this edit, which it rests on, was rejected (no reviewer judged it itself). */
  rejectedBecause: string | null;
  selfApproved: boolean;
  reason: string | null;
  documentId: string | null;
  quote: string | null;
  note: string | null;
  entityIds: string[];
  input: Record<string, unknown>;
  changes: EditChangeValue[];
  base: Record<string, number>;
  undo: unknown;
  seq: number | null;
  revertOf: string | null;
  revertedBy: string | null;
}

/** A staff note is the approved edit that registered it. */
export type StaffNoteRow = EditRow;

export interface EditConnectionRow {
  edges: { node: EditRow; cursor: string }[];
  hasNextPage: boolean;
  totalCount: number;
}

export interface SearchHitRow {
  entity: EntityRow;
  score: number;
  matchedBy: 'NAME' | 'SEAT' | 'SPELLING';
  /** For a hit by seat: the seat whose title the query named. */
  seat?: RoleRow;
}

export interface EntityEdgeRow {
  node: EntityRow;
  cursor: string;
}

export interface EntityConnectionRow {
  edges: EntityEdgeRow[];
  hasNextPage: boolean;
  totalCount: number;
}

export interface SubgraphRow {
  nodeIds: string[];
  links: LinkRow[];
  truncated: boolean;
}

export interface PathRow {
  entityIds: string[];
  links: LinkRow[];
}

export interface RepresentationCellRow {
  municipalityId: string;
  bodyId: string | null;
  roles: RoleRow[];
}

export interface RepresentationMatrixRow {
  asOf: string | null;
  municipalityIds: string[];
  bodyIds: string[];
  cells: RepresentationCellRow[];
  totalMunicipalities: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface FundingTotalRow {
  entityId: string | null;
  year: number | null;
  /** null when none of the group's counted grants states an amount. */
  totalNok: number | null;
  grants: number;
  grantsWithoutAmount: number;
}

export interface FundingReportRow {
  groupBy: 'FUNDER' | 'RECIPIENT' | 'PROJECT' | 'YEAR';
  level: 'TOP' | 'DETAILED';
  rows: FundingTotalRow[];
  totalNok: number | null;
  grants: number;
  countedGrants: number;
  grantsWithoutAmount: number;
  /** Ids of the grants replaced by parts that add up to more than they do. */
  exceededByParts: string[];
}

export interface RoleCountRow {
  entityId: string;
  roles: number;
  people: number;
}

export interface CollaborationRow {
  universityId: string;
  municipalityId: string;
  projectIds: string[];
}

export interface ChangeRow {
  kind: 'CAME' | 'LEFT' | 'CHANGED';
  personId: string;
  placeId: string | null;
  onBehalfOfId: string | null;
  before: RoleRow[];
  after: RoleRow[];
}

export interface ChangesReportRow {
  from: string;
  to: string;
  changes: ChangeRow[];
}

export interface SharedNeighbourRow {
  entityId: string;
  viaA: LinkRow[];
  viaB: LinkRow[];
}

export interface CommonGroundRow {
  aId: string;
  bId: string;
  shared: SharedNeighbourRow[];
}

export interface RoleConnectionRow {
  edges: { node: RoleRow; cursor: string }[];
  hasNextPage: boolean;
  totalCount: number;
}

export interface GrantConnectionRow {
  edges: { node: EntityRow; cursor: string }[];
  hasNextPage: boolean;
  totalCount: number;
  totalNok: number;
  level: 'TOP' | 'DETAILED';
}

/** Two entities that may be one (Query.mergeCandidates). */
export interface MergeCandidateRow {
  a: EntityRow;
  b: EntityRow;
  reason: 'SAME_SPELLING' | 'SAME_NAME_KEY' | 'INITIALS';
}

/** Why a name of a proposal may be a known entity (schema/proposals.graphql MatchReason). */
export type MatchReasonValue = 'SAME_NAME' | 'ALIAS' | 'INITIALS' | 'SPELLING' | 'JUDGED_SAME' | 'PENDING_NEW';

/** A known entity a name may be, with the reason and its weight (MatchCandidate: the entity by id). */
export interface MatchCandidateRow {
  id: string;
  reason: MatchReasonValue;
  score: number;
  /** For PENDING_NEW: the edit, waiting for review, that would add this person (it is in no graph yet). */
  pendingEdit?: string;
}

/** A person or body named in a proposal, as stored with it (ProposedEntity). */
export interface ProposedEntityRow {
  name: string;
  kind: EntityKindValue;
  /** The entity it is matched to; null: a new entity. */
  match: string | null;
  candidates: MatchCandidateRow[];
}

export type ProposalSlotValue = 'person' | 'organization' | 'onBehalfOf' | 'meeting';

/** One proposed fact read from an uploaded document (a (:Proposal) node, docs/ingest.md). */
export interface ProposalRow {
  id: string;
  documentId: string;
  seq: number;
  kind: 'ENTITY' | 'ROLE' | 'MEMBERSHIP' | 'ATTENDANCE' | 'MEETING' | 'CASE' | 'GRANT' | 'RELATION';
  status: 'OPEN' | 'ACCEPTED' | 'REJECTED';
  start: number;
  end: number;
  quote: string;
  summary: string;
  rule: string;
  confidence: number;
  person: ProposedEntityRow | null;
  organization: ProposedEntityRow | null;
  onBehalfOf: ProposedEntityRow | null;
  meeting: ProposedEntityRow | null;
  title: string | null;
  attendance: AttendanceStatusValue | null;
  date: string | null;
  amountNok: number | null;
  caseNumber: string | null;
  decision: string | null;
  effect: 'NEW_FACT' | 'OBSERVATION' | 'CONFLICT';
  restates: string | null;
  conflicts: string[];
  editIds: string[];
  /** Who picked a match or corrected it (matchProposal, editProposal): they may not approve its edits. */
  editedBy: string[];
}

/** A seat behind an answer, with its status on the answer's day (schema/ask.graphql AnswerSeat). */
export interface AnswerSeatRow {
  role: RoleRow;
  status: 'HELD' | 'LAST_CONFIRMED' | 'ENDED' | null;
}

/** The answer to a question (schema/ask.graphql, server/src/ask/): citations by id, resolved by the field. */
export interface AnswerRow {
  understood: boolean;
  interpretation: string;
  text: string;
  entities: EntityRow[];
  roles: RoleRow[];
  amountNok: number | null;
  count: number | null;
  date: string | null;
  yes: boolean | null;
  citationIds: string[];
  shape: string | null;
  language: 'NB' | 'EN';
  asOf: string | null;
  periodStart: string | null;
  seats: AnswerSeatRow[];
  /** The ids of the entities the question names: its subject, then the other. */
  aboutIds: string[];
}
