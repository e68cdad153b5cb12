import type { EntityKind } from '../generated/enums.js';

// The shapes the proposal rules read and write (docs/ingest.md, "Proposals: the rules"): pure data, shared by the
// rule engine (ingest/proposals/), which makes drafts, and the data layer (data/proposals.ts), which matches,
// classifies and stores them — both import them from here, since the data layer may not import ingest code.

/** One known entity: its kind and every name it is known by (the name first, then its aliases). */
export interface GazetteerEntry {
  id: string;
  kind: EntityKind;
  names: string[];
}

/** The graph's own list of known entities. */
export type Gazetteer = readonly GazetteerEntry[];

export type MatchReason = 'SAME_NAME' | 'ALIAS' | 'INITIALS' | 'SPELLING';

/** A known entity a mention may be, and why. */
export interface Candidate {
  id: string;
  reason: MatchReason;
  score: number;
}

/** A name as the document writes it, with its ranked candidates (none: a new entity). Never a merge. */
export interface Mention {
  name: string;
  matches: Candidate[];
}

export type ProposalKind = 'ENTITY' | 'ROLE' | 'MEMBERSHIP' | 'ATTENDANCE' | 'MEETING' | 'CASE' | 'GRANT' | 'RELATION';

export type AttendanceWord = 'PRESENT' | 'ABSENT' | 'PARTLY' | 'FOR_CASE';

/** A span of the stored text: `text.slice(start, end)` is the quote. */
export interface Span {
  start: number;
  end: number;
}

/** One proposed fact, with the words it rests on and the rule that read them. */
export interface ProposalDraft {
  kind: ProposalKind;
  quote: Span;
  rule: string;
  confidence: number;
  person?: Mention;
  title?: string;
  organization?: Mention;
  onBehalfOf?: Mention;
  meeting?: Mention;
  attendance?: AttendanceWord;
  /** YYYY-MM-DD */
  date?: string;
  amountNok?: number;
  /** A grant's funder as the text names it ("innvilget av Norges forskningsråd", "i skjønnsmidler fra Statsforvalteren"). */
  funder?: Mention;
  caseNumber?: string;
  decision?: string;
}
