import { createHash } from 'node:crypto';
import type { EntityKindValue } from './vocabulary.js';

// Ids are stable across seed runs: entities carry the reviewed ids of the seed files; roles, relations and
// citations get ids derived from their content, so that loading the same files twice changes nothing.

const ENTITY_ID = /^[a-z]+:[a-z0-9][a-z0-9-]*$/;

/** True when `id` has the form of an entity id (`person:kari-froseth`). */
export function isEntityId(id: string): boolean {
  return ENTITY_ID.test(id);
}

/** A short, stable digest of the given parts. */
export function digest(...parts: (string | number | null | undefined)[]): string {
  return createHash('sha256')
    .update(parts.map((part) => (part === null || part === undefined ? '' : String(part))).join('\u001f'))
    .digest('base64url')
    .slice(0, 16);
}

/** A relation's id as the seed derives it (seed/plan.ts): from its type, ends, wording and stated period. */
export function relationSeedId(
  type: string,
  fromId: string,
  toId: string,
  as: string | null = null,
  start: string | null = null,
  end: string | null = null,
): string {
  return `rel:${digest(type, fromId, toId, as, start, end)}`;
}

/** What kind of node an id names, from its prefix. */
export function nodeTypeOfId(id: string): 'Role' | 'Post' | 'Relation' | 'Citation' | 'Edit' | 'Entity' | null {
  if (id.startsWith('role:')) return 'Role';
  if (id.startsWith('post:')) return 'Post';
  if (id.startsWith('rel:')) return 'Relation';
  if (id.startsWith('cite:')) return 'Citation';
  if (id.startsWith('edit:')) return 'Edit';
  if (isEntityId(id)) return 'Entity';
  return null;
}

/** The prefix of each kind's ids, as the seed files write them (`org:ts-naeringsradet`): a new entity's id uses it. */
export const ID_PREFIX_OF_KIND: Readonly<Record<EntityKindValue, string>> = {
  MUNICIPALITY: 'municipality',
  PERSON: 'person',
  ORGANIZATION: 'org',
  PROJECT: 'project',
  UNIVERSITY: 'university',
  FUNDER: 'funder',
  GRANT: 'grant',
  MEETING: 'meeting',
  CASE: 'case',
  EVENT: 'event',
  FIGURE: 'figure',
  DOCUMENT: 'doc',
};
