import { foldName, foldWhitespace } from '../../domain/names.js';
import { confidentMatch, isBody, isPerson, matchName } from './match.js';
import type { Gazetteer, MatchReason, Mention, ProposalDraft } from './types.js';

// How the proposals of one document compare with the curated seed facts of the same document (docs/extraction.md,
// "How each figure is counted"). A proposal is right when the seed states the same fact from the same document;
// the comparison never looks at the rule that made a proposal. The plan is the seed planner's (seed/plan.ts
// `SeedPlan`), read structurally so that this module needs nothing of the seed.

export interface ComparablePlan {
  entities: readonly {
    id: string;
    kind: string;
    name: string;
    aliases: readonly string[];
    citationIds: readonly string[];
    props: Readonly<Record<string, unknown>>;
    dates: { readonly date?: string };
  }[];
  roles: readonly {
    personId: string;
    title: string;
    heldInId: string | null;
    onBehalfOfId: string | null;
    citationIds: readonly string[];
    observations: readonly { documentId: string; title: string }[];
  }[];
  relations: readonly {
    type: string;
    fromId: string;
    toId: string;
    citationIds: readonly string[];
    attendance: string | null;
  }[];
  citations: readonly { id: string; documentId: string; offset: number; quote: string; reading: string | null }[];
}

/** Recall and precision of one kind of proposal against the seed facts of that kind. */
export interface Figures {
  /** Seed facts of the document. */
  expected: number;
  /** Proposals of the kind. */
  proposed: number;
  /** Proposals that state a seed fact of the document. */
  correct: number;
  /** Seed facts that some proposal states. */
  found: number;
  /** Seed facts of the document that rest only on a reading (an interpretation the seed marks): a proposal may
   * state them (and is right), but they are not expected, so not counted in `expected` and `found`. */
  readings: number;
  recall: number;
  precision: number;
}

export interface RoleComparison extends Figures {
  /** Seed roles of the document that no proposal found. */
  missed: { personId: string; title: string }[];
  /** ROLE and MEMBERSHIP proposals that state no seed role of the document. */
  wrong: ProposalDraft[];
}

/** The gazetteer of a seed plan: every entity's name and aliases (`kinds`: only those kinds). */
export function gazetteerOf(plan: Pick<ComparablePlan, 'entities'>, kinds?: readonly string[]): Gazetteer {
  return plan.entities
    .filter((entity) => kinds === undefined || kinds.includes(entity.kind))
    .map((entity) => ({
      id: entity.id,
      kind: entity.kind as Gazetteer[number]['kind'],
      names: [entity.name, ...entity.aliases],
    }));
}

function figures(expected: number, proposed: number, correct: number, found: number, readings = 0): Figures {
  return {
    expected,
    proposed,
    correct,
    found,
    readings,
    recall: expected === 0 ? 1 : found / expected,
    precision: proposed === 0 ? 1 : correct / proposed,
  };
}

/**
 * Who a mention is, for the comparison: its own best candidate, else the best candidate in the full graph (a run
 * with a smaller gazetteer is judged by what its names are in the seed).
 */
export class Resolver {
  private readonly people = new Map<string, string | undefined>();
  private readonly bodies = new Map<string, string | undefined>();

  constructor(private readonly full: Gazetteer) {}

  person(mention: Mention | undefined): string | undefined {
    if (!mention) return undefined;
    const own = confidentMatch(mention);
    if (own !== undefined) return own;
    if (!this.people.has(mention.name)) {
      this.people.set(mention.name, confidentMatch(matchName(mention.name, this.full, isPerson)));
    }
    return this.people.get(mention.name);
  }

  /** Whether one of the bodies `ids` has `name` (folded) as its name or an alias. */
  bodyNamed(name: string, ids: readonly string[]): boolean {
    const key = foldName(name);
    return this.full.some((entry) => ids.includes(entry.id) && entry.names.some((known) => foldName(known) === key));
  }

  body(mention: Mention | undefined): string | undefined {
    if (!mention) return undefined;
    const own = confidentMatch(mention);
    if (own !== undefined) return own;
    if (!this.bodies.has(mention.name)) {
      const parts = [mention.name, ...mention.name.split(',').reverse()];
      const found = parts.map((part) => confidentMatch(matchName(part.trim(), this.full, isBody))).find(Boolean);
      this.bodies.set(mention.name, found);
    }
    return this.bodies.get(mention.name);
  }
}

