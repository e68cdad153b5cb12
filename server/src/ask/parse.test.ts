import { describe, expect, it } from 'vitest';
import { buildGazetteer, type NamedEntity } from './gazetteer.js';
import { parseQuestion, type Reading } from './parse.js';
import { readTime } from './time.js';

// The parser on a small graph vocabulary built here (the acceptance set, tests/ask/, asks the seeded graph).

const entity = (id: string, kind: NamedEntity['kind'], name: string, aliases: string[] = []): NamedEntity => ({
  id,
  kind,
  name,
  aliases,
});
const gazetteer = buildGazetteer(
  [
    entity('municipality:froya', 'MUNICIPALITY', 'Frøya', ['Frøya kommune']),
    entity('municipality:hitra', 'MUNICIPALITY', 'Hitra'),
    entity('municipality:orland', 'MUNICIPALITY', 'Ørland'),
    entity('org:kdu', 'ORGANIZATION', 'Kommunedirektørutvalget', ['KDU', 'kommunedirektørutvalget']),
    entity('org:au', 'ORGANIZATION', 'Arbeidsutvalget', ['AU']),
    entity('org:au-other', 'ORGANIZATION', 'Arbeidsutvalg i søndre', ['AU']),
    entity('org:helse-vest', 'ORGANIZATION', 'Helse Vest RHF'),
    entity('person:beate', 'PERSON', 'Beate Sandvik Meland', ['Beathe Sandvik Meland']),
    entity('person:kari', 'PERSON', 'Kari Frøseth'),
    entity('project:harmoni', 'PROJECT', 'HARMONI'),
    entity('project:dekom', 'PROJECT', 'Dekom'),
    entity('funder:nfr', 'FUNDER', 'Norges forskningsråd'),
    entity('meeting:kdu-2021-11-05', 'MEETING', 'KDU 5. november 2021'),
  ],
  ['Ordfører', 'Kommunedirektør', 'rådmann', 'leder', 'medlem', 'daglig leder'],
);

const read = (question: string) => parseQuestion(question, gazetteer);
const reading = (question: string): Reading => {
  const parsed = read(question);
  if (!parsed.understood) throw new Error(`not understood: ${question}: ${parsed.reason}`);
  return parsed;
};

