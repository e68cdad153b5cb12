import type { ReactNode } from 'react';
import { useDraft } from '../../lib/reports-params';

/** A <select> bound to a URL parameter that shows the user's choice at once (see useDraft). '' is "all". */
export function DraftSelect({
  id,
  value,
  onChange,
  children,
}: {
  id: string;
  value: string;
  onChange(value: string): void;
  children: ReactNode;
}) {
  const [draft, setDraft] = useDraft(value);
  return (
    <select
      id={id}
      value={draft}
      onChange={(event) => {
        setDraft(event.target.value);
        onChange(event.target.value);
      }}
    >
      {children}
    </select>
  );
}