/** One seat the seed states from the document: a person, the titles the document writes, where, for whom. */
interface Seat {
  personId: string;
  title: string;
  titles: Set<string>;
  heldInId: string | null;
  onBehalfOfId: string | null;
  /** The case's number when the seat is a duty in a case ("saksbehandler" in 74/21). */
  caseNumber: string | null;
  citationIds: readonly string[];
  /** Whether the document states it (some citation without a reading). */
  stated: boolean;
}

/** Seed titles that make a seat a membership rather than a post of its own. */
const MEMBERSHIP_TITLES = new Set(['medlem', 'varamedlem', 'vara', 'representant', 'observator']);

export function isMembershipTitle(title: string): boolean {
  return MEMBERSHIP_TITLES.has(foldName(title));
}

function seatsOf(plan: ComparablePlan, documentId: string): Seat[] {
  const entity = new Map(plan.entities.map((candidate) => [candidate.id, candidate]));
  const inDocument = new Map(
    plan.citations.filter((citation) => citation.documentId === documentId).map((c) => [c.id, c.reading === null]),
  );
  return plan.roles.flatMap((role) => {
    const observed = role.observations.filter((observation) => observation.documentId === documentId);
    if (observed.length === 0) return [];
    const place = role.heldInId === null ? undefined : entity.get(role.heldInId);
    const number = place?.kind === 'CASE' ? place.props.number : undefined;
    return [
      {
        personId: role.personId,
        title: role.title,
        titles: new Set([role.title, ...observed.map((observation) => observation.title)].map(foldName)),
        heldInId: place?.kind === 'CASE' ? null : role.heldInId,
        onBehalfOfId: role.onBehalfOfId,
        caseNumber: typeof number === 'string' ? number : null,
        citationIds: role.citationIds.filter((id) => inDocument.has(id)),
        stated: role.citationIds.some((id) => inDocument.get(id) === true),
      },
    ];
  });
}

/**
 * Whether a ROLE or MEMBERSHIP proposal states the seat: the same person (best candidate), a title the seed
 * writes for it, the same case for a case's duty, and, when both name bodies, one body in common.
 */
function statesSeat(draft: ProposalDraft, seat: Seat, resolve: Resolver): boolean {
  if (resolve.person(draft.person) !== seat.personId) return false;
  if (!seat.titles.has(foldName(draft.title ?? ''))) return false;
  if ((draft.caseNumber ?? null) !== seat.caseNumber) return false;
  const ends = [seat.heldInId, seat.onBehalfOfId].filter((id) => id !== null);
  return bodiesAgree([draft.organization, draft.onBehalfOf], ends, resolve);
}

/**
 * Whether the bodies a proposal names agree with the seed's `ends` (the body, on whose behalf; a grant's
 * recipients): right when it names none, or one of them; a body the full graph resolves is also right where the
 * seed names none. A body it does not resolve is a body the seed does not know: wrong, unless one of the seed's
 * bodies has that very name (folded).
 */
function bodiesAgree(mentions: readonly (Mention | undefined)[], ends: readonly string[], resolve: Resolver): boolean {
  const named = mentions.filter((mention): mention is Mention => mention !== undefined && mention.name.trim() !== '');
  if (named.length === 0) return true;
  const resolved = named.map((mention) => resolve.body(mention));
  if (resolved.some((id) => id !== undefined && ends.includes(id))) return true;
  if (named.some((mention, index) => resolved[index] === undefined && resolve.bodyNamed(mention.name, ends)))
    return true;
  return ends.length === 0 && resolved.every((id) => id !== undefined);
}

/** Pairs proposals with facts: each proposal counts for a fact not yet found when there is one. */
function pair<F>(
  drafts: readonly ProposalDraft[],
  facts: readonly F[],
  states: (draft: ProposalDraft, fact: F) => boolean,
) {
  const found = new Set<number>();
  const right: boolean[] = [];
  for (const draft of drafts) {
    let index = facts.findIndex((fact, at) => !found.has(at) && states(draft, fact));
    if (index < 0) index = facts.findIndex((fact) => states(draft, fact));
    right.push(index >= 0);
    if (index >= 0) found.add(index);
  }
  return { found, right };
}

const isSeatDraft = (draft: ProposalDraft) => (draft.kind === 'ROLE' || draft.kind === 'MEMBERSHIP') && !!draft.title;

