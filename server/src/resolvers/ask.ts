import { answerQuestion } from '../ask/answer.js';
import { InputError } from '../domain/page.js';
import type { AnswerResolvers, QueryResolvers } from '../generated/graphql.js';
import { citationsOf, existing } from './fields.js';

// schema/ask.graphql: a question in Norwegian or English, answered by server/src/ask/ (docs/ask.md).

const MAX_QUESTION = 300;

export const askQueries: Pick<QueryResolvers, 'ask'> = {
  async ask(_parent, { question, asOf }, context) {
    const trimmed = question.trim();
    if (trimmed === '') throw new InputError('Write a question to ask.', 'question');
    if (trimmed.length > MAX_QUESTION) throw new InputError(`Ask with at most ${MAX_QUESTION} characters.`, 'question');
    return answerQuestion(trimmed, asOf ?? null, context.data, new Date().toISOString().slice(0, 10));
  },
};

export const Answer: AnswerResolvers = {
  citations: (answer, _args, context) => citationsOf(answer.citationIds, context),
  about: (answer, _args, context) => existing(answer.aboutIds, context),
};
