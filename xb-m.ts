import { readFileSync } from 'node:fs';
import { planSeed, readSeedSources } from './seed/plan.js';
import { tidyText } from './server/src/ingest/extract.js';
import { gazetteerOf, compareWithSeed } from './server/src/ingest/proposals/compare.js';
import { extractProposals } from './server/src/ingest/proposals/extract.js';
const plan = planSeed(readSeedSources('seed'));
const g = gazetteerOf(plan);
const ent = new Map(plan.entities.map(e=>[e.id,e]));
for (const d of plan.documents) {
  if (!process.argv[2] || d.id.includes(process.argv[2])) {
  const text = tidyText(readFileSync('seed/sources/' + d.file, 'utf8'));
  const p = extractProposals(text, g);
  const c = compareWithSeed(plan, d.id, p);
  console.log('==', d.id);
  const seats = plan.roles.filter(r => r.observations.some(o=>o.documentId===d.id));
  for (const m of c.missed) { const r = seats.find(s=>s.personId===m.personId && s.title===m.title); console.log('MISS', ent.get(m.personId)?.name, '|', m.title, '|', r?.heldInId, r?.onBehalfOfId, '|', r?.citationIds.map(id=>plan.citations.find(c=>c.id===id)?.quote.slice(0,90)).join(' || ')); }
  for (const w of c.wrong) console.log('WRONG', w.rule, w.person?.name, '|', w.title, w.caseNumber, w.organization?.name, w.onBehalfOf?.name, w.person?.matches[0]?.id);
}}
