import { Link, NavLink } from 'react-router';
import { useI18n } from '../../i18n/use-i18n';
import { signOut, useCurrentUser } from '../../lib/auth';
import { roleAllows } from '../../lib/domain';
import { ReviewLink } from '../edits/ReviewLink';

/** The header's sign-in link, or the signed-in user with their pages and sign-out. */
export function UserMenu() {
  const { t } = useI18n();
  const { me } = useCurrentUser();
  if (!me) {
    return (
      <div className="user-menu">
        <Link to="/logg-inn">{t('auth.signIn')}</Link>
      </div>
    );
  }
  return (
    <nav className="user-menu" aria-label={t('auth.userMenu')}>
      <span className="user-name">{t('auth.signedInAs', { name: me.displayName, role: t(`role.${me.role}`) })}</span>
      {roleAllows(me.role, 'EDITOR') ? (
        <>
          <ReviewLink />
          <NavLink to="/ny-person">{t('nav.newPerson')}</NavLink>
          <NavLink to="/ny-enhet">{t('nav.newEntity')}</NavLink>
          <NavLink to="/last-opp">{t('nav.upload')}</NavLink>
        </>
      ) : null}
      <NavLink to="/mine-tokens">{t('nav.myTokens')}</NavLink>
      {me.role === 'ADMIN' ? <NavLink to="/admin">{t('nav.admin')}</NavLink> : null}
      <button type="button" onClick={() => void signOut()}>
        {t('auth.signOut')}
      </button>
    </nav>
  );
}
