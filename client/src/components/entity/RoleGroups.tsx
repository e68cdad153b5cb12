import { type FragmentType, graphql, useFragment } from '../../generated';
import { useI18n } from '../../i18n/use-i18n';
import { EntityLink } from '../EntityLink';
import { RoleActions } from '../edits/RoleActions';
import { RoleEvidence } from './RoleEvidence';

export const RoleGroupsRole = graphql(`
  fragment RoleGroupsRole on Role {
    id
    title
    share
    person {
      id
      name
    }
    representing {
      id
      name
    }
    ...RoleEvidenceRole
    ...RoleActionsRole
  }
`);

export interface RoleGroup {
  key: string;
  heading: { id: string; name: string } | string;
  roles: readonly FragmentType<typeof RoleGroupsRole>[];
}

/**
 * Roles in groups (by body, or by municipality), each group a small table: who, what, on whose behalf, when (and
 * whether held, last confirmed or ended on `day`), with every statement of it and its source. Newest first within a group, so "who holds it now, and who did before" reads top down.
 */
export function RoleGroups({ groups, day }: { groups: readonly RoleGroup[]; day: string }) {
  return (
    <div className="role-groups">
      {groups.map((group) => (
        <RoleGroupTable key={group.key} group={group} day={day} />
      ))}
    </div>
  );
}

function RoleGroupTable({ group, day }: { group: RoleGroup; day: string }) {
  const { t, formatPercent } = useI18n();
  const roles = useFragment(RoleGroupsRole, group.roles);
  return (
    // On a phone each row is a small block (profile.css), so nothing scrolls sideways.
    <div className="table-scroll">
      <table className="data-table reflow-table">
        <caption>
          {typeof group.heading === 'string' ? (
            group.heading
          ) : (
            <EntityLink id={group.heading.id} name={group.heading.name} />
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('role.person')}</th>
            <th scope="col">{t('role.title')}</th>
            <th scope="col">{t('role.onBehalfOf')}</th>
            <th scope="col">{t('role.period')}</th>
          </tr>
        </thead>
        <tbody>
          {roles.map((role) => (
            <tr key={role.id}>
              <td>
                <EntityLink id={role.person.id} name={role.person.name} />
              </td>
              <td>
                {role.title}
                {role.share != null && ` (${formatPercent(role.share)})`}
              </td>
              <td data-label={t('role.onBehalfOf')} className={role.representing ? undefined : 'empty-cell'}>
                {role.representing ? <EntityLink id={role.representing.id} name={role.representing.name} /> : '–'}
              </td>
              <td>
                <RoleEvidence role={role} day={day} />
                <RoleActions role={role} description={`${role.person.name}, ${role.title}`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Groups items by a key, keeping the order of first appearance. */
export function groupRoles<T>(
  roles: readonly T[],
  keyOf: (role: T) => { key: string; heading: RoleGroup['heading'] },
): (Omit<RoleGroup, 'roles'> & { roles: T[] })[] {
  const groups = new Map<string, Omit<RoleGroup, 'roles'> & { roles: T[] }>();
  for (const role of roles) {
    const { key, heading } = keyOf(role);
    const group = groups.get(key) ?? { key, heading, roles: [] };
    group.roles.push(role);
    groups.set(key, group);
  }
  return [...groups.values()];
}
