import type { CombinedError } from 'urql';
import type { MessageKey } from '../i18n/messages';
import { useI18n } from '../i18n/use-i18n';
import { NotFound } from './NotFound';

/** The message of a failed request, by what the visitor can do about it (never the server's English words alone). */
function errorMessage(error: CombinedError): { key: MessageKey; message?: string; retry: boolean } {
  if (error.networkError) return { key: 'state.offline', retry: true };
  const first = error.graphQLErrors[0];
  switch (first?.extensions?.code) {
    case 'DATABASE_UNAVAILABLE':
    case 'TIMEOUT':
      return { key: 'state.unavailable', retry: true };
    case 'BAD_USER_INPUT':
      return { key: 'state.badInput', message: first.message, retry: false };
    case 'TOO_MANY_REQUESTS':
      return { key: 'state.busy', retry: true };
    case 'NOT_FOUND':
      return { key: 'state.notFound', retry: false };
    case 'RESPONSE_TOO_LARGE':
    case 'QUERY_TOO_COSTLY':
      return { key: 'state.tooLarge', retry: false };
    case 'FORBIDDEN':
      return { key: 'state.forbidden', retry: false };
    case 'UNAUTHENTICATED':
      return { key: 'state.signIn', retry: false };
    default:
      return { key: 'state.failed', retry: true };
  }
}

/** Whether a request failed because what it asked for does not exist (GraphQL NOT_FOUND). */
export function isNotFound(error: CombinedError | undefined): boolean {
  return error?.graphQLErrors.some((graphQLError) => graphQLError.extensions?.code === 'NOT_FOUND') ?? false;
}

/**
 * Loading and error states, announced to screen readers. An error says in the visitor's language what happened
 * and what to do; one that may pass (the network, the database) offers to try again: `retry`, which should
 * re-run the request past the cache, or else a reload of the page. A NOT_FOUND is the not-found page when `notFoundId` names what was asked for.
 */
export function QueryState({
  fetching,
  error,
  retry,
  notFoundId,
}: {
  fetching: boolean;
  error?: CombinedError | undefined;
  retry?: () => void;
  notFoundId?: string;
}) {
  const { t } = useI18n();
  if (error) {
    if (notFoundId !== undefined && isNotFound(error)) return <NotFound id={notFoundId} />;
    const { key, message, retry: canRetry } = errorMessage(error);
    return (
      <div role="alert" className="error query-error">
        <p>{t(key, message === undefined ? undefined : { message })}</p>
        {canRetry && (
          // Without a request of its own to re-run, trying again is loading the page again.
          <button type="button" onClick={retry ?? (() => window.location.reload())} disabled={fetching}>
            {t('state.retry')}
          </button>
        )}
      </div>
    );
  }
  if (fetching) {
    return (
      <p role="status" aria-live="polite" className="loading">
        {t('state.loading')}
      </p>
    );
  }
  return null;
}
