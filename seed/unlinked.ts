import type { PlannedEntity, SeedPlan } from './plan.js';
import type { Decisions } from './schema.js';

// An entity with no link is a fact the graph cannot reach from anything else: a name without a place in the
// network. Each one must be connected as its document states, removed as a passing mention, or explained in
// seed/data/decisions.yaml (`unlinked:`). Documents are the sources of facts, not facts: they are linked by
// their citations and never count as unlinked.

/** The entities that are no end of a relationship and no person, place or principal of a role, by id. */
export function unlinkedEntities(plan: SeedPlan): PlannedEntity[] {
  const linked = new Set<string>();
  for (const relation of plan.relations) linked.add(relation.fromId).add(relation.toId);
  for (const role of plan.roles) {
    linked.add(role.personId);
    if (role.heldInId !== null) linked.add(role.heldInId);
    if (role.onBehalfOfId !== null) linked.add(role.onBehalfOfId);
  }
  return plan.entities
    .filter((entity) => entity.kind !== 'DOCUMENT' && !linked.has(entity.id))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export interface UnlinkedCheck {
  /** Unlinked entities with their reviewed explanation. */
  explained: { entity: PlannedEntity; reason: string }[];
  /** Unlinked entities nobody explained: connect, remove or explain each. */
  unexplained: PlannedEntity[];
  /** Explanations that no longer apply: the entity is linked now, or gone. */
  stale: { id: string; why: string }[];
}

/** Compares the unlinked entities with the explanations in decisions.yaml. */
export function checkUnlinked(plan: SeedPlan, decisions: Decisions): UnlinkedCheck {
  const reasons = new Map(decisions.unlinked.map((entry) => [entry.id, entry.reason]));
  const unlinked = unlinkedEntities(plan);
  const unlinkedIds = new Set(unlinked.map((entity) => entity.id));
  const known = new Set(plan.entities.map((entity) => entity.id));
  const explained: UnlinkedCheck['explained'] = [];
  const unexplained: PlannedEntity[] = [];
  for (const entity of unlinked) {
    const reason = reasons.get(entity.id);
    if (reason === undefined) unexplained.push(entity);
    else explained.push({ entity, reason });
  }
  const stale = decisions.unlinked
    .filter((entry) => !unlinkedIds.has(entry.id))
    .map((entry) => ({ id: entry.id, why: known.has(entry.id) ? 'it is linked now' : 'no such entity' }));
  return { explained, unexplained, stale };
}

/** The report's section on unlinked entities, as Markdown lines. */
export function unlinkedReport(check: UnlinkedCheck): string[] {
  const lines = ['', '## Entities with no link', ''];
  if (check.unexplained.length === 0 && check.explained.length === 0) lines.push('None.');
  if (check.unexplained.length > 0) {
    lines.push(
      `Unexplained (${check.unexplained.length}): connect each as its document states, remove it, or explain it in`,
    );
    lines.push(
      'seed/data/decisions.yaml under `unlinked:`.',
      '',
      '| entity | kind | name | files |',
      '| --- | --- | --- | --- |',
    );
    for (const entity of check.unexplained) {
      lines.push(`| ${entity.id} | ${entity.kind} | ${entity.name} | ${entity.files.join(', ')} |`);
    }
    lines.push('');
  }
  if (check.explained.length > 0) {
    lines.push(
      `Explained (${check.explained.length}, seed/data/decisions.yaml):`,
      '',
      '| entity | why it has no link |',
      '| --- | --- |',
    );
    for (const { entity, reason } of check.explained) lines.push(`| ${entity.id} | ${reason} |`);
  }
  for (const entry of check.stale) lines.push('', `Stale explanation for ${entry.id}: ${entry.why}.`);
  return lines;
}
