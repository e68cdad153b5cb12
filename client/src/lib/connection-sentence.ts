import type { AttendanceStatus, EntityKind, LinkType } from '../generated/graphql';
import type { MessageKey } from '../i18n/messages';
import { attendanceFromWording } from './domain';
import { isRoleLink } from './link-label';

// A path of the `paths` query told as one sentence a report writer could paste:
// "Ingjerd Astad er kommunedirektør i Hitra, som er medlem av Interkommunalt politisk råd …, der Kristin F.
// Strømskag er representant." The wording lives in i18n/messages/connection.ts; this module only decides which
// template each link needs and stitches them together. It returns parts (text and entities) rather than a string
// so the page can render the names as links; `connectionSentence` joins them for tests and plain-text uses.

export interface SentenceEntity {
  id: string;
  name: string;
  kind: EntityKind;
}

export interface SentenceLink {
  type: LinkType;
  label?: string | null;
  from: { id: string };
  to: { id: string };
}

export interface SentencePath {
  /** nodes[0] … nodes[n]; links[i] joins nodes[i] and nodes[i + 1], in either direction. */
  nodes: readonly SentenceEntity[];
  links: readonly SentenceLink[];
}

export type SentencePart = { text: string } | { entity: SentenceEntity };

/** The i18n `t` function, or any function with its contract (unknown placeholders are left as `{name}`). */
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** Splits a template into parts: {b} becomes the entity, {label} the label, the rest stays text. */
function fill(template: string, b: SentenceEntity, label: string): SentencePart[] {
  const parts: SentencePart[] = [];
  // With a capturing group, split() puts the placeholder names at the odd positions.
  template.split(/\{(b|label)\}/).forEach((piece, index) => {
    if (index % 2 === 0) {
      if (piece !== '') parts.push({ text: piece });
    } else if (piece === 'b') parts.push({ entity: b });
    else parts.push({ text: label });
  });
  return parts;
}

/** Neighbouring text parts joined, so the result is easy to read and to compare. */
function compact(parts: SentencePart[]): SentencePart[] {
  const out: SentencePart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if ('text' in part && last && 'text' in last) last.text += part.text;
    else out.push('text' in part ? { text: part.text } : part);
  }
  return out;
}

/** Where a person's part is a duty in a meeting or its case (saksbehandler, orienterer, legger fram …): no title. */
const DUTY_PLACES: ReadonlySet<EntityKind> = new Set<EntityKind>(['CASE', 'MEETING']);

type Form = 'fwd' | 'rev' | 'where';

/**
 * The template of one link read one way, chosen from what the vocabulary says of it rather than glued from words:
 * an attendance says how the person attended (the wording's status), a role in a case or meeting is a duty whose
 * title is a verb phrase ("legger fram bakgrunn og forslag"), not a title to put after "er".
 */
function templateKey(link: SentenceLink, form: Form, place: SentenceEntity): MessageKey {
  if (link.type === 'ATTENDED') {
    const status: AttendanceStatus = attendanceFromWording(link.label) ?? 'PRESENT';
    return `connection.${form}.ATTENDED.${status}`;
  }
  if (link.type === 'HOLDS_ROLE' && DUTY_PLACES.has(place.kind)) return `connection.${form}.HOLDS_ROLE.DUTY`;
  if (form === 'where') return `connection.where.${link.type as 'HOLDS_ROLE' | 'SEAT'}`;
  return `connection.${form}.${link.type}`;
}

/** The sentence explaining one path, as parts. */
export function connectionSentenceParts(path: SentencePath, t: Translate): SentencePart[] {
  const parts: SentencePart[] = [];
  let said: string | undefined;
  path.links.forEach((link, index) => {
    const a = path.nodes[index];
    const b = path.nodes[index + 1];
    if (!a || !b) throw new Error(`A path with ${path.links.length} links needs ${path.links.length + 1} nodes`);
    const forward = link.from.id === a.id;
    const isRole = isRoleLink(link.type);
    const label = link.label?.trim() || (isRole ? t('connection.untitled') : '');
    let clause: SentencePart[];
    // A role's place is its link's target: the next entity when the link points along the path, else this one.
    const place = forward ? b : a;
    if (index > 0 && !forward && (link.type === 'HOLDS_ROLE' || link.type === 'SEAT' || link.type === 'ATTENDED')) {
      // "…, der Kari Nordmann er ordfører": reads better than "som har Kari Nordmann som ordfører".
      clause = fill(t(templateKey(link, 'where', place)), b, label);
    } else {
      const predicate = fill(t(templateKey(link, forward ? 'fwd' : 'rev', place)), b, label);
      clause =
        index === 0
          ? [{ entity: a }, { text: ' ' }, ...predicate]
          : [{ text: `${t(a.kind === 'PERSON' ? 'connection.who' : 'connection.which')} ` }, ...predicate];
    }
    if (index > 0) parts.push({ text: ', ' });
    parts.push(...clause);
    // A fact link's label is the source's own wording: worth keeping, but as an aside (an attendance's wording is
    // told by its template already), and once when the next link's source words it the same.
    const wording = !isRole && link.type !== 'ATTENDED' ? link.label?.trim() : undefined;
    if (wording && wording !== said) parts.push({ text: t('connection.sourceWording', { label: wording }) });
    said = wording;
  });
  if (parts.length > 0) parts.push({ text: '.' });
  return compact(parts);
}

/** The sentence explaining one path, as plain text. */
export function connectionSentence(path: SentencePath, t: Translate): string {
  return connectionSentenceParts(path, t)
    .map((part) => ('text' in part ? part.text : part.entity.name))
    .join('');
}
