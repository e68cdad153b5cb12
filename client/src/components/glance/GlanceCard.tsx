import type { ReactNode } from 'react';
import { shared } from '../../lib/glance';
import { EntityLink } from '../EntityLink';

export interface GlanceLine {
  key: string;
  /** The person (or entity) the line is about, linked; a null id (a role with no place) is words, not a link. */
  who: { id: string | null; name: string };
  /** What they are there: the title, in the source's words. */
  what?: string;
  /** The status in words; said once for the card when every line has the same. */
  status: string;
  /** Anything more: who held the seat before, or after. */
  extra?: ReactNode;
  /** Say what before who: a person's own seats read "kommunedirektør – Hitra". */
  titleFirst?: boolean;
}

/**
 * One card of a summary: a heading (a body, linked, or words) and its lines, "Kristin F. Strømskag – representant".
 * A status every line shares is said once under the heading instead of on each line.
 */
export function GlanceCard({
  heading,
  lines,
  sharedStatus,
  wide = false,
}: {
  heading: { id: string; name: string } | string;
  lines: readonly GlanceLine[];
  /** The status the whole summary shares (said once above it), left out here. */
  sharedStatus?: string | null;
  /** Across the whole row of cards (a card that is the page's one list). */
  wide?: boolean;
}) {
  const common = shared(lines.map((line) => line.status));
  const cardStatus = common !== null && common !== sharedStatus ? common : null;
  return (
    <li className={wide ? 'glance-card glance-wide' : 'glance-card'}>
      <h3>{typeof heading === 'string' ? heading : <EntityLink id={heading.id} name={heading.name} />}</h3>
      {cardStatus && <p className="glance-status">{cardStatus}</p>}
      <ul>
        {lines.map((line) => (
          <li key={line.key}>
            {line.titleFirst && line.what ? (
              <>
                <strong className="glance-title">{line.what}</strong> – <Who who={line.who} />
              </>
            ) : (
              <>
                <Who who={line.who} />
                {line.what && <span className="glance-what"> – {line.what}</span>}
              </>
            )}
            {common === null && <span className="glance-status"> · {line.status}</span>}
            {line.extra}
          </li>
        ))}
      </ul>
    </li>
  );
}

/** The line's subject: its page's link, or plain words when it has no page. */
function Who({ who }: { who: GlanceLine['who'] }) {
  return who.id ? <EntityLink id={who.id} name={who.name} /> : <span className="glance-no-place">{who.name}</span>;
}
