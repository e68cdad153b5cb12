// The question set of issue 18 (docs/ask.md): questions in several phrasings, in Bokmål and English, each with the
// exact answer read from the five source documents (seed/sources/; the quote each answer rests on is given beside
// it). Documents:
//   000  Årsrapport 2022, IPR Trøndelag sørvest (covers 2022)
//   001  Referat KDU 5. november 2021
//   002  HMN samhandling, status (ASU, HARMONI)
//   004  HMN årlig melding 2024, tillegg (rekrutterings- og samhandlingstilskudd)
// `entities` is the exact set of ids that answer the question; amounts, counts, dates and yes/no are exact too.

export interface Expected {
  /** Default true. */
  understood?: boolean;
  shape?: string;
  language?: 'NB' | 'EN';
  entities?: string[];
  amountNok?: number | null;
  count?: number | null;
  date?: string | null;
  yes?: boolean | null;
}

export interface AskCase {
  question: string;
  asOf?: string;
  expect: Expected;
  /** Where in the documents the answer is read. */
  source: string;
}

const cases: AskCase[] = [];
const add = (source: string, expect: Expected, ...questions: (string | [string, string])[]) => {
  for (const question of questions) {
    const [text, asOf] = typeof question === 'string' ? [question, undefined] : question;
    const english = /^(who|what|which|how|when|are|is)\b/i.test(text);
    cases.push({ question: text, asOf, expect: { language: english ? 'EN' : 'NB', ...expect }, source });
  }
};

const MID_2022 = '2022-06-01';
const KDU_DAY = '2021-11-05';

// ---------------------------------------------------------------- mayors (000, "Råd og utvalg", 2022)
const mayors: [string, string, string][] = [
  ['Frøya', 'person:kristin-stromskag', 'Frøya  Kristin F. Strømskag, ordfører'],
  ['Hitra', 'person:ole-haugen', 'Hitra  Ole L. Haugen, ordfører'],
  ['Orkland', 'person:oddbjorn-bang', 'Orkland Oddbjørn Bang, ordfører'],
  ['Heim', 'person:odd-jarle-svanem', 'Heim Odd Jarle Svanem, ordfører'],
  ['Skaun', 'person:gunn-iversen-stokke', 'Skaun Gunn Iversen Stokke, ordfører'],
  ['Rindal', 'person:vibeke-langli', 'Rindal  Vibeke Langli, ordfører'],
  ['Aure', 'person:hanne-berit-brekken', 'Aure Hanne Berit Brekken, ordfører'],
  ['Rennebu', 'person:ola-oie', 'Rennebu Ola Øie, ordfører'],
  ['Surnadal', 'person:margrethe-svinvik', 'Surnadal Margrethe Svinvik, ordfører'],
];
for (const [place, mayor, quote] of mayors) {
  add(
    `000: "${quote}"`,
    { shape: 'TITLE_HOLDER', entities: [mayor] },
    [`Hvem er ordfører i ${place}?`, MID_2022],
    [`Who is the mayor of ${place}?`, MID_2022],
    `hvem var ordfører i ${place.toLowerCase()} i 2022`,
    `Who was mayor of ${place} on 1 June 2022?`,
  );
}
add(
  '000: "Rennebu Ola Øie, ordfører" (typed one letter off)',
  { shape: 'TITLE_HOLDER', entities: ['person:ola-oie'] },
  ['Hvem er ordfører i Rennbu?', MID_2022],
);
add(
  '000: "Frøya  Kristin F. Strømskag, ordfører" (typed without ø)',
  { shape: 'TITLE_HOLDER', entities: ['person:kristin-stromskag'] },
  ['hvem er ordforer i froya', MID_2022],
);
add('000: "Ørland  Ogne Undertun, varaordfører" (Ørland lists no mayor)', { shape: 'TITLE_HOLDER', entities: [] }, [
  'Hvem er ordfører i Ørland?',
  MID_2022,
]);
add(
  '000: "Ørland  Ogne Undertun, varaordfører"',
  { shape: 'TITLE_HOLDER', entities: ['person:ogne-undertun'] },
  ['Hvem er varaordfører i Ørland?', MID_2022],
  ['Who is the deputy mayor of Ørland?', MID_2022],
  'Hvem var varaordfører i Ørland per 1. mars 2022?',
);

