import { readStatement, writeStatement } from '../graph/statement.js';

// Statements for tests only: not exported from cypher/index.ts, so no production module can reach them.

/** Empties the graph (tests). */
export const deleteEverything = writeStatement('deleteEverything', 'MATCH (n) DETACH DELETE n');

/** Every stored property of the sign-in nodes (tests check that no secret is stored in the clear). */
export const authNodesForTests = readStatement(
  'authNodesForTests',
  `
MATCH (n)
WHERE n:User OR n:Session OR n:ApiToken
RETURN labels(n) AS labels, n {.*} AS props
`,
);

/** The labels of every entity node, by id (tests check each kind's label is on its own entities only). */
export const entityLabelsForTests = readStatement(
  'entityLabelsForTests',
  `
MATCH (n:Entity)
RETURN n.id AS id, n.kind AS kind, labels(n) AS labels
`,
);

/** Takes away every search text (tests: a graph written before search had text indexes). */
export const forgetSearchTexts = writeStatement(
  'forgetSearchTexts',
  `
MATCH (n)
WHERE n:Entity OR n:Role
REMOVE n.searchText, n.spellText, n.titleText
`,
);
