import { type DbSchema, lintCypherQuery, type Neo4jProcedure, testData } from '@neo4j-cypher/language-support';
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
import { type Engine, type Statement, textOn } from '../graph/statement.js';
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

// Neo4j 5's own procedures (the analyser's registry), so that a call is checked for its name, arguments and yields.
const NEO4J_PROCEDURES = testData.mockSchema.procedures?.['CYPHER 5'] ?? {};

/** Grafeo's text search, as its docs give it: grafeo.search.text(label, property, query, k) :: (node_id, score). */
const GRAFEO_TEXT_SEARCH: Neo4jProcedure = {
  name: 'grafeo.search.text',
  description: "BM25 search of a Grafeo text index (Grafeo's own procedure; not in Neo4j).",
  mode: 'READ',
  worksOnSystem: false,
  signature:
    'grafeo.search.text(label :: STRING, property :: STRING, query :: STRING, k :: INTEGER) :: (node_id :: INTEGER, score :: FLOAT)',
  argumentDescription: [
    { name: 'label', description: 'The label of the indexed nodes.', type: 'STRING', isDeprecated: false },
    { name: 'property', description: 'The indexed property.', type: 'STRING', isDeprecated: false },
    { name: 'query', description: 'The query text.', type: 'STRING', isDeprecated: false },
    { name: 'k', description: 'How many nodes at most.', type: 'INTEGER', isDeprecated: false },
  ],
  returnDescription: [
    { name: 'node_id', description: "The node's internal id.", type: 'INTEGER', isDeprecated: false },
    { name: 'score', description: 'Its BM25 score.', type: 'FLOAT', isDeprecated: false },
  ],
  admin: false,
  option: { deprecated: false },
};

const PROCEDURES: Record<Engine, DbSchema['procedures']> = {
  neo4j: { 'CYPHER 5': NEO4J_PROCEDURES },
  grafeo: { 'CYPHER 5': { ...NEO4J_PROCEDURES, [GRAFEO_TEXT_SEARCH.name]: GRAFEO_TEXT_SEARCH } },
};

/**
 * What the analyser warns of that a Grafeo text has for a reason: Grafeo's text search yields its internal node id,
 * which only id() matches (Neo4j deprecates id() for elementId(), which Grafeo does not have for these ids).
 */
const GRAFEO_ACCEPTED = [/The query used a deprecated function.*\bid\b/];

/** The texts a statement runs as: one for both engines, or one per engine. */
function textsOf(statement: Statement): [Engine | 'both', string][] {
  if (!statement.texts) return [['both', statement.text]];
  return (['neo4j', 'grafeo'] as const).map((engine) => [engine, textOn(statement, engine)]);
}

function parametersOf(text: string): Record<string, unknown> {
  return Object.fromEntries([...text.matchAll(/\$(\w+)/g)].map((match) => [match[1], null]));
}

const statements = declaredStatements();

// String literals allowed in statement text: fixed vocabulary, never data.
const FIXED_WORDS = [
  'BOTH',
  'OUT',
  'IN',
  ' ',
  'HOLDS_ROLE',
  'REPRESENTS',
  'PROJECT',
  'FUNDER',
  'RECIPIENT',
  // how a search hit was found
  'NAME',
  'SEAT',
  // text indexes: their names, labels and properties, Lucene's "required" mark and the analyser
  'entity_search_text',
  'entity_spell_text',
  'role_title_text',
  'Entity',
  'Role',
  'searchText',
  'spellText',
  'titleText',
  ' +',
  '',
  'whitespace',
];

describe('Cypher statements', () => {
  it('are all declared in server/src/cypher (and there are some)', () => {
    expect(statements.length).toBeGreaterThan(20);
  });

  for (const statement of statements) {
    for (const [engine, text] of textsOf(statement)) {
      const on = engine === 'both' ? '' : ` (${engine})`;
      it(`${statement.name}${on} passes Neo4j's analyser with no error and no warning`, () => {
        const diagnostics = lintCypherQuery(text, {
          labels,
          relationshipTypes,
          propertyKeys,
          parameters: parametersOf(text),
          procedures: PROCEDURES[engine === 'both' ? 'neo4j' : engine],
        });
        const messages = diagnostics
          .map((diagnostic) => `${diagnostic.severity === 1 ? 'error' : 'warning'}: ${diagnostic.message}`)
          .filter((message) => engine !== 'grafeo' || !GRAFEO_ACCEPTED.some((accepted) => accepted.test(message)));
        expect(messages).toEqual([]);
      });
    }
  }

  it('never splice input into their text: every value is a $parameter', () => {
    for (const [, text] of statements.flatMap((statement) => textsOf(statement))) {
      // String literals in statements are fixed vocabulary (FIXED_WORDS), never data.
      const literals = [...text.matchAll(/'([^']*)'|"([^"]*)"/g)].map((match) => match[1] ?? match[2]);
      expect(
        literals.filter((literal) => !FIXED_WORDS.includes(literal ?? '')),
        text,
      ).toEqual([]);
    }
  });

  it('read as the snapshot says (review the diff when a statement changes)', () => {
    const text = statements
      .flatMap((statement) =>
        textsOf(statement).map(
          ([engine, text]) =>
            `// ${statement.name} (${statement.mode}${engine === 'both' ? '' : `, ${engine}`})\n${text}`,
        ),
      )
      .join('\n\n');
    expect(text).toMatchSnapshot();
  });
});