// ---------------------------------------------------------------- chief executives (000 for 2022, 001 for 5 Nov 2021)
const directors2022: [string, string, string][] = [
  ['Frøya', 'person:beate-sandvik-meland', 'Beate Sandvik Meland, kommunedirektør'],
  ['Hitra', 'person:ingjerd-astad', 'Ingjerd Astad, kommunedirektør'],
  ['Orkland', 'person:ingvill-kvernmo', 'Ingvill Kvernmo, rådmann'],
  ['Aure', 'person:havard-sagli', 'Håvard Sagli, Rådmann'],
  ['Rennebu', 'person:per-oivind-sundell', 'Per Ø. Sundell, kommunedirektør'],
  ['Ørland', 'person:marit-ervik', 'Marit K Ervik, kommunedirektør'],
];
for (const [place, director, quote] of directors2022) {
  add(
    `000: "${quote}"`,
    { shape: 'TITLE_HOLDER', entities: [director] },
    [`Hvem er kommunedirektør i ${place}?`, MID_2022],
    [`Who is the chief executive of ${place}?`, MID_2022],
    [`hvem er rådmann i ${place}`, MID_2022],
  );
}
const directors2021: [string, string, string][] = [
  ['Skaun', 'person:petter-lindseth', 'Petter Lindseth	Kommunedirektør, Skaun'],
  ['Rindal', 'person:mons-otnes', 'Mons Otnes	Kommunedirektør, Rindal'],
  ['Heim', 'person:ola-morten-teigen', 'Ola Morten Teigen	Kommunedirektør, Heim'],
  ['Ørland', 'person:emil-raaen', 'Emil Raaen	Kommunedirektør Ørland'],
];
for (const [place, director, quote] of directors2021) {
  add(
    `001: "${quote}"`,
    { shape: 'TITLE_HOLDER', entities: [director] },
    `Hvem var kommunedirektør i ${place} 5. november 2021?`,
    `Who was the municipal director of ${place} on 5 November 2021?`,
  );
}
add(
  '001: "Emil Raaen Kommunedirektør Ørland" (2021); 000: "Marit K Ervik, kommunedirektør" (2022): the one before',
  { shape: 'TITLE_HOLDER', entities: ['person:emil-raaen'] },
  ['Hvem var kommunedirektør i Ørland før?', MID_2022],
  ['Who was the chief executive of Ørland before?', MID_2022],
  ['Hvem var tidligere rådmann i Ørland?', MID_2022],
  'Hvem var kommunedirektør i Ørland i november 2021?',
);
add(
  '000: "Marit K Ervik, kommunedirektør" (the 2022 report)',
  { shape: 'TITLE_HOLDER', entities: ['person:marit-ervik'] },
  'Hvem var kommunedirektør i Ørland i 2022?',
  'Who was chief executive of Ørland in 2022?',
);

// ---------------------------------------------------------------- the working committee (000, "Arbeidsutvalget")
const AU_QUOTE =
  '000: "Arbeidsutvalget har bestått av Kristin Strømskag (leder) Oddbjørn Bang (nestleder), Vibeke Langli (medlem) og Odd Jarle Svanem (varamedlem) og Ingvill Kvernmo (representant fra kommunedirektørutvalget)"';
add(
  AU_QUOTE,
  { shape: 'TITLE_HOLDER', entities: ['person:kristin-stromskag'] },
  ['Hvem er leder av arbeidsutvalget?', MID_2022],
  ['Who chairs Arbeidsutvalget?', MID_2022],
  ['Who is the leader of the Arbeidsutvalget?', MID_2022],
  'Hvem var leder i arbeidsutvalget i 2022?',
);
add(
  AU_QUOTE,
  { shape: 'TITLE_HOLDER', entities: ['person:oddbjorn-bang'] },
  ['Hvem er nestleder i arbeidsutvalget?', MID_2022],
  ['Who is the deputy chair of Arbeidsutvalget?', MID_2022],
);
add(
  AU_QUOTE,
  {
    shape: 'MEMBERS',
    entities: [
      'person:kristin-stromskag',
      'person:oddbjorn-bang',
      'person:vibeke-langli',
      'person:odd-jarle-svanem',
      'person:ingvill-kvernmo',
    ],
    count: 5,
  },
  ['Hvem er medlemmer av arbeidsutvalget?', MID_2022],
  ['Hvem sitter i Arbeidsutvalget?', MID_2022],
  ['Who are the members of Arbeidsutvalget?', MID_2022],
  'Hvem satt i arbeidsutvalget i 2022?',
);

