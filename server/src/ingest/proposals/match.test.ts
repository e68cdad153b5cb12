import { describe, expect, it } from 'vitest';
import { isPerson, matchName, sameButInitials, withinOneEdit } from './match.js';
import type { Gazetteer } from './types.js';

const gazetteer: Gazetteer = [
  { id: 'person:ole-haugen', kind: 'PERSON', names: ['Ole L. Haugen'] },
  { id: 'person:beate-meland', kind: 'PERSON', names: ['Beate Sandvik Meland'] },
  { id: 'person:liv-hagensen', kind: 'PERSON', names: ['Liv Aagot Hågensen', 'Liv Ågot Hågensen'] },
  { id: 'person:robert', kind: 'PERSON', names: ['Robert Øyum-Jakobsen'] },
  { id: 'person:per-sundell', kind: 'PERSON', names: ['Per Øivind Sundell'] },
  { id: 'mun:hitra', kind: 'MUNICIPALITY', names: ['Hitra'] },
];

const persons = (name: string) => matchName(name, gazetteer, isPerson);

describe('matching a name as written', () => {
  it('finds the same folded name, across hyphens and spacing', () => {
    expect(persons('Robert Øyum -Jakobsen').matches).toEqual([{ id: 'person:robert', reason: 'SAME_NAME', score: 1 }]);
  });

  it('finds a name that differs by initials: "Ole Haugen" is "Ole L. Haugen", "Per Ø. Sundell" is "Per Øivind Sundell"', () => {
    expect(persons('Ole Haugen').matches.map((m) => [m.id, m.reason])).toEqual([['person:ole-haugen', 'INITIALS']]);
    expect(persons('Per Ø. Sundell').matches.map((m) => [m.id, m.reason])).toEqual([
      ['person:per-sundell', 'INITIALS'],
    ]);
    expect(sameButInitials('Per Ø. Sundell', 'Per Øivind Sandell')).toBe(false);
  });

  it('finds an alias, ranked below the same name', () => {
    const mention = persons('Liv Ågot Hågensen');
    // Both names fold alike ("aa" is å), so the entity's own name wins over its alias.
    expect(mention.matches).toEqual([{ id: 'person:liv-hagensen', reason: 'SAME_NAME', score: 1 }]);
    const aliasOnly = matchName(
      'Liv Ågot Hågensen',
      [{ id: 'p', kind: 'PERSON', names: ['L. Hågensen', 'Liv Ågot Hågensen'] }],
      isPerson,
    );
    expect(aliasOnly.matches).toEqual([{ id: 'p', reason: 'ALIAS', score: 0.95 }]);
  });

  it('finds a spelling one edit away ("Beathe" for "Beate"), and only on names of five letters or more', () => {
    expect(persons('Beathe Sandvik Meland').matches.map((m) => [m.id, m.reason])).toEqual([
      ['person:beate-meland', 'SPELLING'],
    ]);
    expect(withinOneEdit('abcd', 'abce')).toBe(true);
    expect(withinOneEdit('abcd', 'abef')).toBe(false);
    expect(matchName('Hitr', gazetteer, () => true).matches).toEqual([]);
    expect(matchName('Hitraa', gazetteer, () => true).matches.map((m) => m.reason)).toEqual(['SAME_NAME']);
  });

  it('proposes a new entity for a name nobody has, and never matches across kinds', () => {
    expect(persons('Emil Raaen')).toEqual({ name: 'Emil Raaen', matches: [] });
    expect(persons('Hitra').matches).toEqual([]);
  });

  it('ranks several candidates best first', () => {
    const two: Gazetteer = [
      { id: 'b', kind: 'PERSON', names: ['Ole Haugen'] },
      { id: 'a', kind: 'PERSON', names: ['Ole L. Haugen'] },
    ];
    expect(matchName('Ole Haugen', two, isPerson).matches.map((m) => [m.id, m.reason])).toEqual([
      ['b', 'SAME_NAME'],
      ['a', 'INITIALS'],
    ]);
  });
});
