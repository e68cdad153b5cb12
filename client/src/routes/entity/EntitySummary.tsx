import { BodySeatsTimeline } from '../../components/charts/BodySeatsTimeline';
import { BodyGlance } from '../../components/glance/BodyGlance';
import { MunicipalityGlance } from '../../components/glance/MunicipalityGlance';
import { PersonGlance } from '../../components/glance/PersonGlance';
import { ProjectGlance } from '../../components/glance/ProjectGlance';
import { graphql } from '../../generated';
import { type FragmentRef, unmask } from '../../lib/fragments';

export const EntitySummaryFields = graphql(`
  fragment EntitySummary on Entity {
    __typename
    ... on Municipality {
      ...MunicipalityGlance
    }
    ... on Person {
      ...PersonGlance
    }
    ... on Organization {
      ...BodyGlance
      ...BodySeatsTimeline
    }
    ... on Project {
      ...ProjectGlance
    }
  }
`);

/**
 * The answer at a glance, at the top of a profile: a person's seats, a municipality's representatives per body,
 * a body's seats, members and sub-bodies, a project's state and people. `day` is the day statuses are told for.
 */
export function EntitySummary({ entity: ref, day }: { entity: FragmentRef<typeof EntitySummaryFields>; day: string }) {
  const entity = unmask(EntitySummaryFields, ref);
  switch (entity.__typename) {
    case 'Municipality':
      return <MunicipalityGlance entity={entity} day={day} />;
    case 'Person':
      return <PersonGlance entity={entity} day={day} />;
    case 'Organization':
      // The seats over time go in a section of their own below the summary.
      return (
        <>
          <BodyGlance entity={entity} day={day} />
          <BodySeatsTimeline entity={entity} day={day} />
        </>
      );
    case 'Project':
      return <ProjectGlance entity={entity} day={day} />;
    default:
      return null;
  }
}
