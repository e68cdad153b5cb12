import { Link } from 'react-router';
import { entityPath } from '../lib/paths';

/** A link to an entity's page; its URL is stable and can be pasted into an e-mail. */
export function EntityLink({ id, name }: { id: string; name: string }) {
  return <Link to={entityPath(id)}>{name}</Link>;
}
