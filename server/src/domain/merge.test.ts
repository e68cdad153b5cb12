import { describe, expect, it } from 'vitest';
import { candidatePairs, isInitialForm } from './merge.js';

describe('merge candidates', () => {
  it('an initial stands for a written-out name, the surname never', () => {
    expect(isInitialForm('K. Strømskag', 'Kristin Strømskag')).toBe(true);
    expect(isInitialForm('Kristin S.', 'Kristin Strømskag')).toBe(false);
    expect(isInitialForm('K. Strømskag', 'Karin Hansen')).toBe(false);
    expect(isInitialForm('Kristin Strømskag', 'Kristin Strømskag')).toBe(false);
  });

  it('pairs spellings of one kind, once, with the strongest reason', () => {
    const pairs = candidatePairs([
      { id: 'person:b', kind: 'PERSON', name: 'Kristin F. Strømskag', aliases: ['Kristin Stromskag'] },
      { id: 'person:a', kind: 'PERSON', name: 'Kristin Strømskag', aliases: [] },
      { id: 'person:c', kind: 'PERSON', name: 'K. Strømskag', aliases: [] },
      { id: 'org:x', kind: 'ORGANIZATION', name: 'Kristin Strømskag', aliases: [] },
      { id: 'org:y', kind: 'ORGANIZATION', name: 'Frøya kommune', aliases: [] },
      { id: 'org:z', kind: 'ORGANIZATION', name: 'Froya Kommune', aliases: [] },
    ]);
    expect(pairs).toEqual([
      { a: 'org:y', b: 'org:z', reason: 'SAME_SPELLING' },
      { a: 'person:a', b: 'person:b', reason: 'SAME_SPELLING' },
      { a: 'person:a', b: 'person:c', reason: 'INITIALS' },
      { a: 'person:b', b: 'person:c', reason: 'INITIALS' },
    ]);
  });
});
