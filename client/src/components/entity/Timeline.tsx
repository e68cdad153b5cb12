import { type FragmentType, graphql, useFragment } from '../../generated';
import { useI18n } from '../../i18n/use-i18n';
import { EntityLink } from '../EntityLink';
import { Period } from '../Period';
import { Sources } from '../Sources';

export const TimelineRole = graphql(`
  fragment TimelineRole on Role {
    id
    title
    share
    validFrom
    validTo
    periodStated
    heldIn {
      id
      name
    }
    representing {
      id
      name
    }
    citations {
      ...SourcesCitation
    }
  }
`);

/** A person's roles as a timeline: one entry per year, newest year first, each role with place and source. */
export function Timeline({ roles: refs }: { roles: readonly FragmentType<typeof TimelineRole>[] }) {
  const { t } = useI18n();
  const roles = useFragment(TimelineRole, refs);
  const years = new Map<string, (typeof roles)[number][]>();
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
