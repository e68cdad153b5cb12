import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../generated/gql';
import { useI18n } from '../../i18n/use-i18n';
import { type RoleNow, roleCorrection } from '../../lib/edit-forms';
import { EntityPicker, type PickedEntity } from '../graph/EntityPicker';
import { DateRange, endBeforeStart } from './DateRange';
import { ProposalForm } from './ProposalForm';
import { TextField } from './TextField';

const CorrectRole = graphql(`
  mutation CorrectRole($role: ID!, $input: RoleCorrection!, $version: Int, $source: SourceInput!) {
    correctRole(role: $role, input: $input, version: $version, source: $source) {
      id
      status
      summary
    }
  }
`);

/** Whom a seat can represent: a municipality, or an organisation (a health trust). */
const BEHALF_KINDS = ['MUNICIPALITY', 'ORGANIZATION'] as const;

/** "Rett" on a role's row: its title, stated period and on whose behalf, as the source says they should be. */
export function CorrectRoleForm({ role, description }: { role: RoleNow; description: string }) {
  const { t } = useI18n();
  const [title, setTitle] = useState(role.title);
  const [start, setStart] = useState(role.start ?? '');
  const [end, setEnd] = useState(role.end ?? '');
  const [onBehalfOf, setOnBehalfOf] = useState<PickedEntity | null>(role.onBehalfOf);
  const [, correctRole] = useMutation(CorrectRole);
  const next = { title, start, end, onBehalfOf };
  return (
    <ProposalForm
      intro={<p>{t('roleForm.intro', { role: description })}</p>}
      check={() => {
        if (title.trim() === '') return t('roleForm.missingTitle');
        if (endBeforeStart(start, end)) return t('edit.endBeforeStart');
        return roleCorrection(role, next) ? null : t('edit.nothingChanged');
      }}
      send={(source) =>
        correctRole({ role: role.id, input: roleCorrection(role, next) ?? {}, version: role.version, source })
      }
    >
      <TextField label={t('edit.roleTitle')} required value={title} onChange={setTitle} />
      <DateRange start={start} end={end} onStart={setStart} onEnd={setEnd} hint={t('roleForm.periodHint')} />
      <EntityPicker
        label={t('role.onBehalfOf')}
        hint={t('edit.onBehalfOfHint')}
        kinds={BEHALF_KINDS}
        value={onBehalfOf}
        onChange={setOnBehalfOf}
      />
    </ProposalForm>
  );
}
