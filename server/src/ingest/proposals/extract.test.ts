import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planSeed, readSeedSources } from '../../../../seed/plan.js';
import { tidyText } from '../extract.js';
import { gazetteerOf } from './compare.js';
import { extractProposals } from './extract.js';
import { confidentMatch } from './match.js';
import type { Gazetteer, Mention, ProposalDraft } from './types.js';

// Each rule on the real lines of the five source documents (seed/sources/), as stored after upload (tidied).

const SEED = join(import.meta.dirname, '../../../../seed');
const SOURCES = join(SEED, 'sources');
function source(prefix: string): string {
  const file = readdirSync(SOURCES).find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`no source ${prefix}`);
  return tidyText(readFileSync(join(SOURCES, file), 'utf8'));
}

const MUNICIPALITIES = [
  'Frøya',
  'Hitra',
  'Orkland',
  'Heim',
  'Skaun',
  'Rindal',
  'Aure',
  'Rennebu',
  'Ørland',
  'Surnadal',
];
const gazetteer: Gazetteer = [
  ...MUNICIPALITIES.map((name) => ({ id: `mun:${name}`, kind: 'MUNICIPALITY' as const, names: [name] })),
  { id: 'person:kristin', kind: 'PERSON', names: ['Kristin Strømskag'] },
  { id: 'person:beate', kind: 'PERSON', names: ['Beate Sandvik Meland'] },
  { id: 'org:hmr', kind: 'ORGANIZATION', names: ['Helse Møre og Romsdal HF', 'Helse Møre og Romsdal'] },
];

const quoted = (text: string, draft: ProposalDraft) => text.slice(draft.quote.start, draft.quote.end);
const byRule = (drafts: ProposalDraft[], rule: string, kind: string) =>
  drafts.filter((draft) => draft.rule === rule && draft.kind === kind);

describe('the KDU minutes (meeting header, participant table, cases)', () => {
  const text = source('001');
  const drafts = extractProposals(text, gazetteer);

  it('proposes the meeting from its header, with its body and its date', () => {
    const [meeting, ...more] = byRule(drafts, 'meeting-header', 'MEETING');
    expect(more).toEqual([]);
    expect(meeting?.organization?.name).toBe('Trøndelag sørvest, kommunedirektørutvalget');
    expect(meeting?.date).toBe('2021-11-05');
    expect(quoted(text, meeting as ProposalDraft)).toMatch(
      /^Utvalg:\*\* Trøndelag sørvest.*Dato:\*\* 5\. november 2021\n\*\*Tidspunkt:\*\* 1000-1300$/s,
    );
  });

  it('proposes a role and an attendance for each row of the participant table, quoting the row', () => {
    const roles = byRule(drafts, 'participant-table', 'ROLE');
    const attendances = byRule(drafts, 'participant-table', 'ATTENDANCE');
    // 13 rows; Hege Røttereng's row names two posts ("Direktør oppvekst Skaun kommune / leder kompetansenettverket …").
    expect(roles).toHaveLength(14);
    expect(attendances).toHaveLength(13);
    const rottereng = roles.filter((draft) => draft.person?.name === 'Hege Røttereng');
    expect(rottereng.map((draft) => [draft.title, draft.onBehalfOf?.name, draft.organization?.name])).toEqual([
      ['Direktør oppvekst', 'Skaun', undefined],
      ['leder', undefined, 'kompetansenettverket Orkdal/ØY'],
    ]);
    const beathe = roles[0] as ProposalDraft;
    expect(quoted(text, beathe)).toBe('Beathe Sandvik Meland\tKommunedirektør, Frøya\tx');
    expect(beathe.title).toBe('Kommunedirektør');
    expect(beathe.onBehalfOf?.matches[0]).toMatchObject({ id: 'mun:Frøya', reason: 'SAME_NAME' });
    expect(beathe.person?.matches[0]).toMatchObject({ id: 'person:beate', reason: 'SPELLING' });
    const raaen = roles.find((draft) => draft.person?.name === 'Emil Raaen');
    expect(raaen?.onBehalfOf?.name).toBe('Ørland'); // "Kommunedirektør Ørland", no comma
    expect(attendances.map((draft) => draft.attendance)).toEqual([
      'PRESENT',
      'ABSENT',
      'PRESENT',
      'PARTLY',
      'PRESENT',
      'PRESENT',
      'ABSENT',
      'PRESENT',
      'ABSENT',
      'PRESENT',
      'FOR_CASE',
      'FOR_CASE',
      'ABSENT',
    ]);
    expect(
      attendances.every(
        (draft) => draft.date === '2021-11-05' && draft.meeting?.name.includes('kommunedirektørutvalget'),
      ),
    ).toBe(true);
  });

  it('proposes each case with its number, title and decision', () => {
    const cases = byRule(drafts, 'case-heading', 'CASE');
    expect(cases.map((draft) => draft.caseNumber)).toEqual([
      '72/21',
      '73/21',
      '74/21',
      '75/21',
      '76/21',
      '77/21',
      '78/21',
      '79/21',
    ]);
    const case75 = cases[3] as ProposalDraft;
    expect(case75.title).toBe('Helseplattformen – organisering av arbeidet i RAG');
    expect(case75.decision).toBe('Informasjon tas til orientering.');
    expect(quoted(text, case75)).toMatch(/^KDU 75\/21- Helseplattformen.*Informasjon tas til orientering\.$/s);
    expect(cases[0]?.decision).toBeUndefined();
  });

  it('proposes the duties in a case: who handles it and who presents it', () => {
    const duties = byRule(drafts, 'case-duty', 'ROLE');
    expect(
      duties
        .filter((draft) => draft.caseNumber === '74/21')
        .map((draft) => [quoted(text, draft), draft.person?.name, draft.title]),
    ).toEqual([
      ['Saksbehandler: Robert Øyum Jakobsen', 'Robert Øyum Jakobsen', 'saksbehandler'],
      ['Robert Øyum-Jakobsen og Hege Røttereng orienterer', 'Robert Øyum-Jakobsen', 'orienterer'],
      ['Robert Øyum-Jakobsen og Hege Røttereng orienterer', 'Hege Røttereng', 'orienterer'],
    ]);
    const case75 = duties.filter((draft) => draft.caseNumber === '75/21').map((draft) => draft.person?.name);
    // "Saksbehandler: Kari Frøseth/ Line W. Raustein", then "Kort orientering om status ved Line Raustein".
    expect(case75).toEqual(['Kari Frøseth', 'Line W. Raustein', 'Line Raustein']);
  });

  it("proposes the working group's members on behalf of their municipalities", () => {
    const members = byRule(drafts, 'group-members', 'MEMBERSHIP');
    expect(members.map((draft) => [quoted(text, draft), draft.onBehalfOf?.name])).toEqual([
      ['Ingrid Fagerli ( Rennebu kommune)', 'Rennebu'],
      ['Harald Hatle(Frøya kommune)', 'Frøya'],
      ['Inger Lise Waade ( Heim kommune)', 'Heim'],
    ]);
    expect(members.every((draft) => draft.organization?.name === 'arbeidsgruppe')).toBe(true);
  });
});

