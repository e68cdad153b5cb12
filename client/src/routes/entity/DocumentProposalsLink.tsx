import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../generated';
import { useI18n } from '../../i18n/use-i18n';
import { useEditRights } from '../../lib/auth';
import { proposalsPath } from '../../lib/paths';

const DocumentOpenProposals = graphql(`
  query DocumentOpenProposals($id: ID!) {
    node(id: $id) {
      id
      ... on Document {
        openProposals
      }
    }
  }
`);

/** On an uploaded document's page, for an editor: a link to the review of its open proposals, when it has any. */
export function DocumentProposalsLink({ id }: { id: string }) {
  const { t } = useI18n();
  const { canPropose } = useEditRights();
  const [{ data }] = useQuery({ query: DocumentOpenProposals, variables: { id }, pause: !canPropose });
  const count = (data?.node && 'openProposals' in data.node ? data.node.openProposals : 0) ?? 0;
  if (!canPropose || count === 0) return null;
  return (
    <p className="proposals-link">
      <Link to={proposalsPath(id)}>{count === 1 ? t('reader.proposalsOne') : t('reader.proposals', { count })}</Link>
    </p>
  );
}
