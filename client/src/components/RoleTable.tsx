import type { RoleFieldsFragment } from '../generated/graphql';
import { useI18n } from '../i18n/use-i18n';
import { EntityLink } from './EntityLink';
import { Period } from './Period';
import { Sources } from './Sources';

/** Roles as a table: who, what, where, on whose behalf, when, and the source. */
export function RoleTable({
  roles,
  caption,
  hide,
}: {
  roles: readonly RoleFieldsFragment[];
  caption: string;
  hide?: 'person' | 'in';
}) {
  const { t } = useI18n();
  if (roles.length === 0) return <p>{t('entity.noRoles')}</p>;
  return (
    <table className="data-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {hide !== 'person' && <th scope="col">{t('role.person')}</th>}
          <th scope="col">{t('role.title')}</th>
          {hide !== 'in' && <th scope="col">{t('role.in')}</th>}
          <th scope="col">{t('role.onBehalfOf')}</th>
          <th scope="col">{t('role.period')}</th>
          <th scope="col">{t('role.source')}</th>
        </tr>
      </thead>
      <tbody>
        {roles.map((role) => (
          <tr key={role.id}>
            {hide !== 'person' && (
              <td>
                <EntityLink id={role.person.id} name={role.person.name} />
              </td>
            )}
            <td>
              {role.title}
              {role.share != null && ` (${role.share} %)`}
            </td>
            {hide !== 'in' && <td>{role.heldIn ? <EntityLink id={role.heldIn.id} name={role.heldIn.name} /> : '–'}</td>}
            <td>{role.onBehalfOf ? <EntityLink id={role.onBehalfOf.id} name={role.onBehalfOf.name} /> : '–'}</td>
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
  );
}
