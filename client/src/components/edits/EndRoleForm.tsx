import { type FormEvent, useId, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../generated/gql';
import { useI18n } from '../../i18n/use-i18n';
import { useEditRights } from '../../lib/auth';
import { EditError } from './EditError';
import { ProposalSent } from './ProposalSent';
import { EMPTY_SOURCE, SourcePicker, type SourceValue, sourceInput } from './SourcePicker';

const EndRole = graphql(`
  mutation EndRole($role: ID!, $end: Date!, $version: Int, $document: ID, $quote: String, $note: String) {
    endRole(role: $role, end: $end, version: $version, source: { document: $document, quote: $quote, note: $note }) {
      id
      status
      summary
    }
  }
`);

/**
 * "Avslutt" on a role's row: the proposal that the role ended (its last day) with a source. Only editors see it.
 */
export function EndRoleForm({
  roleId,
  version,
  description,
}: {
  roleId: string;
  /** The role's version as the page showed it: a role changed since is a CONFLICT, not silently ended. */
  version: number;
  description: string;
}) {
  const { t } = useI18n();
  const { canPropose } = useEditRights();
  const dialog = useRef<HTMLDialogElement>(null);
  const endId = useId();
  const headingId = useId();
  const [end, setEnd] = useState('');
  const [source, setSource] = useState<SourceValue>(EMPTY_SOURCE);
  const [missing, setMissing] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const [{ fetching, error }, endRole] = useMutation(EndRole);
  if (!canPropose) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sourceValue = sourceInput(source);
    setMissing(!sourceValue);
    if (!sourceValue) return;
    const result = await endRole({ role: roleId, end, version, ...sourceValue });
    if (result.data?.endRole) setSent(result.data.endRole.summary);
  };

  return (
    <div className="end-role">
      <button
        type="button"
        className="secondary small"
        aria-haspopup="dialog"
        aria-label={t('edit.endRoleNamed', { role: description })}
        onClick={() => dialog.current?.showModal()}
      >
        {t('edit.endRole')}
      </button>
      {/* A modal dialog: the form needs more room than a table cell, and Escape or "Lukk" leaves it. */}
      <dialog ref={dialog} className="edit-dialog" aria-labelledby={headingId}>
        <div className="dialog-header">
          <h2 id={headingId}>{t('edit.endRoleTitle')}</h2>
          <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
            {t('edit.close')}
          </button>
        </div>
        {sent ? (
          <ProposalSent summary={sent} />
        ) : (
          <form className="edit-form" onSubmit={(event) => void submit(event)}>
            <p>{t('edit.endRoleIntro', { role: description })}</p>
            <label htmlFor={endId}>{t('edit.lastDay')}</label>
            <input id={endId} type="date" required value={end} onChange={(event) => setEnd(event.target.value)} />
            <SourcePicker value={source} onChange={setSource} />
            {missing && (
              <p role="alert" className="error">
                {t('edit.missingSource')}
              </p>
            )}
            <EditError error={error} />
            <button type="submit" disabled={fetching}>
              {t('edit.submit')}
            </button>
          </form>
        )}
      </dialog>
    </div>
  );
}