describe('the annual report (participant list under municipality headings, a committee in prose)', () => {
  const text = source('000');
  const drafts = extractProposals(text, gazetteer);

  it('proposes roles on behalf of the municipality a list entry stands under', () => {
    const roles = byRule(drafts, 'municipality-list', 'ROLE');
    const kristin = roles[0] as ProposalDraft;
    expect(quoted(text, kristin)).toBe('Frøya  Kristin F. Strømskag, ordfører');
    expect(kristin).toMatchObject({ title: 'ordfører', onBehalfOf: { name: 'Frøya' } });
    expect(kristin.person?.matches).toEqual([{ id: 'person:kristin', reason: 'INITIALS', score: 0.8 }]);
    const ogne = roles.find((draft) => draft.person?.name === 'Ogne Undertun');
    expect(ogne).toMatchObject({ title: 'varaordfører', onBehalfOf: { name: 'Ørland' } });
    expect(roles).toHaveLength(16);
  });

  it('proposes a membership for every name in the list, titled or not, on behalf of its municipality', () => {
    const members = byRule(drafts, 'municipality-list', 'MEMBERSHIP');
    const geir = members.find((draft) => draft.person?.name === 'Geir Meland');
    expect(geir && quoted(text, geir)).toBe('Geir Meland');
    expect(geir).toMatchObject({ title: 'representant', onBehalfOf: { name: 'Frøya' } });
    // The list stands under the chapter heading "Råd og utvalg", words for kinds of bodies: no body is guessed.
    expect(geir?.organization).toBeUndefined();
    expect(drafts.some((draft) => draft.kind === 'ENTITY' && draft.organization?.name === 'Råd og utvalg')).toBe(false);
    // A mayor's post is a seat in the municipality itself.
    expect(byRule(drafts, 'municipality-list', 'ROLE')[0]?.organization?.matches[0]?.id).toBe('mun:Frøya');
    // "Ørland kommune  Ketil Kvam/ Ådne Røkkum" wrapped onto "møtte": the member, and the one who attended.
    const kvam = members.filter((draft) => quoted(text, draft) === 'Ørland kommune  Ketil Kvam/ Ådne Røkkum\nmøtte');
    expect(kvam.map((draft) => [draft.person?.name, draft.title])).toEqual([
      ['Ketil Kvam', 'medlem'],
      ['Ådne Røkkum', 'møtte'],
    ]);
    // "Hitra kommune  Ingjerd Astad /Synnøve" wrapped onto "Aukan møtte": the name is whole again.
    const hitra = members.filter(
      (draft) => quoted(text, draft) === 'Hitra kommune  Ingjerd Astad /Synnøve\nAukan møtte',
    );
    expect(hitra.map((draft) => [draft.person?.name, draft.title])).toEqual([
      ['Ingjerd Astad', 'medlem'],
      ['Synnøve Aukan', 'møtte'],
    ]);
    // The list ends where prose starts: "Regionrådet hadde 5 møter …" is no member.
    expect(members.some((draft) => draft.person?.name.startsWith('Regionrådet'))).toBe(false);
  });

  it('proposes the staff listed with their posts, and a name followed by a title in prose', () => {
    const staff = byRule(drafts, 'staff-list', 'ROLE');
    expect(staff.map((draft) => [quoted(text, draft), draft.person?.name, draft.title])).toEqual([
      ['Daglig leder 100% stilling - Kari Frøseth', 'Kari Frøseth', 'Daglig leder'],
      ['Daglig leder helsesamarbeidet –Kirsti Selstad', 'Kirsti Selstad', 'Daglig leder helsesamarbeidet'],
      [
        'Regional innføringsleder Helseplattformen 80% stilling - Line Raustein',
        'Line Raustein',
        'Regional innføringsleder Helseplattformen',
      ],
      [
        'Utviklingsveileder oppvekst, 100% stilling, Robert Øyum -Jakobsen',
        'Robert Øyum -Jakobsen',
        'Utviklingsveileder oppvekst',
      ],
      ['Rådgiver oppvekst, Elisabeth Myhre-Johansen', 'Elisabeth Myhre-Johansen', 'Rådgiver oppvekst'],
      ['Kreftkoordinator 20 % stilling, Liv Aagot Hågensen', 'Liv Aagot Hågensen', 'Kreftkoordinator'],
    ]);
    const prose = byRule(drafts, 'name-comma-title', 'ROLE');
    const os = prose.find((draft) => draft.person?.name === 'Håvard Holte Os');
    expect(os && quoted(text, os)).toBe('Håvard Holte Os, kommunalsjef oppvekst Frøya');
    expect(os).toMatchObject({ title: 'kommunalsjef oppvekst', onBehalfOf: { name: 'Frøya' } });
    // An entry of the council list is read once, by the list's rule.
    expect(prose.some((draft) => draft.person?.name === 'Kristin F. Strømskag')).toBe(false);
  });

  it('proposes the committee members written in prose, with their titles in brackets', () => {
    const members = byRule(drafts, 'group-members', 'MEMBERSHIP').filter(
      (draft) => draft.organization?.name === 'Arbeidsutvalget',
    );
    expect(members.map((draft) => [quoted(text, draft), draft.title])).toEqual([
      ['Kristin Strømskag (leder)', 'leder'],
      ['Oddbjørn Bang (nestleder)', 'nestleder'],
      ['Vibeke Langli\n(medlem)', 'medlem'],
      ['Odd Jarle Svanem (varamedlem)', 'varamedlem'],
      ['Ingvill Kvernmo (representant fra\nkommunedirektørutvalget)', 'representant fra kommunedirektørutvalget'],
    ]);
    expect(members[0]?.person?.matches[0]?.reason).toBe('SAME_NAME');
  });
});

