import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planSeed, readSeedSources } from '../../../../seed/plan.js';
import { tidyText } from '../extract.js';
import { compareWithSeed, gazetteerOf } from './compare.js';
import { extractProposals } from './extract.js';

// The proposals of the seed's own documents against the seed's curated roles, with the full graph as gazetteer.

const SEED = join(import.meta.dirname, '../../../../seed');
const plan = planSeed(readSeedSources(SEED));
const gazetteer = gazetteerOf(plan);

function compare(documentId: string) {
  const document = plan.documents.find((candidate) => candidate.id === documentId);
  if (!document) throw new Error(`no document ${documentId}`);
  const text = tidyText(readFileSync(join(SEED, 'sources', document.file), 'utf8'));
  return compareWithSeed(plan, documentId, extractProposals(text, gazetteer));
}

describe('the proposals against the seed', () => {
  it("proposes the KDU table's roles and the case duties, nearly all right", () => {
    const kdu = compare('doc:kdu-referat-2021-11-05');
    expect(kdu.precision).toBeGreaterThanOrEqual(0.95);
    expect(kdu.found).toBeGreaterThanOrEqual(30);
  });

  it("proposes the annual report's council table mostly right", () => {
    const report = compare('doc:arsrapport-2022');
    expect(report.precision).toBeGreaterThanOrEqual(0.95);
    expect(report.found).toBeGreaterThanOrEqual(60);
  });

  it('counts a seed role as missed when no proposal states it', () => {
    const none = compareWithSeed(plan, 'doc:kdu-referat-2021-11-05', []);
    expect(none.found).toBe(0);
    expect(none.recall).toBe(0);
    expect(none.missed).toHaveLength(none.expected);
  });
});
