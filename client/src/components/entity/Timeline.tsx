import { type FragmentType, graphql, useFragment } from '../../generated';
import { useI18n } from '../../i18n/use-i18n';
import { EntityLink } from '../EntityLink';
import { RoleActions } from '../edits/RoleActions';
import { RoleEvidence } from './RoleEvidence';

export const TimelineRole = graphql(`
  fragment TimelineRole on Role {
    id
    title
    share
    validFrom
    heldIn {
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

/**
 * A person's roles as a timeline: one entry per year the role is first known, newest first, each role with place,
 * its status on `day` and every statement of it.
 */
export function Timeline({ roles: refs, day }: { roles: readonly FragmentType<typeof TimelineRole>[]; day: string }) {
  const { t, formatPercent } = useI18n();
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
                {role.share != null && ` (${formatPercent(role.share)})`}
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
                  <RoleEvidence role={role} day={day} />
                  <RoleActions
                    role={role}
                    description={role.heldIn ? `${role.title} – ${role.heldIn.name}` : role.title}
                  />
                </div>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
