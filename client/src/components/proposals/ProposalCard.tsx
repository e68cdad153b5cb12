import { useId, useState } from 'react';
import type { AttendanceStatus, ProposalEffect, ProposalSlot, ProposalStatus } from '../../generated/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { ProposalEditForm } from './ProposalEditForm';
import { ProposalMatch } from './ProposalMatch';

/** What the reviewer decided for a proposal on this screen (sent with "Send til godkjenning"). */
export type Decision = 'accept' | 'reject' | 'undecided';

type Name = {
  name: string;
  match?: { id: string; name: string } | null;
  ranked: readonly {
    entity: { id: string; name: string };
    reason: string;
    score: number;
    pendingEdit?: { id: string; status: string } | null;
  }[];
};

/** The fields of a proposal the card shows (the page's query). */
export interface ProposalView {
  id: string;
  status: ProposalStatus;
  summary: string;
  quote: string;
  rule: string;
  confidence: number;
  effect: ProposalEffect;
  conflicts: readonly string[];
  title?: string | null;
  attendance?: AttendanceStatus | null;
  date?: string | null;
  names: readonly { slot: ProposalSlot; entity: Name }[];
}

/**
 * One proposal: what it says, its quote (and a way to it in the text), what accepting it would do, the rule and
 * how sure it is, whom its names are matched to; accept or reject it, or correct it first.
 */
export function ProposalCard({
  proposal,
  decision,
  onDecide,
  onShow,
  onChanged,
}: {
  proposal: ProposalView;
  decision: Decision;
  onDecide(decision: Decision): void;
  onShow(): void;
  onChanged(): void;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const name = useId();
  const open = proposal.status === 'OPEN';
  const editable =
    open && [proposal.title, proposal.attendance, proposal.date].some((value) => value !== null && value !== undefined);
  return (
    <article
      id={`proposal-${proposal.id}`}
      tabIndex={-1}
      className={`proposal-card effect-${proposal.effect.toLowerCase()} decision-${decision}`}
      aria-labelledby={`${name}-summary`}
    >
      <h4 id={`${name}-summary`}>{proposal.summary}</h4>
      <p className="proposal-meta">
        <span className={`effect effect-${proposal.effect.toLowerCase()}`}>
          {t(`proposals.effect.${proposal.effect}`)}
        </span>
        {!open && <span className="status">{t(`proposals.status.${proposal.status}`)}</span>}
        <span>{t('proposals.rule', { rule: proposal.rule })}</span>
        <span>{t('proposals.confidence', { percent: Math.round(proposal.confidence * 100) })}</span>
      </p>
      <blockquote>
        «{proposal.quote}»{' '}
        <button type="button" className="link-button" onClick={onShow}>
          {t('proposals.showInText')}
        </button>
      </blockquote>
      {proposal.effect === 'CONFLICT' && proposal.conflicts.length > 0 && (
        <div className="proposal-conflicts" role="note">
          {t('proposals.conflicts')}
          <ul>
            {proposal.conflicts.map((conflict) => (
              <li key={conflict}>{conflict}</li>
            ))}
          </ul>
        </div>
      )}
      {proposal.names.map(({ slot, entity }) => (
        <ProposalMatch
          key={slot}
          proposalId={proposal.id}
          slot={slot}
          entity={entity}
          open={open}
          onChanged={onChanged}
        />
      ))}
      {editing ? (
        <ProposalEditForm
          proposal={proposal}
          onCancel={() => setEditing(false)}
          onDone={() => {
            setEditing(false);
            onChanged();
          }}
        />
      ) : (
        editable && (
          <button type="button" className="secondary" onClick={() => setEditing(true)}>
            {t('proposals.edit')}
          </button>
        )
      )}
      {open && (
        <fieldset className="proposal-decision">
          <legend className="visually-hidden">{t('proposals.decision', { summary: proposal.summary })}</legend>
          {(['accept', 'reject', 'undecided'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name={`${name}-decision`}
                value={value}
                checked={decision === value}
                onChange={() => onDecide(value)}
              />{' '}
              {t(`proposals.decision.${value}`)}
            </label>
          ))}
        </fieldset>
      )}
    </article>
  );
}
