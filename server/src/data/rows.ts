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
} & { [F in keyof EntityFieldValues]?: EntityFieldValues[F] | null };

export interface RoleRow {
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
  periodStated: boolean;
  citationIds: string[];
}

export interface RelationRow {
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

export type NodeRow = EntityRow | RoleRow | RelationRow;

export interface SearchHitRow {
  entity: EntityRow;
  score: number;
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
}

export interface FundingTotalRow {
  entityId: string | null;
  year: number | null;
  totalNok: number;
  grants: number;
  grantsWithoutAmount: number;
}

export interface FundingReportRow {
  groupBy: 'FUNDER' | 'RECIPIENT' | 'PROJECT' | 'YEAR';
  rows: FundingTotalRow[];
  totalNok: number;
  grants: number;
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
}
