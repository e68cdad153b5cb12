import { writeStatement } from '../graph/statement.js';

// Statements for tests only: not exported from cypher/index.ts, so no production module can reach them.

/** Empties the graph (tests). */
export const deleteEverything = writeStatement('deleteEverything', 'MATCH (n) DETACH DELETE n');
