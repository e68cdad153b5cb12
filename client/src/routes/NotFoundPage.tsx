import { NotFound } from '../components/NotFound';

/** Any address no page has (the server answers it with a 404 status and this page). */
export function NotFoundPage() {
  return <NotFound />;
}