// ---------------------------------------------------------------- the secretariat (000, "Ansatte")
add(
  '000: "Daglig leder 100% stilling - Kari Frøseth", "Daglig leder helsesamarbeidet –Kirsti Selstad"',
  { shape: 'TITLE_HOLDER', entities: ['person:kari-froseth', 'person:kirsti-selstad'] },
  ['Hvem er daglig leder i sekretariatet?', MID_2022],
  ['Who is the general manager of Sekretariatet Trøndelag sørvest?', MID_2022],
);
add(
  '000: "Daglig leder 100% stilling - Kari Frøseth"',
  { shape: 'SEATS_OF_PERSON', entities: ['org:ts-sekretariatet'] },
  ['Hvilke verv har Kari Frøseth?', MID_2022],
  ['What seats does Kari Frøseth hold?', MID_2022],
  ['Hvem er Kari Frøseth?', MID_2022],
);

// ---------------------------------------------------------------- the business council (000, "Næringsråd")
const business: [string, string[], string][] = [
  ['Aure', ['person:ivar-torset'], 'Aure kommune  Ivar Torset'],
  ['Orkland', ['person:aasmund-lie'], 'Orkland kommune  Aasmund Lie'],
  ['Rindal', ['person:sivert-dombu'], 'Rindal kommune  Sivert Dombu'],
  ['Frøya', ['person:nils-karlsen'], 'Frøya kommune  Nils Karlsen'],
  ['Hitra', ['person:ingjerd-astad', 'person:synnove-aukan'], 'Hitra kommune  Ingjerd Astad /Synnøve Aukan møtte'],
  ['Skaun', ['person:helene-ovrelid'], 'Skaun kommune  Helene Øvrelid'],
  ['Heim', ['person:john-ole-aspli'], 'Heim kommune  John Ole Aspli'],
  ['Ørland', ['person:ketil-kvam', 'person:adne-rokkum'], 'Ørland kommune  Ketil Kvam/ Ådne Røkkum møtte'],
  ['Surnadal', ['person:karin-helen-halle'], 'Surnadal kommune  Karin Helen Halle'],
  ['Rennebu', ['person:marit-bjerkas'], 'Rennebu kommune  Marit Bjerkås'],
];
for (const [place, people, quote] of business) {
  add(
    `000: "${quote}"`,
    { shape: 'REPRESENTATIVES', entities: people },
    [`Hvem representerer ${place} i næringsrådet?`, MID_2022],
    [`Who represents ${place} in Næringsråd?`, MID_2022],
    `Hvem er ${place} sin kontaktperson i næringsrådet i 2022?`,
  );
}

// ---------------------------------------------------------------- the transport committee (000, "Samferdselsutvalget")
const transport: [string, string][] = [
  ['Hitra', 'person:ole-haugen'],
  ['Orkland', 'person:oddbjorn-bang'],
  ['Rindal', 'person:vibeke-langli'],
  ['Heim', 'person:odd-jarle-svanem'],
];
for (const [place, person] of transport) {
  add(
    '000: "Samferdselsutvalget: Har bestått av: Ole L Haugen, ordfører Hitra kommune, Oddbjørn Bang, ordfører Orkland kommune, Vibeke Langli, Ordfører Rindal kommune, Odd Jarle Svanem, ordfører Heim kommune (vara)."',
    { shape: 'REPRESENTATIVES', entities: [person] },
    [`Hvem er ${place}s representant i samferdselsutvalget?`, MID_2022],
    [`Who is ${place}'s representative on Samferdselsutvalget?`, MID_2022],
  );
}

// ---------------------------------------------------------------- the council of chief executives (001, the attendance list)
const kdu: [string, string][] = [
  ['Frøya', 'person:beate-sandvik-meland'],
  ['Rennebu', 'person:per-oivind-sundell'],
  ['Skaun', 'person:petter-lindseth'],
  ['Orkland', 'person:ingvill-kvernmo'],
  ['Hitra', 'person:ingjerd-astad'],
  ['Rindal', 'person:mons-otnes'],
  ['Aure', 'person:havard-sagli'],
  ['Heim', 'person:ola-morten-teigen'],
  ['Ørland', 'person:emil-raaen'],
];
for (const [place, person] of kdu) {
  add(
    `001: "Referat KDU ... Dato: 5. november 2021", the list: ${place}`,
    { shape: 'REPRESENTATIVES', entities: [person] },
    [`Hvem representerer ${place} i KDU?`, KDU_DAY],
    `Who represented ${place} in the Kommunedirektørutvalget on 5 November 2021?`,
  );
}

