import { describe, expect, it } from 'vitest';
import { compareNames, foldedWords, foldName, personKey, searchKeys } from './names.js';

describe('foldName', () => {
  it('folds Norwegian letters so that Froya finds Frøya and Orkland stays Orkland', () => {
    expect(foldName('Frøya')).toBe(foldName('Froya'));
    expect(foldName('Orkland')).toBe('orkland');
    expect(foldName('Ørland')).toBe('orland');
    expect(foldName('Næringsråd')).toBe('naeringsrad');
  });

  it('treats aa as the older spelling of å (Aagot = Ågot)', () => {
    expect(foldName('Liv Aagot Hågensen')).toBe(foldName('Liv Ågot Hågensen'));
    expect(foldName('Hågensen')).toBe(foldName('hagensen'));
  });

  it('ignores case, hyphens and spacing around them', () => {
    const spellings = [
      'Robert Øyum -Jakobsen',
      'Robert Øyum-Jakobsen',
      'Robert Øyum Jakobsen',
      'ROBERT ØYUM  JAKOBSEN',
    ];
    expect(new Set(spellings.map(foldName)).size).toBe(1);
  });

  it('drops accents from other languages', () => {
    expect(foldName('Café Ödegård')).toBe('cafe odegard');
  });

  it('yields no words for text without letters or digits', () => {
    expect(foldedWords('  – / ')).toEqual([]);
    expect(foldedWords('Trøndelag sørvest')).toEqual(['trondelag', 'sorvest']);
  });
});

describe('personKey', () => {
  it('joins spellings with and without initials', () => {
    expect(personKey('Kristin F. Strømskag')).toBe(personKey('Kristin Strømskag'));
    expect(personKey('Ole L. Haugen')).toBe(personKey('Ole L Haugen'));
    expect(personKey('Line W. Raustein')).toBe(personKey('Line Raustein'));
  });

  it('keeps different people apart', () => {
    expect(personKey('Geir Meland')).not.toBe(personKey('Beate Sandvik Meland'));
    expect(personKey('Ole L. Haugen')).not.toBe(personKey('Knut Haugen'));
  });
});

describe('searchKeys', () => {
  it('holds the folded name and every alias once', () => {
    expect(searchKeys('Frøya', ['Frøya kommune', 'FRØYA'])).toEqual(['froya', 'froya kommune']);
  });
});

describe('compareNames', () => {
  it('sorts in Norwegian alphabetical order: Ø after O and Z, Å last', () => {
    expect(['Åfjord', 'Ørland', 'Orkland', 'Aure', 'Hitra'].sort(compareNames)).toEqual([
      'Aure',
      'Hitra',
      'Orkland',
      'Ørland',
      'Åfjord',
    ]);
  });
});
