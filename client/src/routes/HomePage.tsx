import { useQuery } from 'urql';
import { EntityLink } from '../components/EntityLink';
import { QueryState } from '../components/QueryState';
import { graphql } from '../generated/gql';
import { useI18n } from '../i18n/use-i18n';

const HomeQuery = graphql(`
  query Home {
    entities(kinds: [MUNICIPALITY], first: 200) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export function HomePage() {
  const { t } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: HomeQuery });
  return (
    <>
      <h1>{t('app.title')}</h1>
      <p className="lead">{t('app.tagline')}</p>
      <p>{t('home.intro')}</p>
      <section aria-labelledby="municipalities">
        <h2 id="municipalities">{t('home.municipalities')}</h2>
        <QueryState fetching={fetching} error={error} />
        <ul className="chip-list">
          {data?.entities.edges.map(({ node }) => (
            <li key={node.id}>
              <EntityLink id={node.id} name={node.name} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
