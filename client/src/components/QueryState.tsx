import type { CombinedError } from 'urql';
import { useI18n } from '../i18n/use-i18n';

/** Loading and error states, announced to screen readers. */
export function QueryState({ fetching, error }: { fetching: boolean; error?: CombinedError | undefined }) {
  const { t } = useI18n();
  if (error) {
    const message = error.graphQLErrors[0]?.message ?? error.message;
    return (
      <p role="alert" className="error">
        {t('state.error', { message })}
      </p>
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