describe('the ASU summons and the annual message (numeric dates, case headings, amounts)', () => {
  it('proposes one meeting for the repeated headers and each case once', () => {
    const text = source('002');
    const drafts = extractProposals(text, gazetteer);
    const meetings = drafts.filter((draft) => draft.kind === 'MEETING');
    expect(meetings.map((draft) => [draft.organization?.name, draft.date])).toEqual([
      ['Administrativt samarbeidsutvalg', '2024-04-17'],
    ]);
    const cases = drafts.filter((draft) => draft.kind === 'CASE');
    expect(cases.map((draft) => draft.caseNumber)).toEqual([
      '09/24',
      '10/24',
      '11/24',
      '12/24',
      '13/24',
      '14/24',
      '15/24',
      '16/24',
      '17/24',
    ]);
    expect(quoted(text, cases[2] as ProposalDraft)).toBe('Sak: 11/24  Nasjonal helse- og samhandlingsplan 2024 - 2027');
  });

  it('proposes grants from amounts in millions, with the recipient it names', () => {
    const text = source('004');
    const grants = extractProposals(text, gazetteer).filter((draft) => draft.kind === 'GRANT');
    const hmr = grants.find((draft) => draft.amountNok === 8_564_000);
    expect(hmr?.organization?.matches[0]).toMatchObject({ id: 'org:hmr' });
    expect(hmr && quoted(text, hmr)).toContain('Helse Møre og Romsdal ble tildelt 8,564 mill.');
    const children = grants.find((draft) => draft.amountNok === 1_500_000);
    expect(children && quoted(text, children)).toBe('Barn og unge-prosjektet: 1,5 mill.');
    expect(children?.title).toBe('Barn og unge-prosjektet');
  });

  it('proposes no grant of an amount that is a cost, an increase or a rate', () => {
    const amounts = (prefix: string) =>
      extractProposals(source(prefix), gazetteer)
        .filter((draft) => draft.kind === 'GRANT')
        .map((draft) => draft.amountNok);
    const message = amounts('004');
    // "økt fra i underkant av 80 millioner kroner til 175 millioner kroner", "økte innleie … til i overkant av 80 mill. kr."
    expect(message).not.toContain(80_000_000);
    expect(message).not.toContain(175_000_000);
    expect(message).toEqual(expect.arrayContaining([150_000_000, 92_850_000, 8_564_000, 11_170_000, 6_105_000]));
    // "får finansiert kr 25 000 per halvår" is a rate; "finansiert ved kr 150 000 i skjønnsmidler" a grant.
    expect(amounts('000')).toEqual([150_000]);
  });

  it('proposes a grant whose words of granting beat its costs or a yearly rate, and reads no grant in other words', () => {
    const grantsOf = (text: string) =>
      extractProposals(text, gazetteer)
        .filter((draft) => draft.kind === 'GRANT')
        .map((draft) => draft.amountNok);
    // Words of granting beat the costs the grant is for, and a yearly amount is a grant by the year.
    expect(grantsOf('Frøya kommune ble tildelt kr 200 000 til å dekke utgifter til kurs.')).toEqual([200_000]);
    expect(grantsOf('Prosjektet er tildelt kr 500 000 per år i tre år.')).toEqual([500_000]);
    // Without them a cost and a rate stay none, and a change is none whatever its words.
    expect(grantsOf('Utgifter til kurs var kr 200 000.')).toEqual([]);
    expect(grantsOf('Leien er kr 500 000 per år.')).toEqual([]);
    expect(grantsOf('Tilskuddet økte fra kr 100 000 til kr 200 000.')).toEqual([]);
    // "midlertidig" and "fordelen" are no words of granting ("midler", "fordelt" are).
    expect(grantsOf('Det er en midlertidig ordning på kr 300 000.')).toEqual([]);
    expect(grantsOf('Fordelen er kr 400 000 spart.')).toEqual([]);
    expect(grantsOf('Det er fordelt kr 300 000 i skjønnsmidler.')).toEqual([300_000]);
  });

  it('reads the funder a grant’s sentence names, known to the graph or not', () => {
    const known: Gazetteer = [
      ...gazetteer,
      { id: 'funder:nfr', kind: 'FUNDER', names: ['Norges forskningsråd'] },
      { id: 'org:sf', kind: 'ORGANIZATION', names: ['Statsforvalteren'] },
    ];
    const funderOf = (text: string) => extractProposals(text, known).find((draft) => draft.kind === 'GRANT')?.funder;
    expect(funderOf('Prosjektet er nå blitt innvilget av Norges forskningsråd, med 7 mill.')).toMatchObject({
      name: 'Norges forskningsråd',
      matches: [{ id: 'funder:nfr' }],
    });
    expect(funderOf('Prosjektet er nå blitt innvilget av Sparebank1 SMN, med 7 mill.')).toEqual({
      name: 'Sparebank1 SMN',
      matches: [],
    });
    expect(funderOf('Kurset er finansiert ved kr 150 000 i skjønnsmidler fra Statsforvalteren.')).toMatchObject({
      matches: [{ id: 'org:sf' }],
    });
    expect(funderOf('Helse Møre og Romsdal ble tildelt 8,564 mill.')).toBeUndefined();
    // After the amount only a known body is a funder: an unknown "fra …" names none (it would veto every grant).
    expect(funderOf('Kurset er finansiert ved kr 150 000 i skjønnsmidler fra Fylkeskassa.')).toBeUndefined();
  });

  it('gives each amount of the annual message the recipient the seed grants it to', () => {
    const plan = planSeed(readSeedSources(SEED));
    const text = source('004');
    const name = new Map(plan.entities.map((entity) => [entity.id, entity.name]));
    const grants = extractProposals(text, gazetteerOf(plan)).filter((draft) => draft.organization);
    const recipients = grants.map((draft) => [draft.amountNok, confidentMatch(draft.organization as Mention)]);
    const seed = plan.relations
      .filter((relation) => relation.type === 'GRANTED_TO')
      .map((relation) => [
        plan.entities.find((entity) => entity.id === relation.fromId)?.props.amountNok,
        relation.toId,
      ]);
    expect(recipients.length).toBeGreaterThanOrEqual(4);
    for (const recipient of recipients)
      expect(seed, `${recipient[0]} → ${name.get(String(recipient[1]))}`).toContainEqual(recipient);
    expect(recipients).toContainEqual([32_850_000, 'org:helse-vest']);
    expect(recipients).toContainEqual([24_300_000, 'org:helse-midt-norge']);
    const vest = grants.find((draft) => draft.amountNok === 32_850_000);
    expect(vest && quoted(text, vest)).toBe('32,85 mill. kroner til Helse Vest RHF');
  });

  it("proposes only the group leader's line from a status report of prose and goal tables", () => {
    const text = source('003');
    const drafts = extractProposals(text, gazetteer);
    expect(drafts.map((draft) => [draft.kind, draft.rule, quoted(text, draft)])).toEqual([
      ['ROLE', 'signature', 'Temaområdeleder Daniel Haga'],
      ['ENTITY', 'new-entity', 'Temaområdeleder Daniel Haga'],
    ]);
  });

  it.each([
    ['Jan Frich\nadministrerende direktør', 'Jan Frich', 'administrerende direktør'],
    ['Ole Magnus Nyheim\nDirektør for eierstyring', 'Ole Magnus Nyheim', 'Direktør for eierstyring'],
    ['Temaområdeleder Daniel Haga', 'Daniel Haga', 'Temaområdeleder'],
  ])('reads the signature "%s" as %s, %s', (lines, name, title) => {
    const text = `Med vennlig hilsen\n\n${lines}\n\n`;
    const [draft, ...more] = byRule(extractProposals(text, gazetteer), 'signature', 'ROLE');
    expect(more).toEqual([]);
    expect(draft).toMatchObject({ person: { name }, title });
    expect(draft && quoted(text, draft)).toBe(lines);
  });

  it.each([
    'Kommunedirektør Ørland', // a municipality, not a person
    'Ola Nordmann\nleder for arbeidet med planen, som vedtatt.', // a sentence, not a post
    'Ola Nordmann\n\nadministrerende direktør', // not directly below
  ])('reads no signature in "%s"', (text) => {
    expect(byRule(extractProposals(text, gazetteer), 'signature', 'ROLE')).toEqual([]);
  });
});

