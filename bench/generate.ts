import {
  type PlannedCitation,
  type PlannedEntity,
  type PlannedRelation,
  plannedRoles,
  type SeedPlan,
  type StatedOnce,
} from '../seed/plan.js';
import { digest } from '../server/src/domain/ids.js';

// A synthetic graph of the same shape as the seeded one: municipalities with representatives in bodies over the
// years, bodies inside bodies, projects with participating municipalities and university partners, grants from
// funders, meetings with cases and attendance, and a citation for every fact. Deterministic for a given size.

export interface GenerateOptions {
  /** Roughly how many facts (entities + roles + relationships) to make. */
  facts: number;
  /** Prefix of every id, so that a synthetic graph can be added to the seeded one. */
  prefix?: string;
  /** Existing municipality and body ids to attach some of the roles to (grows their pages). */
  anchors?: { municipalities: string[]; bodies: string[] };
  /** An existing document to cite instead of a synthetic one. */
  documentId?: string;
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const TITLES = [
  'representant',
  'vararepresentant',
  'leder',
  'nestleder',
  'medlem',
  'varamedlem',
  'ordfører',
  'kommunedirektør',
];
const FIRST = ['Kari', 'Ola', 'Ingrid', 'Per', 'Solveig', 'Håvard', 'Liv', 'Ørjan', 'Åse', 'Mons', 'Sigrid', 'Even'];
const LAST = ['Hansen', 'Strømskag', 'Aukan', 'Øyum', 'Haugen', 'Langli', 'Bang', 'Svanem', 'Kvernmo', 'Astad'];

/** Builds a plan of about `facts` facts, ready for the seed loader's statements. */
export function generatePlan({ facts, prefix = 'syn', anchors, documentId: citedDocument }: GenerateOptions): SeedPlan {
  const next = random(facts);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  // Proportions close to the seeded graph: per municipality ~3 bodies, ~10 persons, ~25 roles, ~30 relations.
  const unit = Math.max(1, Math.round(facts / 75));
  const documentId = citedDocument ?? `doc:${prefix}-source`;
  const citations: PlannedCitation[] = [];
  const cited = new Set<string>();
  // Two facts worded alike (a person in the same seat twice in a year) cite one quote, as the seed plan does.
  const cite = (text: string): string[] => {
    const id = `cite:${digest(prefix, text)}`;
    if (!cited.has(id)) citations.push({ id, documentId, quote: text, offset: citations.length, reading: null });
    cited.add(id);
    return [id];
  };
  const entities: PlannedEntity[] = citedDocument
    ? []
    : [
        {
          id: documentId,
          kind: 'DOCUMENT',
          name: `Synthetic source (${prefix})`,
          aliases: [],
          citationIds: [],
          props: { type: 'synthetic', file: `${prefix}.txt` },
          dates: { coversStart: '2018-01-01', coversEnd: '2025-12-31' },
          files: [],
        },
      ];
  const entity = (id: string, kind: PlannedEntity['kind'], name: string, props: PlannedEntity['props'] = {}) => {
    entities.push({ id, kind, name, aliases: [], citationIds: cite(`${name} (${id})`), props, dates: {}, files: [] });
    return id;
  };
  const municipalities = Array.from({ length: unit }, (_, i) =>
    entity(`municipality:${prefix}-m${i}`, 'MUNICIPALITY', `Kommune ${prefix} ${i}`),
  );
  const bodies = Array.from({ length: unit * 3 }, (_, i) =>
    entity(`org:${prefix}-b${i}`, 'ORGANIZATION', `Organ ${prefix} ${i}`, {
      type: pick(['committee', 'network', 'regional council']),
    }),
  );
  const persons = Array.from({ length: unit * 10 }, (_, i) =>
    entity(`person:${prefix}-p${i}`, 'PERSON', `${pick(FIRST)} ${pick(LAST)} ${prefix}${i}`),
  );
  const projects = Array.from({ length: unit * 2 }, (_, i) =>
    entity(`project:${prefix}-j${i}`, 'PROJECT', `Prosjekt ${prefix} ${i}`),
  );
  const universities = Array.from({ length: Math.max(1, Math.round(unit / 5)) }, (_, i) =>
    entity(`university:${prefix}-u${i}`, 'UNIVERSITY', `Høgskole ${prefix} ${i}`),
  );
  const funders = Array.from({ length: Math.max(1, Math.round(unit / 5)) }, (_, i) =>
    entity(`funder:${prefix}-f${i}`, 'FUNDER', `Finansiør ${prefix} ${i}`),
  );
  const meetings = Array.from({ length: unit * 2 }, (_, i) =>
    entity(`meeting:${prefix}-mt${i}`, 'MEETING', `Møte ${prefix} ${i}`),
  );

  const stated: StatedOnce[] = [];
  const allMunicipalities = [...municipalities, ...(anchors?.municipalities ?? [])];
  const allBodies = [...bodies, ...(anchors?.bodies ?? [])];
  for (let i = 0; i < unit * 25; i++) {
    const year = 2018 + Math.floor(next() * 8);
    const title = pick(TITLES);
    const personId = pick(persons);
    const heldInId = pick(allBodies);
    const onBehalfOfId = pick(allMunicipalities);
    stated.push({
      id: `role:${prefix}-${i}`,
      personId,
      title,
      heldInId,
      onBehalfOfId,
      documentId,
      validFrom: `${year}-01-01`,
      validTo: `${year}-12-31`,
      citationIds: cite(`${personId} ${title} ${heldInId} ${onBehalfOfId} ${year}`),
    });
  }
  const { posts, roles } = plannedRoles(stated);
  const relations: PlannedRelation[] = [];
  const relation = (type: PlannedRelation['type'], fromId: string, toId: string, year = 2022) => {
    relations.push({
      id: `rel:${prefix}-${relations.length}`,
      type,
      fromId,
      toId,
      as: null,
      start: null,
      end: null,
      validFrom: `${year}-01-01`,
      validTo: `${year}-12-31`,
      citationIds: cite(`${type} ${fromId} ${toId} ${year}`),
      attendance: type === 'ATTENDED' ? 'PRESENT' : null,
    });
  };
  for (const municipality of municipalities) relation('MEMBER_OF', municipality, pick(bodies));
  for (let i = 1; i < bodies.length; i++) relation('PART_OF', bodies[i] as string, pick(bodies.slice(0, i)));
  for (let i = 0; i < unit * 6; i++)
    relation('PARTICIPATES_IN', pick(allMunicipalities), pick(projects), 2018 + Math.floor(next() * 8));
  for (const project of projects) relation('PARTNER_OF', pick(universities), project);
  for (const meeting of meetings) relation('MEETING_OF', meeting, pick(bodies));
  for (let i = 0; i < unit * 4; i++) relation('ATTENDED', pick(persons), pick(meetings));
  for (let i = 0; i < unit * 2; i++) {
    const year = 2018 + Math.floor(next() * 8);
    const grant = entity(`grant:${prefix}-g${i}`, 'GRANT', `Tilskudd ${prefix} ${i}`, {
      amountNok: 50_000 * (1 + Math.floor(next() * 100)),
      year,
    });
    relation('GRANTED_BY', grant, pick(funders), year);
    relation('GRANTED_TO', grant, pick(projects), year);
  }
  return { documents: [], entities, citations, posts, roles, relations };
}

/** The number of facts in a plan: entities, roles and relationships. */
export function factCount(plan: SeedPlan): number {
  return plan.entities.length + plan.roles.length + plan.relations.length;
}
