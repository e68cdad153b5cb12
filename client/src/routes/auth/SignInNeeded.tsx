import { Link, useLocation } from 'react-router';
import { useI18n } from '../../i18n/use-i18n';

/** What a page that needs a sign-in (or an admin) shows instead, with the way to sign in. */
export function SignInNeeded({ message }: { message: string }) {
  const { t } = useI18n();
  const location = useLocation();
  return (
    <>
      <p role="alert">{message}</p>
      <p>
        <Link to={`/logg-inn?tilbake=${encodeURIComponent(location.pathname)}`}>{t('auth.signIn')}</Link>
      </p>
    </>
  );
}
