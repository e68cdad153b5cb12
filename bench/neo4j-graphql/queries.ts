import { foldName } from '../../server/src/domain/names.js';
import { ENTITY_KINDS, NETWORK_KINDS } from '../../server/src/domain/vocabulary.js';
import type { EntityKind } from '../../server/src/generated/enums.js';
import { PREFIX } from '../fixtures.js';
import { clientOperations } from '../operations.js';
import { factFieldsFor } from './typedefs.js';

// The @neo4j/graphql queries (against ./typedefs.ts) that ask what our client's EntityPage (on a municipality),
// Search and NetworkNeighbourhood (hops: 2) ask, each one GraphQL request, as the client sends one. Where the
// library's answer holds less or more than ours, the comment above each query says so.

const CITATION = 'quote reading offset document { id name }';
const EDGE = 'id qualifier attendance start end validFrom validTo citationIds';

/**
 * The entity page of a municipality. Ours (client/src/routes/entity, 6 statements on Neo4j) sends one request with
 * every kind's fragments; on a municipality it reads the name, aliases, county and citations; its seats held in it
 * or on its behalf with the person, the body (its parents and its roles' ids), each role's period, status dates and
 * observations with their quotes; its relationships both ways with the other ends and their citations; its lists
 * (memberships, projects, areas), events and figures.
 *
 * Here: the same entity fields and citations; the roles held on its behalf and those held in it (two lists: ours
 * merges them, one role once), each with its person, body (with the body's `partOf` and role ids), period, status
 * dates, observation dates and citation ids, and its citations' quotes; every fact relationship a municipality can
 * have by the vocabulary (`factFieldsFor(['MUNICIPALITY'])`, both ways), with the edge properties and the other end.
 * Less than ours: an edge's citations are ids only (no `@cypher` on edge properties); no staff notes, no
 * `version`, no grouping of observations (ours pairs each observation's period with its quote); the lists ours
 * shows separately (memberOf, projects, areas, events, figures) are the same relationships and are not asked twice.
 * Ours also filters out case duties (`duty`), which the synthetic graph has none of.
 */
export function entityPageQuery(): string {
  const role = `id title share start end validFrom validTo endedOn firstObserved lastObserved periodStated
      observedFrom observedTo observedCitationIds citations { ${CITATION} }
      person { id name }
      heldIn { id name kind partOf { id } rolesHeldIn { id } }
      onBehalfOf { id name kind }`;
  const facts = factFieldsFor(['MUNICIPALITY'])
    .map(({ field }) => `${field}Connection { edges { properties { ${EDGE} } node { id name kind } } }`)
    .join('\n    ');
  return `query EntityPage($id: ID!) {
  entities(where: { id: { eq: $id } }) {
    id name kind aliases county citations { ${CITATION} }
    rolesOnBehalfOf { ${role} }
    rolesHeldIn { ${role} }
    ${facts}
  }
}`;
}

/**
 * Search. Ours (`search(text:, first: 50)`, 1–5 statements) folds case and Norwegian letters and asks the text
 * indexes for names and aliases whose words start with the query's, seats by title, and near spellings, scores
 * and orders the hits, and gives each person the seat the words matched (or the current one).
 *
 * Here: `name CONTAINS $text`, which the library translates to a scan of every `Entity` (no index serves
 * CONTAINS), case-sensitive and without folding (so it is given the name as written, "Strømskag", where ours is
 * given "strømskag"), with the first 50 entities in no particular order and, for each, one of the seats the person
 * holds (any, not the matching or current one). Less than ours: no aliases, no seat titles, no spelling, no score.
 */
export function searchQuery(): string {
  return `query Search($text: String!) {
  entities(where: { name: { contains: $text } }, limit: 50) {
    id name kind aliases
    holds(limit: 1) { title heldIn { id name } onBehalfOf { id name } }
  }
}`;
}

/**
 * Search on our full-text index: the library's `@fulltext` query over `entity_search_text` (every prefix of every
 * folded word of the names and aliases, docs/architecture.md § Search), given the folded words, as ours asks it.
 * Lucene's score orders the hits. Less than ours: no seat titles, no spelling, no check that every word starts a word
 * of one key (ours' score), and the seat shown is any one the person holds.
 */
export function searchByTextQuery(): string {
  return `query SearchByText($phrase: String!) {
  entitiesByText(phrase: $phrase, first: 50) {
    edges {
      score
      node {
        id name kind aliases
        holds(limit: 1) { title heldIn { id name } onBehalfOf { id name } }
      }
    }
  }
}`;
}

