import { eventProblems, figureProblems } from '../server/src/domain/events.js';
import { FIGURE_SUBJECTS } from '../server/src/domain/vocabulary.js';
import type { PlannedEntity, PlannedRelation } from './plan.js';

// The seed's checks of the typed facts (docs/data-model.md, "Typed facts"): every event has a type and a date
// (or the words of one), every figure a value and a unit, and each concerns what it is about.

/** Problems with the events and key figures of a plan (empty when all is well). */
export function typedFactProblems(entities: PlannedEntity[], relations: PlannedRelation[]): string[] {
  const kindOf = new Map(entities.map((entity) => [entity.id, entity.kind]));
  const concerns = new Map<string, string[]>();
  for (const relation of relations) {
    if (relation.type !== 'CONCERNS') continue;
    concerns.set(relation.fromId, [...(concerns.get(relation.fromId) ?? []), relation.toId]);
  }
  const problems: string[] = [];
  for (const entity of entities) {
    const about = concerns.get(entity.id) ?? [];
    if (entity.kind === 'EVENT') {
      const props = entity.props as Record<string, string | number | undefined>;
      const found = eventProblems({
        type: props.type as string | undefined,
        date: entity.dates.date,
        year: props.year as number | undefined,
        month: props.month as number | undefined,
        dateAsWritten: props.dateAsWritten as string | undefined,
      });
      if (about.length === 0) found.push('an event must CONCERN at least one entity');
      problems.push(...found.map((problem) => `event ${entity.id}: ${problem}`));
    }
    if (entity.kind === 'FIGURE') {
      const found = figureProblems({
        value: entity.props.value as number | undefined,
        unit: entity.props.unit as string | undefined,
        start: entity.dates.start,
        end: entity.dates.end,
      });
      if (about.length !== 1) found.push(`a figure must CONCERN exactly one entity (has ${about.length})`);
      for (const id of about) {
        const kind = kindOf.get(id);
        if (!kind || !FIGURE_SUBJECTS.includes(kind)) found.push(`${id} is not a ${FIGURE_SUBJECTS.join('/')}`);
      }
      problems.push(...found.map((problem) => `figure ${entity.id}: ${problem}`));
    }
  }
  return problems;
}
