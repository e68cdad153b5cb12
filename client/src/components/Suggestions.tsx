import type { EntityKind } from '../generated/graphql';
import { useI18n } from '../i18n/use-i18n';

export interface Suggestion {
  id: string;
  name: string;
  kind: EntityKind;
  aliases?: string[];
  /** What the entity is known by (a person's seat): shown instead of the other spellings. */
  context?: string;
}

/**
 * The listbox of a combobox: suggestions, optionally grouped under headings (role="group"), each option an
 * element the input points at with aria-activedescendant. Mouse clicks choose without taking focus from the input.
 */
export function Suggestions({
  id,
  label,
  hidden,
  emptyText,
  groups,
  active,
  optionId,
  onChoose,
  detail,
}: {
  id: string;
  label: string;
  hidden: boolean;
  emptyText: string;
  /** Groups in display order; a null heading shows the options without one. */
  groups: readonly { heading: string | null; items: readonly Suggestion[] }[];
  active: number;
  optionId(index: number): string;
  onChoose(item: Suggestion): void;
  /** The second line of an option: its other spellings (default), or its kind. */
  detail?: 'aliases' | 'kind';
}) {
  const { t } = useI18n();
  let index = -1;
  const option = (item: Suggestion) => {
    index += 1;
    const position = index;
    const second =
      detail === 'kind' ? t(`kind.${item.kind}`) : item.context || (item.aliases ?? []).slice(0, 2).join(', ');
    return (
      <div
        key={item.id}
        id={optionId(position)}
        role="option"
        tabIndex={-1}
        aria-selected={position === active}
        className="suggestion"
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => onChoose(item)}
        onKeyDown={() => undefined}
      >
        <span className="suggestion-name">{item.name}</span>
        {second && <span className="suggestion-aliases">{second}</span>}
      </div>
    );
  };
  const empty = groups.every((group) => group.items.length === 0);
  return (
    <div id={id} role="listbox" aria-label={label} className="suggestions" hidden={hidden}>
      {empty && <p className="suggestion-empty">{emptyText}</p>}
      {groups.map((group, groupIndex) =>
        group.heading === null ? (
          group.items.map(option)
        ) : (
          // biome-ignore lint/a11y/useSemanticElements: a listbox groups its options with role="group"; a fieldset is not allowed inside one
          <div key={group.heading} role="group" aria-labelledby={`${id}-group-${groupIndex}`}>
            <p id={`${id}-group-${groupIndex}`} className="suggestion-group" role="presentation">
              {group.heading}
            </p>
            {group.items.map(option)}
          </div>
        ),
      )}
    </div>
  );
}
