// Strings of money counted once (issue 11): the grant tree on a grant's page and the counting level of the funding
// reports, in both languages.
export const nb = {
  'money.notStated': 'ikke oppgitt',
  'money.levelLegend': 'Hva telles',
  'money.levelOption.TOP': 'Øverste nivå',
  'money.levelOption.DETAILED': 'Der pengene endte',
  'money.level.TOP':
    'Talt på øverste nivå, hver krone én gang: et tilskudd som er en del av et annet tilskudd i utvalget, er med i det større beløpet og legges ikke til på nytt.',
  'money.level.DETAILED':
    'Talt der pengene endte, hver krone én gang: et tilskudd som er fordelt videre i utvalget, er erstattet av delene sine.',
  'money.summary': '{grants} tilskudd i utvalget. {counted} av dem er talt, til sammen {amount}.',
  'money.withoutAmount': '{count} av de talte tilskuddene oppgir ikke beløp (ikke oppgitt) og er ikke med i summen.',
  'money.rowsOverlap':
    'Et tilskudd med flere mottakere står på hver av dem, men telles én gang i summen. Derfor er radene lagt sammen mer enn summen.',
  'money.exceeded':
    'Delene av «{name}» ({amount}) er til sammen {parts}, {difference} mer. Kilden sier hvorfor: «{note}»',
  'money.treeHeading': 'Tilskuddene i utvalget som tre',
  'money.treeIntro': 'Hvert tilskudd står under tilskuddet det er en del av. Talte tilskudd er merket.',
  'money.counted': 'talt',
  'grant.treeHeading': 'Tilskuddstreet',
  'grant.partOf': 'Del av tilskuddet',
  'grant.topLevel': 'Dette tilskuddet er ikke en del av et annet tilskudd i kildene.',
  'grant.partsCaption': 'Fordelt videre som {count} tilskudd',
  'grant.partsNone': 'Kildene fordeler ikke dette tilskuddet videre.',
  'grant.part': 'Tilskudd',
  'grant.amount': 'Beløp',
  'grant.partsSum': 'Sum av delene',
  'grant.partsEqual': 'Delene går opp i tilskuddet.',
  'grant.partsMore': 'Delene er til sammen {difference} mer enn tilskuddet. Kilden sier hvorfor: «{note}»',
  'grant.partsLess': 'Delene kildene nevner, er til sammen {difference} mindre enn tilskuddet.',
  'grants.level.TOP': 'Summen teller hver krone én gang, på øverste nivå.',
  'grants.level.DETAILED': 'Summen teller hver krone én gang, der pengene endte.',
} as const;

export const en: Record<keyof typeof nb, string> = {
  'money.notStated': 'not stated',
  'money.levelLegend': 'What is counted',
  'money.levelOption.TOP': 'Top level',
  'money.levelOption.DETAILED': 'Where the money ended up',
  'money.level.TOP':
    'Counted at the top level, each krone once: a grant that is part of another grant in the selection is inside the larger amount and is not added again.',
  'money.level.DETAILED':
    'Counted where the money ended up, each krone once: a grant that is allocated on in the selection is replaced by its parts.',
  'money.summary': '{grants} grants in the selection. {counted} of them are counted, in total {amount}.',
  'money.withoutAmount': '{count} of the counted grants state no amount (not stated) and add nothing to the total.',
  'money.rowsOverlap':
    'A grant with several recipients appears under each of them but counts once in the total, so the rows add up to more than the total.',
  'money.exceeded':
    'The parts of “{name}” ({amount}) add up to {parts}, {difference} more. The source says why: “{note}”',
  'money.treeHeading': 'The grants in the selection as a tree',
  'money.treeIntro': 'Each grant is listed under the grant it is part of. Counted grants are marked.',
  'money.counted': 'counted',
  'grant.treeHeading': 'The grant tree',
  'grant.partOf': 'Part of the grant',
  'grant.topLevel': 'In the sources this grant is not part of another grant.',
  'grant.partsCaption': 'Allocated on as {count} grants',
  'grant.partsNone': 'The sources do not allocate this grant further.',
  'grant.part': 'Grant',
  'grant.amount': 'Amount',
  'grant.partsSum': 'Sum of the parts',
  'grant.partsEqual': 'The parts add up to the grant.',
  'grant.partsMore': 'The parts add up to {difference} more than the grant. The source says why: “{note}”',
  'grant.partsLess': 'The parts the sources name add up to {difference} less than the grant.',
  'grants.level.TOP': 'The total counts each krone once, at the top level.',
  'grants.level.DETAILED': 'The total counts each krone once, where the money ended up.',
};