// ---------------------------------------------------------------- the meeting of 5 November 2021 (001)
const ABSENT = ['person:per-oivind-sundell', 'person:havard-sagli', 'person:emil-raaen', 'person:hege-rottereng'];
add(
  '001: "Per Øivind Sundell Kommunedirektør, Rennebu Ikke til stede", "Håvard Sagli Rådmann, Aure Ikke til stede", "Emil Raaen Kommunedirektør Ørland Ikke til stede", "Hege Røttereng ... Ikke til stede"',
  { shape: 'ATTENDANCE', entities: ABSENT, count: 4, date: KDU_DAY },
  'Hvem var ikke til stede på KDU-møtet 5. november 2021?',
  'Hvem hadde forfall i KDU 5. november 2021?',
  'Who was absent from the KDU meeting on 5 November 2021?',
  'Who did not attend Kommunedirektørutvalget on 2021-11-05?',
);
const PRESENT = [
  'person:beate-sandvik-meland',
  'person:petter-lindseth',
  'person:ingvill-kvernmo',
  'person:ingjerd-astad',
  'person:mons-otnes',
  'person:ola-morten-teigen',
  'person:kari-froseth',
  'person:line-raustein',
  'person:robert-oyum-jakobsen',
  'person:birgit-reisch',
];
add(
  '001: the "x" / "Til stede på deler av møtet" / "På sak" rows, and "Reisch presenterer sitt arbeid"',
  { shape: 'ATTENDANCE', entities: PRESENT, count: 10, date: KDU_DAY },
  'Hvem møtte på KDU-møtet 5. november 2021?',
  'Hvem deltok i kommunedirektørutvalget 05.11.2021?',
  'Who attended the KDU meeting on 5 November 2021?',
  'Who was present at KDU on November 5, 2021?',
);
add(
  '001 has no KDU meeting on that day',
  { shape: 'ATTENDANCE', entities: [] },
  'Hvem møtte i KDU 6. november 2021?',
  'Who attended KDU on 6 November 2021?',
);

// ---------------------------------------------------------------- case duties (001)
add(
  '001: "KDU 75/21 ... Saksbehandler: Kari Frøseth/ Line W. Raustein", "KDU 76/21 ... Saksbehandler: Kari Frøseth", "KDU 78/21 ... Saksbehandler: Kari Frøseth", "KDU 79/21 ... Orientering ved daglig leder"',
  { shape: 'DUTIES', entities: ['case:kdu-75-21', 'case:kdu-76-21', 'case:kdu-78-21', 'case:kdu-79-21'], count: 4 },
  'Hvilke saker hadde Kari Frøseth ansvar for?',
  'Which cases did Kari Frøseth answer for?',
  'Hvilke saker var Kari Frøseth saksbehandler på?',
);
add(
  '001: "KDU 74/21 – Trøndelag sørvest – oppvekst roller, mandat og prioriteringer Saksbehandler: Robert Øyum Jakobsen"',
  { shape: 'DUTIES', entities: ['case:kdu-74-21'], count: 1 },
  'Hvilke saker var Robert Øyum Jakobsen saksbehandler for?',
  'Which cases did Robert Øyum-Jakobsen handle?',
);

// ---------------------------------------------------------------- same person (000 and 001 spell names differently)
add(
  '001: "Beathe Sandvik Meland Kommunedirektør, Frøya"; 000: "Beate Sandvik Meland, kommunedirektør"',
  { shape: 'SAME_PERSON', yes: true, entities: ['person:beate-sandvik-meland'] },
  'Er Beathe Sandvik Meland og Beate Sandvik Meland samme person?',
  'Are Beathe Sandvik Meland and Beate Sandvik Meland the same person?',
);
add(
  '000: "Frøya Kristin F. Strømskag, ordfører" and "Kristin Strømskag (leder)"',
  { shape: 'SAME_PERSON', yes: true, entities: ['person:kristin-stromskag'] },
  'Er Kristin F. Strømskag og Kristin Strømskag samme person?',
  'Is Kristin Strømskag the same person as Kristin F. Strømskag?',
);
add(
  '001: "Robert Øyum -Jakobsen Utviklingsveileder oppvekst" and "Saksbehandler: Robert Øyum Jakobsen"',
  { shape: 'SAME_PERSON', yes: true, entities: ['person:robert-oyum-jakobsen'] },
  'Er Robert Øyum -Jakobsen og Robert Øyum Jakobsen samme person?',
);
add(
  '000: "Hitra Ole L. Haugen, ordfører" and "Knut Haugen, kommunedirektør" (two people)',
  { shape: 'SAME_PERSON', yes: false, entities: ['person:ole-haugen', 'person:knut-haugen'] },
  'Er Ole L. Haugen og Knut Haugen samme person?',
  'Are Ole L. Haugen and Knut Haugen the same person?',
);

