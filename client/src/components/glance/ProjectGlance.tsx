import { type FragmentType, graphql, useFragment } from '../../generated';
import { useI18n } from '../../i18n/use-i18n';
import { formatPeriod } from '../../lib/dates';
import { shared } from '../../lib/glance';
import { EntityLink } from '../EntityLink';
import { Glance } from './Glance';
import { GlanceCard, type GlanceLine } from './GlanceCard';
import { useStatusText } from './use-status-text';

export const ProjectGlanceFields = graphql(`
  fragment ProjectGlance on Project {
    id
    status
    start
    end
    responsible(asOf: $asOf) {
      id
      name
    }
    participants(asOf: $asOf) {
      id
    }
    roles(asOf: $asOf) {
      id
      title
      validFrom
      validTo
      endedOn
      lastObserved
      person {
        id
        name
      }
      onBehalfOf {
        name
      }
    }
  }
`);

/** A project at a glance: its status and period, who runs it, how many take part, and the people in its roles. */
export function ProjectGlance({ entity: ref, day }: { entity: FragmentType<typeof ProjectGlanceFields>; day: string }) {
  const { t, formatNumber, language } = useI18n();
  const statusText = useStatusText(day);
  const project = useFragment(ProjectGlanceFields, ref);
  const people: GlanceLine[] = project.roles.map((role) => ({
    key: role.id,
    who: role.person,
    what: role.onBehalfOf ? `${role.title}, ${t('glance.forBehalf', { name: role.onBehalfOf.name })}` : role.title,
    status: statusText(role),
  }));
  const common = shared(people.map((line) => line.status));
  const facts: [string, React.ReactNode][] = [
    [t('field.status'), project.status],
    [t('field.period'), project.start || project.end ? formatPeriod(project.start, project.end, language) : null],
    [
      t('entity.responsible'),
      project.responsible.length > 0
        ? project.responsible.map((entity, index) => (
            <span key={entity.id}>
              {index > 0 && ', '}
              <EntityLink id={entity.id} name={entity.name} />
            </span>
          ))
        : null,
    ],
    [t('entity.participants'), project.participants.length > 0 ? formatNumber(project.participants.length) : null],
  ];
  const shown = facts.filter(([, value]) => value !== null && value !== undefined && value !== '');
  if (shown.length === 0 && people.length === 0) return null;
  return (
    <Glance sharedStatus={common}>
      {shown.length > 0 && (
        <li className="glance-card">
          <h3>{t('glance.project')}</h3>
          <dl className="glance-facts">
            {shown.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </li>
      )}
      {people.length > 0 && <GlanceCard heading={t('glance.people')} lines={people} sharedStatus={common} />}
    </Glance>
  );
}
