import type { RoleFieldsFragment } from '../../generated/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { EntityLink } from '../EntityLink';
import { Period } from '../Period';
import { Sources } from '../Sources';

/** A person's roles as a timeline: one entry per year, newest year first, each role with place and source. */
export function Timeline({ roles }: { roles: readonly RoleFieldsFragment[] }) {
  const { t } = useI18n();
  const years = new Map<string, RoleFieldsFragment[]>();
  for (const role of roles) {
    const year = role.validFrom?.slice(0, 4) ?? t('entity.undated');
    years.set(year, [...(years.get(year) ?? []), role]);
  }
  const ordered = [...years.entries()].sort((a, b) => b[0].localeCompare(a[0]));
  return (
    <ol className="timeline">
      {ordered.map(([year, items]) => (
        <li key={year}>
          <h3 className="timeline-year">{year}</h3>
          <ul>
            {items.map((role) => (
              <li key={role.id} className="timeline-item">
                <strong>{role.title}</strong>
                {role.share != null && ` (${role.share} %)`}
                {role.heldIn && (
                  <>
                    {' – '}
                    <EntityLink id={role.heldIn.id} name={role.heldIn.name} />
                  </>
                )}
                {role.representing && role.representing.id !== role.heldIn?.id && (
                  <>
                    {' · '}
                    {t('role.onBehalfOf').toLowerCase()}{' '}
                    <EntityLink id={role.representing.id} name={role.representing.name} />
                  </>
                )}
                <div className="timeline-meta">
                  <Period validFrom={role.validFrom} validTo={role.validTo} periodStated={role.periodStated} />
                  <Sources citations={role.citations} />
                </div>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
