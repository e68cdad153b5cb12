// When the header search asks the server a question (Query.ask, docs/ask.md), and which page shows the same thing
// as an answer. Pure functions (no React), unit-tested beside this file.
import type { QuestionShape } from '../generated/graphql';
import { entityPath } from './paths';
import { PARAM, REPORTS, reportPath } from './reports';

// The words a question starts with, folded (lower case); "er"/"is"/"are" only with a question mark.
const QUESTION_WORDS = new Set([
  'hvem',
  'hva',
  'hvilke',
  'hvilken',
  'hvilket',
  'hvor',
  'når',
  'hvordan',
  'who',
  'what',
  'which',
  'how',
  'when',
]);

/**
 * Whether the text reads as a question worth asking the server: at least two words, and a question word first or a
 * question mark last. A name or a title and a place ("ordfører hitra") stays an ordinary search. The server still
 * decides: a question it does not understand shows only the suggestions.
 */
export function looksLikeQuestion(text: string): boolean {
  const words = text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length < 2) return false;
  return QUESTION_WORDS.has(words[0] ?? '') || text.trim().endsWith('?');
}

export interface AnswerLinkInput {
  shape: QuestionShape | null | undefined;
  asOf?: string | null;
  periodStart?: string | null;
  about: readonly { id: string; name: string; kind: string }[];
}

export type AnswerPage = {
  page: 'representation' | 'funding' | 'connection' | 'entity';
  path: string;
  name?: string;
} | null;

/** The page or report that shows what an answer shows, by its shape and the entities the question names. */
export function answerPage(answer: AnswerLinkInput): AnswerPage {
  const [subject, other] = answer.about;
  const year = answer.periodStart?.slice(0, 4) ?? null;
  if (answer.shape === 'FUNDING_IN_YEAR' || answer.shape === 'FUNDING_RECEIVED' || answer.shape === 'FUNDING_GIVEN') {
    // The funding report, filtered as the question is: who gave to the recipient, whom the funder gave to.
    const params = new URLSearchParams();
    const given = answer.shape === 'FUNDING_GIVEN';
    params.set(PARAM.grouping, given ? 'RECIPIENT' : 'FUNDER');
    if (subject && answer.shape !== 'FUNDING_IN_YEAR') params.set(given ? PARAM.funder : PARAM.recipient, subject.id);
    if (year) params.set(PARAM.year, year);
    const funding = REPORTS.find((report) => report.name === 'funding');
    return funding ? { page: 'funding', path: reportPath(funding, params) } : null;
  }
  if (!subject) return null;
  if (answer.shape === 'REPRESENTATIVES' && other) {
    // The representation table on the answer's day, filtered to the municipality, with the body's column.
    const params = new URLSearchParams();
    if (answer.asOf) params.set('dato', answer.asOf);
    params.set('kommune', subject.name);
    params.set('organ', other.id);
    return { page: 'representation', path: `/representasjon?${params}` };
  }
  if (answer.shape === 'CONNECTION' && other) {
    return { page: 'connection', path: `/forbindelse?${new URLSearchParams({ fra: subject.id, til: other.id })}` };
  }
  return { page: 'entity', path: entityPath(subject.id), name: subject.name };
}
