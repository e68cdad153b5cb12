import { type ReactNode, useId } from 'react';
import { type FragmentType, graphql, useFragment } from '../../generated';
import { useI18n } from '../../i18n/use-i18n';
import { isIsoDate } from '../../lib/domain';
import { fieldKey, formatMoment, kindKey, STATUS_KEYS, vocabularyKey } from '../../lib/edits';
import { formatDate, formatKroner } from '../../lib/reports';
import { EntityLink } from '../EntityLink';
import { SourceQuotes } from '../SourceQuotes';

export const EditCardEdit = graphql(`
  fragment EditCard on Edit {
    id
    kind
    status
    summary
    createdAt
    reviewedAt
    selfApproved
    author {
      id
      displayName
    }
    reviewer {
      id
      displayName
    }
    entities {
      id
      name
    }
    source {
      ...SourcesCitation
    }
    note
    reason
    reviewReason
    changes {
      target
      field
      before
      after
    }
    revertOf {
      id
      summary
    }
    revertedBy {
      id
      summary
      status
    }
  }
`);

export type EditCardRef = FragmentType<typeof EditCardEdit>;

/**
 * One edit as a reader checks it: what it does in one sentence, each value before and after, the quote (or the
 * secretariat's note) it rests on, who proposed and who reviewed it, when; `children` are the actions on it.
 */
export function EditCard({
  edit: ref,
  children,
  headingLevel = 3,
}: {
  edit: EditCardRef;
  children?: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const { t, language } = useI18n();
  const edit = useFragment(EditCardEdit, ref);
  const headingId = useId();
  const names = new Map(edit.entities.map((entity) => [entity.id, entity.name]));
  // The source is shown below, as a quote with its document: not again as a changed value.
  const changes = edit.changes.filter((change) => change.field !== 'source' && change.field !== 'note');
  const targets = new Set(changes.map((change) => change.target));
  // Something new has no "before": one column of values then, not a column of "nothing".
  const allNew = changes.every((change) => change.before === null);
  // A value that is the id of an entity the edit touches reads as its name, linked.
  // An amount reads as kroner ("1 500 000 kr"), a list of ids (a grant's recipients) as the names it can give.
  const shown = (value: string | null, field: string) => {
    if (value === null) return <span className="muted">{t('edit.none')}</span>;
    const name = names.get(value);
    if (name) return <EntityLink id={value} name={name} />;
    if (field === 'amountNok' && /^\d+$/.test(value)) return formatKroner(Number(value), language);
    const word = vocabularyKey(field, value);
    if (word) return t(word);
    const parts = value.split(', ');
    if (parts.length > 1 && parts.every((part) => names.has(part))) {
      return parts.map((part, index) => (
        <span key={part}>
          {index > 0 && ', '}
          <EntityLink id={part} name={names.get(part) ?? part} />
        </span>
      ));
    }
    return isIsoDate(value) ? formatDate(value, language) : value;
  };
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className={`edit-card edit-${edit.status.toLowerCase()}`} aria-labelledby={headingId}>
      <p className="edit-labels">
        <span className={`edit-status edit-status-${edit.status.toLowerCase()}`}>{t(STATUS_KEYS[edit.status])}</span>
        <span className="edit-kind">{t(kindKey(edit.kind))}</span>
      </p>
      <Heading id={headingId} className="edit-summary">
        {edit.summary}
      </Heading>
      <p className="edit-meta">
        {t('edit.proposedBy', { name: edit.author.displayName, time: formatMoment(edit.createdAt, language) })}
        {edit.reviewer && edit.reviewedAt && (
          <>
            {' · '}
            {t(edit.status === 'REJECTED' ? 'edit.rejectedBy' : 'edit.approvedBy', {
              name: edit.reviewer.displayName,
              time: formatMoment(edit.reviewedAt, language),
            })}
            {edit.selfApproved && ` (${t('edit.selfApproved')})`}
          </>
        )}
      </p>
      {edit.entities.length > 0 && (
        <p className="edit-entities">
          {t('edit.touches')}:{' '}
          {edit.entities.map((entity, index) => (
            <span key={entity.id}>
              {index > 0 && ', '}
              <EntityLink id={entity.id} name={entity.name} />
            </span>
          ))}
        </p>
      )}
      {changes.length > 0 && (
        <table className="data-table edit-changes">
          <caption>{t('edit.changes')}</caption>
          <thead>
            <tr>
              {targets.size > 1 && <th scope="col">{t('edit.target')}</th>}
              <th scope="col">{t('edit.field')}</th>
              {allNew ? (
                <th scope="col">{t('edit.value')}</th>
              ) : (
                <>
                  <th scope="col">{t('edit.before')}</th>
                  <th scope="col">{t('edit.after')}</th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => {
              const label = fieldKey(change.field);
              return (
                <tr key={`${change.target}:${change.field}`}>
                  {targets.size > 1 && <td>{names.get(change.target) ?? t('edit.newItem')}</td>}
                  <th scope="row">{label ? t(label) : change.field}</th>
                  {!allNew && <td className="edit-before">{shown(change.before, change.field)}</td>}
                  <td className="edit-after">{shown(change.after, change.field)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div className="edit-source">
        <p className="edit-source-label">{t('edit.source')}</p>
        {edit.source ? (
          <SourceQuotes citations={[edit.source]} />
        ) : edit.note ? (
          <p className="staff-note">
            <span className="kind-badge staff-note-badge">{t('staffNote.label')}</span> {edit.note}
          </p>
        ) : (
          <p className="muted">{t('edit.noSource')}</p>
        )}
      </div>
      {edit.reason && (
        <p className="edit-reason">
          <strong>{t('edit.reason')}:</strong> {edit.reason}
        </p>
      )}
      {edit.reviewReason && (
        <p className="edit-reason">
          <strong>{t('edit.reviewReason')}:</strong> {edit.reviewReason}
        </p>
      )}
      {edit.revertOf && <p className="edit-link">{t('edit.revertOf', { summary: edit.revertOf.summary })}</p>}
      {edit.revertedBy && (
        <p className="edit-link">
          {t(edit.revertedBy.status === 'APPROVED' ? 'edit.revertedBy' : 'edit.revertProposed')}
        </p>
      )}
      {children}
    </article>
  );
}