// ---------------------------------------------------------------- membership and counts (000, "Råd og utvalg")
const MEMBER_MUNICIPALITIES = [
  'municipality:froya',
  'municipality:hitra',
  'municipality:orkland',
  'municipality:heim',
  'municipality:skaun',
  'municipality:rindal',
  'municipality:aure',
  'municipality:rennebu',
  'municipality:orland',
  'municipality:surnadal',
];
add(
  '000: the table "Kommune Navn på representanter": Frøya, Hitra, Orkland, Heim, Skaun, Rindal, Aure, Rennebu, Ørland, Surnadal',
  { shape: 'COUNT', count: 10, entities: MEMBER_MUNICIPALITIES },
  'Hvor mange kommuner er medlem av regionrådet?',
  'How many municipalities are members of IPR Trøndelag sørvest?',
);
add(
  '000: the table "Kommune Navn på representanter"',
  { shape: 'MEMBERS', entities: MEMBER_MUNICIPALITIES, count: 10 },
  'Hvilke kommuner er medlemmer av regionrådet?',
  'Which municipalities are members of Interkommunalt politisk råd Trøndelag sørvest?',
);
add(
  '000: "Frøya Kristin F. Strømskag, ordfører" in the council\'s table',
  { shape: 'MEMBER_OF', entities: ['org:ipr-trondelag-sorvest'] },
  'Hva er Frøya medlem av?',
  'What is Frøya a member of?',
);
add(
  '001: the attendance list, nine chief executives, one per municipality',
  { shape: 'COUNT', count: 9 },
  'Hvor mange personer sitter i kommunedirektørutvalget 5. november 2021?',
  'How many people sat on Kommunedirektørutvalget on 5 November 2021?',
);

// ---------------------------------------------------------------- representation in the council (000, the table)
const council: [string, string[]][] = [
  ['Frøya', ['person:kristin-stromskag', 'person:geir-meland', 'person:beate-sandvik-meland']],
  ['Hitra', ['person:ole-haugen', 'person:sigrid-helen-hansen', 'person:ingjerd-astad']],
  ['Orkland', ['person:oddbjorn-bang', 'person:anne-mari-svinsaas', 'person:ingvill-kvernmo']],
  ['Rennebu', ['person:ola-oie', 'person:siv-lanke', 'person:per-oivind-sundell']],
];
for (const [place, people] of council) {
  add(
    `000: the table "Kommune Navn på representanter – representantskap uthevet", ${place}`,
    { shape: 'REPRESENTATIVES', entities: people },
    [`Hvem representerer ${place} i regionrådet?`, MID_2022],
    [`Who represents ${place} in IPR Trøndelag sørvest?`, MID_2022],
  );
}

