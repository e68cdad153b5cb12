import type { ReactNode } from 'react';

/**
 * One section of a profile page, collapsible and styled the same everywhere: its heading is the toggle (a native
 * <details>), with an optional count beside it. Open unless `open` says otherwise.
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
  return (
    <section aria-labelledby={id} className="profile-section">
      <details open={open}>
        <summary>
          <h2 id={id}>{title}</h2>
          {count !== undefined && <span className="section-count">{count}</span>}
        </summary>
        <div className="section-body">{children}</div>
      </details>
    </section>
  );
}
