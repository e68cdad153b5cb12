/** The prefix of the synthetic graph's ids (bench/generate.ts). */
export const PREFIX = 'b';

// The variables each client operation is measured with on the synthetic graph (bench/generate.ts), and the
// operations only signed-in staff send. tests/unit/bench-fixtures.test.ts holds this to the client's operations.

// Variables for each client operation on the synthetic graph (ids made by bench/generate.ts).
export const FIXTURES: Record<string, Record<string, unknown>> = {
  Home: {},
  Suggest: { text: 'kari' },
  Ask: { question: 'hvem sitter i organ b 1?' },
  GraphPickerSuggest: { text: 'organ b 1' },
  Search: { text: 'strømskag' },
  EntityPage: { id: `municipality:${PREFIX}-m0` },
  NetworkNeighbourhood: { id: `municipality:${PREFIX}-m0`, hops: 1 },
  Representation: { asOf: '2022-06-30', first: 100 },
  ConnectionEnd: { id: `person:${PREFIX}-p0` },
  ConnectionPaths: { from: `person:${PREFIX}-p0`, to: `person:${PREFIX}-p1`, maxHops: 4 },
  ConnectionCommonGround: { a: `person:${PREFIX}-p0`, b: `person:${PREFIX}-p1` },
  ReportFundingChoices: {},
  ReportMunicipalities: {},
  ReportChooserSuggest: { text: 'organ b', kinds: ['ORGANIZATION', 'PROJECT'] },
  ReportChooserEntity: { id: `org:${PREFIX}-b0` },
  ReportFunding: { groupBy: 'RECIPIENT', year: null, funder: `funder:${PREFIX}-f0`, recipient: null },
  ReportGrants: {
    filter: { funder: `funder:${PREFIX}-f0`, recipient: null, year: null },
    orderBy: 'AMOUNT_DESC',
    first: 50,
  },
  ReportChanges: { from: '2021-01-01', to: '2022-06-30', municipality: `municipality:${PREFIX}-m0`, body: null },
  ReportRoleCounts: { groupBy: 'BODY', asOf: '2022-06-30' },
  ReportCollaboration: { asOf: null },
  CurrentUser: {},
  EntityHistory: { id: `municipality:${PREFIX}-m0` },
};
// Operations only signed-in staff send (their pages read the review queue, users and tokens): not measured here,
// where every request is anonymous; tests/round-trip.test.ts holds them to a fixed statement count as well.
export const SIGNED_IN = new Set([
  'AccessLog',
  'Admin',
  'MyTokens',
  'ReviewQueue',
  'ReviewCount',
  'DocumentProposals',
  'DocumentOpenProposals',
  'ReviewableEdits',
  // A document's stored text: the synthetic graph's one document has none (its quotes are made up with it).
  'DocumentText',
]);
