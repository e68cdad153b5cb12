import { type KeyboardEvent, useId, useState } from 'react';

/**
 * The state and keyboard behaviour of a combobox with a list of suggestions (WAI-ARIA 1.2): arrow keys move
 * through the options, Escape closes the list, and — when `enterChooses` — Enter takes the highlighted option (or
 * the first) instead of submitting the surrounding form. Shared by every search field of the client.
 */
export function useCombobox<T>({
  options,
  expanded,
  onChoose,
  enterChooses,
}: {
  options: readonly T[];
  /** Whether the list is showing (open, and there is something to show). */
  expanded: (open: boolean) => boolean;
  onChoose(option: T | undefined): void;
  enterChooses: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const isExpanded = expanded(open);
  const optionId = (index: number) => `${listId}-option-${index}`;

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const choose = (option: T | undefined) => {
    close();
    onChoose(option);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(index + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, -1));
    } else if (event.key === 'Enter' && enterChooses && isExpanded) {
      event.preventDefault();
      choose(options[Math.max(active, 0)]);
    } else if (event.key === 'Escape') {
      close();
    }
  };

  return {
    active,
    expanded: isExpanded,
    listId,
    optionId,
    choose,
    /** Call when the text changes: the list opens again, with nothing highlighted. */
    onType() {
      setOpen(true);
      setActive(-1);
    },
    /** The combobox attributes and handlers of the input. */
    inputProps: {
      role: 'combobox' as const,
      'aria-autocomplete': 'list' as const,
      'aria-expanded': isExpanded,
      'aria-controls': listId,
      'aria-activedescendant': isExpanded && active >= 0 ? optionId(active) : undefined,
      autoComplete: 'off',
      onKeyDown,
      onFocus: () => setOpen(true),
      // Later than a click on an option, which would otherwise find the list gone.
      onBlur: () => setTimeout(close, 150),
    },
  };
}
