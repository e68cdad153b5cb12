import { extractProposals } from './server/src/ingest/proposals/extract.js';
const t = process.argv[2]!;
console.log(extractProposals(t, []).filter(d=>d.kind!=='ENTITY').map(d => [d.rule, d.kind, d.person?.name, d.title, d.caseNumber, t.slice(d.quote.start, d.quote.end)]));