// ---------------------------------------------------------------- funding (002, 004)
add(
  '002: "Prosjektet HARMONI ... er nå blitt innvilget av Norges forskningsråd, med 7 mill."',
  {
    shape: 'FUNDING_RECEIVED',
    amountNok: 7_000_000,
    entities: ['funder:norges-forskningsrad', 'grant:harmoni-norges-forskningsrad'],
  },
  'Hvor mye fikk HARMONI?',
  'How much did HARMONI receive?',
  'Hvem finansierte HARMONI, og hvor mye?',
);
add(
  '002: "Prosjektet startet opp 01.04.24"',
  { shape: 'WHEN', date: '2024-04-01', entities: ['project:harmoni'] },
  'Når startet HARMONI?',
  'When did the HARMONI project start?',
  'Når startet prosjektet HARMONI opp?',
);
const shares: [string, number, string][] = [
  ['Forsterket utskrivningsteam', 4_500_000, 'Forsterket utskrivningsteam: 4,5 mill.'],
  ['Barn og unge-prosjektet', 1_500_000, 'Barn og unge-prosjektet: 1,5 mill.'],
  ['Helseplattformen som samhandlingsverktøy', 1_850_000, 'Helseplattformen som samhandlingsverktøy: 1,85 mill.'],
  ['Felles traineeordning for sykepleiere', 800_000, 'Felles traineeordning for sykepleiere: 0,8 mill.'],
  ['Digitale FACT (ung) team', 800_000, 'Digitale FACT (ung) team: 0,8 mill.'],
  ['UKP-konferanse 1 år etter', 120_000, '«UKP-konferanse 1 år etter»: 120 000.'],
];
for (const [project, amount, quote] of shares) {
  add(
    `004: "${quote}"`,
    { shape: 'FUNDING_RECEIVED', amountNok: amount },
    `Hvor mye fikk ${project}?`,
    `How much did ${project} get in 2024?`,
  );
}
add(
  '004: "PSHT Møre og Romsdal fikk tildelt 6.105.000,-"',
  { shape: 'FUNDING_RECEIVED', amountNok: 6_105_000 },
  'Hvor mye fikk PSHT Møre og Romsdal?',
  'How much did PSHT Møre og Romsdal get?',
);
add(
  '004: "Samhandlingsoptimalisering Helseplattformen ble tildelt 3.812.000,- for 2025 og 3.812.000,- for 2026."',
  { shape: 'FUNDING_RECEIVED', amountNok: 7_624_000, count: 2 },
  'Hvor mye fikk Samhandlingsoptimalisering Helseplattformen?',
  'How much did Samhandlingsoptimalisering Helseplattformen receive?',
);
add(
  '004: "... 3.812.000,- for 2026."',
  { shape: 'FUNDING_RECEIVED', amountNok: 3_812_000, count: 1 },
  'Hvor mye fikk Samhandlingsoptimalisering Helseplattformen i 2026?',
  'How much did Samhandlingsoptimalisering Helseplattformen get in 2025?',
);
add(
  '004: "Helse Møre og Romsdal ble tildelt 8,564 mill."',
  { shape: 'FUNDING_RECEIVED', amountNok: 8_564_000 },
  'Hvor mye fikk Helse Møre og Romsdal?',
  'How much did Helse Møre og Romsdal HF receive?',
);
add(
  '004: "Det innebærer 92,85 mill. kroner til Helse Sør-Øst RHF, 32,85 mill. kroner til Helse Vest RHF"',
  { shape: 'FUNDING_RECEIVED', amountNok: 92_850_000 },
  'Hvor mye fikk Helse Sør-Øst RHF i 2024?',
  'How much did Helse Sør-Øst RHF get?',
);
add(
  '004: "32,85 mill. kroner til Helse Vest RHF"',
  { shape: 'FUNDING_RECEIVED', amountNok: 32_850_000 },
  'Hvor mye fikk Helse Vest?',
);
add(
  '004: "tildeling av rekrutterings- og samhandlingstilskudd for 2024 (11.170 mill.)"',
  { shape: 'FUNDING_RECEIVED', amountNok: 11_170_000 },
  'Hvor mye fikk Helsefellesskapet i søndre Trøndelag i 2024?',
);
add(
  '004: "I forbindelse med revidert nasjonalbudsjett for 2024 er det varig bevilget 150 mill. kroner"',
  { shape: 'FUNDING_GIVEN', amountNok: 150_000_000 },
  'Hvor mye ga revidert nasjonalbudsjett 2024?',
  'How much did Revidert nasjonalbudsjett 2024 grant?',
);
add(
  '004: "varig bevilget 150 mill. kroner" (2024; its shares are inside it, counted once)',
  { shape: 'FUNDING_IN_YEAR', amountNok: 150_000_000 },
  'Hvor mye ble bevilget i 2024?',
  'How much was granted in 2024?',
);
add(
  '004: "3.812.000,- for 2025"',
  { shape: 'FUNDING_IN_YEAR', amountNok: 3_812_000, count: 1 },
  'Hvor mye ble bevilget totalt i 2025?',
);

