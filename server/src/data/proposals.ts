import DataLoader from 'dataloader';
import {
  attendancesOfMeetings,
  casesByNumber,
  citationsById,
  createProposals,
  dutiesOfPersons,
  editsById,
  entitiesById,
  gazetteerEntities,
  grantsByAmount,
  meetingsOfBodies,
  proposalCounts,
  proposalsById,
  proposalsCompleteOf,
  proposalsOfDocument,
  proposedEditsOfDocuments,
  proposedEditsOfKinds,
  rolesAtPlaces,
  rolesOfPersons,
  spellingJudgements,
} from '../cypher/index.js';
import { foldName, MATCH_FLOOR } from '../domain/names.js';
import type { Gazetteer, Mention, ProposalDraft } from '../domain/proposals.js';
import { isSingleSeat, postTitle } from '../domain/seats.js';
import type { EntityKindValue } from '../domain/vocabulary.js';
import type { Params, Row, TransactionRunner } from '../graph/store.js';
import { type Batch, byId } from './batch.js';
import { toEditRow } from './mapping.js';
import type { MatchCandidateRow, ProposalRow, ProposedEntityRow } from './rows.js';

// Proposals of an uploaded document (issue 15, docs/ingest.md "Proposals: stored, matched, reviewed"): the rule
// engine's drafts (ingest/proposals/) matched against the graph — each name with its ranked candidates, the
// remembered judgements of a spelling applied — and classified by what accepting them would do: a new fact, a new
// observation of a known fact (`restates`), or a conflict with a known one (another holder of the same seat).

type Run = (statement: Parameters<TransactionRunner['run']>[0], params?: Params) => Promise<Row[]>;

/** The kinds the gazetteer lists: people and every body a document names. */
export const GAZETTEER_KINDS: readonly EntityKindValue[] = [
  'PERSON',
  'MUNICIPALITY',
  'ORGANIZATION',
  'UNIVERSITY',
  'FUNDER',
  'PROJECT',
];

/** A candidate from this score up is proposed as the match; below it the name is proposed as new (with candidates). */

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** The graph's gazetteer: every person's and body's name and aliases (the name first). */
export async function readGazetteer(read: Run): Promise<Gazetteer> {
  const rows = await read(gazetteerEntities, { kinds: [...GAZETTEER_KINDS] });
  return rows.map((row) => ({
    id: String(row.id),
    kind: String(row.kind) as EntityKindValue,
    names: [String(row.name), ...strings(row.aliases)],
  }));
}

// ---- remembered judgements (matchProposal) ----------------------------------------------------------------------

/** Which slot kind a judgement is for: persons, bodies, meetings. */
export type JudgementScope = 'PERSON' | 'BODY' | 'MEETING';

/** A reviewer's judgement of one spelling: it is `sameAs` (or new), and not any of `notIds`. */
export interface SpellingJudgement {
  id: string;
  scope: JudgementScope;
  spelling: string;
  sameAs: string | null;
  notIds: string[];
  /** Who judged it last (a user id), and when (ISO date-time); null for a judgement stored before they were kept. */
  judgedBy: string | null;
  judgedAt: string | null;
}

export function judgementIdOf(scope: JudgementScope, name: string): string {
  return `spelling:${scope.toLowerCase()}:${foldName(name)}`;
}

export function scopeOfSlot(slot: 'person' | 'organization' | 'onBehalfOf' | 'meeting'): JudgementScope {
  return slot === 'person' ? 'PERSON' : slot === 'meeting' ? 'MEETING' : 'BODY';
}

export async function readJudgements(read: Run): Promise<Map<string, SpellingJudgement>> {
  const rows = await read(spellingJudgements);
  return new Map(
    rows.map((row) => {
      const map = row.judgement as Row;
      const judgement: SpellingJudgement = {
        id: String(map.id),
        scope: String(map.scope) as JudgementScope,
        spelling: String(map.spelling),
        sameAs: map.sameAs === null || map.sameAs === undefined ? null : String(map.sameAs),
        notIds: strings(map.notIds),
        judgedBy: map.judgedBy === null || map.judgedBy === undefined ? null : String(map.judgedBy),
        judgedAt: map.judgedAt === null || map.judgedAt === undefined ? null : String(map.judgedAt),
      };
      return [judgement.id, judgement];
    }),
  );
}

/** The candidates of a name with its judgement applied: the entity judged the same first, those passed over gone. */
export function judged(
  candidates: MatchCandidateRow[],
  judgement: SpellingJudgement | undefined,
): { candidates: MatchCandidateRow[]; judgedNew: boolean } {
  if (!judgement) return { candidates, judgedNew: false };
  const kept = candidates.filter((candidate) => !judgement.notIds.includes(candidate.id));
  if (judgement.sameAs === null) return { candidates: kept, judgedNew: true };
  const sameAs = judgement.sameAs;
  return {
    candidates: [
      { id: sameAs, reason: 'JUDGED_SAME', score: 1 },
      ...kept.filter((candidate) => candidate.id !== sameAs),
    ],
    judgedNew: false,
  };
}

