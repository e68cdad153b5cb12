import type { EntityKindValue } from '../domain/vocabulary.js';
import { findMentions, type Gazetteer, type Mention, type NamedEntity, questionWords } from './gazetteer.js';
import { readTime, type TimeExpression } from './time.js';
import { ENGLISH_WORDS, KIND_WORDS, NORWEGIAN_WORDS } from './vocabulary.js';

// The question parser (docs/ask.md): deterministic, over the graph's own vocabulary. It finds the names, titles and
// the time expression in a question, then tries the question shapes in a fixed order; the first whose words and
// names fit is the reading. A question no shape fits, or whose names are missing or ambiguous, is not understood:
// the reason says what was missing, and nothing is guessed.

export type Shape =
  | 'REPRESENTATIVES'
  | 'TITLE_HOLDER'
  | 'SEATS_OF_PERSON'
  | 'MEMBERS'
  | 'MEMBER_OF'
  | 'PARTICIPANTS'
  | 'UNIVERSITIES'
  | 'FUNDING_RECEIVED'
  | 'FUNDING_GIVEN'
  | 'FUNDING_IN_YEAR'
  | 'ATTENDANCE'
  | 'DUTIES'
  | 'SAME_PERSON'
  | 'CONNECTION'
  | 'COUNT'
  | 'WHEN'
  | 'MEETINGS';

export type Language = 'NB' | 'EN';

export interface Reading {
  understood: true;
  language: Language;
  shape: Shape;
  /** The entity the question is about (the municipality represented, the person, the body, the project, ...). */
  subject: NamedEntity | null;
  /** The second entity: the body represented in, the other name, the other end of a connection. */
  other: NamedEntity | null;
  /** A seat title, folded (TITLE_HOLDER, WHEN of a seat). */
  title: string | null;
  /** The seat title as the graph writes it. */
  titleDisplay: string | null;
  /** A kind of entity (COUNT, MEMBERS, PARTICIPANTS). */
  kind: EntityKindValue | null;
  /** ATTENDANCE: who was there, or who was absent. */
  absent: boolean;
  /** WHEN: the start or the end. */
  edge: 'START' | 'END' | null;
  time: TimeExpression;
}

export interface Refusal {
  understood: false;
  language: Language;
  /** Why, in the question's language. */
  reason: string;
}

export type Parsed = Reading | Refusal;

const has = (text: string, pattern: RegExp) => pattern.test(text);

/** The language of a question: English when it has more English question words than Norwegian ones. */
function languageOf(words: string[]): Language {
  let en = 0;
  let nb = 0;
  for (const word of words) {
    if (ENGLISH_WORDS.has(word)) en++;
    if (NORWEGIAN_WORDS.has(word)) nb++;
  }
  return en > nb ? 'EN' : 'NB';
}

const PLACE_KINDS: EntityKindValue[] = ['MUNICIPALITY', 'ORGANIZATION', 'PROJECT', 'UNIVERSITY', 'FUNDER'];
const BODY_KINDS: EntityKindValue[] = ['ORGANIZATION', 'PROJECT', 'UNIVERSITY', 'FUNDER', 'MUNICIPALITY'];
/** What holds meetings in the graph (MEETING_OF): bodies and projects. */
const MEETING_BODY_KINDS: EntityKindValue[] = ['ORGANIZATION', 'PROJECT'];

class Ambiguous extends Error {
  constructor(readonly mention: Mention) {
    super(mention.text);
  }
}

/** The one entity of a mention among these kinds; Ambiguous when it may be several. */
function pick(mention: Mention | undefined, kinds: readonly EntityKindValue[] | null): NamedEntity | null {
  if (!mention || mention.title !== null) return null;
  const fitting = kinds === null ? mention.entities : mention.entities.filter((entity) => kinds.includes(entity.kind));
  // A name one entity has as its own and another as an alias ("AU", "politisk samarbeidsutvalg") may be either:
  // the documents use it for both, so the parser asks for the full name rather than pick one.
  if (fitting.length > 1) throw new Ambiguous(mention);
  return fitting[0] ?? null;
}