describe('the shapes the five documents do not use', () => {
  it('reads a case with a decision on the same line, a date range and "møtte ikke"', () => {
    const text = [
      'Utvalg: Regionrådet',
      'Dato: 8. - 9. oktober 2020',
      '',
      'Deltaker\tRolle\tTil stede',
      'Ole Haugen\tOrdfører, Hitra\tmøtte ikke',
      'Kari Frøseth\tSekretær\tdag 1',
      '',
      'Sak 15/20 Budsjett 2021',
      'Vedtak: Budsjettet vedtas med kr 1 500 000 til Hitra.',
    ].join('\n');
    const drafts = extractProposals(text, gazetteer);
    expect(drafts.find((draft) => draft.kind === 'MEETING')?.date).toBe('2020-10-08');
    expect(drafts.filter((draft) => draft.kind === 'ATTENDANCE').map((draft) => draft.attendance)).toEqual([
      'ABSENT',
      'PARTLY',
    ]);
    const case15 = drafts.find((draft) => draft.kind === 'CASE');
    expect(case15).toMatchObject({
      caseNumber: '15/20',
      title: 'Budsjett 2021',
      decision: 'Budsjettet vedtas med kr 1 500 000 til Hitra.',
    });
    const grant = drafts.find((draft) => draft.kind === 'GRANT');
    expect(grant?.amountNok).toBe(1_500_000);
    expect(grant?.organization?.matches[0]).toMatchObject({ id: 'mun:Hitra' });
    expect(grant && quoted(text, grant)).toBe('kr 1 500 000 til Hitra');
  });

  it.each([
    ['Helse Møre og Romsdal bidrar med 2 mill. til prosjektet.', true], // "med" after a funder
    ['Prosjektet startet med 2 mill. i egenkapital.', false], // no funder, no word of granting
    ['Kurset koster kr 2 000 per deltaker.', false], // a rate
    ['Tilskuddet ble brukt til lønnskostnader på 2 mill. kroner.', false], // a cost
  ])('reads "%s" as a grant: %s', (text, grant) => {
    expect(extractProposals(text, gazetteer).some((draft) => draft.kind === 'GRANT')).toBe(grant);
  });

  it('proposes a new entity for each person no known entity matches, and none for known ones', () => {
    const text = 'Deltaker\tRolle\nKristin Strømskag\tLeder\nNy Person\tMedlem';
    const entities = extractProposals(text, gazetteer).filter((draft) => draft.kind === 'ENTITY');
    expect(entities.map((draft) => draft.person?.name)).toEqual(['Ny Person']);
  });

  it('is deterministic', () => {
    const text = source('001');
    expect(extractProposals(text, gazetteer)).toEqual(extractProposals(text, gazetteer));
  });
});

