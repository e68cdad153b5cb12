import { Link, useLocation } from 'react-router';
import { useI18n } from '../i18n/use-i18n';
import { useDocumentTitle } from '../lib/use-document-title';

/**
 * The not-found page: what was not found, in words, and the ways on (the search, the front page). For an entity's
 * id the graph does not know (`id`), or an address no page has. The server answers both with a 404 status.
 */
export function NotFound({ id }: { id?: string }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  useDocumentTitle(t('title.notFound'));
  // The last words of the address are what the visitor was most likely after: offered as a search.
  const words = (id ?? decodeSegment(pathname.split('/').filter(Boolean).pop() ?? ''))
    .replace(/^[a-z]+:/, '')
    .replace(/[-_:]+/g, ' ')
    .trim();
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{id === undefined ? t('notFound.title') : t('notFound.entityTitle')}</h1>
      <p>{id === undefined ? t('notFound.body', { path: pathname }) : t('notFound.entityBody', { id })}</p>
      <ul className="not-found-ways">
        {words && (
          <li>
            <Link to={`/search?q=${encodeURIComponent(words)}`}>
              {t('notFound.search')}: «{words}»
            </Link>
          </li>
        )}
        <li>
          <Link to="/">{t('notFound.home')}</Link>
        </li>
      </ul>
    </section>
  );
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
