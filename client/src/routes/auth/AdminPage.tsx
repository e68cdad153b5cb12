import { useQuery } from 'urql';
import { AccessLog } from '../../components/auth/AccessLog';
import { CreateUserForm } from '../../components/auth/CreateUserForm';
import { TokenTable } from '../../components/auth/TokenTable';
import { QueryState } from '../../components/QueryState';
import { graphql } from '../../generated/gql';
import { useI18n } from '../../i18n/use-i18n';
import { useCurrentUser } from '../../lib/auth';
import { SignInNeeded } from './SignInNeeded';

const AdminQuery = graphql(`
  query Admin {
    users {
      id
      username
      displayName
      role
    }
    apiTokens {
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

/** /admin: users (list, create with a role), everyone's tokens, the access log. */
export function AdminPage() {
  const { t } = useI18n();
  const { me, fetching: loadingMe } = useCurrentUser();
  const admin = me?.role === 'ADMIN';
  const [{ data, fetching, error }, refetch] = useQuery({ query: AdminQuery, pause: !admin });
  if (!me) return loadingMe ? null : <SignInNeeded message={t('auth.needSignIn')} />;
  if (!admin) return <SignInNeeded message={t('auth.needAdmin')} />;
  const again = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <h1>{t('admin.title')}</h1>
      <section aria-labelledby="admin-users">
        <h2 id="admin-users">{t('admin.users')}</h2>
        <QueryState fetching={fetching} error={error} />
        <table className="user-table">
          <thead>
            <tr>
              <th scope="col">{t('auth.username')}</th>
              <th scope="col">{t('admin.displayNameColumn')}</th>
              <th scope="col">{t('admin.role')}</th>
            </tr>
          </thead>
          <tbody>
            {data?.users.map((user) => (
              <tr key={user.id}>
                <th scope="row">{user.username}</th>
                <td>{user.displayName}</td>
                <td>{t(`role.${user.role}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <CreateUserForm onCreated={again} />
      </section>
      <section aria-labelledby="admin-tokens">
        <h2 id="admin-tokens">{t('admin.tokens')}</h2>
        {data ? <TokenTable tokens={data.apiTokens} showOwner onChange={again} /> : null}
      </section>
      <section aria-labelledby="admin-log">
        <h2 id="admin-log">{t('admin.log')}</h2>
        <AccessLog />
      </section>
    </>
  );
}
