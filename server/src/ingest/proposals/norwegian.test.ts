import { describe, expect, it } from 'vitest';
import {
  attendanceWord,
  findAmounts,
  isRate,
  leadingTitle,
  parseAmount,
  parseNorwegianDate,
  sentenceAround,
  speaksOfCost,
  speaksOfGrant,
} from './norwegian.js';

describe('Norwegian dates', () => {
  it('reads a day with a month name, a numeric day and a range of days', () => {
    expect(parseNorwegianDate('5. november 2021')).toEqual({ start: '2021-11-05', end: '2021-11-05' });
    expect(parseNorwegianDate('Møtedato: 17.04.2024  kl. 13.00 – 17.00')).toEqual({
      start: '2024-04-17',
      end: '2024-04-17',
    });
    expect(parseNorwegianDate('8. - 9. oktober 2020')).toEqual({ start: '2020-10-08', end: '2020-10-09' });
    expect(parseNorwegianDate('ASU 07.10.21, sak 36/21')).toEqual({ start: '2021-10-07', end: '2021-10-07' });
  });

  it('refuses what is no date', () => {
    expect(parseNorwegianDate('31. februar 2021')).toBeNull();
    expect(parseNorwegianDate('Tidspunkt: 1000-1300')).toBeNull();
    expect(parseNorwegianDate('9. - 8. oktober 2020')).toBeNull();
  });
});

describe('amounts in kroner', () => {
  it('reads kroner, millions with a decimal comma and thousands with spaces, as whole kroner', () => {
    expect(parseAmount('kr 1 500 000')).toBe(1_500_000);
    expect(parseAmount('1,5 mill')).toBe(1_500_000);
    expect(parseAmount('Helse Møre og Romsdal ble tildelt 8,564 mill. Det ble')).toBe(8_564_000);
    expect(parseAmount('150 mill. kroner')).toBe(150_000_000);
    expect(parseAmount('175 millioner kroner')).toBe(175_000_000);
    expect(parseAmount('25 000 kroner')).toBe(25_000);
    expect(parseAmount('kr 1.500.000')).toBe(1_500_000);
    // The annual message's "PSHT Møre og Romsdal fikk tildelt 6.105.000,- og skal …": ",-" marks kroner.
    expect(parseAmount('fikk tildelt 6.105.000,- og skal')).toBe(6_105_000);
  });

  it('reads no amount in a number without kroner or millions', () => {
    expect(findAmounts('fra 193 i 2023 til 85 i 2024')).toEqual([]);
    expect(findAmounts('Sak 15/20')).toEqual([]);
  });
});

describe('what makes an amount a grant', () => {
  it('finds the sentence of an amount across line breaks, ending at its own "mill." before a capital', () => {
    const text = 'samarbeidsutvalg.\nHelse Møre og Romsdal ble tildelt 8,564 mill. Det ble utarbeidet';
    const amount = text.indexOf('8,564');
    const around = sentenceAround(text, amount, amount + '8,564 mill.'.length);
    expect(text.slice(around.start, around.end)).toBe('Helse Møre og Romsdal ble tildelt 8,564 mill.');
    const wrapped =
      'nøkkelen. Det innebærer 92,85 mill.\nkroner til Helse Sør-Øst RHF, 32,85 mill. kroner til Helse Vest RHF. Neste';
    const at = wrapped.indexOf('32,85');
    const sentence = sentenceAround(wrapped, at, at + '32,85 mill.'.length);
    expect(wrapped.slice(sentence.start, sentence.end)).toBe(
      'Det innebærer 92,85 mill.\nkroner til Helse Sør-Øst RHF, 32,85 mill. kroner til Helse Vest RHF.',
    );
  });

  it('knows words of granting, inside compounds too', () => {
    for (const sentence of [
      'Helse Møre og Romsdal ble tildelt 8,564 mill.',
      'er det varig bevilget 150 mill. kroner i et rekrutterings- og samhandlingstilskudd',
      'finansiert ved kr 150 000 i skjønnsmidler fra Statsforvalteren',
      'er nå blitt innvilget av Norges forskningsråd, med 7 mill.',
    ])
      expect(speaksOfGrant(sentence), sentence).toBe(true);
    expect(speaksOfGrant('Det innebærer at formidlingen koster 2 mill.')).toBe(false);
    // A stem that other words begin with counts only as its own word.
    expect(['Det er en midlertidig løsning', 'Fordelen er stor', 'Det gir fordeler'].map(speaksOfGrant)).toEqual([
      false,
      false,
      false,
    ]);
    expect(['fordelt på kommunene', 'fordelingen av midlene', 'skjønnsmidlar'].map(speaksOfGrant)).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('tells a rate, a cost and a change from a grant', () => {
    expect(['per halvår til å fullføre', ' per år', ' pr. time', ' i timen', '/år'].map(isRate)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect([' til Helse Vest RHF', ' i skjønnsmidler', ' i et tilskudd', ' for 2025'].map(isRate)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(
      speaksOfCost('har i perioden 2021 til 2024 økt fra i underkant av 80 millioner kroner til 175 millioner kroner.'),
    ).toBe(true);
    expect(
      speaksOfCost(
        'I forbindelse med innføringen av Helseplattformen i 2024 økte innleie markant til i overkant av 80 mill. kr.',
      ),
    ).toBe(true);
    expect(speaksOfCost('Andel innleiekostnader av lønns- og personalkostnader')).toBe(true);
    expect(speaksOfCost('Helse Møre og Romsdal ble tildelt 8,564 mill.')).toBe(false);
    expect(speaksOfCost('Det innebærer 92,85 mill. kroner til Helse Sør-Øst RHF')).toBe(false);
  });
});

describe('attendance words and titles', () => {
  it('reads each attendance wording', () => {
    expect(
      [
        'x',
        'Til stede',
        'Ikke til stede',
        'møtte ikke',
        'Til stede på deler av møtet',
        'dag 1',
        'På sak 74/21',
        'Rolle',
      ].map(attendanceWord),
    ).toEqual(['PRESENT', 'PRESENT', 'ABSENT', 'ABSENT', 'PARTLY', 'PARTLY', 'FOR_CASE', null]);
  });

  it('reads the longest title a text begins with, as a whole word', () => {
    expect(leadingTitle('varaordfører')).toBe('varaordfører');
    expect(leadingTitle('Kommunedirektør, Frøya')).toBe('Kommunedirektør');
    expect(leadingTitle('Daglig leder')).toBe('Daglig leder');
    expect(leadingTitle('Ledernettverket')).toBeNull();
  });
});
