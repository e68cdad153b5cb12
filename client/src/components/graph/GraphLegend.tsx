import type { EntityKind } from '../../generated/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { KIND_ORDER } from '../../lib/graph-kinds';
import { KindSymbol } from './KindSymbol';

/**
 * The legend, which is also the kind filter: each kind in the picture with its symbol, its count and a checkbox.
 * One control instead of two keeps the colours explained exactly where they are switched.
 */
export function GraphLegend({
  counts,
  hidden,
  onToggle,
}: {
  counts: ReadonlyMap<EntityKind, number>;
  hidden: ReadonlySet<EntityKind>;
  onToggle(kind: EntityKind, shown: boolean): void;
}) {
  const { t } = useI18n();
  const kinds = KIND_ORDER.filter((kind) => (counts.get(kind) ?? 0) > 0);
  return (
    <fieldset className="graph-legend">
      <legend>{t('network.kinds')}</legend>
      <p className="hint" id="graph-legend-hint">
        {t('network.kindsHint')}
      </p>
      <ul>
        {kinds.map((kind) => (
          <li key={kind}>
            <label>
              <input
                type="checkbox"
                checked={!hidden.has(kind)}
                onChange={(event) => onToggle(kind, event.target.checked)}
                aria-describedby="graph-legend-hint"
              />
              <KindSymbol kind={kind} />
              <span>{t(`kind.${kind}`)}</span>
              <span className="count">({counts.get(kind)})</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