/** The kinds at the other ends of the fact fields of `kinds`, and the ends of roles: persons and where they sit. */
function kindsNextTo(kinds: readonly EntityKind[]): EntityKind[] {
  const next = new Set(factFieldsFor(kinds).flatMap(({ otherKinds }) => otherKinds));
  // Roles link a person to a body or municipality, and back.
  if (kinds.includes('PERSON')) for (const kind of ENTITY_KINDS) if (kind !== 'DOCUMENT') next.add(kind);
  if (kinds.some((kind) => kind !== 'PERSON')) next.add('PERSON');
  return [...next].filter((kind) => NETWORK_KINDS.includes(kind));
}

/**
 * The links out of an entity of one of `kinds`, `depth` hops deep: every fact relationship it can have by the
 * vocabulary, both ways, with its edge properties; and roles as links (the person → where the role is held, the
 * person → on whose behalf), as ours sees them (cypher/network.ts).
 */
function linksSelection(kinds: readonly EntityKind[], depth: number): string {
  const next = depth > 1 ? linksSelection(kindsNextTo(kinds), depth - 1) : '';
  const end = `id name kind ${next}`;
  const role = 'id title validFrom validTo citationIds citations { quote reading offset document { id name } }';
  const facts = factFieldsFor(kinds).map(
    ({ field }) =>
      `${field}Connection { edges { properties { id qualifier validFrom validTo citationIds } node { ${end} } } }`,
  );
  const roles = [
    ...(kinds.includes('PERSON') ? [`holds { ${role} heldIn { ${end} } onBehalfOf { ${end} } }`] : []),
    ...(kinds.some((kind) => kind !== 'PERSON')
      ? [`rolesHeldIn { ${role} person { ${end} } }`, `rolesOnBehalfOf { ${role} person { ${end} } }`]
      : []),
  ];
  return [...facts, ...roles].join('\n');
}

/**
 * The network around a municipality, two hops out. Ours (`neighbourhood(id:, hops: 2, limit: 2000)`, one statement
 * per hop for the whole frontier) returns each entity once and each link once (fact relationships and roles seen
 * as links, with type, label, period, both ends' ids and each link's citations), at most 2,000 entities, and the
 * links among the entities of the last hop too.
 *
 * Here: a tree, not a graph: every entity is repeated under every link that reaches it, and the links of the second
 * hop are nested under the first hop's entities (the client would deduplicate them); the fact relationships asked
 * are those the vocabulary allows for the kinds at each hop. No limit on the number of entities (ours stops at
 * 2,000 and says `truncated`), no links among the last hop's entities, and a fact link's citations are ids only;
 * a role link's citations are resolved, as ours. At two hops the statement is about 400 KB of Cypher: on a cold
 * query cache (a restart, or after any index is created) Neo4j took 54 s to plan it on the loaded benchmark machine,
 * then 2 s and 0.7 s for the next two requests; the benchmark's warm-ups absorb that.
 */
export function networkQuery(hops = 2): string {
  return `query NetworkNeighbourhood($id: ID!) {
  entities(where: { id: { eq: $id } }) {
    id name kind
    ${linksSelection(['MUNICIPALITY'], hops)}
  }
}`;
}

/** One request: a query and its variables. */
export interface Side {
  query: string;
  variables: Record<string, unknown>;
}

/** The municipality whose page and network are asked for (bench/generate.ts). */
export const MUNICIPALITY = `municipality:${PREFIX}-m0`;

/** The three operations, as our client sends them and as asked of @neo4j/graphql. */
export function sideBySide(): { operation: string; ours: Side; theirs: Side }[] {
  const operations = clientOperations();
  const client = (name: string) => {
    const query = operations.get(name);
    if (!query) throw new Error(`The client no longer sends ${name}: bench/neo4j-graphql/queries.ts needs updating.`);
    return query;
  };
  return [
    {
      operation: 'EntityPage (municipality)',
      ours: { query: client('EntityPage'), variables: { id: MUNICIPALITY } },
      theirs: { query: entityPageQuery(), variables: { id: MUNICIPALITY } },
    },
    {
      operation: 'Search',
      // The library's CONTAINS is case-sensitive and does not fold letters: it is given the name as written.
      ours: { query: client('Search'), variables: { text: 'strømskag' } },
      theirs: { query: searchQuery(), variables: { text: 'Strømskag' } },
    },
    {
      operation: 'Search (theirs on the full-text index)',
      ours: { query: client('Search'), variables: { text: 'strømskag' } },
      theirs: { query: searchByTextQuery(), variables: { phrase: foldName('strømskag') } },
    },
    {
      operation: 'NetworkNeighbourhood (2 hops)',
      ours: { query: client('NetworkNeighbourhood'), variables: { id: MUNICIPALITY, hops: 2 } },
      theirs: { query: networkQuery(), variables: { id: MUNICIPALITY } },
    },
  ];
}
