import type { Resolvers } from '../generated/graphql.js';
import { EntityConnection } from './connection.js';
import { Funder, Grant } from './funding.js';
import { Case, Meeting } from './meeting.js';
import { Municipality } from './municipality.js';
import { Link, networkQueries, Path, Subgraph } from './network.js';
import { Entity, Node } from './node.js';
import { Organization } from './organization.js';
import { Person, Role } from './person.js';
import { Project, University } from './project.js';
import { Query } from './query.js';
import { Relation } from './relation.js';
import { RepresentationCell, RepresentationMatrix, reportQueries } from './report.js';
import {
  Change,
  Collaboration,
  CommonGround,
  FundingTotal,
  GrantConnection,
  RoleConnection,
  RoleCount,
  reportsQueries,
  SharedNeighbour,
} from './reports.js';
import { DateScalar, LongScalar } from './scalars.js';
import { Citation, Document } from './source.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Long: LongScalar,
  Query: { ...Query, ...networkQueries, ...reportQueries, ...reportsQueries },
  FundingTotal,
  RoleCount,
  Collaboration,
  Change,
  CommonGround,
  SharedNeighbour,
  RoleConnection,
  GrantConnection,
  Link,
  Subgraph,
  Path,
  RepresentationMatrix,
  RepresentationCell,
  Node,
  Entity,
  EntityConnection,
  Municipality,
  Person,
  Role,
  Organization,
  Project,
  University,
  Funder,
  Grant,
  Meeting,
  Case,
  Document,
  Citation,
  Relation,
};