/** What a span of the document is, for figures on a part of it: the seed's citations and the proposals in it. */
export interface Part {
  /** Seed citation offsets (in the document's whitespace-folded text, as the seed planner finds quotes). */
  folded: { start: number; end: number };
  /** Proposal quote offsets (in the stored text). */
  stored: { start: number; end: number };
}

/** Compares a document's ROLE and MEMBERSHIP proposals with the seed roles observed in it (or in `part` of it). */
export function compareWithSeed(
  plan: ComparablePlan,
  documentId: string,
  proposals: readonly ProposalDraft[],
  options: { resolve?: Resolver; part?: Part; kind?: 'ROLE' | 'MEMBERSHIP' } = {},
): RoleComparison {
  const resolve = options.resolve ?? new Resolver(gazetteerOf(plan));
  const offsets = new Map(plan.citations.map((citation) => [citation.id, citation.offset]));
  const part = options.part;
  const seats = seatsOf(plan, documentId);
  const draftInPart = (draft: ProposalDraft) =>
    part === undefined || (draft.quote.start >= part.stored.start && draft.quote.start < part.stored.end);
  // On a part, only its own proposals count: a seed role of the part found by a proposal elsewhere is missed there.
  const drafts = proposals.filter((draft) => isSeatDraft(draft) && draftInPart(draft));
  const { found, right } = pair(drafts, seats, (draft, seat) => statesSeat(draft, seat, resolve));
  const inPart = (seat: Seat) =>
    part === undefined ||
    seat.citationIds.some((id) => {
      const offset = offsets.get(id) ?? -1;
      return offset >= part.folded.start && offset < part.folded.end;
    });
  const seatOfKind = (seat: Seat) =>
    options.kind === undefined || (options.kind === 'MEMBERSHIP') === isMembershipTitle(seat.title);
  const relevant = seats.map((seat, index) => ({ seat, index })).filter(({ seat }) => inPart(seat) && seatOfKind(seat));
  const expected = relevant.filter(({ seat }) => seat.stated);
  const counted = drafts
    .map((draft, index) => ({ draft, right: right[index] === true }))
    .filter(({ draft }) => options.kind === undefined || draft.kind === options.kind);
  const hits = expected.filter(({ index }) => found.has(index));
  return {
    ...figures(
      expected.length,
      counted.length,
      counted.filter((entry) => entry.right).length,
      hits.length,
      relevant.length - expected.length,
    ),
    missed: expected
      .filter(({ index }) => !found.has(index))
      .map(({ seat }) => ({ personId: seat.personId, title: seat.title })),
    wrong: counted.filter((entry) => !entry.right).map((entry) => entry.draft),
  };
}

/** The figures of every kind of proposal of one document. */
export interface DocumentFigures {
  ROLE: Figures;
  MEMBERSHIP: Figures;
  ATTENDANCE: Figures;
  MEETING: Figures;
  CASE: Figures;
  GRANT: Figures;
  ENTITY: Figures;
}

function citedIn(plan: ComparablePlan, documentId: string) {
  const ids = new Map(plan.citations.filter((c) => c.documentId === documentId).map((c) => [c.id, c.reading === null]));
  return {
    cited: (citationIds: readonly string[]) => citationIds.some((id) => ids.has(id)),
    stated: (citationIds: readonly string[]) => citationIds.some((id) => ids.get(id) === true),
  };
}

/**
 * Every kind's figures for one document. `known`: the ids of the gazetteer the proposals were made with (an
 * ENTITY proposal is right for a seed person or body of the document that gazetteer does not hold).
 */
