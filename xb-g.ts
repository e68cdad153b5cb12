import { readFileSync } from 'node:fs';
import { planSeed, readSeedSources } from './seed/plan.js';
import { tidyText } from './server/src/ingest/extract.js';
import { gazetteerOf } from './server/src/ingest/proposals/compare.js';
import { extractProposals } from './server/src/ingest/proposals/extract.js';
const plan = planSeed(readSeedSources('seed'));
const g = gazetteerOf(plan);
for (const d of plan.documents) {
  const text = tidyText(readFileSync('seed/sources/' + d.file, 'utf8'));
  const cited = new Set(plan.citations.filter(c=>c.documentId===d.id).map(c=>c.id));
  const amounts = plan.entities.filter(e=>e.kind==='GRANT' && e.citationIds.some(c=>cited.has(c))).map(e=>e.props.amountNok);
  for (const p of extractProposals(text, g)) if (p.kind==='GRANT' && !amounts.includes(p.amountNok)) console.log(d.file, p.amountNok, JSON.stringify(text.slice(Math.max(0,p.quote.start-80), p.quote.end+20)));
  console.log(d.file, 'seed grants not found:', plan.entities.filter(e=>e.kind==='GRANT' && e.citationIds.some(c=>cited.has(c))).filter(e=>!extractProposals(text,g).some(p=>p.amountNok===e.props.amountNok)).map(e=>[e.props.amountNok, e.name]));
}
