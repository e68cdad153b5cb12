import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import {
  CITATION_FIELDS,
  COMMON_ENTITY_FIELDS,
  ENTITY_FIELDS,
  LABEL_OF_KIND,
  POST_FIELDS,
  RELATION_FIELDS,
  RELATION_TYPES,
  ROLE_FIELDS,
  ROLE_RELATIONSHIPS,
} from '../domain/vocabulary.js';
import {
  AUTH_LABELS,
  AUTH_PROPERTY_KEYS,
  BACKUP_PROPERTY_KEYS,
  declaredStatements,
  EDIT_LABELS,
  EDIT_PROPERTY_KEYS,
  INGEST_LABELS,
  INGEST_PROPERTY_KEYS,
  MERGE_LABELS,
  MERGE_PROPERTY_KEYS,
  RESTORE_LABELS,
} from './index.js';
import './testing.js';

// Every statement of the project, checked by Neo4j's own Cypher analyser against our graph's vocabulary:
// no syntax or semantic errors, no deprecations, and no label, type or property it does not know.

const labels = [
  'Entity',
  'Role',
  'Post',
  'Citation',
  ...Object.values(LABEL_OF_KIND),
  ...AUTH_LABELS,
  ...EDIT_LABELS,
  ...MERGE_LABELS,
  ...RESTORE_LABELS,
  ...INGEST_LABELS,
];
const relationshipTypes = [...ROLE_RELATIONSHIPS, 'FROM', ...RELATION_TYPES];
// The stored properties come from the vocabulary; the rest are keys of the maps passed in and returned.
const propertyKeys = [
  ...new Set([
    ...COMMON_ENTITY_FIELDS,
    ...Object.keys(ENTITY_FIELDS),
    ...ROLE_FIELDS,
    ...POST_FIELDS,
    ...RELATION_FIELDS,
    ...CITATION_FIELDS,
    ...AUTH_PROPERTY_KEYS,
    ...BACKUP_PROPERTY_KEYS,
    ...EDIT_PROPERTY_KEYS,
    ...MERGE_PROPERTY_KEYS,
    ...INGEST_PROPERTY_KEYS,
  ]),
  // keys of the row maps passed as $rows and of the maps the statements return
  'props',
  'label',
  'fromKind',
  'toKind',
  'titleKey',
  'personId',
  'targetId',
  'fromId',
  'toId',
  'heldInId',
  'heldInKind',
  'onBehalfOfId',
  'onBehalfOfKind',
  'postId',
  'posts',
  'post',
];

function parametersOf(text: string): Record<string, unknown> {
  return Object.fromEntries([...text.matchAll(/\$(\w+)/g)].map((match) => [match[1], null]));
}

const statements = declaredStatements();

// String literals allowed in statement text: fixed vocabulary, never data.
const FIXED_WORDS = ['BOTH', 'OUT', 'IN', ' ', 'HOLDS_ROLE', 'REPRESENTS', 'PROJECT', 'FUNDER', 'RECIPIENT'];

describe('Cypher statements', () => {
  it('are all declared in server/src/cypher (and there are some)', () => {
    expect(statements.length).toBeGreaterThan(20);
  });

  for (const statement of statements) {
    it(`${statement.name} passes Neo4j's analyser with no error and no warning`, () => {
      const diagnostics = lintCypherQuery(statement.text, {
        labels,
        relationshipTypes,
        propertyKeys,
        parameters: parametersOf(statement.text),
      });
      expect(
        diagnostics.map((diagnostic) => `${diagnostic.severity === 1 ? 'error' : 'warning'}: ${diagnostic.message}`),
      ).toEqual([]);
    });
  }

  it('never splice input into their text: every value is a $parameter', () => {
    for (const statement of statements) {
      // String literals in statements are fixed vocabulary (FIXED_WORDS), never data.
      const literals = [...statement.text.matchAll(/'([^']*)'|"([^"]*)"/g)].map((match) => match[1] ?? match[2]);
      expect(
        literals.every((literal) => FIXED_WORDS.includes(literal ?? '')),
        statement.name,
      ).toBe(true);
    }
  });

  it('read as the snapshot says (review the diff when a statement changes)', () => {
    const text = statements
      .map((statement) => `// ${statement.name} (${statement.mode})\n${statement.text}`)
      .join('\n\n');
    expect(text).toMatchSnapshot();
  });
});
