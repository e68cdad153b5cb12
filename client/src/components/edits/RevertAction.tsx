import { type FormEvent, useId, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../generated/gql';
import { useI18n } from '../../i18n/use-i18n';
import { useEditRights } from '../../lib/auth';
import { EditError } from './EditError';
import { ProposalSent } from './ProposalSent';

const RevertEdit = graphql(`
  mutation RevertEdit($id: ID!, $reason: String!) {
    revertEdit(id: $id, reason: $reason) {
      id
      status
      summary
    }
  }
`);

/**
 * "Angre" on an approved edit: proposes its undoing, with a reason. The undoing is itself reviewed; until then
 * the edit stands. Editors see it; a revert cannot be reverted (propose the change again instead).
 */
export function RevertAction({
  editId,
  summary,
  kind,
  onDone,
}: {
  editId: string;
  summary: string;
  kind?: string;
  onDone?: () => void;
}) {
  const { t } = useI18n();
  const { canPropose } = useEditRights();
  const reasonId = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const [{ fetching, error }, revert] = useMutation(RevertEdit);
  if (!canPropose || kind === 'REVERT') return null;
  if (sent) return <ProposalSent summary={sent} />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await revert({ id: editId, reason: reason.trim() });
    if (result.data?.revertEdit) {
      setSent(result.data.revertEdit.summary);
      onDone?.();
    }
  };
  return (
    <div className="revert-action">
      <button
        type="button"
        className="secondary"
        aria-expanded={open}
        aria-label={t('revert.buttonNamed', { summary })}
        onClick={() => setOpen(!open)}
      >
        {t('revert.button')}
      </button>
      {open && (
        <form className="edit-form" onSubmit={(event) => void submit(event)}>
          <p className="hint">{t('revert.intro')}</p>
          <label htmlFor={reasonId}>{t('revert.reason')}</label>
          <textarea
            id={reasonId}
            required
            rows={2}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <EditError error={error} />
          <button type="submit" disabled={fetching || reason.trim() === ''}>
            {t('revert.submit')}
          </button>
        </form>
      )}
    </div>
  );
}
