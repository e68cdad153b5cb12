import type { ProposalKind } from '../../generated/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { type Decision, ProposalCard, type ProposalView } from './ProposalCard';

/** One kind of proposal on the review screen: its heading, "accept all" / "reject all" of its open ones, its cards. */
export function ProposalGroup({
  kind,
  proposals,
  decisionOf,
  onDecide,
  onShow,
  onChanged,
}: {
  kind: ProposalKind;
  proposals: readonly ProposalView[];
  decisionOf(proposal: ProposalView): Decision;
  onDecide(ids: readonly string[], decision: Decision): void;
  onShow(id: string): void;
  onChanged(): void;
}) {
  const { t } = useI18n();
  if (proposals.length === 0) return null;
  const open = proposals.filter((proposal) => proposal.status === 'OPEN').map((proposal) => proposal.id);
  const heading = t(`proposals.kind.${kind}`);
  return (
    <section className="proposal-group" aria-label={heading}>
      <h3>
        {heading} ({proposals.length})
      </h3>
      {open.length > 0 && (
        <div className="review-buttons">
          <button
            type="button"
            aria-label={`${t('proposals.acceptAll', { count: open.length })}: ${heading}`}
            onClick={() => onDecide(open, 'accept')}
          >
            {t('proposals.acceptAll', { count: open.length })}
          </button>
          <button
            type="button"
            className="secondary"
            aria-label={`${t('proposals.rejectAll', { count: open.length })}: ${heading}`}
            onClick={() => onDecide(open, 'reject')}
          >
            {t('proposals.rejectAll', { count: open.length })}
          </button>
        </div>
      )}
      {proposals.map((proposal) => (
        <ProposalCard
          key={proposal.id}
          proposal={proposal}
          decision={decisionOf(proposal)}
          onDecide={(decision) => onDecide([proposal.id], decision)}
          onShow={() => onShow(proposal.id)}
          onChanged={onChanged}
        />
      ))}
    </section>
  );
}