// ---------------------------------------------------------------- universities (004), connections (000)
add(
  '004: "Helse Midt-Norge har to høyere yrkesfagskoler i regionen ...: Trøndelag Høyere Yrkesfagskole ... Fagskolen i Møre og Romsdal"',
  {
    shape: 'UNIVERSITIES',
    entities: ['university:trondelag-hoyere-yrkesfagskole', 'university:fagskolen-i-more-og-romsdal'],
    count: 2,
  },
  'Hvilke høgskoler samarbeider med Helse Midt-Norge?',
  'Which universities work with Helse Midt-Norge RHF?',
);
add(
  "000: Frøya and Hitra both in the council's table",
  {
    shape: 'CONNECTION',
    entities: ['municipality:froya', 'org:ipr-trondelag-sorvest', 'municipality:hitra'],
    count: 2,
  },
  'Hvordan henger Frøya sammen med Hitra?',
  'How is Frøya connected to Hitra?',
);

// ---------------------------------------------------------------- when a body met: its meetings
add(
  '001: "Utvalg:** Trøndelag sørvest, kommunedirektørutvalget", "KDU 72/21 – Godkjenning referat 4. oktober 2021", ' +
    '"tatt opp i kommunedirektørutvalget 13. august", "neste møte ( 3. desember)"',
  {
    shape: 'MEETINGS',
    entities: ['meeting:kdu-2021-08-13', 'meeting:kdu-2021-10-04', 'meeting:kdu-2021-11-05', 'meeting:kdu-2021-12-03'],
    count: 4,
  },
  'Når møttes KDU?',
  'When did KDU meet?',
  'Hvilke møter har kommunedirektørutvalget hatt?',
  'Which meetings did the kommunedirektørutvalget hold?',
);
add(
  '001: "Administrativt Samarbeidsutvalg (ASU) 07.10.21"; 003: "ASU ga den 09.06.2022", "I ASU møte 04.10.2023", ' +
    '"ASU møte 07.02.24", "Møtedato: 17.04.2024", "sluttbehandles i ASU 19.06.24"; 004: "vedtok 29.10.2024", ' +
    '"i møte 11. juni 2025"',
  {
    shape: 'MEETINGS',
    entities: [
      'meeting:asu-2021-10-07',
      'meeting:asu-2022-06-09',
      'meeting:asu-2023-10-04',
      'meeting:asu-2024-02-07',
      'meeting:asu-2024-04-17',
      'meeting:asu-2024-06-19',
      'meeting:asu-2024-10-29',
      'meeting:asu-2025-06-11',
    ],
    count: 8,
  },
  'Når møtes ASU?',
  'When did ASU meet?',
);
add(
  '003: "ASU møte 07.02.24", "Møtedato: 17.04.2024", "sluttbehandles i ASU 19.06.24"; 004: "vedtok 29.10.2024"; ' +
    'the meetings of the year asked about only',
  {
    shape: 'MEETINGS',
    entities: ['meeting:asu-2024-02-07', 'meeting:asu-2024-04-17', 'meeting:asu-2024-06-19', 'meeting:asu-2024-10-29'],
    count: 4,
  },
  'Når møttes ASU i 2024?',
  'When did ASU meet in 2024?',
);

// ---------------------------------------------------------------- nothing known: understood, and said so
add(
  '000 gives no start date for the mayor (the report covers 2022)',
  { shape: 'WHEN', date: null },
  'Når ble Kristin F. Strømskag ordfører?',
  'When did Ole L. Haugen become mayor?',
);

// ---------------------------------------------------------------- refused: understood false, never a guess
const refused = (...questions: string[]) => {
  for (const question of questions) {
    cases.push({ question, expect: { understood: false, entities: [] }, source: 'not a question the graph answers' });
  }
};
refused(
  'Hva er været i morgen?',
  'What is the capital of Norway?',
  'asdf qwerty',
  'Hvem er ordfører?',
  'Hvem er ordfører i Oslo?',
  'Hvor mye fikk Søndre Trøndelag i 2024?',
  'Hvor mange?',
  'Hvem representerer KDU?',
  'Er Kari Frøseth og Frøya samme person?',
  'Hvordan er Frøya knyttet til?',
  'Tell me a joke',
  'Hvem vant valget i 2023?',
  'ordfører hitra',
  'Hvor mye tjener Kari Frøseth?',
  // 001/000 write «AU» for the council's Arbeidsutvalget; 003 calls another body only «AU» (forankret i AU til ASU).
  'Hvem sitter i AU?',
  'Who are the members of AU?',
  // 002's «politisk samarbeidsutvalg (PSU)» is nordre Trøndelag's; 003's «Politisk Samarbeidsutvalg» is not said to be.
  'Hvem sitter i politisk samarbeidsutvalg?',
);

export const ASK_CASES: readonly AskCase[] = cases;
