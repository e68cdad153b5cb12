import { type EditKind, type EditStatus, EntityKind } from '../generated/graphql';
import type { Language } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';

// How edits read in the client: times as people write them, the schema's field names in words. Pure functions.

/** A moment (ISO 8601, UTC) in the reader's time zone: "1. desember 2026 kl. 16:45" / "1 December 2026, 16:45". */
export function formatMoment(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'nb' ? 'nb-NO' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** The day of a moment (ISO 8601), in the reader's time zone: "1. desember 2026". */
export function formatDay(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'nb' ? 'nb-NO' : 'en-GB', { dateStyle: 'long' }).format(new Date(iso));
}

// The fields an edit's changes name (EditChange.field), in words; one not listed shows as it is.
const FIELDS: Record<string, MessageKey> = {
  name: 'editField.name',
  aliases: 'editField.aliases',
  title: 'editField.title',
  person: 'editField.person',
  personId: 'editField.person',
  version: 'editField.version',
  validFrom: 'editField.validFrom',
  validTo: 'editField.validTo',
  endedOn: 'editField.endedOn',
  post: 'editField.post',
  organization: 'editField.organization',
  heldIn: 'editField.organization',
  onBehalfOf: 'editField.onBehalfOf',
  representing: 'editField.onBehalfOf',
  start: 'editField.start',
  end: 'editField.end',
  kind: 'editField.kind',
  redirect: 'editField.redirect',
  mergedInto: 'editField.redirect',
  notSame: 'editField.notSame',
  status: 'editField.status',
};

/** The label of a changed field (the schema's name when it has no words of its own). */
export function fieldKey(field: string): MessageKey | null {
  return FIELDS[field] ?? null;
}

export const STATUS_KEYS: Record<EditStatus, MessageKey> = {
  PROPOSED: 'editStatus.PROPOSED',
  APPROVED: 'editStatus.APPROVED',
  REJECTED: 'editStatus.REJECTED',
  REVERTED: 'editStatus.REVERTED',
};

export const KIND_KEYS: Record<EditKind, MessageKey> = {
  ADD_PERSON: 'editKind.ADD_PERSON',
  ADD_ROLE: 'editKind.ADD_ROLE',
  END_ROLE: 'editKind.END_ROLE',
  MERGE_ENTITIES: 'editKind.MERGE_ENTITIES',
  NOT_SAME: 'editKind.NOT_SAME',
  REVERT: 'editKind.REVERT',
};

/**
 * The types an approved edit can change: every kind of entity (the schema's EntityKind names their types), roles,
 * posts, relations and citations. A mutation that changes the graph names them, so that urql's document cache
 * drops every page that showed them (the cache otherwise only knows the mutation returned an Edit).
 */
export const GRAPH_CHANGED = {
  additionalTypenames: [...Object.keys(EntityKind), 'Role', 'Post', 'Relation', 'Citation', 'Edit'],
};

/** The context of a query that lists edits: refreshed by every mutation that returns one (urql's document cache). */
export const EDITS_CONTEXT = { additionalTypenames: ['Edit'] };
