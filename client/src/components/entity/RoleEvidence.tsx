import { type FragmentType, graphql, useFragment } from '../../generated';
import { useI18n } from '../../i18n/use-i18n';
import { roleStatus } from '../../lib/domain';
import { formatDate } from '../../lib/reports';
import { Period } from '../Period';
import { SourcePopover } from '../SourcePopover';
import { SourceQuotes } from '../SourceQuotes';
import { StaffNotes } from '../StaffNotes';

export const RoleEvidenceRole = graphql(`
  fragment RoleEvidenceRole on Role {
    validFrom
    validTo
    endedOn
    lastObserved
    periodStated
    observations {
      from
      to
      citation {
        ...SourcesCitation
      }
    }
    notes {
      ...StaffNoteLine
    }
  }
`);

/** The day or period one statement speaks for, as people write it. */
function observedDays(from: string | null, to: string | null, language: 'nb' | 'en'): string {
  if (from === null) return to === null ? '–' : formatDate(to, language);
  if (to === null || to === from) return formatDate(from, language);
  return `${formatDate(from, language)} – ${formatDate(to, language)}`;
}

/** Observations that speak for the same day or period, together (a statement quoted in two places is one). */
function byPeriod<C>(observations: readonly { from: string | null; to: string | null; citation: C }[]) {
  const groups = new Map<string, { from: string | null; to: string | null; citations: C[] }>();
  for (const observation of observations) {
    const key = `${observation.from}|${observation.to}`;
    const group = groups.get(key) ?? { from: observation.from, to: observation.to, citations: [] };
    group.citations.push(observation.citation);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Today as YYYY-MM-DD in the reader's time zone: the day a role's status is told for when no day is chosen. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * When a role holds and what the sources say of it on the day shown (the chosen day, else today): held, last
 * confirmed on its last statement, or ended; and every statement of it, each with the day it speaks for.
 */
export function RoleEvidence({ role: ref, day }: { role: FragmentType<typeof RoleEvidenceRole>; day: string }) {
  const { t, language } = useI18n();
  const role = useFragment(RoleEvidenceRole, ref);
  const status = roleStatus(role, day);
  return (
    <>
      <Period validFrom={role.validFrom} validTo={role.validTo} periodStated={role.periodStated} />
      {status === 'LAST_CONFIRMED' && role.lastObserved && (
        <span className="role-status role-status-confirmed">
          {t('role.lastConfirmed', { date: formatDate(role.lastObserved, language) })}
        </span>
      )}
      {status === 'ENDED' && role.endedOn && (
        <span className="role-status role-status-ended">
          {t('role.ended', { date: formatDate(role.endedOn, language) })}
        </span>
      )}
      {role.observations.length + role.notes.length > 0 && (
        <SourcePopover
          count={role.observations.length + role.notes.length}
          label={t('role.observations', { count: role.observations.length + role.notes.length })}
        >
          <ul className="observations sources">
            {byPeriod(role.observations).map((group) => (
              <li key={`${group.from}|${group.to}`}>
                <span className="observation-day">{observedDays(group.from, group.to, language)}</span>
                <SourceQuotes citations={group.citations} />
              </li>
            ))}
          </ul>
          <StaffNotes notes={role.notes} />
        </SourcePopover>
      )}
    </>
  );
}
