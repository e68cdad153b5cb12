import { Link } from 'react-router';
import { useI18n } from '../../i18n/use-i18n';

/** What the author sees once a proposal is stored: what it says, and that a reviewer must approve it first. */
export function ProposalSent({ summary, onAnother }: { summary: string; onAnother?: () => void }) {
  const { t } = useI18n();
  return (
    <div role="status" className="proposal-sent">
      <p>
        <strong>{t('edit.sent')}</strong> {summary}
      </p>
      <p>{t('edit.sentHint')}</p>
      <p className="proposal-sent-actions">
        <Link to="/gjennomgang">{t('edit.toQueue')}</Link>
        {onAnother && (
          <button type="button" className="secondary" onClick={onAnother}>
            {t('edit.another')}
          </button>
        )}
      </p>
    </div>
  );
}