export function compareDocument(
  plan: ComparablePlan,
  documentId: string,
  proposals: readonly ProposalDraft[],
  known: ReadonlySet<string>,
): DocumentFigures {
  const resolve = new Resolver(gazetteerOf(plan));
  const { cited, stated } = citedIn(plan, documentId);
  const of = (kind: string) => proposals.filter((draft) => draft.kind === kind);
  const entities = plan.entities.filter((entity) => cited(entity.citationIds));
  const meetingBody = new Map(
    plan.relations.filter((relation) => relation.type === 'MEETING_OF').map((r) => [r.fromId, r.toId]),
  );
  const dateOf = new Map(plan.entities.map((entity) => [entity.id, entity.dates.date]));
  const score = <F extends { citationIds: readonly string[] }>(
    kind: string,
    facts: readonly F[],
    states: (draft: ProposalDraft, fact: F) => boolean,
  ) => {
    const drafts = of(kind);
    const { found, right } = pair(drafts, facts, states);
    const expected = facts.map((fact, index) => ({ fact, index })).filter(({ fact }) => stated(fact.citationIds));
    return figures(
      expected.length,
      drafts.length,
      right.filter(Boolean).length,
      expected.filter(({ index }) => found.has(index)).length,
      facts.length - expected.length,
    );
  };
  const seats = (kind: 'ROLE' | 'MEMBERSHIP') => {
    const { missed: _missed, wrong: _wrong, ...rest } = compareWithSeed(plan, documentId, proposals, { resolve, kind });
    return rest;
  };
  const sameBody = (mention: Mention | undefined, meetingId: string) => {
    const stated = meetingBody.get(meetingId);
    return bodiesAgree([mention], stated === undefined ? [] : [stated], resolve);
  };
  const recipients = new Map<string, string[]>();
  for (const relation of plan.relations.filter((candidate) => candidate.type === 'GRANTED_TO'))
    recipients.set(relation.fromId, [...(recipients.get(relation.fromId) ?? []), relation.toId]);

  const attended = plan.relations.filter((relation) => relation.type === 'ATTENDED' && cited(relation.citationIds));
  const meetings = entities.filter((entity) => entity.kind === 'MEETING' && entity.dates.date !== undefined);
  const cases = entities.filter((entity) => entity.kind === 'CASE' && typeof entity.props.number === 'string');
  const grants = entities.filter((entity) => entity.kind === 'GRANT' && typeof entity.props.amountNok === 'number');
  const newEntities = entities.filter(
    (entity) => (entity.kind === 'PERSON' || isBody(entity.kind)) && !known.has(entity.id),
  );
  return {
    ROLE: seats('ROLE'),
    MEMBERSHIP: seats('MEMBERSHIP'),
    ATTENDANCE: score(
      'ATTENDANCE',
      attended,
      (draft, relation) =>
        resolve.person(draft.person) === relation.fromId &&
        draft.attendance === relation.attendance &&
        draft.date === dateOf.get(relation.toId) &&
        sameBody(draft.meeting, relation.toId),
    ),
    MEETING: score(
      'MEETING',
      meetings,
      (draft, meeting) => draft.date === meeting.dates.date && sameBody(draft.organization, meeting.id),
    ),
    CASE: score('CASE', cases, (draft, found) => draft.caseNumber === found.props.number),
    GRANT: score(
      'GRANT',
      grants,
      (draft, grant) =>
        draft.amountNok === grant.props.amountNok &&
        bodiesAgree([draft.organization], recipients.get(grant.id) ?? [], resolve),
    ),
    ENTITY: score('ENTITY', newEntities, (draft, entity) =>
      entity.kind === 'PERSON'
        ? resolve.person(draft.person) === entity.id
        : resolve.body(draft.organization ?? draft.onBehalfOf) === entity.id,
    ),
  };
}

/** What became of one person mention matched against the full graph. */
export type MatchOutcome = 'RIGHT' | 'FALSE_MERGE' | 'LEFT_NEW' | 'NEW' | 'NOT_JUDGED';

export interface MatchJudgement {
  name: string;
  quote: string;
  /** The person the seed means, when it can tell. */
  seedId: string | null;
  /** The best candidate, when there is one, and why. */
  matchId: string | null;
  reason: MatchReason | null;
  outcome: MatchOutcome;
}

/**
 * Judges every person mention (of ROLE, MEMBERSHIP, ATTENDANCE and ENTITY proposals, once per name and quote)
 * against the person the seed means. The seed means the person whose name or alias (the spellings the seed
 * records from its documents) is the mention, folded; else the one person of the same surname that a seed fact of
 * this document quotes from the mention's words. RIGHT: the best candidate is that person; FALSE_MERGE: it is
 * another; LEFT_NEW: no candidate, though the seed knows the person; NEW: no candidate and the seed knows no one;
 * NOT_JUDGED: a candidate, but the seed says nothing of the mention here.
 */
