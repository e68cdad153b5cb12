import { Link } from 'react-router';
import { useI18n } from '../../i18n/use-i18n';
import { entityPath } from '../../lib/paths';

/** The entity page's two views, each with an address of its own: what the graph says, and how it came to say it. */
export function EntityTabs({ id, tab }: { id: string; tab: 'overview' | 'history' }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('history.tabs')} className="tabs entity-tabs">
      <Link to={entityPath(id)} aria-current={tab === 'overview' ? 'page' : undefined}>
        {t('history.overview')}
      </Link>
      <Link to={`${entityPath(id)}/historikk`} aria-current={tab === 'history' ? 'page' : undefined}>
        {t('history.tab')}
      </Link>
    </nav>
  );
}