// ---- classification ---------------------------------------------------------------------------------------------

interface KnownRole {
  id: string;
  personId: string;
  personName: string;
  title: string;
  heldInId: string | null;
  onBehalfOfId: string | null;
  validFrom: string | null;
  validTo: string | null;
  duty: boolean;
  citationIds: string[];
}

interface KnownGrant {
  id: string;
  name: string;
  amountNok: number;
  year: number | null;
  recipientIds: string[];
  /** Who gave it (GRANTED_BY). */
  funderIds: string[];
  citationIds: string[];
}

interface KnownCase {
  id: string;
  number: string;
  meetingId: string | null;
  bodyId: string | null;
}

interface KnownMeeting {
  id: string;
  name: string;
  bodyId: string;
  date: string | null;
}

const day = (value: unknown): string | null =>
  value === null || value === undefined ? null : String(value).slice(0, 10);

function knownRole(map: Row): KnownRole {
  return {
    id: String(map.id),
    personId: String(map.personId),
    personName: String(map.personName ?? map.personId),
    title: String(map.title),
    heldInId: map.heldInId === null || map.heldInId === undefined ? null : String(map.heldInId),
    onBehalfOfId: map.onBehalfOfId === null || map.onBehalfOfId === undefined ? null : String(map.onBehalfOfId),
    validFrom: day(map.validFrom),
    validTo: day(map.validTo),
    duty: map.duty === true,
    citationIds: strings(map.citationIds),
  };
}

const sameTitle = (a: string, b: string) => foldName(postTitle(a)) === foldName(postTitle(b));

/** The document a proposal is read from: its period (a fact without one is known to hold in it). */
export interface ProposalDocument {
  id: string;
  coversStart: string | null;
  coversEnd: string | null;
}

const MONTHS = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];

