import { z } from 'zod';
import { isIsoDate } from '../server/src/domain/dates.js';
import { isEntityId } from '../server/src/domain/ids.js';
import { ENTITY_KINDS, RELATION_TYPES } from '../server/src/graph/rows.js';

// The schema of a seed file (docs/seed-format.md). YAML turns unquoted dates into strings here because
// the loader parses with the core schema (no timestamps).

const isoDate = z.string().refine(isIsoDate, { message: 'must be a date written YYYY-MM-DD' });
const entityId = z.string().refine(isEntityId, { message: 'must be an id like person:kari-froseth' });
const quote = z.union([z.string().min(3), z.array(z.string().min(3)).min(1)]);

export const documentSchema = z
  .object({
    id: z.string().regex(/^doc:[a-z0-9][a-z0-9-]*$/, 'must be doc:<slug>'),
    file: z.string().regex(/^[\w.-]+\.txt$/, 'must be a .txt file name in seed/sources/'),
    title: z.string().min(3),
    type: z.string().min(3),
    date: isoDate.optional(),
    covers: z.object({ start: isoDate, end: isoDate }),
    publisher: entityId.optional(),
  })
  .strict();

export const entityPropsSchema = z
  .object({
    county: z.string(),
    status: z.string(),
    start: isoDate,
    end: isoDate,
    amountNok: z.number().int().nonnegative(),
    year: z.number().int().min(1900).max(2100),
    purpose: z.string(),
    date: isoDate,
    place: z.string(),
    number: z.string(),
    title: z.string(),
    proposedDecision: z.string(),
    decision: z.string(),
    description: z.string(),
  })
  .partial()
  .strict();

export const entitySchema = z
  .object({
    id: entityId,
    kind: z.enum(ENTITY_KINDS).exclude(['DOCUMENT']),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).optional(),
    type: z.string().optional(),
    props: entityPropsSchema.optional(),
    quote,
  })
  .strict();

export const roleSchema = z
  .object({
    person: entityId,
    title: z.string().min(1),
    in: entityId.optional(),
    onBehalfOf: entityId.optional(),
    start: isoDate.optional(),
    end: isoDate.optional(),
    share: z.number().min(0).max(100).optional(),
    quote,
  })
  .strict();

export const relationSchema = z
  .object({
    type: z.enum(RELATION_TYPES),
    from: entityId,
    to: entityId,
    as: z.string().min(1).optional(),
    start: isoDate.optional(),
    end: isoDate.optional(),
    quote,
  })
  .strict();

export const seedFileSchema = z
  .object({
    document: documentSchema,
    entities: z.array(entitySchema).default([]),
    roles: z.array(roleSchema).default([]),
    relations: z.array(relationSchema).default([]),
  })
  .strict();

/** Reviewed decisions that the identity checks honour (seed/data/decisions.yaml). */
export const decisionsSchema = z
  .object({
    distinctPersons: z
      .array(z.object({ ids: z.array(entityId).min(2), reason: z.string().min(10) }).strict())
      .default([]),
  })
  .strict();

export type SeedFile = z.infer<typeof seedFileSchema>;
export type SeedDocument = z.infer<typeof documentSchema>;
export type SeedEntity = z.infer<typeof entitySchema>;
export type SeedRole = z.infer<typeof roleSchema>;
export type SeedRelation = z.infer<typeof relationSchema>;
export type Decisions = z.infer<typeof decisionsSchema>;
