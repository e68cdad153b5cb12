import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventType } from '../../client/src/generated/graphql.js';
import { en, type MessageKey, nb } from '../../client/src/i18n/messages.js';
import { eventTypeLabel, typeLabel } from '../../client/src/lib/type-labels.js';

const tNb = (key: MessageKey) => nb[key];
const tEn = (key: MessageKey) => en[key];

/** Every `type:` the seed files give an entity that is not an event (events have the schema's enum). */
function seedTypeWords(): string[] {
  const folder = join(import.meta.dirname, '../../seed/data');
  const words = new Set<string>();
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.yaml'))) {
    for (const match of readFileSync(join(folder, file), 'utf8').matchAll(/^\s+type: ([^\n#]+?)\s*$/gm)) {
      const word = match[1] ?? '';
      if (!/^[A-Z_]+$/.test(word)) words.add(word);
    }
  }
  return [...words];
}

describe("the data's type words in the reader's language", () => {
  it('gives the English type words of the data their Norwegian form, and keeps them readable in English', () => {
    expect(typeLabel('committee', tNb)).toBe('utvalg');
    expect(typeLabel('health trust', tNb)).toBe('helseforetak');
    expect(typeLabel('annual report', tNb)).toBe('årsrapport');
    expect(typeLabel('committee', tEn)).toBe('committee');
    expect(typeLabel('health trust', tEn)).toBe('health trust');
  });

  it('matches a type word written with capitals or spaces around it', () => {
    expect(typeLabel(' Health Trust ', tNb)).toBe('helseforetak');
  });

  it('shows a type word it has no translation for as the data writes it', () => {
    expect(typeLabel('interkommunalt selskap', tNb)).toBe('interkommunalt selskap');
    expect(typeLabel('constructor', tEn)).toBe('constructor');
  });

  it('has a translation in both languages for every type word the seed uses', () => {
    const words = seedTypeWords();
    expect(words).toContain('committee');
    const missing = words.filter((word) => !(`type.${word.toLowerCase()}` in nb));
    expect(missing).toEqual([]);
    for (const word of words) expect(typeLabel(word, tEn)).not.toBe('');
  });

  it('names every event type in words in both languages, never the enum value', () => {
    for (const type of Object.values(EventType)) {
      expect(eventTypeLabel(type, tNb)).not.toBe(type);
      expect(eventTypeLabel(type, tEn)).not.toBe(type);
    }
    expect(eventTypeLabel('DECISION', tNb)).toBe('Vedtak');
    expect(eventTypeLabel('GO_LIVE', tEn)).toBe('Go-live');
  });
});
