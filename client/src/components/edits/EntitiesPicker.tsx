import { useI18n } from '../../i18n/use-i18n';
import { EntityPicker, type PickedEntity } from '../graph/EntityPicker';
import { KindBadge } from '../KindBadge';

/**
 * Several entities, chosen one at a time with the search field (the grant's recipients): the chosen ones listed
 * above it, each with a button that takes it away.
 */
export function EntitiesPicker({
  label,
  hint,
  kinds,
  value,
  onChange,
}: {
  label: string;
  hint?: string;
  kinds: readonly PickedEntity['kind'][];
  value: readonly PickedEntity[];
  onChange(value: PickedEntity[]): void;
}) {
  const { t } = useI18n();
  return (
    <div className="entities-picker">
      {value.length > 0 && (
        <ul className="picked" aria-label={t('edit.pickedList', { label })}>
          {value.map((entity) => (
            <li key={entity.id}>
              <KindBadge kind={entity.kind} /> {entity.name}{' '}
              <button
                type="button"
                className="secondary small"
                aria-label={t('picker.clearNamed', { name: entity.name })}
                onClick={() => onChange(value.filter((other) => other.id !== entity.id))}
              >
                {t('picker.clear')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {/* Always empty: choosing adds to the list above, and the field is free for the next one. */}
      <EntityPicker
        label={value.length > 0 ? t('edit.addAnother', { label }) : label}
        hint={hint}
        kinds={kinds}
        value={null}
        clearOnChoose
        onChange={(entity) => {
          if (entity && !value.some((other) => other.id === entity.id)) onChange([...value, entity]);
        }}
      />
    </div>
  );
}
