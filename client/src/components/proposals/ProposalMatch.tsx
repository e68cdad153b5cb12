import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../generated';
import type { ProposalSlot } from '../../generated/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { EntityLink } from '../EntityLink';
import { EditError } from '../edits/EditError';

export const ProposedNameFields = graphql(`
  fragment ProposedName on ProposedEntity {
    name
    kind
    match {
      id
      name
    }
    ranked {
      entity {
        id
        name
      }
      reason
      score
      pendingEdit {
        id
        status
      }
    }
  }
`);

const MatchProposal = graphql(`
  mutation MatchProposal($proposal: ID!, $slot: ProposalSlot!, $entity: ID) {
    matchProposal(proposal: $proposal, slot: $slot, entity: $entity) {
      id
    }
  }
`);

type ProposedName = {
  name: string;
  match?: { id: string; name: string } | null;
  ranked: readonly {
    entity: { id: string; name: string };
    reason: string;
    score: number;
    pendingEdit?: { id: string; status: string } | null;
  }[];
};

/**
 * Whether the match is a new person another document's review proposes, not yet approved (PENDING_NEW, its edit
 * still PROPOSED): there is no page of that person until it is.
 */
function matchIsPending(entity: ProposedName): boolean {
  const match = entity.match;
  if (!match) return false;
  return entity.ranked.some(
    (candidate) =>
      candidate.entity.id === match.id &&
      candidate.reason === 'PENDING_NEW' &&
      candidate.pendingEdit?.status === 'PROPOSED',
  );
}

/** The matched entity: a link to its page, or for a pending new person its name and that it awaits approval. */
function MatchedEntity({ entity }: { entity: ProposedName }) {
  const { t } = useI18n();
  if (!entity.match) return null;
  if (matchIsPending(entity)) {
    return <span className="pending-person">{t('proposals.pendingPerson', { name: entity.match.name })}</span>;
  }
  return <EntityLink id={entity.match.id} name={entity.match.name} />;
}

/**
 * One name of a proposal and whom it is matched to: the ranked candidates with their reasons, or "new". While the
 * proposal is open the editor may pick another (matchProposal; remembered for this spelling).
 */
export function ProposalMatch({
  proposalId,
  slot,
  entity,
  open,
  onChanged,
}: {
  proposalId: string;
  slot: ProposalSlot;
  entity: ProposedName;
  open: boolean;
  onChanged(): void;
}) {
  const { t } = useI18n();
  const selectId = useId();
  const [result, match] = useMutation(MatchProposal);
  // A candidate passed over is no longer proposed for this spelling (the server remembers it), but while the page is
  // open it stays in the list, so that a choice of "new" made by mistake can be taken back.
  const [offered, setOffered] = useState(entity.ranked);
  const candidates = [
    ...entity.ranked,
    ...offered.filter((old) => !entity.ranked.some((now) => now.entity.id === old.entity.id)),
  ];
  if (candidates.length !== offered.length) setOffered(candidates);
  const label = t(`proposals.slot.${slot}`);
  const percent = (score: number) => Math.round(score * 100);
  if (!open || candidates.length === 0) {
    return (
      <p className="proposal-name">
        {entity.match ? (
          <>
            {t('proposals.match', { slot: label, name: entity.name })} → <MatchedEntity entity={entity} />
          </>
        ) : (
          <>
            {label}: {t('proposals.matchNew', { name: entity.name })}
          </>
        )}
      </p>
    );
  }
  return (
    <div className="proposal-name">
      <label htmlFor={selectId}>
        {label}: {t('proposals.matchChoose', { name: entity.name })}
      </label>
      <select
        id={selectId}
        value={entity.match?.id ?? ''}
        disabled={result.fetching}
        onChange={async (event) => {
          const chosen = event.target.value || null;
          const done = await match(
            { proposal: proposalId, slot, entity: chosen },
            { additionalTypenames: ['Proposal'] },
          );
          if (done.data) onChanged();
        }}
      >
        {candidates.map((candidate) => (
          <option key={candidate.entity.id} value={candidate.entity.id}>
            {t('proposals.candidate', {
              name: candidate.entity.name,
              reason: t(`proposals.reason.${candidate.reason}` as 'proposals.reason.SAME_NAME'),
              percent: percent(candidate.score),
            })}
          </option>
        ))}
        <option value="">{t('proposals.new')}</option>
      </select>
      {entity.match && (
        <span className="hint">
          {' '}
          <MatchedEntity entity={entity} />
        </span>
      )}
      <EditError error={result.error} />
    </div>
  );
}
