import type { CombinedError } from 'urql';
import type { MessageKey } from '../i18n/messages';

// What a refused edit means to the person who tried it. The server's messages are written for developers (in
// English); the client says the same in the user's language by the error's code, and for BAD_USER_INPUT by the
// argument it names, and keeps the server's words as a detail.

export interface EditProblem {
  /** The explanation, as a message key. */
  key: MessageKey;
  /** The server's own message (shown as a detail, in its language). */
  detail: string | null;
  /** CONFLICT: the state the proposal met, as the server gives it (extensions.current). */
  current: unknown;
  code: string | null;
}

const BY_ARGUMENT: Record<string, MessageKey> = {
  source: 'editError.source',
  quote: 'editError.source',
  document: 'editError.document',
  note: 'editError.source',
  start: 'editError.date',
  end: 'editError.date',
  title: 'editError.title',
  name: 'editError.name',
  aliases: 'editError.aliases',
  reason: 'editError.reason',
  keep: 'editError.merge',
  remove: 'editError.merge',
  a: 'editError.merge',
  b: 'editError.merge',
  person: 'editError.entity',
  organization: 'editError.entity',
  onBehalfOf: 'editError.entity',
  role: 'editError.entity',
  kind: 'editError.kind',
  type: 'editError.type',
  description: 'editError.description',
  addAliases: 'editError.aliases',
  removeAliases: 'editError.removeAliases',
  amountNok: 'editError.amount',
  year: 'editError.year',
  purpose: 'editError.description',
  funder: 'editError.funder',
  recipients: 'editError.recipients',
  partOf: 'editError.partOf',
  from: 'editError.relationEnds',
  to: 'editError.relationEnds',
  as: 'editError.as',
  relation: 'editError.fact',
  fact: 'editError.fact',
  input: 'editError.input',
};

const BY_CODE: Record<string, MessageKey> = {
  CONFLICT: 'editError.conflict',
  FORBIDDEN: 'editError.forbidden',
  UNAUTHENTICATED: 'editError.unauthenticated',
  NOT_FOUND: 'editError.notFound',
  TOO_MANY_REQUESTS: 'editError.tooMany',
  DATABASE_UNAVAILABLE: 'editError.unavailable',
  TIMEOUT: 'editError.unavailable',
};

/** The explanation of a failed edit mutation (null when there is no error). */
export function editProblem(
  error: CombinedError | undefined,
  action: 'approve' | 'other' = 'other',
): EditProblem | null {
  if (!error) return null;
  if (error.networkError && error.graphQLErrors.length === 0) {
    return { key: 'editError.network', detail: error.networkError.message, current: null, code: null };
  }
  const first = error.graphQLErrors[0];
  const extensions = (first?.extensions ?? {}) as { code?: string; argumentName?: string; current?: unknown };
  const code = extensions.code ?? null;
  let key: MessageKey = 'editError.other';
  if (code === 'BAD_USER_INPUT') {
    const argument = extensions.argumentName?.split('.').at(-1) ?? '';
    key = BY_ARGUMENT[argument] ?? 'editError.input';
  } else if (code === 'FORBIDDEN' && action === 'approve') {
    key = 'editError.ownEdit';
  } else if (code && BY_CODE[code]) {
    key = BY_CODE[code];
  }
  return { key, detail: first?.message ?? error.message, current: extensions.current ?? null, code };
}
