import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planSeed, readSeedSources } from '../../../../seed/plan.js';
import { tidyText } from '../extract.js';
import { compareDocument, compareWithSeed, gazetteerOf, judgeMatches, Resolver } from './compare.js';
import { extractProposals } from './extract.js';
import type { ProposalDraft } from './types.js';

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

  const KDU = 'doc:kdu-referat-2021-11-05';
  const duty = (caseNumber: string | undefined): ProposalDraft => ({
    kind: 'ROLE',
    quote: { start: 0, end: 1 },
    rule: 'test',
    confidence: 1,
    person: { name: 'Robert Øyum Jakobsen', matches: [] },
    title: 'saksbehandler',
    ...(caseNumber ? { caseNumber } : {}),
  });

  it("counts a case's duty right only in the case the seed names", () => {
    const resolve = new Resolver(gazetteer);
    expect(compareWithSeed(plan, KDU, [duty('74/21')], { resolve }).correct).toBe(1);
    expect(compareWithSeed(plan, KDU, [duty('75/21')], { resolve }).correct).toBe(0);
    expect(compareWithSeed(plan, KDU, [duty(undefined)], { resolve }).correct).toBe(0);
  });

  it('leaves a seed role that rests only on a reading out of recall, and still counts a proposal of it right', () => {
    // "leder kompetansenettverket Orkdal/ØY" is read as the region's network: the seed marks it as a reading.
    const all = compareWithSeed(plan, KDU, []);
    expect(all.readings).toBeGreaterThan(0);
    const leader: ProposalDraft = {
      ...duty(undefined),
      person: { name: 'Hege Røttereng', matches: [] },
      title: 'leder',
      organization: { name: 'kompetansenettverket Orkdal/ØY', matches: [] },
    };
    const result = compareWithSeed(plan, KDU, [leader]);
    expect(result).toMatchObject({ correct: 1, found: 0, expected: all.expected });
  });

  it("counts attendance right only with the seed's typed attendance and the meeting's date", () => {
    const attendance = (word: ProposalDraft['attendance'], date: string): ProposalDraft => ({
      kind: 'ATTENDANCE',
      quote: { start: 0, end: 1 },
      rule: 'test',
      confidence: 1,
      person: { name: 'Per Øivind Sundell', matches: [] },
      attendance: word,
      date,
    });
    const figures = (draft: ProposalDraft) => compareDocument(plan, KDU, [draft], new Set()).ATTENDANCE.correct;
    expect(figures(attendance('ABSENT', '2021-11-05'))).toBe(1);
    expect(figures(attendance('PRESENT', '2021-11-05'))).toBe(0);
    expect(figures(attendance('ABSENT', '2021-11-06'))).toBe(0);
  });

  it('counts a body the graph does not know as a wrong body, not as none', () => {
    const seat = (onBehalfOf?: string): ProposalDraft => ({
      ...duty(undefined),
      person: { name: 'Beate Sandvik Meland', matches: [] },
      title: 'kommunedirektør',
      ...(onBehalfOf === undefined ? {} : { onBehalfOf: { name: onBehalfOf, matches: [] } }),
    });
    const correct = (draft: ProposalDraft) => compareWithSeed(plan, KDU, [draft]).correct;
    expect(correct(seat())).toBe(1);
    expect(correct(seat('Frøya'))).toBe(1);
    expect(correct(seat('Rennebu'))).toBe(0);
    expect(correct(seat('Frøya idrettslag'))).toBe(0);
  });

  it("counts a grant right only with the seed's recipient, when it names one", () => {
    const MESSAGE = 'doc:hmn-arlig-melding-2024-tillegg';
    const grant = (recipient?: string): ProposalDraft => ({
      kind: 'GRANT',
      quote: { start: 0, end: 1 },
      rule: 'test',
      confidence: 1,
      amountNok: 32_850_000,
      ...(recipient === undefined ? {} : { organization: { name: recipient, matches: [] } }),
    });
    const correct = (draft: ProposalDraft) => compareDocument(plan, MESSAGE, [draft], new Set()).GRANT.correct;
    expect(correct(grant())).toBe(1);
    expect(correct(grant('Helse Vest RHF'))).toBe(1);
    expect(correct(grant('Helse Sør-Øst RHF'))).toBe(0);
    expect(correct(grant('Helse Langtvekk RHF'))).toBe(0);
  });

  it('calls a best candidate that is another person than the seed means a false merge', () => {
    const document = plan.documents.find((candidate) => candidate.id === KDU);
    const text = tidyText(readFileSync(join(SEED, 'sources', document?.file ?? ''), 'utf8'));
    const row = 'Kari Frøseth\tDaglig leder\tx';
    const start = text.indexOf(row);
    const draft = (matchId: string, reason: 'INITIALS' | 'SPELLING' = 'INITIALS'): ProposalDraft => ({
      ...duty(undefined),
      quote: { start, end: start + row.length },
      person: { name: 'Kari Frøseth', matches: [{ id: matchId, reason, score: reason === 'SPELLING' ? 0.6 : 0.8 }] },
      title: 'Daglig leder',
    });
    const [wrong] = judgeMatches(plan, KDU, text, [draft('person:mons-otnes')]);
    expect(wrong).toMatchObject({ outcome: 'FALSE_MERGE', seedId: 'person:kari-froseth' });
    const [right] = judgeMatches(plan, KDU, text, [draft('person:kari-froseth')]);
    expect(right?.outcome).toBe('RIGHT');
    // A spelling-only candidate (0.6) is below the product's match floor: the name is proposed as new, so even the
    // right person counts as left new, never as right.
    const [weak] = judgeMatches(plan, KDU, text, [draft('person:kari-froseth', 'SPELLING')]);
    expect(weak?.outcome).toBe('LEFT_NEW');
  });
});
