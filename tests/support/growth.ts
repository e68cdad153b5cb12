import {
  type PlannedCitation,
  type PlannedEntity,
  type PlannedRelation,
  plannedRoles,
  type SeedPlan,
  type StatedOnce,
} from '../../seed/plan.js';

// Growth for the round-trip test: `copies` more of every kind of row each page of the client lists, attached to the
// very entities the round-trip fixtures open (roles of the person, cases of the meeting, grants of the funder, hits of
// the search, members and meetings of the council, cells of the matrix, ...). A statement per row anywhere then shows
// as a changed statement count. Every fact cites one seeded document, with a quote of its own.

const DOCUMENT = 'doc:kdu-referat-2021-11-05';
// A period that holds on every day the fixtures ask about (2021-11-05, 2022-06-30) and on none before 2021.
const PERIOD = { validFrom: '2021-01-01', validTo: '2022-12-31' };

export type Growth = Pick<SeedPlan, 'entities' | 'citations' | 'posts' | 'roles' | 'relations'>;

/**
 * Rows to add to the seeded plan so that every round-trip fixture's result grows: copies number `from` to `to - 1`
 * (two calls with disjoint ranges grow the graph twice, with no id in common).
 */
export function growthAroundFixtures(from: number, to: number): Growth {
  const prefix = `growth-${from}`;
  const citations: PlannedCitation[] = [];
  const cite = (text: string): string[] => {
    const id = `cite:${prefix}-${citations.length}`;
    citations.push({
      id,
      documentId: DOCUMENT,
      quote: `vekst: ${text}`,
      offset: 100_000 + citations.length,
      reading: null,
    });
    return [id];
  };
  const entities: PlannedEntity[] = [];
  const entity = (id: string, kind: PlannedEntity['kind'], name: string, props: PlannedEntity['props'] = {}) => {
    entities.push({ id, kind, name, aliases: [], citationIds: cite(id), props, dates: {}, files: [] });
    return id;
  };
  const stated: StatedOnce[] = [];
  const role = (
    personId: string,
    title: string,
    heldInId: string | null,
    onBehalfOfId: string | null,
    period: { validFrom: string; validTo: string; end?: string } = PERIOD,
  ) => {
    const id = `role:${prefix}-${stated.length}`;
    stated.push({
      id,
      personId,
      title,
      heldInId,
      onBehalfOfId,
      documentId: DOCUMENT,
      ...period,
      citationIds: cite(id),
    });
  };
  const relations: PlannedRelation[] = [];
  const relation = (type: PlannedRelation['type'], fromId: string, toId: string) => {
    const id = `rel:${prefix}-${relations.length}`;
    relations.push({
      id,
      type,
      fromId,
      toId,
      as: null,
      start: null,
      end: null,
      ...PERIOD,
      citationIds: cite(id),
      attendance: type === 'ATTENDED' ? 'PRESENT' : null,
    });
  };

  for (let i = from; i < to; i++) {
    // Home, ReportMunicipalities, Representation: more municipalities.
    const municipality = entity(`municipality:growth-${i}`, 'MUNICIPALITY', `Vekstkommune ${i}`);
    // Suggest "astrid": more people.
    const person = entity(`person:growth-${i}`, 'PERSON', `Astrid Vekst ${i}`);
    // Suggest "Froya", ReportChooserSuggest "frøya": bodies named for Frøya; GraphPickerSuggest "hitra": for Hitra.
    const froyaBody = entity(`org:growth-froya-${i}`, 'ORGANIZATION', `Frøya vekstråd ${i}`, { type: 'committee' });
    const hitraBody = entity(`org:growth-hitra-${i}`, 'ORGANIZATION', `Hitra vekstnettverk ${i}`, { type: 'network' });
    // Search "helseplattformen": more projects.
    const project = entity(`project:growth-${i}`, 'PROJECT', `Helseplattformen vekst ${i}`);
    const university = entity(`university:growth-${i}`, 'UNIVERSITY', `Vekst høgskole ${i}`);
    const funder = entity(`funder:growth-${i}`, 'FUNDER', `Vekstfondet ${i}`);
    const meeting = entity(`meeting:growth-${i}`, 'MEETING', `Vekstmøte ${i}`);
    const kase = entity(`case:growth-${i}`, 'CASE', `Vekstsak ${i}`, { number: `${90 + i}/21` });

    // Grants: from the Søndre Trøndelag health community in 2024 (ReportFunding PROJECT, ReportGrants #1), from the
    // Research Council to Helseplattformen (the funder's and the project's pages), to the PSHT project in a new year
    // (ReportFunding YEAR), to the regional council from a new funder (its grants received; FUNDER rows).
    const grants: [string, string, string, number][] = [
      [`grant:growth-sondre-${i}`, 'org:helsefellesskapet-sondre-trondelag', project, 2024],
      [`grant:growth-nfr-${i}`, 'funder:norges-forskningsrad', 'project:helseplattformen', 2024],
      [`grant:growth-psht-${i}`, funder, 'project:psht-sondre-trondelag', 2030 + i],
      [`grant:growth-ipr-${i}`, funder, 'org:ipr-trondelag-sorvest', 2024],
    ];
    for (const [id, from, to, year] of grants) {
      entity(id, 'GRANT', `Vekstmidler ${id}`, { amountNok: 10_000 * (i + 1), year });
      relation('GRANTED_BY', id, from);
      relation('GRANTED_TO', id, to);
    }

    // Roles: Frøya's and Hitra's representatives, the council's and the project's and NTNU's roles, the meeting's
    // and the case's roles, Ingjerd Astad's roles, the matrix, the role counts, the neighbourhoods.
    role(person, 'representant', 'org:ipr-trondelag-sorvest', 'municipality:froya');
    role(person, 'medlem', hitraBody, 'municipality:hitra');
    role('person:ingjerd-astad', 'medlem', hitraBody, 'municipality:hitra');
    role('person:kristin-stromskag', 'medlem', froyaBody, 'municipality:froya');
    role('person:ingjerd-astad', 'medlem', froyaBody, 'municipality:hitra');
    role(person, 'prosjektleder', 'project:helseplattformen', null);
    role(person, 'forsker', 'university:ntnu', null);
    role(person, 'referent', 'meeting:kdu-2021-11-05', null);
    role(person, 'saksbehandler', 'case:kdu-74-21', null);
    role(person, 'leder', municipality, municipality);
    // ReportChanges: Ørland's seats in the council, one that ends before the second day and one that begins after
    // the first (LEFT and CAME between 2021-11-05 and 2022-06-30).
    role(person, 'vararepresentant', 'org:ipr-trondelag-sorvest', 'municipality:orland', {
      validFrom: '2021-01-01',
      validTo: '2021-12-31',
      end: '2021-12-31',
    });
    role(person, 'representant', 'org:ipr-trondelag-sorvest', 'municipality:orland', {
      validFrom: '2022-01-01',
      validTo: '2022-12-31',
    });

    // Relations: the council's members, children and meetings; Frøya's bodies, projects and areas; the meeting's
    // cases and attendance; the case's references; Ingjerd Astad's meetings; the project's participants and partners;
    // NTNU's projects (and so the university × municipality report).
    relation('MEMBER_OF', municipality, 'org:ipr-trondelag-sorvest');
    relation('MEMBER_OF', 'municipality:froya', froyaBody);
    relation('MEMBER_OF', 'municipality:hitra', hitraBody);
    relation('PART_OF', froyaBody, 'org:ipr-trondelag-sorvest');
    relation('MEETING_OF', meeting, 'org:ipr-trondelag-sorvest');
    relation('PARTICIPATES_IN', 'municipality:froya', project);
    relation('IN_AREA_OF', 'municipality:froya', hitraBody);
    relation('CASE_IN', kase, 'meeting:kdu-2021-11-05');
    relation('REFERS_TO', kase, 'case:kdu-74-21');
    relation('ATTENDED', person, 'meeting:kdu-2021-11-05');
    relation('ATTENDED', 'person:ingjerd-astad', meeting);
    relation('PARTICIPATES_IN', 'municipality:hitra', project);
    relation('PARTNER_OF', university, 'project:helseplattformen');
    relation('PARTNER_OF', 'university:ntnu', project);
    relation('PARTICIPATES_IN', municipality, 'project:helseplattformen');

    // Typed facts: events on every entity page the fixtures open (Frøya, Hitra, Ingjerd Astad, the council,
    // Helseplattformen, NTNU, the Research Council, the KDU meeting and its case 74/21), and key figures on the
    // municipalities, the council and the project.
    const event = entity(`event:growth-${i}`, 'EVENT', `Vekstvedtak ${i}`, { type: 'DECISION', year: 2022 });
    for (const target of [
      'municipality:froya',
      'municipality:hitra',
      'person:ingjerd-astad',
      'org:ipr-trondelag-sorvest',
      'project:helseplattformen',
      'university:ntnu',
      'funder:norges-forskningsrad',
      'meeting:kdu-2021-11-05',
      'case:kdu-74-21',
    ]) {
      relation('CONCERNS', event, target);
    }
    for (const target of [
      'municipality:froya',
      'municipality:hitra',
      'org:ipr-trondelag-sorvest',
      'project:helseplattformen',
    ]) {
      const figure = entity(`figure:growth-${i}-${target}`, 'FIGURE', `Vekstmøter ${i}`, { value: i, unit: 'møter' });
      relation('CONCERNS', figure, target);
    }
  }
  const { posts, roles } = plannedRoles(stated);
  return { entities, citations, posts, roles, relations };
}