describe('question shapes', () => {
  it('reads who represents a municipality in a body, in Norwegian and English, by short form', () => {
    for (const question of [
      'Hvem representerer Frøya i KDU?',
      'who represents froya in the KDU',
      'Hvem er Frøyas representant i KDU?',
    ]) {
      expect(reading(question)).toMatchObject({
        shape: 'REPRESENTATIVES',
        subject: { id: 'municipality:froya' },
        other: { id: 'org:kdu' },
      });
    }
    expect(reading('Who represents Frøya in KDU?').language).toBe('EN');
    expect(reading('Hvem representerer Frøya i KDU?').language).toBe('NB');
  });
  it("reads a municipality's contact in a body as its representatives", () => {
    expect(reading('Hvem er Hitra sin kontaktperson i kommunedirektørutvalget?')).toMatchObject({
      shape: 'REPRESENTATIVES',
      subject: { id: 'municipality:hitra' },
      other: { id: 'org:kdu' },
    });
  });
  it('reads who holds a title, with the title synonyms (rådmann, mayor, chief executive)', () => {
    expect(reading('Hvem er ordfører i Hitra?')).toMatchObject({
      shape: 'TITLE_HOLDER',
      title: 'ordforer',
      subject: { id: 'municipality:hitra' },
    });
    expect(reading('Who is the mayor of Hitra?')).toMatchObject({ shape: 'TITLE_HOLDER', title: 'ordforer' });
    expect(reading('hvem er rådmann i Ørland')).toMatchObject({
      title: 'kommunedirektor',
      titleDisplay: 'kommunedirektør',
    });
    expect(reading('Who is the chief executive of Ørland?')).toMatchObject({ title: 'kommunedirektor' });
    expect(reading('Who chairs Arbeidsutvalget?')).toMatchObject({ title: 'leder', subject: { id: 'org:au' } });
  });
  it('reads now, before, a day, a month and a year', () => {
    expect(reading('Hvem var kommunedirektør i Ørland før?').time).toEqual({ kind: 'before' });
    expect(reading('Hvem er ordfører i Hitra nå?').time).toEqual({ kind: 'now' });
    expect(reading('Hvem var ordfører i Hitra per 1. mars 2022?').time).toEqual({ kind: 'day', day: '2022-03-01' });
    expect(reading('Hvem var ordfører i Hitra i november 2021?').time).toMatchObject({
      kind: 'period',
      from: '2021-11-01',
      to: '2021-11-30',
    });
    expect(reading('Who was mayor of Hitra in 2021?').time).toMatchObject({
      kind: 'period',
      from: '2021-01-01',
      to: '2021-12-31',
      year: 2021,
    });
  });
  it("reads a person's seats and who the person is", () => {
    expect(reading('Hvilke verv har Kari Frøseth?')).toMatchObject({
      shape: 'SEATS_OF_PERSON',
      subject: { id: 'person:kari' },
    });
    expect(reading('Who is Kari Frøseth?')).toMatchObject({ shape: 'SEATS_OF_PERSON' });
  });
  it('reads members of a body, and what an entity is a member of, by word order', () => {
    expect(reading('Hvem sitter i KDU?')).toMatchObject({ shape: 'MEMBERS', subject: { id: 'org:kdu' } });
    expect(reading('Who are the members of KDU?')).toMatchObject({ shape: 'MEMBERS' });
    expect(reading('Hva er Frøya medlem av?')).toMatchObject({
      shape: 'MEMBER_OF',
      subject: { id: 'municipality:froya' },
    });
    expect(reading('What is Frøya a member of?')).toMatchObject({ shape: 'MEMBER_OF' });
  });
  it('reads participants, universities, funding by recipient, by funder and by year', () => {
    expect(reading('Hvilke kommuner deltar i Dekom?')).toMatchObject({
      shape: 'PARTICIPANTS',
      kind: 'MUNICIPALITY',
      subject: { id: 'project:dekom' },
    });
    expect(reading('Hvilke høgskoler samarbeider med HARMONI?')).toMatchObject({
      shape: 'UNIVERSITIES',
      kind: 'UNIVERSITY',
    });
    expect(reading('Hvor mye fikk HARMONI?')).toMatchObject({
      shape: 'FUNDING_RECEIVED',
      subject: { id: 'project:harmoni' },
    });
    expect(reading('How much did Norges forskningsråd give in 2024?')).toMatchObject({
      shape: 'FUNDING_GIVEN',
      time: { year: 2024 },
    });
    expect(reading('Hvor mye ble bevilget i 2024?')).toMatchObject({ shape: 'FUNDING_IN_YEAR', subject: null });
  });
  it('reads attendance by a meeting name, or by body and day, and absence', () => {
    expect(reading('Hvem møtte på KDU 5. november 2021?')).toMatchObject({
      shape: 'ATTENDANCE',
      subject: { id: 'meeting:kdu-2021-11-05' },
      absent: false,
    });
    expect(reading('Who was absent from Kommunedirektørutvalget on 2021-11-05?')).toMatchObject({
      shape: 'ATTENDANCE',
      subject: { id: 'org:kdu' },
      absent: true,
      time: { kind: 'day', day: '2021-11-05' },
    });
  });
  it('reads duties, same person, connections, counts and dates', () => {
    expect(reading('Hvilke saker hadde Kari Frøseth ansvar for?')).toMatchObject({ shape: 'DUTIES' });
    expect(reading('Er Beathe Sandvik Meland og Beate Sandvik Meland samme person?')).toMatchObject({
      shape: 'SAME_PERSON',
      subject: { id: 'person:beate' },
      other: { id: 'person:beate' },
    });
    expect(reading('How is Frøya connected to Hitra?')).toMatchObject({
      shape: 'CONNECTION',
      other: { id: 'municipality:hitra' },
    });
    expect(reading('Hvor mange kommuner er med i KDU?')).toMatchObject({ shape: 'COUNT', kind: 'MUNICIPALITY' });
    expect(reading('Når startet HARMONI?')).toMatchObject({ shape: 'WHEN', edge: 'START' });
    expect(reading('When did Dekom end?')).toMatchObject({ shape: 'WHEN', edge: 'END' });
  });
});

