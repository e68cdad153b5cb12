import { useI18n } from '../../i18n/use-i18n';
import { glanceStatus, type RoleSpan, shortDate } from '../../lib/glance';

/** A role's status on `day` in words: "har vervet", "sist bekreftet 31.12.2022", "avsluttet fra 01.01.2022". */
export function useStatusText(day: string): (role: RoleSpan) => string {
  const { t, language } = useI18n();
  return (role) => {
    const status = glanceStatus(role, day);
    if (status === 'ENDED' && role.endedOn) return t('glance.ended', { date: shortDate(role.endedOn, language) });
    if (status === 'LAST_CONFIRMED' && role.lastObserved) {
      return t('glance.lastConfirmed', { date: shortDate(role.lastObserved, language) });
    }
    return t('glance.holds');
  };
}
