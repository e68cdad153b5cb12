import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/use-i18n';

/**
 * The summary at the top of a profile: the answer at a glance, as cards. A status every line on it shares is said
 * once here ("Alle verv: sist bekreftet 31.12.2022") rather than on every line.
 */
export function Glance({ sharedStatus, children }: { sharedStatus: string | null; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="glance" className="glance">
      <h2 id="glance" className="glance-heading">
        {t('glance.heading')}
        {sharedStatus && <span className="glance-shared"> · {t('glance.allRoles', { status: sharedStatus })}</span>}
      </h2>
      <ul className="glance-cards">{children}</ul>
    </section>
  );
}