/** A day in Norwegian words: 5. november 2021. */
export function norwegianDay(iso: string): string {
  const [year, month, date] = iso.split('-').map(Number);
  return `${date}. ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

const ATTENDANCE_WORDS: Record<string, string> = {
  PRESENT: 'til stede',
  ABSENT: 'ikke til stede',
  PARTLY: 'til stede på deler av møtet',
  FOR_CASE: 'til stede på sak',
};

/** The wording an ATTENDED relation records for a typed attendance (domain/attendance.ts reads it back). */
export const ATTENDANCE_WORDING: Record<string, string> = {
  PRESENT: 'til stede',
  ABSENT: 'ikke til stede',
  PARTLY: 'til stede på deler av møtet',
  FOR_CASE: 'på sak',
};

/** A proposal in one Norwegian sentence. */
export function summaryOf(row: Omit<ProposalRow, 'summary'>): string {
  const name = (entity: ProposedEntityRow | null) => entity?.name ?? '';
  const place = [
    row.organization ? ` i ${name(row.organization)}` : '',
    row.onBehalfOf && name(row.onBehalfOf) !== name(row.organization) ? ` for ${name(row.onBehalfOf)}` : '',
  ].join('');
  const when = row.date ? ` ${norwegianDay(row.date)}` : '';
  switch (row.kind) {
    case 'ROLE':
      return `Rolle: ${name(row.person)}, ${row.title ?? ''}${row.caseNumber ? ` i sak ${row.caseNumber}` : place}`;
    case 'MEMBERSHIP':
      return `Medlem: ${name(row.person)} (${row.title ?? 'medlem'})${place}`;
    case 'ATTENDANCE':
      return `Oppmøte: ${name(row.person)} ${ATTENDANCE_WORDS[row.attendance ?? 'PRESENT'] ?? ''} på møtet i ${name(row.meeting)}${when}`;
    case 'MEETING':
      return `Møte: ${name(row.organization)}${when}`;
    case 'CASE':
      return `Sak ${row.caseNumber ?? ''}${row.title ? `: ${row.title}` : ''}${row.meeting ? ` (${name(row.meeting)}${when})` : ''}`;
    case 'GRANT':
      return `Tilskudd: ${row.amountNok === null ? '' : `${row.amountNok.toLocaleString('nb-NO').replace(/\s/g, ' ')} kr`}${row.title ? ` til ${row.title}` : ''}${row.organization ? ` til ${name(row.organization)}` : ''}`;
    case 'ENTITY':
      return row.person ? `Ny person: ${name(row.person)}` : `Ny enhet: ${name(row.organization)}`;
    default:
      return `Forbindelse: ${name(row.person)}${place}`;
  }
}

function overlaps(role: KnownRole, document: ProposalDocument): boolean {
  const start = document.coversStart;
  const end = document.coversEnd;
  if (start === null || end === null) return role.validTo === null;
  return (role.validFrom === null || role.validFrom <= end) && (role.validTo === null || role.validTo >= start);
}

/** The known roles this proposal may restate: the same person, title (folded) and place (body / on whose behalf). */
function restatedRoles(
  roles: readonly KnownRole[],
  personId: string,
  title: string,
  places: { organization: string | null; onBehalfOf: string | null; caseId: string | null; others: string[] },
  /** A place the proposal names that the graph does not know (no match, no candidate): then it names a new seat. */
  unknownPlace = false,
): KnownRole[] {
  // The places named, and the other candidates of their names (a body written "arbeidsgruppe", known as
  // "Arbeidsgruppen": the reviewer sees the candidate; the role it restates is the same).
  const wanted = new Set(
    [places.organization, places.onBehalfOf, ...places.others].filter((id): id is string => id !== null),
  );
  const found = roles.filter((role) => {
    if (role.personId !== personId || !sameTitle(role.title, title)) return false;
    if (places.caseId !== null || role.duty) return role.duty && role.heldInId === places.caseId;
    if (wanted.size === 0) return !unknownPlace;
    const theirs = [role.heldInId, role.onBehalfOfId].filter((id): id is string => id !== null);
    if (theirs.length === 0) return false;
    // Every place the graph states must be one the proposal names (a member of another council is another seat),
    // except the body when the proposal names none: "Frøya  Geir Meland" under a council's table restates his seat
    // on Frøya's behalf in the council the graph knows.
    return (
      theirs.every((id) => wanted.has(id)) ||
      (role.heldInId !== null && role.heldInId === places.organization) ||
      (!unknownPlace && places.organization === null && role.onBehalfOfId !== null && wanted.has(role.onBehalfOfId))
    );
  });
  return [...new Map(found.map((role) => [role.id, role])).values()];
}

/**
 * Who a grant's named funder may be (restatedGrant's `funders`): its candidates, or a funder the graph does not know
 * by its folded name ("innvilget av Sparebank1 SMN, med 7 mill.": another funder than any grant's).
 */
function fundersNamed(funder: Mention): ReadonlySet<string> {
  if (funder.matches.length > 0) return new Set(funder.matches.map((candidate) => candidate.id));
  return new Set(foldName(funder.name) === '' ? [] : [unknownFunder(funder.name)]);
}

/** The identity restatedGrant gives a funder the graph does not know: its folded name, which no entity id is. */
const unknownFunder = (name: string) => `unknown-funder:${foldName(name)}`;

/** Whitespace folded, for comparing a proposal's quote with the graph's quotes (which fold line breaks). */
const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A known grant this amount restates: one of the same whole kroner that the text tells apart — by its recipient
 * (`GRANTED_TO`), what it is for ("Barn og unge-prosjektet: 1,5 mill."), the year it is for ("3.812.000,- for
 * 2025"), or a quote of the graph that has the amount with the same word beside it (`cited`: "med 7 mill."). An
 * amount alone restates nothing: "Frøya kommune ble tildelt kr 150 000" is not Statsforvalteren's kr 150 000; nor
 * does a text that names another funder than the grant's ("innvilget av Sparebank1 SMN, med 7 mill.").
 */
function restatedGrant(
  grants: readonly KnownGrant[],
  amountNok: number,
  told: {
    recipients: ReadonlySet<string>;
    label: string | null;
    year: number | null;
    /**
     * Who the funder the text names may be: its candidates' ids, or for a funder the graph does not know its name
     * (`unknownFunder`), which is no grant's funder; null or empty when the text names none.
     */
    funders: ReadonlySet<string> | null;
  },
  cited: (grant: KnownGrant) => boolean,
): KnownGrant | undefined {
  let same = grants.filter((grant) => grant.amountNok === amountNok);
  // A grant the graph knows from another funder is never restated, however alike the words ("med 7 mill."): the
  // veto needs a funder named (an empty set is none) that is none of the grant's.
  const funders = told.funders;
  if (funders !== null && funders.size > 0) {
    same = same.filter((grant) => grant.funderIds.length === 0 || grant.funderIds.some((id) => funders.has(id)));
  }
  let tellsApart = false;
  if (told.recipients.size > 0) {
    same = same.filter((grant) => grant.recipientIds.some((id) => told.recipients.has(id)));
    tellsApart = true;
  }
  const label = told.label;
  if (label !== null) {
    const labelled = same.filter((grant) => foldName(grant.name).includes(foldName(label)));
    if (labelled.length > 0 || !tellsApart) {
      same = labelled;
      tellsApart = true;
    }
  }
  if (told.year !== null) {
    same = same.filter((grant) => grant.year === told.year);
    tellsApart = true;
  }
  if (tellsApart && same.length === 1) return same[0];
  const quoted = same.filter(cited);
  return quoted.length === 1 ? quoted[0] : undefined;
}

/** The stored proposals of a document: drafts matched, judged and classified against the graph (`run`: the upload's transaction). */
export async function classifiedProposals(
  run: Run,
  document: ProposalDocument,
  text: string,
  drafts: readonly ProposalDraft[],
  gazetteer: Gazetteer,
): Promise<Omit<ProposalRow, never>[]> {
  const judgements = await readJudgements(run);
  const kindOf = new Map(gazetteer.map((entry) => [entry.id, entry.kind]));
  // New persons other reviews have proposed and no one has approved yet: a person of the same name is shown as a
  // candidate (PENDING_NEW), never matched (a name alone is no reason to be the same: two Ola Hansens).
  const waiting = (await run(proposedEditsOfKinds, { status: 'PROPOSED', kinds: ['ADD_PERSON'] })).map((row) => {
    const edit = toEditRow(row.edit as Row);
    return {
      editId: edit.id,
      personId: edit.entityIds[0] ?? '',
      names: [String(edit.input.name ?? ''), ...strings(edit.input.aliases)].map(foldName),
    };
  });
  const pendingOf = (name: string): MatchCandidateRow[] =>
    waiting
      .filter((pending) => pending.personId !== '' && pending.names.includes(foldName(name)))
      .map((pending) => ({ id: pending.personId, reason: 'PENDING_NEW', score: 0.5, pendingEdit: pending.editId }));
  const slot = (
    mention: Mention | undefined,
    scope: JudgementScope,
    fallback: EntityKindValue,
  ): ProposedEntityRow | null => {
    if (!mention || mention.name === '') return null;
    const found: MatchCandidateRow[] = mention.matches.map((candidate) => ({
      id: candidate.id,
      reason: candidate.reason,
      score: candidate.score,
    }));
    const { candidates: judgedCandidates, judgedNew } = judged(
      found.filter((candidate) => candidate.reason !== 'PENDING_NEW'),
      judgements.get(judgementIdOf(scope, mention.name)),
    );
    const best = judgedCandidates[0];
    const match = !judgedNew && best && best.score >= MATCH_FLOOR ? best.id : null;
    const candidates =
      scope === 'PERSON' && match === null ? [...judgedCandidates, ...pendingOf(mention.name)] : judgedCandidates;
    return {
      name: mention.name,
      kind: (best && kindOf.get(best.id)) ?? fallback,
      match,
      candidates,
    };
  };

  // First pass: every name matched.
  const rows = drafts.map((draft) => {
    const person = slot(draft.person, 'PERSON', 'PERSON');
    const organization = slot(draft.organization, 'BODY', 'ORGANIZATION');
    const onBehalfOf = slot(draft.onBehalfOf, 'BODY', 'MUNICIPALITY');
    // A meeting is named by its body and day: the body as the rules read it.
    const body =
      draft.kind === 'MEETING' ? organization : draft.meeting ? slot(draft.meeting, 'BODY', 'ORGANIZATION') : null;
    return { draft, person, organization, onBehalfOf, body };
  });

  const bodyIds = new Set<string>();
  const personIds = new Set<string>();
  const placeIds = new Set<string>();
  for (const row of rows) {
    for (const candidate of row.body?.candidates ?? []) bodyIds.add(candidate.id);
    if (row.person?.match) personIds.add(row.person.match);
    for (const place of [row.organization?.match, row.onBehalfOf?.match]) if (place) placeIds.add(place);
  }
  const meetings: KnownMeeting[] = (await run(meetingsOfBodies, { ids: [...bodyIds] })).map((row) => ({
    id: String(row.id),
    name: String(row.name),
    bodyId: String(row.ownerId),
    date: day(row.date),
  }));
  const numbers = [...new Set(drafts.map((draft) => draft.caseNumber).filter((n): n is string => Boolean(n)))];
  const optional = (value: unknown) => (value === null || value === undefined ? null : String(value));
  const cases: KnownCase[] = (await run(casesByNumber, { numbers, kind: 'CASE' })).map((row) => ({
    id: String(row.id),
    number: String(row.number),
    meetingId: optional(row.meetingId),
    bodyId: optional(row.bodyId),
  }));
  for (const found of cases) placeIds.add(found.id);
  const amounts = [
    ...new Set(drafts.flatMap((draft) => (draft.kind === 'GRANT' && draft.amountNok ? [draft.amountNok] : []))),
  ];
  const grants: KnownGrant[] = (amounts.length > 0 ? await run(grantsByAmount, { amounts }) : []).map((row) => ({
    id: String(row.id),
    name: String(row.name ?? ''),
    amountNok: Number(row.amountNok),
    year: row.year === null || row.year === undefined ? null : Number(row.year),
    recipientIds: strings(row.recipientIds),
    funderIds: strings(row.funderIds),
    citationIds: strings(row.citationIds),
  }));
  const personRoles = [
    ...(await run(rolesOfPersons, { ids: [...personIds], asOf: null })),
    ...(await run(dutiesOfPersons, { ids: [...personIds] })),
  ].map((row) => knownRole({ ...(row.role as Row), personName: null }));
  const placeRoles = (await run(rolesAtPlaces, { ids: [...placeIds] })).map((row) => knownRole(row.role as Row));
  const roles = [...personRoles, ...placeRoles];
  // The quotes the graph already has for these people and their roles: a passage the graph cites for a person's
  // fact restates that fact, whatever title the rules read in it ("Ingjerd Astad orienterer." is the quote of her
  // duty as innleder in 76/21; "Knut Haugen, kommunedirektør" the quote of his entry, with no seat the text states).
  const persons = personIds.size > 0 ? await run(entitiesById, { ids: [...personIds] }) : [];
  const personCitations = new Map(
    persons.map((row) => [String((row.entity as Row).id), strings((row.entity as Row).citationIds)]),
  );
  const citationIds = [
    ...new Set([
      ...personRoles.flatMap((role) => role.citationIds),
      ...[...personCitations.values()].flat(),
      ...grants.flatMap((grant) => grant.citationIds),
    ]),
  ];
  const quoteOf = new Map(
    (citationIds.length > 0 ? await run(citationsById, { ids: citationIds }) : []).map((row) => {
      const citation = row.citation as Row;
      return [String(citation.id), spaced(String(citation.quote ?? ''))];
    }),
  );
  const cites = (ids: readonly string[], quote: string) => {
    const wanted = spaced(quote);
    return wanted.length >= 8 && ids.some((id) => quoteOf.get(id)?.includes(wanted) === true);
  };

  // The meeting each proposal is at: a meeting of one of its body's candidates on its day.
  const meetingSlot = (body: ProposedEntityRow | null, date: string | undefined): ProposedEntityRow | null => {
    if (!body) return null;
    const name = date ? `${body.name} ${norwegianDay(date)}` : body.name;
    const candidates: MatchCandidateRow[] = [];
    for (const candidate of body.candidates) {
      for (const meeting of meetings) {
        if (meeting.bodyId === candidate.id && date !== undefined && meeting.date === date) {
          candidates.push({ id: meeting.id, reason: candidate.reason, score: candidate.score });
        }
      }
    }
    const { candidates: ranked, judgedNew } = judged(candidates, judgements.get(judgementIdOf('MEETING', name)));
    const best = ranked[0];
    return { name, kind: 'MEETING', match: !judgedNew && best ? best.id : null, candidates: ranked };
  };
  const meetingIds = new Set<string>();
  const meetingOf = rows.map(({ draft, body }) => {
    const meeting = draft.kind === 'MEETING' || draft.meeting ? meetingSlot(body, draft.date) : null;
    if (meeting?.match) meetingIds.add(meeting.match);
    return meeting;
  });
  const attendances = (await run(attendancesOfMeetings, { ids: [...meetingIds] })).map((row) => ({
    id: String(row.id),
    meetingId: String(row.ownerId),
    personId: String(row.personId),
  }));

  // The case a number names here: the one on the proposal's meeting; else one of its body's (every body numbers its
  // cases 1/21, 2/21, … each year, so a number alone names a case only when the graph has one case of that number).
  const caseFor = (
    number: string | undefined,
    meeting: ProposedEntityRow | null,
    body: ProposedEntityRow | null,
  ): KnownCase | undefined => {
    if (!number) return undefined;
    const found = cases.filter((known) => known.number === number);
    if (meeting?.match) return found.find((known) => known.meetingId === meeting.match);
    const bodies = new Set((body?.candidates ?? []).map((candidate) => candidate.id));
    if (bodies.size > 0) return found.find((known) => known.bodyId !== null && bodies.has(known.bodyId));
    return new Set(found.map((known) => known.id)).size === 1 ? found[0] : undefined;
  };
  // A case duty's case: as its own context says, else the case the document's heading of that number is.
  const headed = new Map<string, KnownCase>();
  rows.forEach(({ draft, body }, index) => {
    const found = draft.kind === 'CASE' ? caseFor(draft.caseNumber, meetingOf[index] ?? null, body) : undefined;
    if (found && draft.caseNumber && !headed.has(draft.caseNumber)) headed.set(draft.caseNumber, found);
  });

  return rows.map(({ draft, person, organization, onBehalfOf, body }, index): ProposalRow => {
    const meeting = meetingOf[index] ?? null;
    const quote = text.slice(draft.quote.start, draft.quote.end);
    let effect: ProposalRow['effect'] = 'NEW_FACT';
    let restates: string | null = null;
    const conflicts: string[] = [];
    const theCase = draft.caseNumber
      ? (caseFor(draft.caseNumber, meeting, body) ?? headed.get(draft.caseNumber))
      : undefined;
    // A membership without a title word is a seat as member (medlem), as the seed records one.
    const title = draft.title ?? (draft.kind === 'MEMBERSHIP' ? 'medlem' : undefined);
    if ((draft.kind === 'ROLE' || draft.kind === 'MEMBERSHIP') && title) {
      const places = {
        organization: organization?.match ?? null,
        onBehalfOf: onBehalfOf?.match ?? null,
        // A duty in a case the graph does not have restates no duty (and never a seat).
        caseId: draft.kind === 'ROLE' && draft.caseNumber ? (theCase?.id ?? `case?${draft.caseNumber}`) : null,
        others: [organization, onBehalfOf].flatMap((entity) => entity?.candidates.map((c) => c.id) ?? []),
      };
      const named = new Set(
        [places.organization, places.onBehalfOf, ...places.others].filter((id): id is string => id !== null),
      );
      const inPlace = (role: KnownRole) =>
        places.caseId !== null
          ? role.duty && role.heldInId === places.caseId
          : named.size === 0 || [role.heldInId, role.onBehalfOfId].some((id) => id !== null && named.has(id));
      // "Utvalg: Havbruksforum" (a body the graph does not know) names a new seat, never one of the person's others.
      const unknownPlace = [organization, onBehalfOf].some(
        (entity) => entity !== null && entity.match === null && entity.candidates.length === 0,
      );
      const personId = person?.match ?? null;
      const same = personId === null ? [] : restatedRoles(roles, personId, title, places, unknownPlace);
      const citing = (list: readonly KnownRole[]) => list.find((role) => cites(role.citationIds, quote));
      // The role that cites this very passage, else the only one of the title there, else any role of the person
      // there that cites it.
      const known =
        citing(same) ??
        (same.length === 1 ? same[0] : undefined) ??
        (personId === null ? undefined : citing(roles.filter((role) => role.personId === personId && inPlace(role))));
      const personCites =
        personId !== null && places.caseId === null && cites(personCitations.get(personId) ?? [], quote);
      if (known) {
        effect = 'OBSERVATION';
        restates = known.id;
      } else if (personCites && !unknownPlace && (named.size === 0 || same.length > 1)) {
        // A passage the graph quotes for the person, naming no place (or several seats of the title): what it says
        // of them is recorded already (his entry, "Robert Øyum -Jakobsen  Utviklingsveileder oppvekst  På sak").
        effect = 'OBSERVATION';
        restates = personId;
      } else if (same.length > 1) {
        // Several seats of the title and nothing to tell them apart: the one held in the document's period first.
        const held = same.find((role) => overlaps(role, document)) ?? (same[0] as KnownRole);
        effect = 'OBSERVATION';
        restates = held.id;
      } else if (isSingleSeat(title) && (places.organization || places.onBehalfOf)) {
        const seat = new Set([places.organization, places.onBehalfOf].filter((id): id is string => id !== null));
        const holders = roles.filter(
          (role) =>
            role.personId !== person?.match &&
            !role.duty &&
            sameTitle(role.title, title) &&
            [role.heldInId, role.onBehalfOfId].some((id) => id !== null && seat.has(id)) &&
            overlaps(role, document),
        );
        const placeName = onBehalfOf?.name ?? organization?.name ?? '';
        for (const holder of new Map(holders.map((role) => [role.id, role])).values()) {
          const period = [holder.validFrom ?? '', holder.validTo ?? ''].join('–');
          conflicts.push(`${holder.personName} er ${holder.title.toLowerCase()}, ${placeName} (${period})`);
        }
        if (conflicts.length > 0) effect = 'CONFLICT';
      }
    } else if (draft.kind === 'ATTENDANCE' && person?.match && meeting?.match) {
      const known = attendances.find(
        (attended) => attended.meetingId === meeting.match && attended.personId === person.match,
      );
      if (known) {
        effect = 'OBSERVATION';
        restates = known.id;
      }
    } else if (draft.kind === 'MEETING' && meeting?.match) {
      effect = 'OBSERVATION';
      restates = meeting.match;
    } else if (draft.kind === 'CASE' && theCase) {
      effect = 'OBSERVATION';
      restates = theCase.id;
    } else if (draft.kind === 'GRANT' && draft.amountNok) {
      const recipients = new Set(
        [organization?.match, onBehalfOf?.match].filter((id): id is string => typeof id === 'string'),
      );
      const year = /(?:for|i)\s+((?:19|20)\d{2})(?!\d)\s*$/u.exec(quote)?.[1];
      // The amount with the word before or after it, as the graph's quotes of a grant may have it.
      const before = /\S+\s*$/u.exec(text.slice(Math.max(0, draft.quote.start - 40), draft.quote.start))?.[0];
      const after = /^\s*\S+/u.exec(text.slice(draft.quote.end, draft.quote.end + 40))?.[0];
      const withNeighbour = [before ? `${before}${quote}` : null, after ? `${quote}${after}` : null].filter(
        (words): words is string => words !== null,
      );
      const known = restatedGrant(
        grants,
        draft.amountNok,
        {
          recipients,
          label: draft.title ?? null,
          year: year ? Number(year) : null,
          funders: draft.funder ? fundersNamed(draft.funder) : null,
        },
        (grant) => withNeighbour.some((words) => cites(grant.citationIds, words)),
      );
      if (known) {
        effect = 'OBSERVATION';
        restates = known.id;
      }
    }
    const row: Omit<ProposalRow, 'summary'> = {
      id: `proposal:${document.id.replace(/^doc:/, '')}:${index + 1}`,
      documentId: document.id,
      seq: index + 1,
      kind: draft.kind,
      status: 'OPEN',
      start: draft.quote.start,
      end: draft.quote.end,
      quote,
      rule: draft.rule,
      confidence: draft.confidence,
      person,
      organization: draft.kind === 'MEETING' || draft.kind === 'ENTITY' || organization ? organization : null,
      onBehalfOf,
      meeting,
      title: title ?? draft.title ?? null,
      attendance: draft.attendance ?? null,
      date: draft.date ?? null,
      amountNok: draft.amountNok ?? null,
      caseNumber: draft.caseNumber ?? null,
      decision: draft.decision ?? null,
      effect,
      restates,
      conflicts,
      editIds: [],
      editedBy: [],
    };
    return { ...row, summary: summaryOf(row) };
  });
}

// ---- storage ----------------------------------------------------------------------------------------------------

const SLOTS = ['person', 'organization', 'onBehalfOf', 'meeting'] as const;

/** A proposal as stored: its names as JSON (a node property holds no maps). */
export function proposalProps(row: ProposalRow): Record<string, unknown> {
  const props: Record<string, unknown> = { ...row };
  for (const slot of SLOTS) props[slot] = row[slot] === null ? null : JSON.stringify(row[slot]);
  for (const [key, value] of Object.entries(props)) if (value === null) delete props[key];
  return props;
}

const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));
const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/** A stored proposal as a row. */
export function toProposalRow(map: Row): ProposalRow {
  const entity = (value: unknown): ProposedEntityRow | null =>
    typeof value === 'string' ? (JSON.parse(value) as ProposedEntityRow) : null;
  return {
    id: String(map.id),
    documentId: String(map.documentId),
    seq: Number(map.seq),
    kind: String(map.kind) as ProposalRow['kind'],
    status: String(map.status) as ProposalRow['status'],
    start: Number(map.start),
    end: Number(map.end),
    quote: String(map.quote ?? ''),
    summary: String(map.summary ?? ''),
    rule: String(map.rule),
    confidence: Number(map.confidence),
    person: entity(map.person),
    organization: entity(map.organization),
    onBehalfOf: entity(map.onBehalfOf),
    meeting: entity(map.meeting),
    title: text(map.title),
    attendance: text(map.attendance) as ProposalRow['attendance'],
    date: day(map.date),
    amountNok: num(map.amountNok),
    caseNumber: text(map.caseNumber),
    decision: text(map.decision),
    effect: String(map.effect ?? 'NEW_FACT') as ProposalRow['effect'],
    restates: text(map.restates),
    conflicts: strings(map.conflicts),
    editIds: strings(map.editIds),
    editedBy: strings(map.editedBy),
  };
}

/** Writes a document's proposals (in the upload's transaction). */
export async function writeProposals(run: Run, rows: readonly ProposalRow[]): Promise<void> {
  for (let at = 0; at < rows.length; at += 500) {
    await run(createProposals, { rows: rows.slice(at, at + 500).map(proposalProps) });
  }
}

// ---- reading ----------------------------------------------------------------------------------------------------

/** What "approve all from this document" approves for one reviewer (approveDocumentEdits, Document.reviewableEdits). */
export interface ReviewableSet {
  /** The edits, each after those it rests on: the document's own, and the pending edits of other documents they rest on. */
  ids: string[];
  /**
   * Edits the document's edits rest on that keep them from being approved: pending ones this reviewer may not approve
   * (their own, or ones they accepted: PROPOSED) and rejected or reverted ones (never to be approved). While there is
   * one, approving all from the document approves nothing.
   */
  blocked: { id: string; summary: string; status: 'PROPOSED' | 'REJECTED' | 'REVERTED' }[];
}

interface PendingEdit {
  id: string;
  status: string;
  authorId: string;
  acceptedBy: string[];
  requires: string[];
  summary: string;
}

const pendingEdit = (map: Row): PendingEdit => ({
  id: String(map.id),
  status: String(map.status ?? 'PROPOSED'),
  authorId: String(map.authorId),
  acceptedBy: strings(map.acceptedBy),
  requires: strings(map.requires),
  summary: String(map.summary ?? ''),
});

/** A prerequisite that can never be approved: approving what rests on it is refused (as approveEdit decides). */
const gone = (edit: PendingEdit) => edit.status === 'REJECTED' || edit.status === 'REVERTED';

/** Whether the four-eyes rule lets this reviewer approve an edit (as approveEdit decides). */
function approvable(edit: PendingEdit, reviewer: { userId: string; role: string }, allowSelf: boolean): boolean {
  if (allowSelf && reviewer.role === 'ADMIN') return true;
  return edit.authorId !== reviewer.userId && !edit.acceptedBy.includes(reviewer.userId);
}

/**
 * The sets "approve all from this document" approves, per document: its edits made from its proposals that this
 * reviewer may approve, and — since approving them needs them — the pending edits of other documents (or manual ones)
 * they rest on (a person or meeting another document's review proposed), or those this reviewer may not approve.
 * One read of the documents' edits, then one per level of prerequisites not among them (shared by the documents).
 */
async function reviewableSets(
  read: Run,
  documents: readonly string[],
  reviewer: { userId: string; role: string },
  allowSelf: boolean,
): Promise<ReviewableSet[]> {
  const rows = await read(proposedEditsOfDocuments, { documents: [...documents], status: 'PROPOSED' });
  // Only edits made from the document's proposals (they name who accepted them), and only those the four-eyes rule
  // lets this reviewer approve: not their own, nor those they accepted or corrected (unless an admin with
  // self-approval allowed), as approveEdit decides.
  const owns = documents.map((document) =>
    rows
      .filter((row) => String(row.ownerId) === document)
      .map(pendingEdit)
      .filter((edit) => edit.acceptedBy.length > 0 && approvable(edit, reviewer, allowSelf)),
  );
  const known = new Map<string, PendingEdit | null>(rows.map((row) => [String(row.id), pendingEdit(row)]));
  let wanted = [...new Set(owns.flat().flatMap((edit) => edit.requires))].filter((id) => !known.has(id));
  while (wanted.length > 0) {
    const found = new Map(
      (await read(editsById, { ids: wanted })).map((row) => [String((row.edit as Row).id), row.edit as Row]),
    );
    for (const id of wanted) {
      const map = found.get(id);
      const edit = map ? pendingEdit(map) : null;
      known.set(id, edit && (edit.status === 'PROPOSED' || gone(edit)) ? edit : null);
    }
    wanted = [
      ...new Set(wanted.flatMap((id) => (known.get(id)?.status === 'PROPOSED' ? (known.get(id)?.requires ?? []) : []))),
    ].filter((id) => !known.has(id));
  }
  return owns.map((own) => {
    const ids = own.map((edit) => edit.id);
    const seen = new Set(ids);
    const blocked: ReviewableSet['blocked'] = [];
    const queue = own.flatMap((edit) => edit.requires);
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      if (seen.has(id)) continue;
      seen.add(id);
      // Approved already, or no longer there (approving says so).
      const edit = known.get(id);
      if (!edit) continue;
      if (gone(edit)) {
        blocked.push({ id: edit.id, summary: edit.summary, status: edit.status as 'REJECTED' | 'REVERTED' });
        continue;
      }
      if (!approvable(edit, reviewer, allowSelf)) {
        blocked.push({ id: edit.id, summary: edit.summary, status: 'PROPOSED' });
        continue;
      }
      ids.push(edit.id);
      queue.push(...edit.requires);
    }
    return { ids, blocked };
  });
}

/** The proposals port of one request. */
export interface ProposalsData {
  byId: DataLoader<string, ProposalRow | null>;
  /** How many proposals of each document are still OPEN. */
  openCount: DataLoader<string, number>;
  /** Whether the rules finished on each uploaded document's text (stored before that was recorded: true). */
  complete: DataLoader<string, boolean>;
  ofDocument(documentId: string, status: ProposalRow['status'] | null): Promise<ProposalRow[]>;
  /**
   * What "approve all from this document" approves for this reviewer (not their own unless allowed), per document:
   * one loader per reviewer in a request, so the review queue's documents cost one statement.
   */
  reviewable(reviewer: { userId: string; role: string }, allowSelf: boolean): DataLoader<string, ReviewableSet>;
  /** Forgets what `reviewable` read: after an approval in the request, the sets are read again. */
  clearReviewable(): void;
}

export function proposalsData(batch: Batch): ProposalsData {
  const byIdLoader = new DataLoader<string, ProposalRow | null>(
    async (ids) =>
      byId(
        (await batch.reader.read(proposalsById, { ids: [...ids] })).map((row) => toProposalRow(row.proposal as Row)),
        ids,
      ),
    batch.options as DataLoader.Options<string, ProposalRow | null>,
  );
  const openCount = new DataLoader<string, number>(
    async (ids) => {
      const rows = await batch.reader.read(proposalCounts, { ids: [...ids], status: 'OPEN' });
      const counts = new Map(rows.map((row) => [String(row.ownerId), Number(row.total)]));
      return ids.map((id) => counts.get(id) ?? 0);
    },
    batch.options as DataLoader.Options<string, number>,
  );
  const complete = new DataLoader<string, boolean>(
    async (ids) => {
      const rows = await batch.reader.read(proposalsCompleteOf, { ids: [...ids] });
      const flags = new Map(rows.map((row) => [String(row.ownerId), row.proposalsComplete !== false]));
      return ids.map((id) => flags.get(id) ?? true);
    },
    batch.options as DataLoader.Options<string, boolean>,
  );
  const reviewableLoaders = new Map<string, DataLoader<string, ReviewableSet>>();
  return {
    byId: byIdLoader,
    openCount,
    complete,
    async ofDocument(documentId, status) {
      const rows = await batch.reader.read(proposalsOfDocument, { document: documentId, status });
      return rows.map((row) => toProposalRow(row.proposal as Row));
    },
    reviewable(reviewer, allowSelf) {
      const key = `${reviewer.userId}:${reviewer.role}:${allowSelf}`;
      let loader = reviewableLoaders.get(key);
      if (!loader) {
        loader = new DataLoader<string, ReviewableSet>(
          (ids) =>
            reviewableSets((statement, params) => batch.reader.read(statement, params), ids, reviewer, allowSelf),
          batch.options as DataLoader.Options<string, ReviewableSet>,
        );
        reviewableLoaders.set(key, loader);
      }
      return loader;
    },
    clearReviewable() {
      for (const loader of reviewableLoaders.values()) loader.clearAll();
    },
  };
}
