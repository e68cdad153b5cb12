import { graphql, useFragment } from '../../generated';
import { useI18n } from '../../i18n/use-i18n';
import { compactPeriod, type MatrixRole } from '../../lib/representation';
import { EntityLink } from '../EntityLink';
import { Sources } from '../Sources';

export const RepresentationRolesRole = graphql(`
  fragment RepresentationRolesRole on Role {
    id
    title
    validFrom
    validTo
    periodStated
    person {
      id
      name
    }
    citations {
      ...SourcesCitation
    }
    notes {
      ...StaffNoteLine
    }
  }
`);

/** The roles in one cell: who (a link), as what, when — and the source one click away. */
export function RepresentationRoles({ roles: refs }: { roles: readonly MatrixRole[] }) {
  const { t, language } = useI18n();
  const roles = useFragment(RepresentationRolesRole, refs);
  if (roles.length === 0) {
    // A dash for the eye; a word for screen readers, which would otherwise read "en dash" or nothing.
    return (
      <>
        <span aria-hidden="true" className="representation-empty">
          –
        </span>
        <span className="visually-hidden">{t('representation.none')}</span>
      </>
    );
  }
  return (
    <ul className="representation-roles">
      {roles.map((role) => (
        <li key={role.id}>
          <EntityLink id={role.person.id} name={role.person.name} />{' '}
          <span className="representation-role-meta">
            {role.title}, {compactPeriod(role.validFrom, role.validTo, language)}
            {!role.periodStated && (
              <>
                <span aria-hidden="true">*</span>
                <span className="visually-hidden"> ({t('representation.periodFromSource')})</span>
              </>
            )}
          </span>{' '}
          <Sources citations={role.citations} notes={role.notes} />
        </li>
      ))}
    </ul>
  );
}
