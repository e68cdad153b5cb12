import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../generated/gql';
import type { UserRole } from '../../generated/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { ROLE_ORDER } from '../../lib/domain';
import { DateInput } from '../DateInput';

const CreateToken = graphql(`
  mutation CreateToken($name: String!, $role: UserRole, $expiresAt: Date) {
    createApiToken(name: $name, role: $role, expiresAt: $expiresAt) {
      id
      name
      token
      expiresAt
    }
  }
`);

const ROLES: readonly UserRole[] = ROLE_ORDER;

/** Makes a token for the signed-in user and shows its secret this once, with a copy button. */
export function CreateTokenForm({ myRole, onCreated }: { myRole: UserRole; onCreated: () => void }) {
  const { t } = useI18n();
  const [{ fetching, error }, create] = useMutation(CreateToken);
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [expiresAt, setExpiresAt] = useState('');
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const secretRef = useRef<HTMLInputElement>(null);
  const allowed = ROLES.slice(0, ROLES.indexOf(myRole) + 1);

  useEffect(() => {
    if (secret) secretRef.current?.select();
  }, [secret]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setCopied(false);
    const result = await create({
      name,
      role: role === '' ? null : (role as UserRole),
      expiresAt: expiresAt === '' ? null : expiresAt,
    });
    const made = result.data?.createApiToken;
    if (made) {
      setSecret({ name: made.name, token: made.token });
      setName('');
      onCreated();
    }
  };

  return (
    <section aria-labelledby="create-token">
      <h2 id="create-token">{t('tokens.create')}</h2>
      <form className="stacked-form" onSubmit={(event) => void submit(event)}>
        <label htmlFor="token-name">{t('tokens.name')}</label>
        <input
          id="token-name"
          required
          maxLength={100}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <label htmlFor="token-role">{t('tokens.role')}</label>
        <select id="token-role" value={role} onChange={(event) => setRole(event.target.value)}>
          <option value="">{t('tokens.roleSame')}</option>
          {allowed.map((value) => (
            <option key={value} value={value}>
              {t(`role.${value}`)}
            </option>
          ))}
        </select>
        <label htmlFor="token-expires">{t('tokens.expires')}</label>
        <DateInput id="token-expires" value={expiresAt} onChange={setExpiresAt} />
        <button type="submit" disabled={fetching}>
          {t('tokens.submit')}
        </button>
      </form>
      <div aria-live="polite">
        {error ? (
          <p role="alert" className="error">
            {t('state.error', { message: error.graphQLErrors[0]?.message ?? error.message })}
          </p>
        ) : null}
        {secret ? (
          <div className="token-secret">
            <p>{t('tokens.created', { name: secret.name })}</p>
            <label htmlFor="token-secret">{t('tokens.secret')}</label>
            <input id="token-secret" readOnly value={secret.token} ref={secretRef} className="monospace" />
            <button
              type="button"
              onClick={async () => {
                await navigator.clipboard?.writeText(secret.token).catch(() => undefined);
                secretRef.current?.select();
                setCopied(true);
              }}
            >
              {t('tokens.copy')}
            </button>
            {copied ? <span role="status">{t('tokens.copied')}</span> : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}
