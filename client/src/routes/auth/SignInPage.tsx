import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/use-i18n';
import { safeReturnTo, signIn, useCurrentUser } from '../../lib/auth';

/** /logg-inn: the organisation's account (when OIDC is configured) or a local username and password. */
export function SignInPage() {
  const { t } = useI18n();
  const { settings } = useCurrentUser();
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('tilbake'));
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(params.get('feil') === 'oidc' ? t('auth.oidcFailed') : null);
  const errorRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const outcome = await signIn(username, password).catch((failure: unknown) => ({
      ok: false as const,
      status: 0,
      retryAfter: 0,
      message: failure instanceof Error ? failure.message : String(failure),
    }));
    if (outcome.ok) {
      // A fresh page: every query is asked again as the signed-in user.
      window.location.assign(returnTo);
      return;
    }
    setBusy(false);
    setError(
      outcome.status === 401
        ? t('auth.wrong')
        : outcome.status === 429
          ? t('auth.locked', { seconds: outcome.retryAfter })
          : t('auth.failed', { message: outcome.message }),
    );
  };

  return (
    <div className="sign-in">
      <h1>{t('auth.signIn')}</h1>
      <p>{t('auth.intro')}</p>
      {settings && !settings.publicRead ? <p>{t('auth.publicReadOff')}</p> : null}
      <div aria-live="assertive">
        {error ? (
          <p role="alert" className="error" tabIndex={-1} ref={errorRef}>
            {error}
          </p>
        ) : null}
      </div>
      {settings?.oidc ? (
        <>
          <p>
            <a className="button primary" href={`/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`}>
              {t('auth.oidc')}
            </a>
          </p>
          <h2 className="sign-in-or">{t('auth.or')}</h2>
        </>
      ) : null}
      <form className="stacked-form" onSubmit={(event) => void submit(event)}>
        <label htmlFor="sign-in-username">{t('auth.username')}</label>
        <input
          id="sign-in-username"
          name="username"
          autoComplete="username"
          required
          value={username}
          onChange={(event) => setUsername(event.target.value)}
        />
        <label htmlFor="sign-in-password">{t('auth.password')}</label>
        <input
          id="sign-in-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <button type="submit" disabled={busy}>
          {busy ? t('auth.signingIn') : t('auth.submit')}
        </button>
      </form>
    </div>
  );
}
