import { EntityLink } from '../EntityLink';

/** Several linked entities in one table cell, one per line; a dash when there are none. */
export function EntityLinkList({ items }: { items: readonly { id: string; name: string }[] }) {
  if (items.length === 0) return <>–</>;
  if (items.length === 1 && items[0]) return <EntityLink id={items[0].id} name={items[0].name} />;
  return (
    <ul className="report-cell-list">
      {items.map((item) => (
        <li key={item.id}>
          <EntityLink id={item.id} name={item.name} />
        </li>
      ))}
    </ul>
  );
}
