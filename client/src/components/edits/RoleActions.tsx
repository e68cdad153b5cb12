import { type FragmentType, graphql, useFragment } from '../../generated';
import { useI18n } from '../../i18n/use-i18n';
import { useEditRights } from '../../lib/auth';
import { ActionDialog } from './ActionDialog';
import { CorrectRoleForm } from './CorrectRoleForm';
import { EndRoleForm } from './EndRoleForm';
import { FactSourceActions } from './FactSourceActions';

export const RoleActionsRole = graphql(`
  fragment RoleActionsRole on Role {
    id
    version
    title
    start
    end
    representing {
      id
      name
      kind
    }
  }
`);

/**
 * What an editor can propose on a role's row: end it, correct it, add a source, retract it. Readers and visitors
 * see none of it. `description` names the role in the buttons' accessible names and the dialogs.
 */
export function RoleActions({
  role: ref,
  description,
}: {
  role: FragmentType<typeof RoleActionsRole>;
  description: string;
}) {
  const { t } = useI18n();
  const { canPropose } = useEditRights();
  const role = useFragment(RoleActionsRole, ref);
  if (!canPropose) return null;
  return (
    <div className="row-actions">
      <EndRoleForm roleId={role.id} version={role.version} description={description} />
      <ActionDialog
        label={t('roleForm.correct')}
        name={t('roleForm.correctNamed', { role: description })}
        title={t('roleForm.title')}
      >
        <CorrectRoleForm
          role={{
            id: role.id,
            version: role.version,
            title: role.title,
            start: role.start ?? null,
            end: role.end ?? null,
            onBehalfOf: role.representing ?? null,
          }}
          description={description}
        />
      </ActionDialog>
      <FactSourceActions fact={role.id} version={role.version} description={description} />
    </div>
  );
}
