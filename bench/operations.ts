import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type DefinitionNode, type DocumentNode, Kind, parse, print, visit } from 'graphql';

// Every GraphQL query the web client sends, read from its source (each graphql(`…`) call), with the
// fragments it spreads: what the round-trip test and the benchmarks run.

const CLIENT_SRC = join(import.meta.dirname, '..', 'client', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'generated') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Operation name → the operation's full document (with its fragments), printed. */
export function clientOperations(): Map<string, string> {
  const definitions: DefinitionNode[] = [];
  for (const file of sourceFiles(CLIENT_SRC)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/graphql\(`([\s\S]*?)`\)/g)) {
      definitions.push(...parse(match[1] as string).definitions);
    }
  }
  const fragments = new Map(
    definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [],
    ),
  );
  const operations = new Map<string, string>();
  for (const definition of definitions) {
    // Reads only: a mutation changes the graph it measures (mutations are tested in tests/auth.test.ts).
    if (definition.kind !== Kind.OPERATION_DEFINITION || !definition.name || definition.operation !== 'query') continue;
    const needed = new Set<string>();
    const collect = (node: DefinitionNode) =>
      visit(node, {
        FragmentSpread(spread) {
          if (needed.has(spread.name.value)) return;
          needed.add(spread.name.value);
          const fragment = fragments.get(spread.name.value);
          if (fragment) collect(fragment);
        },
      });
    collect(definition);
    const document: DocumentNode = {
      kind: Kind.DOCUMENT,
      definitions: [definition, ...[...needed].flatMap((name) => fragments.get(name) ?? [])],
    };
    operations.set(definition.name.value, print(document));
  }
  return operations;
}
