import { graphql } from '../../generated';
import { type FragmentRef, unmask } from '../../lib/fragments';
import { EntityLink } from '../EntityLink';
import { KindBadge } from '../KindBadge';

export const EntityListItem = graphql(`
  fragment EntityListItem on Entity {
    id
    name
    kind
  }
`);

export type EntityListItemRef = FragmentRef<typeof EntityListItem>;

/** A titled list of linked entities, each with its kind; renders nothing when the list is empty. */
export function EntityList({ title, items: refs }: { title: string; items: readonly EntityListItemRef[] }) {
  const items = unmask(EntityListItem, refs);
  if (items.length === 0) return null;
  const headingId = `list-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section aria-labelledby={headingId} className="entity-list">
      <h3 id={headingId}>{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <KindBadge kind={item.kind} /> <EntityLink id={item.id} name={item.name} />
          </li>
        ))}
      </ul>
    </section>
  );
}
