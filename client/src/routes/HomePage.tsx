import { useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { EntityLink } from '../components/EntityLink';
import { QueryState } from '../components/QueryState';
import { graphql } from '../generated/gql';
import { useI18n } from '../i18n/use-i18n';
import { byName } from '../lib/domain';

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
  const [{ data, fetching, error }, reexecute] = useQuery({ query: HomeQuery });
  // Norwegian alphabetical order: Ørland before Åfjord, which the API's code-point order gets wrong.
  const municipalities = useMemo(
    () => (data?.entities.edges.map((edge) => edge.node) ?? []).sort(byName((node) => node.name)),
    [data],
  );
  return (
    <>
      <h1>{t('app.title')}</h1>
      <p className="lead">{t('app.tagline')}</p>
      <p>{t('home.intro')}</p>
      <section aria-labelledby="start">
        <h2 id="start">{t('home.start')}</h2>
        <ul className="start-list">
          {(
            [
              ['/representasjon', 'nav.representation', 'home.representation'],
              ['/nettverk', 'nav.network', 'home.network'],
              ['/forbindelse', 'nav.connection', 'home.connection'],
              ['/rapporter', 'nav.reports', 'home.reports'],
            ] as const
          ).map(([path, title, text]) => (
            <li key={path}>
              <Link to={path}>{t(title)}</Link>
              <span>{t(text)}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="municipalities">
        <h2 id="municipalities">{t('home.municipalities')}</h2>
        <QueryState fetching={fetching} error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
        <ul className="chip-list">
          {municipalities.map((node) => (
            <li key={node.id}>
              <EntityLink id={node.id} name={node.name} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
