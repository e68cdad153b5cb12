import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { DocumentText } from '../../components/documents/DocumentText';
import { EditError } from '../../components/edits/EditError';
import type { Decision, ProposalView } from '../../components/proposals/ProposalCard';
import { ProposalGroup } from '../../components/proposals/ProposalGroup';
import { QueryState } from '../../components/QueryState';
import { graphql } from '../../generated';
import { ProposalKind as Kinds, type ProposalKind, type ProposalSlot } from '../../generated/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { GRAPH_CHANGED } from '../../lib/edits';
import { type KeyedSpan, textPieces } from '../../lib/highlights';
import { entityPath } from '../../lib/paths';
import { EditorsOnly } from '../edits/EditorsOnly';

const DocumentProposalsQuery = graphql(`
  query DocumentProposals($id: ID!) {
    node(id: $id) {
      id
      ... on Document {
        name
        text
        pageStarts
        proposalsComplete
      }
    }
    proposals(document: $id) {
      id
      kind
      status
      quote
      summary
      start
      end
      rule
      confidence
      effect
      conflicts
      title
      attendance
      date
      person {
        ...ProposedName
      }
      organization {
        ...ProposedName
      }
      onBehalfOf {
        ...ProposedName
      }
      meeting {
        ...ProposedName
      }
    }
  }
`);

const ReviewProposals = graphql(`
  mutation ReviewProposals($document: ID!, $accept: [ID!]!, $reject: [ID!]!) {
    reviewProposals(document: $document, accept: $accept, reject: $reject) {
      id
      status
    }
  }
`);

/** The groups of the list, in the order a reviewer reads minutes: the meeting, who was there in what seat, ... */
const GROUPS: readonly ProposalKind[] = [
  Kinds.Meeting,
  Kinds.Role,
  Kinds.Membership,
  Kinds.Attendance,
  Kinds.Case,
  Kinds.Grant,
  Kinds.Relation,
  Kinds.Entity,
];
const SLOTS = [
  ['person', 'PERSON'],
  ['organization', 'ORGANIZATION'],
  ['onBehalfOf', 'ON_BEHALF_OF'],
  ['meeting', 'MEETING'],
] as const satisfies readonly (readonly [string, ProposalSlot])[];

/**
 * /dokumenter/:id/forslag: the review of an uploaded document's proposals. The text on one side with every
 * proposal's quote highlighted, the proposals on the other grouped by kind; the editor accepts or rejects each (or a
 * group), corrects a match, title, attendance or date, and sends the accepted ones for approval in one go.
 */
