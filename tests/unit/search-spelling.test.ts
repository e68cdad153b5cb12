import { describe, expect, it } from 'vitest';
import { spellingVariants, withinOneEdit } from '../../server/src/domain/names.js';

// What "one letter off" means to search: a typo a user makes, not a different name.

describe('withinOneEdit', () => {
  it.each([
    ['astadd', 'astad', 'a letter added'],
    ['asad', 'astad', 'a letter left out'],
    ['astsd', 'astad', 'a letter changed'],
    ['atsad', 'astad', 'two neighbours swapped'],
    ['hitre', 'hitra', 'the last letter changed'],
    ['hitra', 'hitra', 'the same word'],
  ])('%s is one edit from %s (%s)', (typed, name) => {
    expect(withinOneEdit(typed, name)).toBe(true);
    expect(withinOneEdit(name, typed)).toBe(true);
  });

  it.each([
    ['astaddd', 'astad', 'two letters added'],
    ['stada', 'astad', 'a letter moved from the front to the back'],
    ['froya', 'frosta', 'two letters changed and one added'],
    ['orkdal', 'orkland', 'a letter changed and one added'],
  ])('%s is more than one edit from %s (%s)', (typed, name) => {
    expect(withinOneEdit(typed, name)).toBe(false);
    expect(withinOneEdit(name, typed)).toBe(false);
  });
});

describe('spellingVariants', () => {
  it('holds the word and each word with one letter left out, once each', () => {
    expect(spellingVariants('astad').sort()).toEqual(['asad', 'astad', 'astd', 'asta', 'stad', 'atad'].sort());
  });
});
