import { type FragmentType, graphql, useFragment } from '../../generated';
import { useI18n } from '../../i18n/use-i18n';
import { compareNames } from '../../lib/domain';
import { glanceStatus, shared } from '../../lib/glance';
import { EntityLink } from '../EntityLink';
import { Glance } from './Glance';
import { GlanceCard, type GlanceLine } from './GlanceCard';
import { SubBodyTree } from './SubBodyTree';
import { useStatusText } from './use-status-text';

export const BodyGlanceFields = graphql(`
  fragment BodyGlance on Organization {
    id
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
        id
        name
      }
      post {
        id
      }
    }
    ...SubBodyTree
  }
`);

type Role = ReturnType<typeof useBody>['roles'][number];
const useBody = (ref: FragmentType<typeof BodyGlanceFields>) => useFragment(BodyGlanceFields, ref);

/**
 * A body at a glance: its own seats (leder, nestleder, sekretær …), each with its holder and who held it before;
 * its members by the municipality they sit for; and its sub-bodies as a tree.
 */
export function BodyGlance({ entity: ref, day }: { entity: FragmentType<typeof BodyGlanceFields>; day: string }) {
  const { t } = useI18n();
  const statusText = useStatusText(day);
  const body = useBody(ref);
  // A seat is a post: its holders newest first, the first the one that holds it (or held it last).
  const posts = new Map<string, Role[]>();
  const municipalities = new Map<string, { id: string; name: string; roles: Role[] }>();
  for (const role of body.roles) {
    if (role.onBehalfOf) {
      const entry = municipalities.get(role.onBehalfOf.id) ?? { ...role.onBehalfOf, roles: [] };
      entry.roles.push(role);
      municipalities.set(role.onBehalfOf.id, entry);
    } else {
      posts.set(role.post.id, [...(posts.get(role.post.id) ?? []), role]);
    }
  }
  const seats: GlanceLine[] = [...posts.values()].map((holders) => {
    const [latest, ...earlier] = [...holders].sort((a, b) => (b.validFrom ?? '').localeCompare(a.validFrom ?? ''));
    const holder = latest as Role;
    return {
      key: holder.id,
      who: holder.person,
      what: holder.title,
      status: statusText(holder),
      titleFirst: true,
      extra: earlier.length > 0 && (
        <span className="glance-others">
          {' · '}
          {t('glance.before')}{' '}
          {earlier.map((role, index) => (
            <span key={role.id}>
              {index > 0 && ', '}
              <EntityLink id={role.person.id} name={role.person.name} />
            </span>
          ))}
        </span>
      ),
    };
  });
  const members = [...municipalities.values()].sort((a, b) => compareNames(a.name, b.name));
  const memberLines = members.flatMap((municipality) =>
    municipality.roles
      .filter((role) => glanceStatus(role, day) !== 'ENDED')
      .map((role) => ({ municipality, role, status: statusText(role) })),
  );
  const memberStatus = shared(memberLines.map((line) => line.status));
  const sameTitle = shared(memberLines.map((line) => line.role.title));
  const common = shared([...seats.map((seat) => seat.status), ...memberLines.map((line) => line.status)]);
  return (
    <Glance sharedStatus={common}>
      {seats.length > 0 && <GlanceCard heading={t('glance.seats')} lines={seats} sharedStatus={common} wide />}
      {members.length > 0 && (
        <li className="glance-card glance-wide">
          <h3>
            {t('glance.membersByMunicipality')}
            {sameTitle && <span className="glance-what"> – {t('glance.allTitled', { title: sameTitle })}</span>}
          </h3>
          {memberStatus && memberStatus !== common && <p className="glance-status">{memberStatus}</p>}
          <dl className="glance-members">
            {members.map((municipality) => {
              const lines = memberLines.filter((line) => line.municipality.id === municipality.id);
              return (
                <div key={municipality.id}>
                  <dt>
                    <EntityLink id={municipality.id} name={municipality.name} />
                  </dt>
                  <dd>
                    {lines.map((line, index) => (
                      <span key={line.role.id}>
                        {index > 0 && ', '}
                        <EntityLink id={line.role.person.id} name={line.role.person.name} />
                        {!sameTitle && <span className="glance-what"> ({line.role.title})</span>}
                        {memberStatus === null && <span className="glance-status"> · {line.status}</span>}
                      </span>
                    ))}
                  </dd>
                </div>
              );
            })}
          </dl>
        </li>
      )}
      <SubBodyTree entity={body} />
    </Glance>
  );
}