/** Reads a question against the gazetteer. */
export function parseQuestion(question: string, gazetteer: Gazetteer): Parsed {
  const words = questionWords(question);
  const folded = words.map((word) => word.text);
  // Names first: a meeting's name holds its date ("KDU 13. august 2021"); the time is read from the other words.
  const mentions = findMentions(gazetteer, words, new Set());
  const inMention = new Set(
    mentions.flatMap((mention) => [...Array(mention.end - mention.start).keys()].map((k) => k + mention.start)),
  );
  const { time, used } = readTime(folded, question, inMention);
  const rest = folded.filter((_, index) => !inMention.has(index) && !used.has(index));
  const language = languageOf(rest);
  // A capitalised word that is neither a name nor a time is a name the graph does not have ("Søndre Trøndelag"):
  // answering without it would answer another question.
  const unknown = words.filter(
    (word, index) =>
      index > 0 &&
      !inMention.has(index) &&
      !used.has(index) &&
      /^\p{Lu}/u.test(word.raw) &&
      (words[index - 1] as { raw: string }).raw !== word.raw,
  );
  const refuse = (nb: string, en: string): Refusal => ({
    understood: false,
    language,
    reason: language === 'EN' ? en : nb,
  });
  if (unknown.length > 0) {
    const names = [...new Set(unknown.map((word) => word.raw.replace(/[?!.,:;]+$/, '')))].join(' ');
    return refuse(`Jeg finner ikke «${names}» i grafen.`, `I cannot find "${names}" in the graph.`);
  }
  try {
    const reading = readShape(rest.join(' '), mentions, time, folded, inMention);
    if (reading === null) {
      return mentions.some((mention) => mention.entities.length > 0)
        ? refuse(
            'Jeg kjenner igjen navnene, men ikke spørsmålet. Prøv for eksempel «hvem representerer Frøya i KDU?».',
            'I recognise the names but not the question. Try for example "who represents Frøya in KDU?".',
          )
        : refuse(
            'Jeg forstår ikke spørsmålet, og det nevner ingenting jeg finner i grafen.',
            'I do not understand the question, and it names nothing I can find in the graph.',
          );
    }
    if ('missing' in reading) return refuse(reading.missing.nb, reading.missing.en);
    return { understood: true, language, ...reading };
  } catch (error) {
    if (!(error instanceof Ambiguous)) throw error;
    const names = error.mention.entities.map((entity) => entity.name);
    return refuse(
      `«${error.mention.text}» kan være flere: ${names.join(', ')}. Skriv navnet helt ut.`,
      `"${error.mention.text}" may be several: ${names.join(', ')}. Write the name in full.`,
    );
  }
}

type Found = Omit<Reading, 'understood' | 'language'>;
type Missing = { missing: { nb: string; en: string } };

