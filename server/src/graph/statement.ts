/** A named, parameterised Cypher statement. Every statement of the project is declared in server/src/cypher/. */
export interface Statement {
  readonly name: string;
  readonly text: string;
  readonly mode: 'read' | 'write';
}

const registry = new Map<string, Statement>();

function declare(name: string, text: string, mode: 'read' | 'write'): Statement {
  if (registry.has(name)) throw new Error(`Cypher statement declared twice: ${name}`);
  const statement = Object.freeze({ name, text: text.trim().replace(/\s+\n/g, '\n'), mode });
  registry.set(name, statement);
  return statement;
}

/** Declares a read-only statement. */
export function readStatement(name: string, text: string): Statement {
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
