import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { planSeed, readSeedSources } from './plan.js';

// Provenance of the real seed: every quote and every spelling occurs in the document it cites. This reads
// the files independently of the loader, so a bug in the loader cannot hide a quote the text lacks.

const seedDir = import.meta.dirname;
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

interface RawFile {
  document: { id: string; file: string };
  entities?: { id: string; aliases?: string[]; quote: string | string[] }[];
  roles?: { quote: string | string[] }[];
  relations?: { quote: string | string[] }[];
}

const files = readdirSync(join(seedDir, 'data'))
  .filter((name) => name.endsWith('.yaml') && name !== 'decisions.yaml')
  .map(
    (name) => [name, parse(readFileSync(join(seedDir, 'data', name), 'utf8'), { schema: 'core' }) as RawFile] as const,
  );

describe('the seed files', () => {
  it('cover all five source documents', () => {
    const cited = new Set(files.map(([, file]) => file.document.file));
    const sources = readdirSync(join(seedDir, 'sources')).filter((name) => name.endsWith('.txt'));
    expect([...cited].sort()).toEqual(sources.sort());
  });

  for (const [name, file] of files) {
    it(`${name}: every quote and alias occurs verbatim in ${file.document.file}`, () => {
      const text = fold(readFileSync(join(seedDir, 'sources', file.document.file), 'utf8'));
      const missing: string[] = [];
      const records = [...(file.entities ?? []), ...(file.roles ?? []), ...(file.relations ?? [])];
      for (const record of records) {
        for (const quote of typeof record.quote === 'string' ? [record.quote] : record.quote) {
          if (!text.includes(fold(quote))) missing.push(quote);
        }
      }
      for (const entity of file.entities ?? []) {
        for (const alias of entity.aliases ?? []) if (!text.includes(fold(alias))) missing.push(alias);
      }
      expect(missing).toEqual([]);
      expect(records.length).toBeGreaterThan(0);
    });
  }

  it('load into a valid plan where every fact has at least one citation', () => {
    const plan = planSeed(readSeedSources(seedDir));
    const uncited = [
      ...plan.entities
        .filter((entity) => entity.kind !== 'DOCUMENT' && entity.citationIds.length === 0)
        .map((e) => e.id),
      ...plan.roles.filter((role) => role.citationIds.length === 0).map((role) => role.id),
      ...plan.relations.filter((relation) => relation.citationIds.length === 0).map((relation) => relation.id),
    ];
    expect(uncited).toEqual([]);
  });
});
