import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Finds schema/ from the source tree (server/src) and from the build (dist/server/src) alike.
function schemaDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'schema');
    try {
      if (readdirSync(candidate).some((name) => name.endsWith('.graphql'))) return candidate;
    } catch {
      // not here; look one level up
    }
    dir = resolve(dir, '..');
  }
  throw new Error('Could not find the schema/ folder with the .graphql files');
}

/** The SDL of every file in schema/, in a stable order. */
export function loadTypeDefs(): string[] {
  const dir = schemaDir();
  return readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'));
}