describe("the ASU agenda's responsibility column (agenda-table)", () => {
  const text = source('002');
  const drafts = extractProposals(text, gazetteer);
  const column = byRule(drafts, 'agenda-table', 'ROLE');

  it.each([
    ['09/24', 'Ingjerd Astad', 'Ingjerd Astad'], // "Ingjerd Astad 10": the minutes column after the name
    ['10/24', 'Siri Berg', 'Siri Berg,\nHelseplattformen AS'], // a company after the comma, not a person
    ['12/24', 'Albert Verhagen', 'Albert Verhagen'], // "Albert Verhagen/" then "Tom Christian Martinsen"
    ['12/24', 'Tom Christian Martinsen', 'Tom Christian Martinsen'],
    ['14/24', 'Øystein Døhl', 'Øystein Døhl'],
    ['16/24', 'Liv Ågot Hågensen', 'Liv Ågot Hågensen,\nSkaun kommune'],
  ])('proposes %s: %s as ansvarlig, quoting "%s"', (caseNumber, name, quote) => {
    const draft = column.find((entry) => entry.caseNumber === caseNumber && entry.person?.name === name);
    expect(draft?.title).toBe('ansvarlig');
    expect(draft && quoted(text, draft)).toBe(quote);
  });

  it('proposes every name of the column once per case, and no title line as a person', () => {
    expect(
      column.filter((draft) => draft.caseNumber).map((draft) => `${draft.caseNumber} ${draft.person?.name}`),
    ).toEqual([
      '09/24 Ingjerd Astad',
      '10/24 Siri Berg',
      '11/24 Runar Asp',
      '11/24 Ingjerd Astad',
      '12/24 Albert Verhagen',
      '12/24 Tom Christian Martinsen',
      '13/24 Eirik Aronsen',
      '13/24 Runar Asp',
      '13/24 Karina Haus Steinshylla',
      '14/24 Tom Christian Martinsen',
      '14/24 Øystein Døhl',
      '14/24 Anders Gullhav',
      '15/24 Albert Verhagen',
      '15/24 Tone Løvvik',
      '16/24 Liv Ågot Hågensen',
      '16/24 Solveig Tofte',
      '17/24 Ingjerd Astad',
    ]);
  });

  it("reads a municipality after a name's comma as on whose behalf, and a post as the person's post", () => {
    const liv = column.find((draft) => draft.person?.name === 'Liv Ågot Hågensen');
    expect(liv?.onBehalfOf?.matches[0]?.id).toBe('mun:Skaun');
    const post = column.find((draft) => draft.person?.name === 'Solveig Tofte' && !draft.caseNumber);
    expect(post?.title).toBe('interkommunal samhandlingsleder');
    expect(post && quoted(text, post)).toBe('Solveig Tofte,\ninterkommunal\n\nsamhandlingsleder');
  });
});

