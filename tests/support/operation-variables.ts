// Variables for every operation the client sends, covering each kind of page (used by tests/round-trip.test.ts
// and tests/tck/). A new operation in the client needs an entry here.
export const OPERATION_VARIABLES: Record<string, Record<string, unknown>[]> = {
  Home: [{}],
  // The signed-in user (null here: anonymous) costs no statement. The pages for signed-in users and admins read no
  // graph and need a sign-in: tests/auth.test.ts and tests/browser/auth.test.ts run them.
  CurrentUser: [{}],
  MyTokens: [],
  Admin: [],
  AccessLog: [],
  // Texts whose hits stay under each operation's page size after the growth, so that more hits can show.
  Suggest: [{ text: 'astrid' }, { text: 'Froya' }],
  Search: [{ text: 'helseplattformen' }],
  // The header search's answer card (issue 18): a seat question and an amount question (a refused one reads the same
  // on any graph, which the round trip's growth check would flag).
  Ask: [{ question: 'Hvem representerer Frøya i regionrådet?' }, { question: 'Hvor mye fikk Helseplattformen?' }],
  EntityPage: [
    { id: 'municipality:froya' },
    { id: 'municipality:hitra', asOf: '2022-06-30' },
    { id: 'person:ingjerd-astad' },
    { id: 'org:ipr-trondelag-sorvest' },
    { id: 'project:helseplattformen' },
    { id: 'university:ntnu' },
    { id: 'funder:norges-forskningsrad' },
    { id: 'meeting:kdu-2021-11-05' },
    { id: 'case:kdu-74-21' },
    { id: 'doc:kdu-referat-2021-11-05' },
  ],
  GraphPickerSuggest: [{ text: 'hitra' }],
  NetworkNeighbourhood: [
    { id: 'municipality:hitra', hops: 1 },
    { id: 'org:ipr-trondelag-sorvest', hops: 2 },
  ],
  Representation: [
    { asOf: null, first: 100 },
    { asOf: '2021-11-05', first: 100 },
  ],
  ConnectionEnd: [{ id: 'person:kristin-stromskag' }],
  ConnectionCommonGround: [{ a: 'person:kristin-stromskag', b: 'person:ingjerd-astad' }],
  ConnectionPaths: [{ from: 'person:kristin-stromskag', to: 'person:ingjerd-astad', maxHops: 4 }],
  ReportFundingChoices: [{}],
  ReportMunicipalities: [{}],
  ReportChooserSuggest: [{ text: 'frøya', kinds: ['ORGANIZATION', 'PROJECT'] }],
  ReportChooserEntity: [{ id: 'org:ipr-trondelag-sorvest' }],
  ReportFunding: [
    { groupBy: 'FUNDER', year: null, funder: null, recipient: null },
    { groupBy: 'PROJECT', year: 2024, funder: 'org:helsefellesskapet-sondre-trondelag', recipient: null },
    { groupBy: 'YEAR', year: null, funder: null, recipient: 'project:psht-sondre-trondelag' },
  ],
  ReportGrants: [
    { filter: { funder: null, recipient: null, year: null }, orderBy: 'AMOUNT_DESC', first: 500 },
    {
      filter: { funder: 'org:helsefellesskapet-sondre-trondelag', recipient: null, year: 2024 },
      orderBy: 'NAME',
      first: 50,
    },
  ],
  ReportChanges: [
    { from: '2021-11-05', to: '2022-06-30', municipality: null, body: null },
    { from: '2021-11-05', to: '2022-06-30', municipality: 'municipality:orland', body: 'org:ipr-trondelag-sorvest' },
  ],
  ReportRoleCounts: [
    { groupBy: 'BODY', asOf: null },
    { groupBy: 'MUNICIPALITY', asOf: '2022-06-30' },
  ],
  ReportCollaboration: [{ asOf: null }, { asOf: '2022-06-30' }],
  // Edits: a document's text for the source picker, an entity's history; the review queue and its count in the
  // header need an editor's sign-in (tests/browser/edits.test.ts runs them).
  DocumentText: [{ id: 'doc:kdu-referat-2021-11-05' }],
  EntityHistory: [{ id: 'person:ingjerd-astad' }, { id: 'municipality:froya' }],
  ReviewQueue: [],
  ReviewCount: [],
  // An uploaded document's proposals (issue 15) need an editor's sign-in (tests/browser/proposals.test.ts runs them).
  DocumentOpenProposals: [],
  DocumentProposals: [],
};
