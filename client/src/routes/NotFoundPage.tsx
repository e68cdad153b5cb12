import { useI18n } from '../i18n/use-i18n';

export function NotFoundPage() {
  const { t } = useI18n();
  return <p role="alert">{t('state.notFound')}</p>;
}
