import { AddRoleForm } from '../../components/edits/AddRoleForm';
import { ProposeChange } from '../../components/edits/ProposeChange';
import { MeetingDuties } from '../../components/entity/MeetingDuties';
import { today } from '../../components/entity/RoleEvidence';
import { groupRoles, RoleGroups } from '../../components/entity/RoleGroups';
import { Timeline } from '../../components/entity/Timeline';
import { Section } from '../../components/Section';
import { graphql, useFragment } from '../../generated';
import { useI18n } from '../../i18n/use-i18n';
import { type FragmentRef, unmask } from '../../lib/fragments';
import { compareBodies } from '../../lib/glance';

// What the page groups roles by: the body a municipality's representative sits in, or the municipality a
// member of a body (or project, meeting, case) acts for.
const EntityRolesRole = graphql(`
  fragment EntityRolesRole on Role {
    id
    heldIn {
      id
      name
      ... on Organization {
        parentCount
        roleCount
      }
    }
    onBehalfOf {
      id
      name
    }
    ...RoleGroupsRole
  }
`);

export const EntityRolesFields = graphql(`
  fragment EntityRoles on Entity {
    __typename
    id
    name
    kind
    ... on Municipality {
      representatives(asOf: $asOf) {
        ...EntityRolesRole
      }
    }
    ... on Person {
      roles(asOf: $asOf) {
        ...TimelineRole
      }
      duties {
        ...MeetingDutiesRole
      }
      attendances {
        ...MeetingAttendanceRelation
      }
    }
    ... on Organization {
      roles(asOf: $asOf) {
        ...EntityRolesRole
      }
    }
    ... on Project {
      roles(asOf: $asOf) {
        ...EntityRolesRole
      }
    }
    ... on University {
      roles(asOf: $asOf) {
        ...EntityRolesRole
      }
    }
    ... on Meeting {
      roles(asOf: $asOf) {
        ...EntityRolesRole
      }
    }
    ... on Case {
      roles(asOf: $asOf) {
        ...EntityRolesRole
      }
    }
  }
`);

/**
 * The roles on an entity's page: a municipality's representatives by body, a person's roles over time, and the
 * roles in a body, project, meeting or case by the municipality each person acts for.
 */
export function EntityRoles({
  entity: ref,
  asOf,
}: {
  entity: FragmentRef<typeof EntityRolesFields>;
  /** The day the page shows; each role's status is told for it (today when none is chosen). */
  asOf: string | null;
}) {
  const { t } = useI18n();
  const day = asOf ?? today();
  const entity = unmask(EntityRolesFields, ref);
  const representatives = useFragment(EntityRolesRole, 'representatives' in entity ? entity.representatives : []);
  const roles = useFragment(EntityRolesRole, 'roles' in entity && entity.__typename !== 'Person' ? entity.roles : []);
  const self = { id: entity.id, name: entity.name, kind: entity.kind };
  if (entity.__typename === 'Municipality') {
    // The municipality's own offices, then the bodies in the summary's order: the main ones first.
    const weights = new Map(
      representatives.flatMap((role) =>
        role.heldIn && 'roleCount' in role.heldIn
          ? [
              [
                role.heldIn.id,
                {
                  id: role.heldIn.id,
                  name: role.heldIn.name,
                  topLevel: role.heldIn.parentCount === 0,
                  seats: role.heldIn.roleCount,
                },
              ] as const,
            ]
          : [],
      ),
    );
    const groups = groupRoles(representatives, (role) =>
      role.heldIn && role.heldIn.id !== entity.id
        ? { key: role.heldIn.id, heading: { id: role.heldIn.id, name: role.heldIn.name } }
        : { key: '', heading: t('entity.ownOffices') },
    ).sort((a, b) => {
      const [wa, wb] = [weights.get(a.key), weights.get(b.key)];
      if (wa && wb) return compareBodies(wa, wb);
      // Own offices first, bodies next, anything else (a project) last.
      const rank = (key: string, weighed: boolean) => (key === '' ? 0 : weighed ? 1 : 2);
      return rank(a.key, Boolean(wa)) - rank(b.key, Boolean(wb));
    });
    return (
      <Section id="roles" title={t('entity.byBody')} count={representatives.length}>
        <ProposeChange label={t('edit.proposeRole')}>
          <AddRoleForm onBehalfOf={self} />
        </ProposeChange>
        {groups.length === 0 ? <p>{t('entity.noRoles')}</p> : <RoleGroups groups={groups} day={day} />}
      </Section>
    );
  }
  if (entity.__typename === 'Person') {
    return (
      <>
        <Section id="roles" title={t('entity.timeline')} count={entity.roles.length}>
          <ProposeChange label={t('edit.proposeRole')}>
            <AddRoleForm person={self} />
          </ProposeChange>
          {entity.roles.length === 0 ? <p>{t('entity.noRoles')}</p> : <Timeline roles={entity.roles} day={day} />}
        </Section>
        <MeetingDuties duties={entity.duties} attendances={entity.attendances} />
      </>
    );
  }
  if (!('roles' in entity)) return null;
  const groups = groupRoles(roles, (role) =>
    role.onBehalfOf
      ? { key: role.onBehalfOf.id, heading: { id: role.onBehalfOf.id, name: role.onBehalfOf.name } }
      : { key: '', heading: t('entity.otherRoles') },
  );
  return (
    <Section
      id="roles"
      title={entity.__typename === 'Organization' ? t('entity.membersByMunicipality') : t('entity.roles')}
      count={roles.length}
    >
      {/* Seats are in bodies and projects; a meeting's or a case's roles come from its papers. */}
      {entity.__typename !== 'Meeting' && entity.__typename !== 'Case' && (
        <ProposeChange label={t('edit.proposeMember')}>
          <AddRoleForm organization={self} />
        </ProposeChange>
      )}
      {groups.length === 0 ? <p>{t('entity.noRoles')}</p> : <RoleGroups groups={groups} day={day} />}
    </Section>
  );
}
