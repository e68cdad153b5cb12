// Importing this module declares every Cypher statement of the project (for the lint test and docs).

export { declaredStatements, type Statement } from '../graph/statement.js';
export * from './auth.js';
export * from './backup.js';
export * from './bulk.js';
export * from './citation.js';
export * from './edit-entities.js';
export * from './edit-facts.js';
export * from './edits.js';
export * from './entity.js';
export * from './export.js';
export * from './health.js';
export * from './ingest.js';
export * from './merge.js';
export * from './network.js';
export * from './relation.js';
export * from './report.js';
export * from './role.js';
export * from './seed.js';
export * from './text-index.js';
