import type { LinkType } from '../../generated/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { compareNames } from '../../lib/domain';

/** Which kinds of connection are drawn: a checkbox per type in the picture, folded away until wanted. */
export function LinkTypeFilter({
  counts,
  hidden,
  onChange,
}: {
  counts: ReadonlyMap<LinkType, number>;
  hidden: ReadonlySet<LinkType>;
  onChange(hidden: Set<LinkType>): void;
}) {
  const { t } = useI18n();
  const types = [...counts.keys()].sort((a, b) => compareNames(t(`linkType.${a}`), t(`linkType.${b}`)));
  const shown = types.filter((type) => !hidden.has(type)).length;
  return (
    <details className="link-type-filter">
      <summary>{t('network.linkTypes', { shown, total: types.length })}</summary>
      <fieldset>
        <legend className="visually-hidden">{t('network.linkTypes', { shown, total: types.length })}</legend>
        <div className="filter-actions">
          <button type="button" className="secondary" onClick={() => onChange(new Set())}>
            {t('network.showAll')}
          </button>
          <button type="button" className="secondary" onClick={() => onChange(new Set(types))}>
            {t('network.showNone')}
          </button>
        </div>
        <ul>
          {types.map((type) => (
            <li key={type}>
              <label>
                <input
                  type="checkbox"
                  checked={!hidden.has(type)}
                  onChange={(event) => {
                    const next = new Set(hidden);
                    if (event.target.checked) next.delete(type);
                    else next.add(type);
                    onChange(next);
                  }}
                />
                <span>{t(`linkType.${type}`)}</span>
                <span className="count">({counts.get(type)})</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </details>
  );
}
