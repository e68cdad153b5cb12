// The data's type words in the reader's language: an organisation's, a project's or a document's `type` (free text
// the seed writes in English, "committee", "health trust") and an event's type (the schema's EventType). Pure
// functions; the words themselves are messages (i18n/messages/types.ts and facts.ts).
import type { EventType } from '../generated/graphql';
import { type MessageKey, nb } from '../i18n/messages';

/** The I18nProvider's t(), or any function with its contract. */
export type Translate = (key: MessageKey) => string;

/**
 * A type word translated when the messages know it ("committee" → "utvalg"), matched without regard to case or
 * surrounding spaces; a word they do not know is shown as the data writes it, never dropped.
 */
export function typeLabel(type: string, t: Translate): string {
  const key = `type.${type.trim().toLowerCase()}` as MessageKey;
  return key in nb ? t(key) : type;
}

/** An event's type in words ("DECISION" → "Vedtak"); an unknown value as it is. */
export function eventTypeLabel(type: EventType | string, t: Translate): string {
  const key = `event.${type}` as MessageKey;
  return key in nb ? t(key) : type;
}
