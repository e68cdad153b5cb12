import { Link } from 'react-router';

/** A link to an entity's page; its URL is stable and can be pasted into an e-mail. */
export function EntityLink({ id, name }: { id: string; name: string }) {
  return <Link to={`/entity/${encodeURIComponent(id)}`}>{name}</Link>;
}
