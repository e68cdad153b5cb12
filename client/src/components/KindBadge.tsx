import type { EntityKind } from '../generated/graphql';
import { useI18n } from '../i18n/use-i18n';

export function KindBadge({ kind }: { kind: EntityKind }) {
  const { t } = useI18n();
  return <span className={`kind-badge kind-${kind.toLowerCase()}`}>{t(`kind.${kind}`)}</span>;
}
