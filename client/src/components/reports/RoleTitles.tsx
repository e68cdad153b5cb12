import { useI18n } from '../../i18n/use-i18n';
import { compactPeriod } from '../../lib/representation';

/** The titles of a person's roles in one place, each with its known period; a dash when there are none. */
export function RoleTitles({
  roles,
}: {
  roles: readonly { id: string; title: string; validFrom?: string | null; validTo?: string | null }[];
}) {
  const { language } = useI18n();
  if (roles.length === 0) return <>–</>;
  return (
    <ul className="report-cell-list">
      {roles.map((role) => (
        <li key={role.id}>
          {role.title} <span className="report-period">({compactPeriod(role.validFrom, role.validTo, language)})</span>
        </li>
      ))}
    </ul>
  );
}
