/** The engines behind the storage port. */
export type Engine = 'neo4j' | 'grafeo';

/**
 * A named, parameterised Cypher statement. Every statement of the project is declared in server/src/cypher/.
 * Most run as one text on both engines; a few (the text-index lookups, whose procedures differ) carry a text per
 * engine in `texts`, both linted and snapshot-tested, and `text` is then the Neo4j one.
 */
export interface Statement {
  readonly name: string;
  readonly text: string;
  readonly mode: 'read' | 'write';
  readonly texts?: Readonly<Record<Engine, string>>;
}

const registry = new Map<string, Statement>();

const tidy = (text: string) => text.trim().replace(/\s+\n/g, '\n');

function declare(name: string, text: string | Record<Engine, string>, mode: 'read' | 'write'): Statement {
  if (registry.has(name)) throw new Error(`Cypher statement declared twice: ${name}`);
  const statement: Statement =
    typeof text === 'string'
      ? Object.freeze({ name, text: tidy(text), mode })
      : Object.freeze({
          name,
          text: tidy(text.neo4j),
          mode,
          texts: Object.freeze({ neo4j: tidy(text.neo4j), grafeo: tidy(text.grafeo) }),
        });
  registry.set(name, statement);
  return statement;
}

/** The text a statement runs as on `engine`. */
export function textOn(statement: Statement, engine: Engine): string {
  return statement.texts?.[engine] ?? statement.text;
}

/** Declares a read-only statement: one text for both engines, or one per engine. */
export function readStatement(name: string, text: string | Record<Engine, string>): Statement {
  return declare(name, text, 'read');
}

/** Declares a statement that writes. */
export function writeStatement(name: string, text: string): Statement {
  return declare(name, text, 'write');
}

/** Every statement declared so far (import cypher/index.js first to declare them all). */
export function declaredStatements(): Statement[] {
  return [...registry.values()];
}
