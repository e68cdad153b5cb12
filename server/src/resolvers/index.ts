import { GraphQLScalarType } from 'graphql';
import { EditRefusal } from '../domain/edits.js';
import { InputError } from '../domain/page.js';
import { badUserInput, refused } from '../errors.js';
import type { Resolvers } from '../generated/graphql.js';
import { Answer, askQueries } from './ask.js';
import { authMutations, authQueries } from './auth.js';
import { Change, changesQueries } from './changes.js';
import { Edit, EditConnection, editMutations, editQueries, StaffNote } from './edits.js';
import { Entity, EntityConnection, entityQueries, Node, Relation, SearchHit } from './entity.js';
import { Attendance, Event, Figure } from './facts.js';
import { Funder, FundingReport, FundingTotal, fundingQueries, Grant, GrantConnection } from './funding.js';
import { Case, Meeting } from './meeting.js';
import { Municipality } from './municipality.js';
import { CommonGround, Link, networkQueries, Path, SharedNeighbour, Subgraph } from './network.js';
import { Organization } from './organization.js';
import { Person, Role, RoleConnection, RoleCount, roleQueries } from './person.js';
import { Observation, Post } from './post.js';
import { Collaboration, collaborationQueries, Project, University } from './project.js';
import { MatchCandidate, Proposal, ProposedEntity, proposalMutations, proposalQueries } from './proposals.js';
import { RepresentationCell, RepresentationMatrix, representationQueries } from './representation.js';
import { DateScalar, LongScalar } from './scalars.js';
import { Citation, Document } from './source.js';

// One resolver file per schema file. Rules in domain/ report malformed input as InputError; here, in one place,
// it becomes the API's typed BAD_USER_INPUT error.

function typed(error: unknown): unknown {
  if (error instanceof InputError) return badUserInput(error.message, error.argument);
  if (error instanceof EditRefusal) return refused(error.code, error.message, error.details);
  return error;
}

type Field = (...args: unknown[]) => unknown;

function withTypedErrors(field: Field): Field {
  return (...args) => {
    try {
      const result = field(...args);
      return result instanceof Promise ? result.catch((error: unknown) => Promise.reject(typed(error))) : result;
    } catch (error) {
      throw typed(error);
    }
  };
}

function wrapAll(resolvers: Record<string, unknown>): Resolvers {
  return Object.fromEntries(
    Object.entries(resolvers).map(([typeName, fields]) => [
      typeName,
      fields instanceof GraphQLScalarType
        ? fields
        : Object.fromEntries(
            Object.entries(fields as Record<string, unknown>).map(([name, field]) => [
              name,
              typeof field === 'function' && !name.startsWith('__') ? withTypedErrors(field as Field) : field,
            ]),
          ),
    ]),
  ) as Resolvers;
}

export const resolvers: Resolvers = wrapAll({
  Date: DateScalar,
  Long: LongScalar,
  Query: {
    ...entityQueries,
    ...networkQueries,
    ...representationQueries,
    ...changesQueries,
    ...fundingQueries,
    ...roleQueries,
    ...collaborationQueries,
    ...authQueries,
    ...editQueries,
    ...proposalQueries,
    ...askQueries,
  },
  Mutation: { ...authMutations, ...editMutations, ...proposalMutations },
  Answer,
  Edit,
  EditConnection,
  Proposal,
  ProposedEntity,
  MatchCandidate,
  StaffNote,
  Node,
  Entity,
  EntityConnection,
  SearchHit,
  Relation,
  Municipality,
  Person,
  Role,
  Post,
  Observation,
  RoleConnection,
  RoleCount,
  Organization,
  Project,
  University,
  Collaboration,
  Funder,
  Grant,
  FundingReport,
  FundingTotal,
  GrantConnection,
  Meeting,
  Case,
  Document,
  Citation,
  Link,
  Subgraph,
  Path,
  CommonGround,
  SharedNeighbour,
  RepresentationMatrix,
  RepresentationCell,
  Change,
  Attendance,
  Event,
  Figure,
} satisfies Resolvers);
