import { type FragmentType, graphql, useFragment } from '../../generated';
import { useI18n } from '../../i18n/use-i18n';
import { beforeAndAfter, compareBodies, glanceStatus, shared } from '../../lib/glance';
import { EntityLink } from '../EntityLink';
import { Glance } from './Glance';
import { GlanceCard, type GlanceLine } from './GlanceCard';
import { useStatusText } from './use-status-text';

export const PersonGlanceFields = graphql(`
  fragment PersonGlance on Person {
    id
    roles(asOf: $asOf) {
      id
      title
      share
      validFrom
      validTo
      endedOn
      lastObserved
      heldIn {
        id
        name
        kind
        ... on Organization {
          parentCount
        }
      }
      representing {
        id
        name
      }
      post {
        id
        holders {
          id
          validFrom
          person {
            id
            name
          }
        }
      }
    }
  }
`);

type Role = ReturnType<typeof usePerson>['roles'][number];
const usePerson = (ref: FragmentType<typeof PersonGlanceFields>) => useFragment(PersonGlanceFields, ref);

/** Offices first (a municipality's own: ordfører, kommunedirektør), then seats in top-level bodies, then the rest. */
function rank(role: Role): [number, boolean] {
  const place = role.heldIn;
  if (!place) return [3, false];
  if (place.kind === 'MUNICIPALITY') return [0, true];
  if (place.kind === 'ORGANIZATION') return [1, !('parentCount' in place) || place.parentCount === 0];
  return [2, false];
}

/**
 * A person at a glance: the seats they hold on the day shown (held or last confirmed), offices before body seats,
 * each with where, on whose behalf and who held the seat before; then the seats that have ended, with who came after.
 */
export function PersonGlance({ entity: ref, day }: { entity: FragmentType<typeof PersonGlanceFields>; day: string }) {
  const { t, formatPercent } = useI18n();
  const statusText = useStatusText(day);
  const person = usePerson(ref);
  const roles = person.roles;
  if (roles.length === 0) return null;
  const sorted = [...roles].sort((a, b) => {
    const [ra, ta] = rank(a);
    const [rb, tb] = rank(b);
    const weight = (top: boolean, name: string) => ({ id: '', name, topLevel: top, seats: 0 });
    return ra - rb || compareBodies(weight(ta, a.heldIn?.name ?? ''), weight(tb, b.heldIn?.name ?? ''));
  });
  const line = (role: Role): GlanceLine => {
    const self = { id: role.id, validFrom: role.validFrom, person: { id: person.id, name: '' } };
    const { before, after } = beforeAndAfter(self, role.post.holders);
    const others = (label: string, people: { id: string; name: string }[]) =>
      people.length > 0 && (
        <span className="glance-others">
          {' · '}
          {label}{' '}
          {people.map((person, index) => (
            <span key={person.id}>
              {index > 0 && ', '}
              <EntityLink id={person.id} name={person.name} />
            </span>
          ))}
        </span>
      );
    const behalf = role.representing && role.representing.id !== role.heldIn?.id ? role.representing : null;
    return {
      key: role.id,
      // A role the sources give no place for has no page to link to (its id is a role's, not an entity's).
      who: role.heldIn ?? { id: null, name: t('glance.noPlace') },
      what: `${role.title}${role.share != null ? ` (${formatPercent(role.share)})` : ''}${behalf ? `, ${t('glance.forBehalf', { name: behalf.name })}` : ''}`,
      status: statusText(role),
      titleFirst: true,
      extra: (
        <>
          {others(t('glance.before'), before)}
          {others(t('glance.after'), after)}
        </>
      ),
    };
  };
  const current = sorted.filter((role) => glanceStatus(role, day) !== 'ENDED').map(line);
  const ended = sorted.filter((role) => glanceStatus(role, day) === 'ENDED').map(line);
  const common = ended.length === 0 ? shared(current.map((item) => item.status)) : null;
  return (
    <Glance sharedStatus={common}>
      {current.length > 0 && (
        <GlanceCard heading={t('glance.currentSeats')} lines={current} sharedStatus={common} wide />
      )}
      {ended.length > 0 && <GlanceCard heading={t('glance.endedSeats')} lines={ended} sharedStatus={common} wide />}
    </Glance>
  );
}