describe('names as search folds them', () => {
  it('forgives case, Norwegian letters, a possessive and one letter off in a long word', () => {
    expect(reading('hvem er ordforer i froya')).toMatchObject({ subject: { id: 'municipality:froya' } });
    expect(reading('Hvem er Hitras ordfører?')).toMatchObject({ subject: { id: 'municipality:hitra' } });
    expect(reading('Hvem representerer Frøya i Kommunedirektørutvalgt?')).toMatchObject({ other: { id: 'org:kdu' } });
  });
  it('takes the first words of a long name ("Helse Vest" for Helse Vest RHF)', () => {
    expect(reading('Hvor mye fikk Helse Vest?')).toMatchObject({ subject: { id: 'org:helse-vest' } });
  });
  it('takes a short form only as written in capitals (AU, not "au")', () => {
    expect(reading('Hvem er leder av arbeidsutvalget?')).toMatchObject({ subject: { id: 'org:au' } });
    expect(read('hvem representerer frøya i kdu').understood).toBe(true);
    expect(read('hvem er leder i au').understood).toBe(false);
  });
});

describe('refusals', () => {
  it('refuses a question with no shape or no name, saying why in its language', () => {
    expect(read('Hva er været i morgen?')).toMatchObject({ understood: false, language: 'NB' });
    expect(read('What is the capital of Norway?')).toMatchObject({ understood: false, language: 'EN' });
    expect(read('Hvem er ordfører?')).toMatchObject({ understood: false, reason: 'Si hvor: kommunen eller organet.' });
  });
  it('refuses a capitalised name the graph does not have', () => {
    expect(read('Hvem er ordfører i Oslo?')).toEqual({
      understood: false,
      language: 'NB',
      reason: 'Jeg finner ikke «Oslo» i grafen.',
    });
  });
  it('refuses a short form that names two bodies, listing both', () => {
    const parsed = read('Hvem er leder i AU?');
    expect(parsed.understood).toBe(false);
    if (!parsed.understood) expect(parsed.reason).toContain('Arbeidsutvalget, Arbeidsutvalg i søndre');
  });
  it("refuses a name that is one body's own and another's alias, rather than prefer the own name", () => {
    const shared = buildGazetteer(
      [
        entity('org:au', 'ORGANIZATION', 'Arbeidsutvalget', ['AU']),
        entity('org:au-asu', 'ORGANIZATION', 'AU'),
        entity('org:psu-nordre', 'ORGANIZATION', 'Politisk samarbeidsutvalg i nordre', ['politisk samarbeidsutvalg']),
        entity('org:psu', 'ORGANIZATION', 'Politisk samarbeidsutvalg'),
      ],
      ['leder'],
    );
    const au = parseQuestion('Hvem sitter i AU?', shared);
    expect(au).toMatchObject({
      understood: false,
      reason: '«AU» kan være flere: Arbeidsutvalget, AU. Skriv navnet helt ut.',
    });
    expect(parseQuestion('Who sits in politisk samarbeidsutvalg?', shared).understood).toBe(false);
    expect(parseQuestion('Hvem sitter i arbeidsutvalget?', shared)).toMatchObject({ subject: { id: 'org:au' } });
  });
  it('reads when a body met as its meetings, and a municipality\'s "when" as before', () => {
    expect(reading('Når møttes KDU?')).toMatchObject({ shape: 'MEETINGS', subject: { id: 'org:kdu' } });
    expect(reading('Når møttes Frøya?').shape).not.toBe('MEETINGS');
  });
  it('refuses how much without money words ("hvor mye tjener")', () => {
    expect(read('Hvor mye tjener Kari Frøseth?').understood).toBe(false);
  });
});

describe('time expressions', () => {
  const time = (text: string) => readTime(text.split(' '), text).time;
  it('reads days in every written form, and no impossible day', () => {
    expect(time('2021 11 05')).toEqual({ kind: 'day', day: '2021-11-05' });
    expect(time('05 11 2021')).toEqual({ kind: 'day', day: '2021-11-05' });
    expect(time('november 5 2021')).toEqual({ kind: 'day', day: '2021-11-05' });
    expect(time('5th november 2021')).toEqual({ kind: 'day', day: '2021-11-05' });
    expect(time('31 11 2021')).toMatchObject({ kind: 'period', year: 2021 });
  });
});
