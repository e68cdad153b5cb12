import { type ReactNode, useEffect, useState } from 'react';

/**
 * One section of a profile page, collapsible and styled the same everywhere: a real heading that holds the toggle
 * (the ARIA disclosure pattern, `<h2><button aria-expanded>`), so a screen reader lists it among the page's headings
 * — a heading inside a native <summary> is announced only as the button's text. Open unless `open` says otherwise;
 * a change of `open` (an editor signing in) opens or folds it again.
 */
export function Section({
  id,
  title,
  count,
  open = true,
  children,
}: {
  id: string;
  title: string;
  count?: number;
  open?: boolean;
  children: ReactNode;
}) {
  const [expanded, setExpanded] = useState(open);
  useEffect(() => setExpanded(open), [open]);
  const bodyId = `${id}-body`;
  return (
    <section aria-labelledby={id} className="profile-section">
      <h2 id={id} className="section-heading">
        <button
          type="button"
          className="section-toggle"
          aria-expanded={expanded}
          aria-controls={bodyId}
          onClick={() => setExpanded((now) => !now)}
        >
          {title}
          {count !== undefined && <span className="section-count">{count}</span>}
        </button>
      </h2>
      <div id={bodyId} className="section-body" hidden={!expanded}>
        {children}
      </div>
    </section>
  );
}
