import { type FormEvent, useId, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../generated/gql';
import { useI18n } from '../../i18n/use-i18n';
import type { PickedEntity } from '../graph/EntityPicker';
import { EditError } from './EditError';
import { ProposalSent } from './ProposalSent';

const MergeEntities = graphql(`
  mutation MergeEntities($keep: ID!, $remove: ID!, $reason: String!) {
    mergeEntities(keep: $keep, remove: $remove, reason: $reason) {
      id
      status
      summary
    }
  }
`);

const MarkNotSame = graphql(`
  mutation MarkNotSame($a: ID!, $b: ID!, $reason: String!) {
    markNotSame(a: $a, b: $b, reason: $reason) {
      id
      status
      summary
    }
  }
`);

/**
 * Two search results chosen: propose that they are one (which to keep; the other's facts, roles and spellings
 * move to it and its address leads there), or record that they are not the same, so the pair is not suggested
 * again. Either way with a reason, and reviewed before it counts.
 */
export function MergePanel({ chosen, onClear }: { chosen: readonly PickedEntity[]; onClear(): void }) {
  const { t } = useI18n();
  const keepName = useId();
  const reasonId = useId();
  const headingId = useId();
  const [keepIndex, setKeepIndex] = useState(0);
  const [reason, setReason] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const [merging, merge] = useMutation(MergeEntities);
  const [judging, judge] = useMutation(MarkNotSame);
  const [first, second] = chosen;

  if (sent) {
    return (
      <section className="merge-panel" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('merge.title')}</h2>
        <ProposalSent
          summary={sent}
          onAnother={() => {
            setSent(null);
            setReason('');
            onClear();
          }}
        />
      </section>
    );
  }
  if (!first || !second) {
    // Nothing chosen yet: the page's own hint above the results says how.
    return (
      <p className="merge-hint hint" role="status">
        {first ? t('merge.chooseOneMore', { name: first.name }) : ''}
      </p>
    );
  }
  const keep = keepIndex === 0 ? first : second;
  const remove = keepIndex === 0 ? second : first;
  const sameKind = first.kind === second.kind;
  const busy = merging.fetching || judging.fetching;

  const proposeMerge = async (event: FormEvent) => {
    event.preventDefault();
    const result = await merge({ keep: keep.id, remove: remove.id, reason: reason.trim() });
    if (result.data?.mergeEntities) setSent(result.data.mergeEntities.summary);
  };
  const proposeNotSame = async () => {
    if (reason.trim() === '') return;
    const result = await judge({ a: first.id, b: second.id, reason: reason.trim() });
    if (result.data?.markNotSame) setSent(result.data.markNotSame.summary);
  };

  return (
    <section className="merge-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('merge.title')}</h2>
      {!sameKind ? (
        <p role="alert" className="error">
          {t('merge.differentKinds')}
        </p>
      ) : (
        <form className="edit-form" onSubmit={(event) => void proposeMerge(event)}>
          <fieldset>
            <legend>{t('merge.keep')}</legend>
            {[first, second].map((entity, index) => (
              <label key={entity.id} className="merge-choice">
                <input
                  type="radio"
                  name={keepName}
                  checked={keepIndex === index}
                  onChange={() => setKeepIndex(index)}
                />{' '}
                {entity.name} <span className="muted">({entity.id})</span>
              </label>
            ))}
          </fieldset>
          <p className="hint">{t('merge.explain', { keep: keep.name, remove: remove.name })}</p>
          <label htmlFor={reasonId}>{t('merge.reason')}</label>
          <textarea
            id={reasonId}
            required
            rows={2}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <EditError error={merging.error ?? judging.error} />
          <div className="merge-buttons">
            <button type="submit" disabled={busy || reason.trim() === ''}>
              {t('merge.submit')}
            </button>
            <button
              type="button"
              className="secondary"
              disabled={busy || reason.trim() === ''}
              onClick={() => void proposeNotSame()}
            >
              {t('merge.notSame')}
            </button>
            <button type="button" className="secondary" onClick={onClear}>
              {t('merge.clear')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
