import { NavLink } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../generated/gql';
import { useI18n } from '../../i18n/use-i18n';
import { EDITS_CONTEXT } from '../../lib/edits';

const ReviewCountQuery = graphql(`
  query ReviewCount {
    edits(status: PROPOSED, first: 1) {
      totalCount
    }
  }
`);

/** The header's way to the review queue, with how many proposals wait there (for editors and reviewers). */
export function ReviewLink() {
  const { t } = useI18n();
  // The count holds no Edit itself: name the type, so that every proposal and review refreshes it.
  const [{ data }] = useQuery({ query: ReviewCountQuery, context: EDITS_CONTEXT });
  const count = data?.edits.totalCount ?? 0;
  return (
    <NavLink to="/gjennomgang">
      {t('nav.review')}
      {count > 0 && (
        <>
          {' '}
          <span className="review-badge" aria-hidden="true">
            {count}
          </span>
          <span className="visually-hidden">{t('nav.reviewWaiting', { count })}</span>
        </>
      )}
    </NavLink>
  );
}
