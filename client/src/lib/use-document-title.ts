import { useEffect } from 'react';
import { useLocation } from 'react-router';
import type { MessageKey } from '../i18n/messages';
import { useI18n } from '../i18n/use-i18n';
import { type ClientRouteName, matchClientRoute } from './domain';

/**
 * The browser tab's title: the page's own name first ("Frøya – Regiongraf"), so that tabs, history and bookmarks
 * say which entity or report they hold. Null while the name is not known yet keeps the title as it was.
 */
export function useDocumentTitle(title: string | null | undefined): void {
  const { t } = useI18n();
  const suffix = t('title.suffix');
  useEffect(() => {
    if (title === null || title === undefined) return;
    document.title = title && title !== suffix ? `${title} – ${suffix}` : suffix;
  }, [title, suffix]);
}

// The tab's title of each page whose name does not depend on what it shows; the entity, report, search, network
// and proposals pages name what they show themselves, and an unknown address is the not-found page's.
const ROUTE_TITLES: Partial<Record<ClientRouteName, MessageKey>> = {
  home: 'title.suffix',
  review: 'review.title',
  newPerson: 'edit.newPerson',
  newEntity: 'newEntity.title',
  upload: 'upload.title',
  representation: 'representation.title',
  connection: 'connection.heading',
  reports: 'reports.title',
  signIn: 'auth.signIn',
  myTokens: 'tokens.title',
  admin: 'admin.title',
};

/** Sets the tab's title of the page at the current address when it is one of the fixed ones (ROUTE_TITLES). */
export function useRouteTitle(): void {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const key = ROUTE_TITLES[matchClientRoute(pathname)?.route ?? 'entity'];
  useDocumentTitle(key ? t(key) : null);
}
