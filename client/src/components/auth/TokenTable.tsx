import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../generated/gql';
import type { UserRole } from '../../generated/graphql';
import { useI18n } from '../../i18n/use-i18n';

const RevokeToken = graphql(`
  mutation RevokeToken($id: ID!) {
    revokeApiToken(id: $id)
  }
`);

export interface TokenListItem {
  id: string;
  name: string;
  role: UserRole;
  expiresAt?: string | null;
  createdAt: string;
  lastUsedAt?: string | null;
  revokedAt?: string | null;
  owner: { username: string };
}

function when(value: string | null | undefined, never: string): string {
  return value ? value.slice(0, 16).replace('T', ' ') : never;
}

/** Tokens with their state and a revoke button each; `showOwner` for the admin's list of everyone's. */
export function TokenTable({
  tokens,
  showOwner,
  onChange,
}: {
  tokens: readonly TokenListItem[];
  showOwner: boolean;
  onChange: () => void;
}) {
  const { t } = useI18n();
  const [, revoke] = useMutation(RevokeToken);
  const [status, setStatus] = useState<string | null>(null);
  const today = new Date().toISOString().slice(0, 10);
  if (tokens.length === 0) return <p>{t('tokens.none')}</p>;
  return (
    <>
      <p role="status" aria-live="polite">
        {status}
      </p>
      <table className="token-table">
        <thead>
          <tr>
            <th scope="col">{t('tokens.nameColumn')}</th>
            {showOwner ? <th scope="col">{t('tokens.owner')}</th> : null}
            <th scope="col">{t('tokens.role')}</th>
            <th scope="col">{t('tokens.createdAt')}</th>
            <th scope="col">{t('tokens.lastUsed')}</th>
            <th scope="col">{t('tokens.expiresAt')}</th>
            <th scope="col">{t('tokens.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('tokens.revoke')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => {
            const expired = Boolean(token.expiresAt && token.expiresAt <= today);
            return (
              <tr key={token.id}>
                <th scope="row">{token.name}</th>
                {showOwner ? <td>{token.owner.username}</td> : null}
                <td>{t(`role.${token.role}`)}</td>
                <td>{when(token.createdAt, '')}</td>
                <td>{when(token.lastUsedAt, t('tokens.never'))}</td>
                <td>{token.expiresAt ?? t('tokens.never')}</td>
                <td>{token.revokedAt ? t('tokens.revoked') : expired ? t('tokens.expired') : t('tokens.active')}</td>
                <td>
                  {token.revokedAt ? null : (
                    <button
                      type="button"
                      aria-label={t('tokens.revokeLabel', { name: token.name })}
                      onClick={async () => {
                        const result = await revoke({ id: token.id });
                        if (!result.error) setStatus(t('tokens.revokedNow', { name: token.name }));
                        onChange();
                      }}
                    >
                      {t('tokens.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
