import { readStatement, writeStatement } from '../graph/statement.js';
import type { TextIndexPlan } from '../graph/store.js';

// The text indexes search walks (docs/architecture.md § Search). Each holds space-separated tokens the data layer
// computes (domain/names.ts): every prefix of every folded name word, every one-letter deletion of the longer ones,
// every prefix of a seat's title words. Neo4j indexes them with Lucene's whitespace analyser, Grafeo with its BM25
// index on the standard tokenizer without stop words: on both, a query token matches a stored token exactly.

const createEntitySearchText = writeStatement(
  'createEntitySearchText',
  `
CREATE FULLTEXT INDEX entity_search_text IF NOT EXISTS
FOR (n:Entity) ON EACH [n.searchText]
OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'whitespace'}}
`,
);

const createEntitySpellText = writeStatement(
  'createEntitySpellText',
  `
CREATE FULLTEXT INDEX entity_spell_text IF NOT EXISTS
FOR (n:Entity) ON EACH [n.spellText]
OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'whitespace'}}
`,
);

const createRoleTitleText = writeStatement(
  'createRoleTitleText',
  `
CREATE FULLTEXT INDEX role_title_text IF NOT EXISTS
FOR (n:Role) ON EACH [n.titleText]
OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'whitespace'}}
`,
);

/** Waits (up to five minutes) until every index is online: a new full-text index is filled in the background. */
const awaitIndexesOnline = writeStatement('awaitIndexesOnline', 'CALL db.awaitIndexes(300)');

/** The indexes search needs, on both engines. */
export const TEXT_INDEXES: TextIndexPlan = {
  indexes: [
    { label: 'Entity', property: 'searchText', neo4j: createEntitySearchText },
    { label: 'Entity', property: 'spellText', neo4j: createEntitySpellText },
    { label: 'Role', property: 'titleText', neo4j: createRoleTitleText },
  ],
  neo4jAwaitOnline: awaitIndexesOnline,
};

/** Up to $limit entities written before search had text indexes (no searchText yet), with what it is made of. */
export const entitiesWithoutSearchText = readStatement(
  'entitiesWithoutSearchText',
  `
MATCH (n:Entity)
WHERE n.searchText IS NULL
RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases
LIMIT $limit
`,
);

/** Stores each row's search texts on its entity ($rows: {id, searchText, spellText}). */
export const setEntitySearchText = writeStatement(
  'setEntitySearchText',
  `
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n.searchText = row.searchText, n.spellText = row.spellText
`,
);

/** Up to $limit roles written before search had text indexes (no titleText yet). */
export const rolesWithoutTitleText = readStatement(
  'rolesWithoutTitleText',
  `
MATCH (role:Role)
WHERE role.titleText IS NULL
RETURN role.id AS id, coalesce(role.title, '') AS title
LIMIT $limit
`,
);

/** Stores each row's title text on its role ($rows: {id, titleText}). */
export const setRoleTitleText = writeStatement(
  'setRoleTitleText',
  `
UNWIND $rows AS row
MATCH (role:Role {id: row.id})
SET role.titleText = row.titleText
`,
);
