import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { EntityLink } from '../components/EntityLink';
import { KindBadge } from '../components/KindBadge';
import { QueryState } from '../components/QueryState';
import { graphql } from '../generated/gql';
import { useI18n } from '../i18n/use-i18n';

const SearchQuery = graphql(`
  query Search($text: String!) {
    search(text: $text, first: 50) {
      score
      entity {
        id
        name
        kind
        aliases
      }
    }
  }
`);

export function SearchPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const text = (params.get('q') ?? '').trim();
  const [{ data, fetching, error }] = useQuery({ query: SearchQuery, variables: { text }, pause: text === '' });
  if (text === '') return <p>{t('search.tooShort')}</p>;
  return (
    <>
      <h1>{t('search.results', { text })}</h1>
      <QueryState fetching={fetching} error={error} />
      {data && data.search.length === 0 && <p role="status">{t('search.none', { text })}</p>}
      <ol className="search-results">
        {data?.search.map(({ entity }) => (
          <li key={entity.id}>
            <KindBadge kind={entity.kind} /> <EntityLink id={entity.id} name={entity.name} />
            {entity.aliases.length > 0 && <span className="aliases"> — {entity.aliases.join(', ')}</span>}
          </li>
        ))}
      </ol>
    </>
  );
}
