import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { useEditRights } from '../../lib/auth';
import { SignInNeeded } from '../auth/SignInNeeded';

/** A page of proposals: for editors (and those above them); anyone else is told why it is not for them. */
export function EditorsOnly({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { canPropose, me, fetching } = useEditRights();
  if (!me) return fetching ? null : <SignInNeeded message={t('auth.needSignIn')} />;
  if (!canPropose) return <SignInNeeded message={t('edit.needEditor')} />;
  return children;
}