export function judgeMatches(
  plan: ComparablePlan,
  documentId: string,
  text: string,
  proposals: readonly ProposalDraft[],
): MatchJudgement[] {
  const spellings = new Map<string, Set<string>>();
  for (const entity of plan.entities) {
    if (entity.kind !== 'PERSON') continue;
    for (const name of [entity.name, ...entity.aliases]) {
      const key = foldName(name);
      spellings.set(key, (spellings.get(key) ?? new Set()).add(entity.id));
    }
  }
  const name = new Map(plan.entities.map((entity) => [entity.id, entity.name]));
  const aliases = new Map(plan.entities.map((entity) => [entity.id, entity.aliases]));
  const quotes = new Map(
    plan.citations.filter((c) => c.documentId === documentId).map((c) => [c.id, foldWhitespace(c.quote)]),
  );
  // Person → the quotes of this document's seed facts about them.
  const factsOf = new Map<string, string[]>();
  const note = (personId: string, citationIds: readonly string[]) => {
    const list = factsOf.get(personId) ?? [];
    for (const id of citationIds) {
      const quote = quotes.get(id);
      if (quote) list.push(quote);
    }
    factsOf.set(personId, list);
  };
  for (const role of plan.roles) note(role.personId, role.citationIds);
  for (const relation of plan.relations) note(relation.fromId, relation.citationIds);
  for (const entity of plan.entities) if (entity.kind === 'PERSON') note(entity.id, entity.citationIds);
  const surname = (written: string) => foldName(written).split(' ').at(-1) ?? '';

  const judged: MatchJudgement[] = [];
  const seen = new Set<string>();
  for (const draft of proposals) {
    if (!['ROLE', 'MEMBERSHIP', 'ATTENDANCE', 'ENTITY'].includes(draft.kind) || !draft.person) continue;
    const quote = text.slice(draft.quote.start, draft.quote.end);
    const key = `${draft.person.name}|${quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const curated = [...(spellings.get(foldName(draft.person.name)) ?? [])];
    let seedId: string | null = curated.length === 1 ? (curated[0] ?? null) : null;
    if (seedId === null && curated.length === 0) {
      const words = foldWhitespace(quote);
      const quoted = [...factsOf]
        .filter(
          ([personId, list]) =>
            [name.get(personId) ?? '', ...(aliases.get(personId) ?? [])].some(
              (spelling) => surname(spelling) === surname(draft.person?.name ?? ''),
            ) && list.some((fact) => fact.includes(words) || words.includes(fact)),
        )
        .map(([personId]) => personId);
      if (quoted.length === 1) seedId = quoted[0] ?? null;
    }
    const matchId = confidentMatch(draft.person) ?? null;
    const outcome: MatchOutcome =
      matchId === null
        ? seedId === null
          ? 'NEW'
          : 'LEFT_NEW'
        : seedId === null
          ? 'NOT_JUDGED'
          : matchId === seedId
            ? 'RIGHT'
            : 'FALSE_MERGE';
    judged.push({
      name: draft.person.name,
      quote,
      seedId,
      matchId,
      reason: draft.person.matches[0]?.reason ?? null,
      outcome,
    });
  }
  return judged;
}

/** A part of a document found by the words its first line and the line after it begin with. */
export interface Section {
  documentId: string;
  name: string;
  /** The words the section's first line begins with (whitespace folded, Markdown marks left out). */
  from: string;
  /** The words the first line after the section begins with. */
  until: string;
}

/** Where `section` is in the stored text and in the seed's folded text, or null when an anchor is not found. */
export function locate(section: Section, text: string, seedText: string): Part | null {
  const lines: { start: number; words: string }[] = [];
  let offset = 0;
  for (const raw of text.split('\n')) {
    lines.push({ start: offset, words: foldWhitespace(raw.replace(/[#*_]/g, '')) });
    offset += raw.length + 1;
  }
  const first = lines.findIndex((line) => line.words.startsWith(section.from));
  const after = lines.findIndex((line, index) => index > first && line.words.startsWith(section.until));
  const folded = foldWhitespace(seedText);
  const foldedStart = folded.indexOf(section.from);
  const foldedEnd = foldedStart < 0 ? -1 : folded.indexOf(section.until, foldedStart);
  if (first < 0 || after < 0 || foldedStart < 0 || foldedEnd < 0) return null;
  return {
    stored: { start: lines[first]?.start ?? 0, end: lines[after]?.start ?? 0 },
    folded: { start: foldedStart, end: foldedEnd },
  };
}
