import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The full text of the source documents (seed/sources/<file>): what Document.text shows and what an edit's quote
// is checked against, with the same folding as the seed (domain/edits.ts quoteOffset).

/** Finds seed/sources/ from the source tree (server/src/data) and from the build (dist/server/src/data) alike. */
function sourcesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 7; i++) {
    const candidate = join(dir, 'seed', 'sources');
    try {
      if (readdirSync(candidate).some((name) => name.endsWith('.txt'))) return candidate;
    } catch {
      // not here; look one level up
    }
    dir = resolve(dir, '..');
  }
  throw new Error('Could not find seed/sources/ with the source documents');
}

const texts = new Map<string, string | null>();

/** The text of a source document by its file name (Document.file); null when there is no such file. */
export function documentText(file: string): string | null {
  if (!/^[\w.-]+\.txt$/.test(file)) return null;
  let text = texts.get(file);
  if (text === undefined) {
    try {
      text = readFileSync(join(sourcesDir(), file), 'utf8');
    } catch {
      text = null;
    }
    texts.set(file, text);
  }
  return text;
}
