import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../generated/gql';
import { useI18n } from '../../i18n/use-i18n';
import { ProposalForm } from './ProposalForm';
import { TextField } from './TextField';

const RetractFact = graphql(`
  mutation RetractFact($fact: ID!, $reason: String!, $version: Int, $source: SourceInput!) {
    retractFact(fact: $fact, reason: $reason, version: $version, source: $source) {
      id
      status
      summary
    }
  }
`);

/**
 * "Trekk tilbake" on a role's or relation's row: the fact is taken out of what readers see (it stays in the history,
 * and a revert brings it back), with the reason and what it rests on (a note will do).
 */
export function RetractForm({ fact, version, description }: { fact: string; version: number; description: string }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [, retractFact] = useMutation(RetractFact);
  return (
    <ProposalForm
      intro={<p>{t('retractForm.intro', { fact: description })}</p>}
      check={() => (reason.trim() === '' ? t('editError.reason') : null)}
      send={(source) => retractFact({ fact, reason: reason.trim(), version, source })}
    >
      <TextField label={t('retractForm.reason')} required rows={2} value={reason} onChange={setReason} />
    </ProposalForm>
  );
}
