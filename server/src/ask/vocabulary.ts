import type { EntityKindValue } from '../domain/vocabulary.js';

// The words of questions (docs/ask.md, "Vocabulary"), folded as search folds names (domain/names.ts foldName):
// lower case, ø → o, å → a, æ → ae. The graph's own names, aliases and seat titles come from the graph; these
// are the words around them.

/** Title words and their synonyms → the seat title (folded, as domain/seats.ts postTitle writes it). */
export const TITLE_SYNONYMS: Record<string, string> = {
  radmann: 'kommunedirektor',
  'chief executive': 'kommunedirektor',
  'municipal director': 'kommunedirektor',
  'chief municipal executive': 'kommunedirektor',
  mayor: 'ordforer',
  'deputy mayor': 'varaordforer',
  styreleder: 'leder',
  leiar: 'leder',
  chair: 'leder',
  chairman: 'leder',
  chairperson: 'leder',
  head: 'leder',
  leader: 'leder',
  'deputy leader': 'nestleder',
  'deputy chair': 'nestleder',
  'vice chair': 'nestleder',
  'general manager': 'daglig leder',
  'managing director': 'daglig leder',
  'project manager': 'prosjektleder',
  'project leader': 'prosjektleder',
  secretary: 'sekretaer',
};

/** Words that name a kind of entity, for "hvor mange kommuner" and "hvilke kommuner". */
export const KIND_WORDS: Record<string, EntityKindValue> = {
  kommune: 'MUNICIPALITY',
  kommuner: 'MUNICIPALITY',
  kommunene: 'MUNICIPALITY',
  municipality: 'MUNICIPALITY',
  municipalities: 'MUNICIPALITY',
  person: 'PERSON',
  personer: 'PERSON',
  personene: 'PERSON',
  folk: 'PERSON',
  people: 'PERSON',
  persons: 'PERSON',
  organisasjoner: 'ORGANIZATION',
  organer: 'ORGANIZATION',
  bodies: 'ORGANIZATION',
  organisations: 'ORGANIZATION',
  organizations: 'ORGANIZATION',
  prosjekt: 'PROJECT',
  prosjekter: 'PROJECT',
  prosjektene: 'PROJECT',
  project: 'PROJECT',
  projects: 'PROJECT',
  universitet: 'UNIVERSITY',
  universiteter: 'UNIVERSITY',
  hogskoler: 'UNIVERSITY',
  hogskole: 'UNIVERSITY',
  utdanningsinstitusjoner: 'UNIVERSITY',
  universities: 'UNIVERSITY',
  colleges: 'UNIVERSITY',
  university: 'UNIVERSITY',
  finansiorer: 'FUNDER',
  funders: 'FUNDER',
  tilskudd: 'GRANT',
  bevilgninger: 'GRANT',
  grants: 'GRANT',
  moter: 'MEETING',
  motene: 'MEETING',
  meetings: 'MEETING',
  saker: 'CASE',
  sakene: 'CASE',
  cases: 'CASE',
};

/** English question words and markers: a question with more of these than Norwegian ones is answered in English. */
export const ENGLISH_WORDS = new Set(
  'who whom whose what which how much many when is are was were does did do the of in on to from and same represents represent holds hold members member part get got receive received give gave seats take took absent present attended connected related person municipalities meeting cases now before today'.split(
    ' ',
  ),
);
export const NORWEGIAN_WORDS = new Set(
  'hvem hva hvilke hvilken hvilket hvor mye mange nar hvordan er var har hadde i pa av til fra og samme representerer sitter medlem medlemmer fikk mottok ga gav verv deltar deltok motte sak saker na tidligere kommuner moter'.split(
    ' ',
  ),
);

/** Words ignored between the names of a question (they carry no meaning the shapes need). */
export const FILLER = new Set(
  's sin sitt sine sine den det de the a an of av for til kommune kommunes municipality s currently now na'.split(' '),
);

/** Words that never start a name, however the graph spells an entity (a name "i" or "av" would match every question). */
export const NEVER_NAMES = new Set(
  'i pa av til og er var har hva hvem hvor nar who what when is in on of to and the a for med som det den de om mot fra'.split(
    ' ',
  ),
);
