import { type EditKind, type EditStatus, EntityKind, RelationType } from '../generated/graphql';
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
  type: 'editField.type',
  relationType: 'editField.relationType',
  description: 'editField.description',
  amountNok: 'editField.amountNok',
  year: 'editField.year',
  purpose: 'editField.purpose',
  funder: 'editField.funder',
  grantedBy: 'editField.funder',
  recipients: 'editField.recipients',
  recipient: 'editField.recipients',
  grantedTo: 'editField.recipients',
  partOf: 'editField.partOf',
  allocatedFrom: 'editField.partOf',
  as: 'editField.as',
  from: 'editField.from',
  to: 'editField.to',
  addAliases: 'editField.addAliases',
  removeAliases: 'editField.removeAliases',
  retracted: 'editField.retracted',
  citation: 'editField.citation',
  observation: 'editField.citation',
  reason: 'editField.reason',
};

/**
 * A changed value that is a word of the vocabulary, in words: an entity's kind (PROJECT: Prosjekt), a relation's type
 * (MEMBER_OF: medlem av). Null for any other value.
 */
export function vocabularyKey(field: string, value: string): MessageKey | null {
  if (field === 'kind' && (Object.values(EntityKind) as string[]).includes(value)) return `kind.${value as EntityKind}`;
  if (field === 'type' && (Object.values(RelationType) as string[]).includes(value)) {
    return `rel.${value as RelationType}`;
  }
  return null;
}

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

/** The label of an edit's kind: every kind of the schema has one in both languages (a type error otherwise). */
export function kindKey<K extends EditKind>(kind: K): `editKind.${K}` & MessageKey {
  return `editKind.${kind}` as `editKind.${K}` & MessageKey;
}

/** Other spellings as typed: one per line (or separated by semicolons), without blanks and repeats. */
export function aliasList(text: string): string[] {
  return [...new Set(text.split(/[\n;]/).map((alias) => alias.trim().replace(/\s+/g, ' ')))].filter(Boolean);
}

/**
 * An amount in whole kroner as Norwegians write it: "1 500 000", "1.500.000", "kr 1 500 000,-", "1500000 kr".
 * Null when it is not a whole positive number (øre, a decimal comma with digits, letters).
 */
export function parseKroner(text: string): number | null {
  const bare = text
    .trim()
    .replace(/^(kr\.?|nok)\s*/i, '')
    .replace(/\s*(kr\.?|nok|kroner)$/i, '')
    .replace(/,-$/, '');
  // Groups of three after the first, separated by a space (any kind) or a dot; or no separators at all.
  if (!/^(\d{1,3}([\s\u00a0\u202f.]\d{3})+|\d+)$/.test(bare)) return null;
  const value = Number(bare.replace(/[\s\u00a0\u202f.]/g, ''));
  return Number.isSafeInteger(value) && value > 0 ? value : null;
}

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

/** The id of an edit's place in the review queue's list (a link to it: `/gjennomgang?status=…#…`). */
export function editAnchor(id: string): string {
  return `endring-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
