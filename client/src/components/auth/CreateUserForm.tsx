import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../generated/gql';
import { UserRole } from '../../generated/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { ROLE_ORDER } from '../../lib/domain';

const CreateUser = graphql(`
  mutation CreateUser($username: String!, $displayName: String, $role: UserRole!, $password: String) {
    createUser(username: $username, displayName: $displayName, role: $role, password: $password) {
      id
      username
    }
  }
`);

/** The admin's form for a new user with a role (and a password for a local account). */
export function CreateUserForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useI18n();
  const [{ fetching, error }, create] = useMutation(CreateUser);
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<UserRole>(UserRole.Reader);
  const [password, setPassword] = useState('');
  const [created, setCreated] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const result = await create({
      username,
      displayName: displayName === '' ? null : displayName,
      role,
      password: password === '' ? null : password,
    });
    if (result.data?.createUser) {
      setCreated(result.data.createUser.username);
      setUsername('');
      setDisplayName('');
      setPassword('');
      onCreated();
    }
  };

  return (
    <section aria-labelledby="create-user">
      <h3 id="create-user">{t('admin.createUser')}</h3>
      <form className="stacked-form" onSubmit={(event) => void submit(event)}>
        <label htmlFor="user-username">{t('auth.username')}</label>
        <input
          id="user-username"
          required
          autoComplete="off"
          value={username}
          onChange={(event) => setUsername(event.target.value)}
        />
        <label htmlFor="user-display-name">{t('admin.displayName')}</label>
        <input id="user-display-name" value={displayName} onChange={(event) => setDisplayName(event.target.value)} />
        <label htmlFor="user-role">{t('admin.role')}</label>
        <select id="user-role" value={role} onChange={(event) => setRole(event.target.value as UserRole)}>
          {ROLE_ORDER.map((value) => (
            <option key={value} value={value}>
              {t(`role.${value}`)}
            </option>
          ))}
        </select>
        <label htmlFor="user-password">{t('admin.passwordHint')}</label>
        <input
          id="user-password"
          type="password"
          autoComplete="new-password"
          minLength={8}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <button type="submit" disabled={fetching}>
          {t('admin.createUserSubmit')}
        </button>
      </form>
      <div aria-live="polite">
        {error ? (
          <p role="alert" className="error">
            {t('state.error', { message: error.graphQLErrors[0]?.message ?? error.message })}
          </p>
        ) : null}
        {created ? <p role="status">{t('admin.userCreated', { username: created })}</p> : null}
      </div>
    </section>
  );
}
