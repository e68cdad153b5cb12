import { describe, expect, it } from 'vitest';
import { relationChoices, relationCorrection, roleCorrection } from '../../client/src/lib/edit-forms.js';
import { aliasList, parseKroner, vocabularyKey } from '../../client/src/lib/edits.js';

// What the proposal forms make of what an editor typed: amounts as Norwegians write them, spellings one per line,
// the relations a page's entity can have, and corrections that send only what changed.

describe('an amount typed in kroner', () => {
  it('reads "1 500 000" with ordinary, no-break and narrow no-break spaces, dots, and kr around it', () => {
    for (const text of [
      '1 500 000',
      '1\u00a0500\u00a0000',
      '1\u202f500\u202f000',
      '1.500.000',
      'kr 1 500 000,-',
      '1500000 kr',
    ]) {
      expect(parseKroner(text), text).toBe(1_500_000);
    }
    expect(parseKroner('750 000')).toBe(750_000);
  });

  it('refuses øre, misplaced groups, zero and words, rather than guessing', () => {
    for (const text of ['1 500 000,50', '15 00 000', '0', 'en million', '1,5 mill.', '-200 000', '']) {
      expect(parseKroner(text), text).toBeNull();
    }
  });
});

describe('other spellings typed one per line', () => {
  it('keeps each once, trimmed, with runs of spaces as one, and drops blank lines', () => {
    expect(aliasList('IPR  Trøndelag sørvest\n\n IPR ; IPR\nLakseregionen ')).toEqual([
      'IPR Trøndelag sørvest',
      'IPR',
      'Lakseregionen',
    ]);
  });
});

describe('the relations an entity can be given from its page', () => {
  it('offers an organisation both sides of a membership, and a project its participants, but no grant relations', () => {
    const organisation = relationChoices('ORGANIZATION');
    expect(organisation).toContainEqual(expect.objectContaining({ type: 'MEMBER_OF', outgoing: true }));
    expect(organisation).toContainEqual(
      expect.objectContaining({
        type: 'MEMBER_OF',
        outgoing: false,
        others: ['MUNICIPALITY', 'ORGANIZATION', 'UNIVERSITY'],
      }),
    );
    expect(organisation.map((choice) => choice.type)).not.toContain('GRANTED_BY');
    const project = relationChoices('PROJECT');
    expect(project).toContainEqual(expect.objectContaining({ type: 'PARTICIPATES_IN', outgoing: false }));
    expect(project.some((choice) => choice.type === 'PARTICIPATES_IN' && choice.outgoing)).toBe(false);
  });
});

describe('a correction sends only what changed', () => {
  const role = { id: 'role:1', version: 2, title: 'leder', start: '2020-01-01', end: null, onBehalfOf: null };

  it('leaves out what stayed, and clears what was emptied', () => {
    expect(roleCorrection(role, { title: 'leder', start: '2020-01-01', end: '', onBehalfOf: null })).toBeNull();
    expect(roleCorrection(role, { title: ' nestleder ', start: '', end: '2023-06-30', onBehalfOf: null })).toEqual({
      title: 'nestleder',
      start: null,
      end: '2023-06-30',
    });
    const froya = { id: 'municipality:froya', name: 'Frøya', kind: 'MUNICIPALITY' as const };
    expect(roleCorrection(role, { title: 'leder', start: '2020-01-01', end: '', onBehalfOf: froya })).toEqual({
      onBehalfOf: 'municipality:froya',
    });
    const relation = { id: 'rel:1', version: 0, as: 'vertskommune', start: null, end: null };
    expect(relationCorrection(relation, { as: '', start: '', end: '' })).toEqual({ as: null });
    expect(relationCorrection(relation, { as: 'vertskommune', start: '', end: '' })).toBeNull();
  });
});

describe('a changed value in the review queue', () => {
  it("reads an entity's kind and a relation's type in words, and leaves other values as they are", () => {
    expect(vocabularyKey('kind', 'PROJECT')).toBe('kind.PROJECT');
    expect(vocabularyKey('type', 'MEMBER_OF')).toBe('rel.MEMBER_OF');
    // An organisation's type is the source's own word, not the vocabulary's.
    expect(vocabularyKey('type', 'råd')).toBeNull();
    expect(vocabularyKey('name', 'PROJECT')).toBeNull();
  });
});
