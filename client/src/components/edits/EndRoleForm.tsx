import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../generated/gql';
import { useI18n } from '../../i18n/use-i18n';
import { DateInput } from '../DateInput';
import { ActionDialog } from './ActionDialog';
import { ProposalForm } from './ProposalForm';

const EndRole = graphql(`
  mutation EndRole($role: ID!, $end: Date!, $version: Int, $source: SourceInput!) {
    endRole(role: $role, end: $end, version: $version, source: $source) {
      id
      status
      summary
    }
  }
`);

/** "Avslutt" on a role's row: the proposal that the role ended (its last day) with a source. */
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
  return (
    <ActionDialog
      label={t('edit.endRole')}
      name={t('edit.endRoleNamed', { role: description })}
      title={t('edit.endRoleTitle')}
    >
      <EndRoleFields roleId={roleId} version={version} description={description} />
    </ActionDialog>
  );
}

function EndRoleFields({ roleId, version, description }: { roleId: string; version: number; description: string }) {
  const { t } = useI18n();
  const endId = useId();
  const [end, setEnd] = useState('');
  const [, endRole] = useMutation(EndRole);
  return (
    <ProposalForm
      intro={<p>{t('edit.endRoleIntro', { role: description })}</p>}
      send={(source) => endRole({ role: roleId, end, version, source })}
    >
      <label htmlFor={endId}>{t('edit.lastDay')}</label>
      <DateInput id={endId} required value={end} onChange={setEnd} />
    </ProposalForm>
  );
}
