import type { CombinedError } from 'urql';
import type { MessageKey } from '../../i18n/messages';
import { useI18n } from '../../i18n/use-i18n';
import { isIsoDate } from '../../lib/domain';
import { editProblem } from '../../lib/edit-errors';
import { fieldKey } from '../../lib/edits';
import { formatDate } from '../../lib/reports';

// Bookkeeping the reader has no use for (the version number, ids).
const HIDDEN = new Set(['version', 'personId', 'id', 'postId']);
const isValue = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);

/**
 * The state a CONFLICT met, as far as it can be read: its fields and values, whether the server gives them flat
 * ({status}) or per thing changed ({id: {title, end, ...}}).
 */
function currentState(current: unknown): [string, string][] {
  if (!current || typeof current !== 'object') return [];
  return Object.entries(current as Record<string, unknown>).flatMap(([key, value]): [string, string][] => {
    if (isValue(value)) return [[key, value === null ? '–' : String(value)]];
    if (!value || typeof value !== 'object') return [];
    return Object.entries(value as Record<string, unknown>)
      .filter(([field, inner]) => inner !== null && isValue(inner) && !HIDDEN.has(field))
      .map(([field, inner]) => [field, String(inner)]);
  });
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
  const { t, language } = useI18n();
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
              <dt>{fieldKey(field) ? t(fieldKey(field) as MessageKey) : field}</dt>
              <dd>{isIsoDate(value) ? formatDate(value, language) : value}</dd>
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