describe('the same case list from Word or HTML, its cells a tab apart (agenda-table)', () => {
  it("proposes the responsible cell's names in each row's case", () => {
    const text = [
      'Kl.\tSaksnr.\tSaker\tAnsvarlig\tTid',
      '13.00-13.10\t09/24\tGodkjenning av innkalling og saksliste.\tIngjerd Astad\t10',
      '13.10-13.30\t10/24\tHelseplattformen\tSiri Berg, Helseplattformen AS\t20',
      '14.30-15.20\t12/24\tForhandlingsutvalget\tAlbert Verhagen/ Tom Christian Martinsen\t50',
      '14.20-14.30\t\tPause\t\t10',
    ].join('\n');
    const drafts = byRule(extractProposals(text, gazetteer), 'agenda-table', 'ROLE');
    expect(drafts.map((draft) => [draft.caseNumber, quoted(text, draft), draft.title])).toEqual([
      ['09/24', 'Ingjerd Astad', 'ansvarlig'],
      ['10/24', 'Siri Berg', 'ansvarlig'],
      ['12/24', 'Albert Verhagen', 'ansvarlig'],
      ['12/24', 'Tom Christian Martinsen', 'ansvarlig'],
    ]);
  });
});

describe('duties and posts written in prose', () => {
  it.each([
    ['Orientering ved Mons Otnes. Neste møte', 'Mons Otnes', 'Orientering ved Mons Otnes'],
    ['Kort orientering om status ved Line Raustein', 'Line Raustein', 'orientering om status ved Line Raustein'],
    [
      'Orienteringen gis av Siri Berg, konstituert administrerende direktør i Helseplattformen AS.',
      'Siri Berg',
      'Orienteringen gis av Siri Berg',
    ],
  ])('reads "%s" as a briefing by %s', (line, name, quote) => {
    const text = `Sak 10/24 Helseplattformen\n\n${line}`;
    const [draft, ...more] = byRule(extractProposals(text, gazetteer), 'case-duty', 'ROLE');
    expect(more).toEqual([]);
    expect(draft).toMatchObject({ title: 'orienterer', caseNumber: '10/24', person: { name } });
    expect(draft && quoted(text, draft)).toBe(quote);
  });

  it.each([
    [
      'Arbeidsgruppen v/Liv Ågot Hågensen legger frem arbeidet i ASU 17.04.24.',
      'Liv Ågot Hågensen',
      'legger frem arbeidet',
      'Liv Ågot Hågensen legger frem arbeidet',
    ],
    [
      'Solveig Cruikshank Tofte legger frem arbeidet i ASU 17.04.24.',
      'Solveig Cruikshank Tofte',
      'legger frem arbeidet',
      'Solveig Cruikshank Tofte legger frem arbeidet',
    ],
  ])('reads "%s" as %s presenting the work', (line, name, title, quote) => {
    const text = `Sak: 16/24  Aktuelle prosjekter i fagråd\n\n${line}`;
    const [draft, ...more] = byRule(extractProposals(text, gazetteer), 'case-duty', 'ROLE');
    expect(more).toEqual([]);
    expect(draft).toMatchObject({ title, caseNumber: '16/24', person: { name } });
    expect(draft && quoted(text, draft)).toBe(quote);
  });

  it('reads "Daglig leder legger fram bakgrunn og forslag" as the participant listed as daglig leder', () => {
    const text = source('001');
    const drafts = byRule(extractProposals(text, gazetteer), 'case-duty', 'ROLE');
    const presents = drafts.find((draft) => draft.caseNumber === '78/21' && draft.title?.startsWith('legger'));
    expect(presents).toMatchObject({ title: 'legger fram bakgrunn og forslag', person: { name: 'Kari Frøseth' } });
    expect(presents && quoted(text, presents)).toBe('Daglig leder legger fram bakgrunn og forslag');
  });

  it('reads "A og B fra Analysegruppa vil gi en presentasjon" as presenters, members of the group they are from', () => {
    const text =
      'Sak: 14/24  Forskning i Helsefellesskapet\n\nAnders Gullhav og Øystein Døhl fra Analysegruppa vil gi en presentasjon av status i ASU-møtet.';
    const drafts = byRule(extractProposals(text, gazetteer), 'case-duty', 'ROLE');
    expect(drafts.map((draft) => [draft.person?.name, draft.title, draft.caseNumber])).toEqual([
      ['Anders Gullhav', 'presenterer', '14/24'],
      ['Øystein Døhl', 'presenterer', '14/24'],
    ]);
    expect(quoted(text, drafts[0] as ProposalDraft)).toBe(
      'Anders Gullhav og Øystein Døhl fra Analysegruppa vil gi en presentasjon',
    );
    const members = byRule(extractProposals(text, gazetteer), 'case-duty', 'MEMBERSHIP');
    expect(members.map((draft) => [draft.person?.name, draft.title, draft.organization?.name])).toEqual([
      ['Anders Gullhav', 'medlem', 'Analysegruppa'],
      ['Øystein Døhl', 'medlem', 'Analysegruppa'],
    ]);
    expect(quoted(text, members[0] as ProposalDraft)).toBe('Anders Gullhav og Øystein Døhl fra Analysegruppa');
    // "fra Frøya": a place the people come from, no group.
    const place = 'Sak 1/24 Eventuelt\n\nKari Frøseth og Geir Meland fra Frøya vil gi en presentasjon.';
    expect(byRule(extractProposals(place, gazetteer), 'case-duty', 'MEMBERSHIP')).toEqual([]);
    expect(byRule(extractProposals(place, gazetteer), 'case-duty', 'ROLE')).toHaveLength(2);
  });

  it.each(['Orientering ved St. Olavs hospital om kapasiteten.', 'Orientering ved Trondheim kommune.'])(
    'reads no person in the body of "%s"',
    (line) => {
      const text = `Sak 10/24 Kapasitet\n\n${line}`;
      expect(byRule(extractProposals(text, gazetteer), 'case-duty', 'ROLE')).toEqual([]);
    },
  );

  it('reads "Orientering ved daglig leder" as the one participant the table lists as daglig leder', () => {
    const text = source('001');
    const drafts = byRule(extractProposals(text, gazetteer), 'case-duty', 'ROLE');
    const briefing = drafts.find((draft) => draft.caseNumber === '79/21' && draft.person?.name === 'Kari Frøseth');
    expect(briefing && quoted(text, briefing)).toBe('Orientering ved daglig leder');
    const none = extractProposals('Sak 1/24 Eventuelt\n\nOrientering ved daglig leder.', gazetteer);
    expect(none.filter((draft) => draft.kind === 'ROLE')).toEqual([]); // no table: nobody to resolve it to
  });

  it.each([
    [
      'Birgit Reisch er engasjert som prosjektleder for Trondheim kommune og vil orientere KDU arbeidet.',
      'Birgit Reisch',
      'prosjektleder',
      'Trondheim',
    ],
    [
      '*Orientering ved daglig leder. Sandra Bergsnev , Dalpro er ansatt som prosjektleder*',
      'Sandra Bergsnev',
      'prosjektleder',
      undefined,
    ],
    [
      ' Fra 1.august ble Elisabeth Myhre-Johansen tilsatt som koordinator for tilskuddsordningen',
      'Elisabeth Myhre-Johansen',
      'koordinator',
      undefined,
    ],
  ])('reads "%s" as a post (employed-as)', (text, name, title, organization) => {
    const [draft, ...more] = byRule(extractProposals(text, gazetteer), 'employed-as', 'ROLE');
    expect(more).toEqual([]);
    expect(draft).toMatchObject({ person: { name }, title });
    expect(draft?.organization?.name).toBe(organization);
    expect(draft && quoted(text, draft)).toMatch(new RegExp(`^${name}.*${title}`, 's'));
  });

  it('reads who leads a body and the deputy in the same sentence (led-by)', () => {
    const text = source('000');
    const drafts = byRule(extractProposals(text, gazetteer), 'led-by', 'ROLE');
    // "Kompetansenettverket" is no body this gazetteer knows: a reference, so no body (and no new one) is proposed.
    expect(drafts.map((draft) => [draft.person?.name, draft.title, draft.organization?.name])).toEqual([
      ['Solveig Melby', 'leder', undefined],
      ['Håvard Holte Os', 'nestleder', undefined],
    ]);
    const known: Gazetteer = [
      ...gazetteer,
      { id: 'org:nettverk', kind: 'ORGANIZATION', names: ['Kompetansenettverket'] },
    ];
    const [leader] = byRule(extractProposals(text, known), 'led-by', 'ROLE');
    expect(leader?.organization?.matches[0]?.id).toBe('org:nettverk');
    expect(quoted(text, drafts[0] as ProposalDraft)).toBe(
      'Kompetansenettverket ble gjennom 2022 ledet av Solveig Melby',
    );
    expect(quoted(text, drafts[1] as ProposalDraft)).toMatch(
      /^Kompetansenettverket ble .*\smed nestleder Håvard Holte Os$/s,
    );
    // A deputy after the sentence's end belongs to something else.
    const other = 'Rådet ble ledet av Kari Nordmann. Styret har med nestleder Ola Nordmann.';
    expect(byRule(extractProposals(other, gazetteer), 'led-by', 'ROLE').map((draft) => draft.title)).toEqual(['leder']);
  });

  it('reads the body after a prose title ("…, konstituert administrerende direktør i Helseplattformen AS")', () => {
    const text = 'Orienteringen gis av Siri Berg, konstituert administrerende direktør i Helseplattformen AS.';
    const [draft] = byRule(extractProposals(text, gazetteer), 'name-comma-title', 'ROLE');
    expect(draft).toMatchObject({
      title: 'konstituert administrerende direktør',
      organization: { name: 'Helseplattformen AS' },
    });
    expect(draft && quoted(text, draft)).toBe('Siri Berg, konstituert administrerende direktør i Helseplattformen AS');
  });

  it("proposes a group's members as medlem, the seat in brackets when there is one", () => {
    const text = source('000');
    const members = byRule(extractProposals(text, gazetteer), 'group-members', 'MEMBERSHIP').filter(
      (draft) => draft.organization?.name === 'Samferdselsutvalget',
    );
    // "Har bestått av: Ole L Haugen, ordfører Hitra kommune, …": each one's own post, a member of the group.
    // "…, Odd Jarle Svanem, ordfører Heim kommune (vara).": the seat in brackets after the post.
    expect(members.map((draft) => [draft.person?.name, draft.title, draft.onBehalfOf?.name])).toEqual([
      ['Ole L Haugen', 'medlem', 'Hitra'],
      ['Oddbjørn Bang', 'medlem', 'Orkland'],
      ['Vibeke Langli', 'medlem', 'Rindal'],
      ['Odd Jarle Svanem', 'vara', 'Heim'],
    ]);
    const svanem = members.at(-1);
    expect(svanem && quoted(text, svanem)).toBe('Odd Jarle Svanem, ordfører Heim kommune (vara)');
  });
});
