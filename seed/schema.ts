import { z } from 'zod';
import { isIsoDate } from '../server/src/domain/dates.js';
import { isEntityId } from '../server/src/domain/ids.js';
import {
  ENTITY_FIELDS,
  type EntityFieldValues,
  type EntityKindValue,
  type FieldType,
  KINDS,
  RELATION_TYPES,
  SEEDED_KINDS,
} from '../server/src/domain/vocabulary.js';
import { AttendanceStatus } from '../server/src/generated/enums.js';

// The schema of a seed file (docs/seed-format.md). YAML turns unquoted dates into strings here because
// the loader parses with the core schema (no timestamps).

const isoDate = z.string().refine(isIsoDate, { message: 'must be a date written YYYY-MM-DD' });
const entityId = z.string().refine(isEntityId, { message: 'must be an id like person:kari-froseth' });
const quote = z.union([z.string().min(3), z.array(z.string().min(3)).min(1)]);
// An interpretation: why the record reads more into its quotes than they say (shown as *tolket*).
const reading = z.string().min(10).optional();

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

// The props of a seeded entity: the own fields of the seeded kinds (domain/vocabulary.ts), `type` aside (written
// beside `props`). Whole numbers have their own bounds.
const INTEGER_BOUNDS: Record<string, z.ZodNumber> = {
  amountNok: z.number().int().nonnegative(),
  year: z.number().int().min(1900).max(2100),
  month: z.number().int().min(1).max(12),
};
const FIELD_SCHEMA: Record<FieldType, (field: string) => z.ZodType> = {
  text: () => z.string(),
  date: () => isoDate,
  integer: (field) => INTEGER_BOUNDS[field] ?? z.number().int(),
  time: () => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM (24-hour clock)'),
  number: () => z.number().finite(),
};
const propFields = [...new Set(SEEDED_KINDS.flatMap((kind) => Object.keys(KINDS[kind].fields)))].filter(
  (field) => field !== 'type',
);

export const entityPropsSchema = z
  .object(
    Object.fromEntries(
      propFields.map((field) => [field, FIELD_SCHEMA[ENTITY_FIELDS[field] as FieldType](field).optional()]),
    ),
  )
  .strict() as unknown as z.ZodType<Omit<EntityFieldValues, 'type' | 'file' | 'coversStart' | 'coversEnd'>>;

export const entitySchema = z
  .object({
    id: entityId,
    kind: z.enum(SEEDED_KINDS as [EntityKindValue, ...EntityKindValue[]]),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).optional(),
    type: z.string().optional(),
    props: entityPropsSchema.optional(),
    quote,
    reading,
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
    // The post's title, when this statement words the same seat differently (utviklingsveileder → utviklingsveileder oppvekst).
    post: z.string().min(1).optional(),
    quote,
    reading,
  })
  .strict();

// A statement that lists every holder of a post (a composition table, "har bestått av …"): a later listing that
// leaves a holder out ends that holder's role.
export const listingSchema = z
  .object({
    title: z.string().min(1),
    in: entityId,
    onBehalfOf: entityId.optional(),
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
    // ATTENDED only: the typed status, when the wording in `as` does not state it (docs/seed-format.md).
    attendance: z.enum(Object.values(AttendanceStatus) as [AttendanceStatus, ...AttendanceStatus[]]).optional(),
    quote,
    reading,
  })
  .strict();

export const seedFileSchema = z
  .object({
    document: documentSchema,
    entities: z.array(entitySchema).default([]),
    roles: z.array(roleSchema).default([]),
    relations: z.array(relationSchema).default([]),
    listings: z.array(listingSchema).default([]),
  })
  .strict();

/** Reviewed decisions that the identity checks honour (seed/data/decisions.yaml). */
export const decisionsSchema = z
  .object({
    distinctPersons: z
      .array(z.object({ ids: z.array(entityId).min(2), reason: z.string().min(10) }).strict())
      .default([]),
    // Entities with no link that stay so on purpose, each with the reason (seed/unlinked.ts checks both ways).
    unlinked: z.array(z.object({ id: entityId, reason: z.string().min(10) }).strict()).default([]),
  })
  .strict();

export type SeedFile = z.infer<typeof seedFileSchema>;
export type SeedDocument = z.infer<typeof documentSchema>;
export type SeedEntity = z.infer<typeof entitySchema>;
export type SeedRole = z.infer<typeof roleSchema>;
export type SeedRelation = z.infer<typeof relationSchema>;
export type SeedListing = z.infer<typeof listingSchema>;
export type Decisions = z.infer<typeof decisionsSchema>;
