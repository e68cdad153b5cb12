// The shapes the proposal rules read and write (docs/ingest.md, "Proposals: the rules"). Pure data: the caller
// builds the gazetteer from the graph and turns accepted drafts into edits. They live in domain/proposals.ts, where
// the data layer (which may not import ingest code) reads the same ones.

export type {
  AttendanceWord,
  Candidate,
  Gazetteer,
  GazetteerEntry,
  MatchReason,
  Mention,
  ProposalDraft,
  ProposalKind,
  Span,
} from '../../domain/proposals.js';
