import type { RoleFieldsFragment } from '../../generated/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { EntityLink } from '../EntityLink';
import { Period } from '../Period';
import { Sources } from '../Sources';

export interface RoleGroup {
  key: string;
  heading: { id: string; name: string } | string;
  roles: readonly RoleFieldsFragment[];
}

/**
 * Roles in groups (by body, or by municipality), each group a small table: who, what, on whose behalf, when,
 * and the source. Newest first within a group, so "who holds it now, and who did before" reads top down.
 */
export function RoleGroups({ groups, show }: { groups: readonly RoleGroup[]; show: 'person' | 'place' | 'both' }) {
  const { t } = useI18n();
  return (
    <div className="role-groups">
      {groups.map((group) => (
        <table key={group.key} className="data-table">
          <caption>
            {typeof group.heading === 'string' ? (
              group.heading
            ) : (
              <EntityLink id={group.heading.id} name={group.heading.name} />
            )}
          </caption>
          <thead>
            <tr>
              {show !== 'place' && <th scope="col">{t('role.person')}</th>}
              <th scope="col">{t('role.title')}</th>
              {show !== 'person' && <th scope="col">{t('role.in')}</th>}
              <th scope="col">{t('role.onBehalfOf')}</th>
              <th scope="col">{t('role.period')}</th>
              <th scope="col">{t('role.source')}</th>
            </tr>
          </thead>
          <tbody>
            {group.roles.map((role) => (
              <tr key={role.id}>
                {show !== 'place' && (
                  <td>
                    <EntityLink id={role.person.id} name={role.person.name} />
                  </td>
                )}
                <td>
                  {role.title}
                  {role.share != null && ` (${role.share} %)`}
                </td>
                {show !== 'person' && (
                  <td>{role.heldIn ? <EntityLink id={role.heldIn.id} name={role.heldIn.name} /> : '–'}</td>
                )}
                <td>
                  {role.representing ? <EntityLink id={role.representing.id} name={role.representing.name} /> : '–'}
                </td>
                <td>
                  <Period validFrom={role.validFrom} validTo={role.validTo} periodStated={role.periodStated} />
                </td>
                <td>
                  <Sources citations={role.citations} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}

/** Groups roles by a key, keeping the order of first appearance. */
export function groupRoles(
  roles: readonly RoleFieldsFragment[],
  keyOf: (role: RoleFieldsFragment) => { key: string; heading: RoleGroup['heading'] },
): RoleGroup[] {
  const groups = new Map<string, RoleGroup & { roles: RoleFieldsFragment[] }>();
  for (const role of roles) {
    const { key, heading } = keyOf(role);
    const group = groups.get(key) ?? { key, heading, roles: [] };
    group.roles.push(role);
    groups.set(key, group);
  }
  return [...groups.values()];
}