export function ProposalsPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: DocumentProposalsQuery,
    variables: { id },
    context: useMemo(() => ({ additionalTypenames: ['Proposal'] }), []),
  });
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});
  const [selected, setSelected] = useState<string | null>(null);
  const [sent, send] = useMutation(ReviewProposals);
  const [sentCount, setSentCount] = useState<number | null>(null);
  const document = data?.node && 'text' in data.node ? data.node : null;
  const proposals = data?.proposals ?? [];
  const decisionOf = (proposal: { id: string; status: string }): Decision =>
    decisions[proposal.id] ??
    (proposal.status === 'ACCEPTED' ? 'accept' : proposal.status === 'REJECTED' ? 'reject' : 'undecided');
  const pieces = useMemo(() => {
    const spans: KeyedSpan[] = proposals.map((proposal) => ({
      key: proposal.id,
      start: proposal.start,
      end: proposal.end,
    }));
    return textPieces(document?.text ?? '', spans, document?.pageStarts ?? []);
  }, [document, proposals]);
  const again = () => refetch({ requestPolicy: 'network-only' });

  const show = (proposalId: string) => {
    setSelected(proposalId);
    const mark = window.document.querySelector<HTMLElement>(`[data-proposals~="${CSS.escape(proposalId)}"]`);
    mark?.scrollIntoView({ block: 'center' });
    mark?.focus();
  };
  const showCard = (proposalId: string) => {
    setSelected(proposalId);
    const card = window.document.getElementById(`proposal-${proposalId}`);
    card?.scrollIntoView({ block: 'center' });
    card?.focus();
  };
  const decide = (ids: readonly string[], decision: Decision) =>
    setDecisions((current) => ({ ...current, ...Object.fromEntries(ids.map((key) => [key, decision])) }));

  const views: (ProposalView & { kind: ProposalKind })[] = proposals.map((proposal) => ({
    ...proposal,
    names: SLOTS.flatMap(([field, slot]) => {
      const entity = proposal[field];
      return entity ? [{ slot, entity: entity as ProposalView['names'][number]['entity'] }] : [];
    }),
  }));
  const open = proposals.filter((proposal) => proposal.status === 'OPEN');
  const accept = open.filter((proposal) => decisionOf(proposal) === 'accept').map((proposal) => proposal.id);
  const reject = open.filter((proposal) => decisionOf(proposal) === 'reject').map((proposal) => proposal.id);

  return (
    <EditorsOnly>
      <article className="proposals-page">
        <QueryState fetching={fetching && !data} error={error} />
        {document && (
          <>
            <h1>{t('proposals.title', { name: document.name })}</h1>
            <p>{t('proposals.intro')}</p>
            <p>
              <Link to={entityPath(document.id)}>{document.name}</Link> ·{' '}
              <a href="#proposals-list">{t('proposals.skip')}</a>
            </p>
            <p role="status">
              {proposals.length === 0
                ? t('proposals.none')
                : t('proposals.count', { count: proposals.length, open: open.length })}
            </p>
            {!document.proposalsComplete && (
              <p className="proposals-incomplete" role="alert">
                {t('proposals.incomplete')}
              </p>
            )}
            <div className="proposals-layout">
              <section className="proposals-text" aria-labelledby="proposals-text-title">
                <h2 id="proposals-text-title">{t('proposals.text')}</h2>
                <DocumentText
                  id="proposals-text"
                  pieces={pieces}
                  label={t('proposals.text')}
                  renderHighlight={(piece, children) => {
                    const first = proposals.find((proposal) => proposal.id === piece.keys[0]);
                    const state = first ? decisionOf(first) : 'undecided';
                    const className = [
                      'proposed',
                      state === 'accept' ? 'accepted' : state === 'reject' ? 'rejected' : '',
                      selected && piece.keys.includes(selected) ? 'selected' : '',
                    ].join(' ');
                    return (
                      <mark key={piece.id} className={className.trim()}>
                        {/* biome-ignore lint/a11y/useSemanticElements: a <button> cannot hold text that wraps as the text around it does */}
                        <span
                          role="button"
                          tabIndex={0}
                          data-proposals={piece.keys.join(' ')}
                          title={first?.summary}
                          onClick={() => showCard(piece.id)}
                          onKeyDown={(event) => {
                            if (event.key === 'Enter' || event.key === ' ') {
                              event.preventDefault();
                              showCard(piece.id);
                            }
                          }}
                        >
                          {children}
                        </span>
                      </mark>
                    );
                  }}
                />
              </section>
              <section
                id="proposals-list"
                className="proposals-list"
                aria-labelledby="proposals-list-title"
                tabIndex={-1}
              >
                <h2 id="proposals-list-title">{t('proposals.list')}</h2>
                {GROUPS.map((kind) => (
                  <ProposalGroup
                    key={kind}
                    kind={kind}
                    proposals={views.filter((proposal) => proposal.kind === kind)}
                    decisionOf={decisionOf}
                    onDecide={decide}
                    onShow={show}
                    onChanged={again}
                  />
                ))}
                {open.length > 0 && (
                  <div className="proposals-send">
                    <p>
                      {t('proposals.summary', {
                        accept: accept.length,
                        reject: reject.length,
                        open: open.length - accept.length - reject.length,
                      })}
                    </p>
                    <button
                      type="button"
                      disabled={sent.fetching || accept.length + reject.length === 0}
                      onClick={async () => {
                        const result = await send({ document: document.id, accept, reject }, GRAPH_CHANGED);
                        if (result.data) {
                          setSentCount(result.data.reviewProposals.length);
                          setDecisions({});
                          again();
                        }
                      }}
                    >
                      {sent.fetching ? t('proposals.sending') : t('proposals.send')}
                    </button>
                  </div>
                )}
                <EditError error={sent.error} />
                <div aria-live="polite">
                  {sentCount !== null && (
                    <p className="proposal-sent" role="status">
                      {sentCount > 0 ? t('proposals.sent', { count: sentCount }) : t('proposals.sentNone')}{' '}
                      <Link to="/gjennomgang">{t('proposals.toQueue')}</Link>
                    </p>
                  )}
                </div>
              </section>
            </div>
          </>
        )}
      </article>
    </EditorsOnly>
  );
}
