import type { CombinedError } from 'urql';
import { useI18n } from '../../i18n/use-i18n';
import { editProblem } from '../../lib/edit-errors';

/** Describes the state a CONFLICT met, as far as it can be read: its fields and values. */
function currentState(current: unknown): [string, string][] {
  if (!current || typeof current !== 'object') return [];
  return Object.entries(current as Record<string, unknown>)
    .filter(([, value]) => value === null || ['string', 'number', 'boolean'].includes(typeof value))
    .map(([field, value]) => [field, value === null ? '–' : String(value)]);
}

/**
 * Why the server refused a proposal, approval or revert, in the user's language; the server's own words as a
 * detail, and for a CONFLICT the state it met (and a way to start again from it).
 */
export function EditError({
  error,
  action = 'other',
}: {
  error: CombinedError | undefined;
  action?: 'approve' | 'other';
}) {
  const { t } = useI18n();
  const problem = editProblem(error, action);
  if (!problem) return null;
  const state = problem.code === 'CONFLICT' ? currentState(problem.current) : [];
  return (
    <div role="alert" className="edit-error">
      <p>{t(problem.key)}</p>
      {state.length > 0 && (
        <dl className="details">
          {state.map(([field, value]) => (
            <div key={field}>
              <dt>{field}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {problem.code === 'CONFLICT' && (
        <button type="button" className="secondary" onClick={() => window.location.reload()}>
          {t('editError.reload')}
        </button>
      )}
      {problem.detail && (
        <p className="hint">
          {t('editError.detail')}: <span lang="en">{problem.detail}</span>
        </p>
      )}
    </div>
  );
}
