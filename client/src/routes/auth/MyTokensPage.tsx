import { useQuery } from 'urql';
import { CreateTokenForm } from '../../components/auth/CreateTokenForm';
import { TokenTable } from '../../components/auth/TokenTable';
import { QueryState } from '../../components/QueryState';
import { graphql } from '../../generated/gql';
import { useI18n } from '../../i18n/use-i18n';
import { useCurrentUser } from '../../lib/auth';
import { SignInNeeded } from './SignInNeeded';

const MyTokensQuery = graphql(`
  query MyTokens {
    myApiTokens {
      id
      name
      role
      expiresAt
      createdAt
      lastUsedAt
      revokedAt
      owner {
        username
      }
    }
  }
`);

/** /mine-tokens: make, list and revoke one's own API tokens. */
export function MyTokensPage() {
  const { t } = useI18n();
  const { me, fetching: loadingMe } = useCurrentUser();
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyTokensQuery, pause: !me });
  if (!me) return loadingMe ? null : <SignInNeeded message={t('auth.needSignIn')} />;
  const again = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <h1>{t('tokens.title')}</h1>
      <p>{t('tokens.intro')}</p>
      <CreateTokenForm myRole={me.role} onCreated={again} />
      <section aria-labelledby="token-list">
        <h2 id="token-list">{t('tokens.list')}</h2>
        <QueryState fetching={fetching} error={error} />
        {data ? <TokenTable tokens={data.myApiTokens} showOwner={false} onChange={again} /> : null}
      </section>
    </>
  );
}
