import { useI18n } from '../../i18n/use-i18n';
import { EntityPicker, type PickedEntity } from '../graph/EntityPicker';
import { KindBadge } from '../KindBadge';

/**
 * Several entities, chosen one at a time with the search field (the grant's recipients): the chosen ones listed
 * under it, each with a button that takes it away.
 */
export function EntitiesPicker({
  label,
  hint,
  placeholder,
  kinds,
  value,
  onChange,
}: {
  label: string;
  hint?: string;
  placeholder?: string;
  kinds: readonly PickedEntity['kind'][];
  value: readonly PickedEntity[];
  onChange(value: PickedEntity[]): void;
}) {
  const { t } = useI18n();
  return (
    <div className="entities-picker">
      {/* Always empty: choosing adds to the list below, and the field is free for the next one. */}
      <EntityPicker
        label={label}
        hint={hint}
        kinds={kinds}
        placeholder={placeholder}
        value={null}
        clearOnChoose
        onChange={(entity) => {
          if (entity && !value.some((other) => other.id === entity.id)) onChange([...value, entity]);
        }}
      />
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
    </div>
  );
}