/** The first shape the words and names fit; null when none does. */
function readShape(
  text: string,
  mentions: Mention[],
  time: TimeExpression,
  folded: string[],
  inMention: Set<number>,
): Found | Missing | null {
  const named = mentions.filter((mention) => mention.title === null);
  const titleMention = mentions.find((mention) => mention.title !== null);
  const title = titleMention?.title ?? null;
  const kindWord = folded.find((word, index) => !inMention.has(index) && KIND_WORDS[word] !== undefined);
  const kind = kindWord === undefined ? null : (KIND_WORDS[kindWord] as EntityKindValue);
  const base: Found = {
    shape: 'COUNT',
    subject: null,
    other: null,
    title,
    titleDisplay: titleMention?.titleDisplay ?? null,
    kind,
    absent: false,
    edge: null,
    time,
  };
  const missing = (nb: string, en: string): Missing => ({ missing: { nb, en } });
  const first = named[0];
  const second = named[1];
  const isQuestion = has(
    text,
    /\b(hvem|hva|hvilke|hvilken|hvilket|hvor|nar|hvordan|er|har|who|what|which|how|when|is|are|does|did|list|vis|show|finn)\b/,
  );
  if (!isQuestion) return null;

  if (has(text, /\b(samme person|same person|one person|en og samme|identiske?|the same)\b/)) {
    if (named.length < 2)
      return missing('Jeg finner ikke begge navnene i grafen.', 'I cannot find both names in the graph.');
    return { ...base, shape: 'SAME_PERSON', subject: pick(first, null), other: pick(second, null) };
  }
  if (
    has(text, /\b(hvordan|how|hva)\b/) &&
    has(
      text,
      /\b(forbundet|koblet|knyttet|henger|forbindelsen|forbindelse|relatert|connected|linked|related|connection|link)\b/,
    )
  ) {
    if (named.length < 2) return missing('Jeg finner ikke begge i grafen.', 'I cannot find both in the graph.');
    return { ...base, shape: 'CONNECTION', subject: pick(first, null), other: pick(second, null) };
  }
  const money = has(
    text,
    /\b(fikk|mottok|fatt|tildelt|bevilget|bevilga|bevilgning|tilskudd|stotte|ga|gav|gitt|delte|fordelte|finansiering|finansierte|finansierer|got|get|gets|received|receive|granted|grant|given|gave|give|funding|funded|funds|allocated|distributed|provided)\b/,
  );
  if (
    (money && has(text, /\b(hvor mye|how much|belop|amount|sum|totalt|total|penger|money)\b/)) ||
    has(text, /\b(who funded|who funds|hvem finansierte|hvem finansierer|fra hvem)\b/)
  ) {
    if (!first) {
      if (time.kind !== 'period')
        return missing(
          'Si hvem som fikk eller ga pengene, eller hvilket år.',
          'Say who received or gave the money, or which year.',
        );
      return { ...base, shape: 'FUNDING_IN_YEAR' };
    }
    const subject = pick(first, null);
    const gives =
      subject?.kind === 'FUNDER' ||
      has(
        text,
        /\b(ga|gav|gitt|bevilget|bevilga|delte|fordelte|gave|given|granted|give|provided|distributed|allocated)\b/,
      );
    return { ...base, shape: gives ? 'FUNDING_GIVEN' : 'FUNDING_RECEIVED', subject };
  }
  if (has(text, /\b(hvor mange|how many|antall|number of)\b/)) {
    if (kind === null)
      return missing(
        'Si hva som skal telles (kommuner, personer, møter, ...).',
        'Say what to count (municipalities, people, meetings, ...).',
      );
    return { ...base, shape: 'COUNT', subject: pick(first, null) };
  }
  // When a body met, or which meetings it held: its meetings, not the day it started ("når møttes KDU").
  const asksMeetings =
    has(text, /^(nar|when)\b.*\b(mottes|motte|motes|holdt mote|hadde mote|met|meet|meets|meeting|meetings)\b/) ||
    has(text, /\b(hvilke|hvilken|which|what)\b.*\b(moter|meetings)\b/);
  if (asksMeetings && first?.entities.some((entity) => MEETING_BODY_KINDS.includes(entity.kind))) {
    const body = pick(first, MEETING_BODY_KINDS);
    if (body) return { ...base, shape: 'MEETINGS', subject: body };
  }
  if (has(text, /^(nar|when)\b|\b(hvilken dato|what date|which date|which day|hvilken dag)\b/)) {
    if (!first) return missing('Si hva du vil vite datoen for.', 'Say what you want the date of.');
    const edge = has(
      text,
      /\b(slutt|sluttet|sluttar|endte|avsluttet|avslutta|ferdig|end|ended|ends|finish|finished|stop|stopped|ga av|gikk av)\b/,
    )
      ? 'END'
      : 'START';
    return { ...base, shape: 'WHEN', subject: pick(first, null), edge };
  }
  const absent = has(
    text,
    /\b(ikke til stede|ikke tilstede|fravaer|fravaerende|forfall|absent|not present|missing|borte|manglet|did not attend|didn t attend|not attend)\b/,
  );
  const attended =
    absent ||
    has(text, /\b(motte|mott|deltok|til stede|tilstede|present|attended|attend|took part|was at|were at|var pa)\b/);
  const meeting = named.find((mention) => mention.entities.some((entity) => entity.kind === 'MEETING'));
  if (attended && (meeting || (first && time.kind === 'day') || has(text, /\b(motet|meeting)\b/))) {
    if (meeting) return { ...base, shape: 'ATTENDANCE', subject: pick(meeting, ['MEETING']), absent };
    if (!first || time.kind !== 'day')
      return missing('Si hvilket møte: organet og datoen.', 'Say which meeting: the body and the day.');
    return { ...base, shape: 'ATTENDANCE', subject: pick(first, BODY_KINDS), absent };
  }
  if (has(text, /\b(sak|saker|case|cases|saksbehandler)\b/) && first) {
    const person = pick(first, ['PERSON']);
    if (person) return { ...base, shape: 'DUTIES', subject: person };
  }
  if (kind === 'UNIVERSITY' && first) return { ...base, shape: 'UNIVERSITIES', subject: pick(first, BODY_KINDS) };
  const participates = has(
    text,
    /\b(deltar|deltok|deltatt|tar del|tok del|er med|var med|med i|participate|participates|participated|participating|take part|takes part|took part|involved|involvert)\b/,
  );
  if (participates && first && (kind === 'MUNICIPALITY' || has(text, /\b(hvem|who)\b/))) {
    const project = pick(first, ['PROJECT', 'ORGANIZATION']);
    if (project?.kind === 'PROJECT') return { ...base, shape: 'PARTICIPANTS', subject: project };
  }
  if (
    has(
      text,
      /\b(representerer|representert|representant|representanter|represents|represent|represented|representative|representatives|kontakt|kontaktperson|kontaktpersoner|contact|contacts)\b/,
    )
  ) {
    const municipality = named.find((mention) => mention.entities.some((entity) => entity.kind === 'MUNICIPALITY'));
    if (!municipality) return missing('Si hvilken kommune.', 'Say which municipality.');
    const body = named.find((mention) => mention !== municipality);
    return {
      ...base,
      shape: 'REPRESENTATIVES',
      subject: pick(municipality, ['MUNICIPALITY']),
      other: body ? pick(body, BODY_KINDS) : null,
    };
  }
  if (title !== null) {
    if (!first) return missing('Si hvor: kommunen eller organet.', 'Say where: the municipality or the body.');
    const person = pick(first, ['PERSON']);
    if (person && has(text, /^(nar|when)\b/)) return { ...base, shape: 'WHEN', subject: person };
    return { ...base, shape: 'TITLE_HOLDER', subject: pick(first, PLACE_KINDS) };
  }
  const memberWord = folded.findIndex(
    (word, index) =>
      !inMention.has(index) &&
      /^(medlem|medlemmer|medlemmene|members|member|sitter|satt|sat|sits|sit|sammensatt|sammensetning|composition|består|bestar|consists|part|del)$/.test(
        word,
      ),
  );
  if (memberWord >= 0 && first) {
    const before = named.filter((mention) => mention.end <= memberWord);
    if (before.length > 0 && has(text, /\b(hva|hvilke|hvilken|what|which|where|hvor)\b/)) {
      return { ...base, shape: 'MEMBER_OF', subject: pick(before[0], null) };
    }
    return { ...base, shape: 'MEMBERS', subject: pick(first, BODY_KINDS) };
  }
  if (first) {
    const person = pick(first, ['PERSON']);
    if (
      person &&
      ((named.length === 1 && /^(hvem|who) (er|var|is|was)( the)?$/.test(text.trim())) ||
        has(
          text,
          /\b(verv|roller|rolle|seats|seat|roles|role|posisjoner|positions|stillinger|stilling|hold|holds|held|innehar|innehadde|hadde|jobb|job|tittel|title)\b/,
        ))
    ) {
      return { ...base, shape: 'SEATS_OF_PERSON', subject: person };
    }
  }
  return null;
}
