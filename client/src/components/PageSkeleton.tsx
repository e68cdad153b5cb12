import { useI18n } from '../i18n/use-i18n';

/**
 * What a page shows while its answer is on the way: grey blocks in the shape of a heading and its first sections,
 * never the previous page's content under the new address. Announced once as loading.
 */
export function PageSkeleton() {
  const { t } = useI18n();
  return (
    <div className="page-skeleton" role="status" aria-live="polite" aria-busy="true">
      <span className="visually-hidden">{t('state.loadingPage')}</span>
      <div className="skeleton skeleton-title" aria-hidden="true" />
      <div className="skeleton skeleton-line" aria-hidden="true" />
      <div className="skeleton skeleton-block" aria-hidden="true" />
      <div className="skeleton skeleton-line short" aria-hidden="true" />
      <div className="skeleton skeleton-block" aria-hidden="true" />
    </div>
  );
}
