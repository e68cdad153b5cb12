import {
  type ComparablePlan,
  compareDocument,
  compareWithSeed,
  type DocumentFigures,
  gazetteerOf,
  judgeMatches,
  locate,
  type MatchJudgement,
  Resolver,
  type RoleComparison,
  type Section,
} from './compare.js';
import { extractProposals } from './extract.js';
import type { ProposalDraft } from './types.js';

// The rule engine measured on the seed's own documents (`npm run bench:extract`, docs/extraction.md): each
// document read with a gazetteer of the municipalities only and with the full seed graph, its proposals compared
// with the curated seed facts of the same document.

/** The participant lists and tables the issue sets goals for, found by the words of their first and next lines. */
export const SECTIONS: readonly Section[] = [
  {
    documentId: 'doc:arsrapport-2022',
    name: 'annual report: the council table (Råd og utvalg)',
    from: 'Kommune Navn på representanter',
    until: 'Regionrådet hadde',
  },
  {
    documentId: 'doc:kdu-referat-2021-11-05',
    name: 'KDU minutes: the participant table',
    from: 'Deltaker Rolle Til stede',
    until: 'KDU 72/21',
  },
  {
    documentId: 'doc:asu-saksdokumenter-2024-04-17',
    name: "ASU agenda: the case list's responsibility column",
    from: 'Kl. Saksnr. Saker Ansvarlig Tid',
    until: 'Avslutning av møtet',
  },
];

/** One source document: its id, its file, the text as an upload stores it and the file's text as the seed read it. */
export interface EvaluatedDocument {
  id: string;
  file: string;
  stored: string;
  raw: string;
}

export interface RunResult {
  /** The gazetteer the proposals were made with. */
  gazetteer: 'MUNICIPALITIES' | 'FULL';
  documents: {
    id: string;
    file: string;
    proposals: ProposalDraft[];
    figures: DocumentFigures;
    /** ROLE and MEMBERSHIP together against every seed role of the document. */
    seats: RoleComparison;
  }[];
  sections: { section: Section; seats: RoleComparison }[];
  /** Person matching (the full graph only). */
  matches: { id: string; judgements: MatchJudgement[] }[];
}

export interface Evaluation {
  municipalities: RunResult;
  full: RunResult;
  /** Person matching against the full graph with every entity under its name only (no aliases): what the matcher's
   * own reasons (initials, spelling) make of the documents' spellings. */
  namesOnly: { id: string; judgements: MatchJudgement[] }[];
}

function run(
  plan: ComparablePlan,
  documents: readonly EvaluatedDocument[],
  gazetteer: 'MUNICIPALITIES' | 'FULL',
): RunResult {
  const entries = gazetteerOf(plan, gazetteer === 'FULL' ? undefined : ['MUNICIPALITY']);
  const known = new Set(entries.map((entry) => entry.id));
  const resolve = new Resolver(gazetteerOf(plan));
  const result: RunResult = { gazetteer, documents: [], sections: [], matches: [] };
  for (const document of documents) {
    const proposals = extractProposals(document.stored, entries);
    result.documents.push({
      id: document.id,
      file: document.file,
      proposals,
      figures: compareDocument(plan, document.id, proposals, known),
      seats: compareWithSeed(plan, document.id, proposals, { resolve }),
    });
    for (const section of SECTIONS.filter((candidate) => candidate.documentId === document.id)) {
      const part = locate(section, document.stored, document.raw);
      if (part === null) throw new Error(`the section "${section.name}" is not found in ${document.file}`);
      result.sections.push({ section, seats: compareWithSeed(plan, document.id, proposals, { resolve, part }) });
    }
    if (gazetteer === 'FULL') {
      result.matches.push({ id: document.id, judgements: judgeMatches(plan, document.id, document.stored, proposals) });
    }
  }
  return result;
}

/** Reads every document twice (municipalities only, then the full graph) and compares with the seed. */
export function evaluate(plan: ComparablePlan, documents: readonly EvaluatedDocument[]): Evaluation {
  const namesOnly = gazetteerOf(plan).map((entry) => ({ ...entry, names: entry.names.slice(0, 1) }));
  return {
    municipalities: run(plan, documents, 'MUNICIPALITIES'),
    full: run(plan, documents, 'FULL'),
    namesOnly: documents.map((document) => ({
      id: document.id,
      judgements: judgeMatches(plan, document.id, document.stored, extractProposals(document.stored, namesOnly)),
    })),
  };
}
