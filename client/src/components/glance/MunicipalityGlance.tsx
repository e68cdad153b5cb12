import { type FragmentType, graphql, useFragment } from '../../generated';
import { useI18n } from '../../i18n/use-i18n';
import { type BodyWeight, compareBodies, shared } from '../../lib/glance';
import { Glance } from './Glance';
import { GlanceCard, type GlanceLine } from './GlanceCard';
import { useStatusText } from './use-status-text';

export const MunicipalityGlanceFields = graphql(`
  fragment MunicipalityGlance on Municipality {
    id
    representatives(asOf: $asOf) {
      id
      title
      validFrom
      validTo
      endedOn
      lastObserved
      person {
        id
        name
      }
      heldIn {
        id
        name
        ... on Organization {
          parentCount
          roleCount
        }
      }
    }
  }
`);

/**
 * A municipality at a glance: its own offices, then its representatives per body, the main bodies first (the
 * top-level ones, then the ones with the most seats: the regional council before its committees and networks).
 */
export function MunicipalityGlance({
  entity: ref,
  day,
}: {
  entity: FragmentType<typeof MunicipalityGlanceFields>;
  day: string;
}) {
  const { t } = useI18n();
  const statusText = useStatusText(day);
  const entity = useFragment(MunicipalityGlanceFields, ref);
  if (entity.representatives.length === 0) return null;
  const own: GlanceLine[] = [];
  const bodies = new Map<string, BodyWeight & { lines: GlanceLine[] }>();
  for (const role of entity.representatives) {
    const line = { key: role.id, who: role.person, what: role.title, status: statusText(role) };
    const body = role.heldIn;
    if (!body || body.id === entity.id) {
      own.push(line);
      continue;
    }
    const entry = bodies.get(body.id) ?? {
      id: body.id,
      name: body.name,
      topLevel: !('parentCount' in body) || body.parentCount === 0,
      seats: 'roleCount' in body ? body.roleCount : 0,
      lines: [],
    };
    entry.lines.push(line);
    bodies.set(body.id, entry);
  }
  const ranked = [...bodies.values()].sort(compareBodies);
  const all = [...own, ...ranked.flatMap((body) => body.lines)].map((line) => line.status);
  const common = shared(all);
  return (
    <Glance sharedStatus={common}>
      {own.length > 0 && <GlanceCard heading={t('entity.ownOffices')} lines={own} sharedStatus={common} />}
      {ranked.map((body) => (
        <GlanceCard key={body.id} heading={body} lines={body.lines} sharedStatus={common} />
      ))}
    </Glance>
  );
}
