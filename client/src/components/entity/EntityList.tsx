import type { EntityKind } from '../../generated/graphql';
import { EntityLink } from '../EntityLink';
import { KindBadge } from '../KindBadge';

export interface ListedEntity {
  id: string;
  name: string;
  kind: EntityKind;
}

/** A titled list of linked entities; renders nothing when the list is empty. */
export function EntityList({
  title,
  items,
  showKind,
}: {
  title: string;
  items: readonly ListedEntity[];
  showKind?: boolean;
}) {
  if (items.length === 0) return null;
  const headingId = `list-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section aria-labelledby={headingId} className="entity-list">
      <h3 id={headingId}>{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            {showKind && (
              <>
                <KindBadge kind={item.kind} />{' '}
              </>
            )}
            <EntityLink id={item.id} name={item.name} />
          </li>
        ))}
      </ul>
    </section>
  );
}
