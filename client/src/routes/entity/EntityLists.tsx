import { EntityList, type EntityListItemRef } from '../../components/entity/EntityList';
import { Section } from '../../components/Section';
import { graphql } from '../../generated';
import type { EntityListsFragment } from '../../generated/graphql';
import type { MessageKey } from '../../i18n/messages';
import { useI18n } from '../../i18n/use-i18n';
import { type FragmentRef, unmask } from '../../lib/fragments';

export const EntityListsFields = graphql(`
  fragment EntityLists on Entity {
    __typename
    ... on Municipality {
      memberOf(asOf: $asOf) {
        ...EntityListItem
      }
      projects(asOf: $asOf) {
        ...EntityListItem
      }
      areas(asOf: $asOf) {
        ...EntityListItem
      }
    }
    ... on Organization {
      members(asOf: $asOf) {
        ...EntityListItem
      }
      memberOf(asOf: $asOf) {
        ...EntityListItem
      }
      parents(asOf: $asOf) {
        ...EntityListItem
      }
      children(asOf: $asOf) {
        ...EntityListItem
      }
      meetings {
        ...EntityListItem
      }
      projects(asOf: $asOf) {
        ...EntityListItem
      }
      grantsReceived {
        ...EntityListItem
      }
      grantsGiven {
        ...EntityListItem
      }
    }
    ... on Project {
      participants(asOf: $asOf) {
        ...EntityListItem
      }
      partners(asOf: $asOf) {
        ...EntityListItem
      }
      responsible(asOf: $asOf) {
        ...EntityListItem
      }
      parents(asOf: $asOf) {
        ...EntityListItem
      }
      children(asOf: $asOf) {
        ...EntityListItem
      }
      grants {
        ...EntityListItem
      }
    }
    ... on University {
      projects(asOf: $asOf) {
        ...EntityListItem
      }
      memberOf(asOf: $asOf) {
        ...EntityListItem
      }
    }
    ... on Funder {
      grants {
        ...EntityListItem
      }
    }
    ... on Grant {
      funder {
        ...EntityListItem
      }
      recipients {
        ...EntityListItem
      }
      decidedIn {
        ...EntityListItem
      }
    }
    ... on Meeting {
      organization {
        ...EntityListItem
      }
      cases {
        ...EntityListItem
      }
    }
    ... on Case {
      meeting {
        ...EntityListItem
      }
      concerns {
        ...EntityListItem
      }
    }
  }
`);

type Lists = [MessageKey, readonly EntityListItemRef[]][];
const one = (item: EntityListItemRef | null | undefined) => (item ? [item] : []);

/** The kind-specific lists of an entity, in the order the page shows them (heading, entities). */
function listsOf(entity: EntityListsFragment): Lists {
  switch (entity.__typename) {
    case 'Municipality':
      return [
        ['entity.memberOf', entity.memberOf],
        ['entity.projects', entity.projects],
        ['entity.areas', entity.areas],
      ];
    // A person's meetings are in their meetings section, with the attendance and the duties in each.
    case 'Organization':
      return [
        ['entity.parents', entity.parents],
        ['entity.children', entity.children],
        ['entity.members', entity.members],
        ['entity.memberOf', entity.memberOf],
        ['entity.meetings', entity.meetings],
        ['entity.projects', entity.projects],
        ['entity.grants', entity.grantsReceived],
        ['entity.grantsGiven', entity.grantsGiven],
      ];
    case 'Project':
      return [
        ['entity.parents', entity.parents],
        ['entity.children', entity.children],
        ['entity.responsible', entity.responsible],
        ['entity.participants', entity.participants],
        ['entity.partners', entity.partners],
        ['entity.grants', entity.grants],
      ];
    case 'University':
      return [
        ['entity.projects', entity.projects],
        ['entity.memberOf', entity.memberOf],
      ];
    case 'Funder':
      return [['entity.grantsGiven', entity.grants]];
    case 'Grant':
      return [
        ['entity.funder', one(entity.funder)],
        ['entity.recipients', entity.recipients],
        ['entity.decidedIn', entity.decidedIn],
      ];
    case 'Meeting':
      return [
        ['entity.parents', one(entity.organization)],
        ['entity.cases', entity.cases],
      ];
    case 'Case':
      return [
        ['entity.meeting', one(entity.meeting)],
        ['entity.concerns', entity.concerns],
      ];
    default:
      return [];
  }
}

/** The kind-specific lists of an entity page: memberships, projects, members, cases, grants, … */
export function EntityLists({ entity: ref }: { entity: FragmentRef<typeof EntityListsFields> }) {
  const { t } = useI18n();
  const shown = listsOf(unmask(EntityListsFields, ref)).filter(([, items]) => items.length > 0);
  if (shown.length === 0) return null;
  return (
    <Section id="lists" title={t('profile.lists')} count={shown.reduce((sum, [, items]) => sum + items.length, 0)}>
      <div className="entity-lists">
        {shown.map(([label, items]) => (
          <EntityList key={label} title={t(label)} items={items} />
        ))}
      </div>
    </Section>
  );
}
