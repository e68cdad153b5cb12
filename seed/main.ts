import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/src/config.js';
import { openStore } from '../server/src/graph/open.js';
import { isEmpty, loadPlan, replayReport } from './load.js';
import { planSeed, readSeedSources, SeedError } from './plan.js';
import { seedReport } from './report.js';
import { decisionsSchema } from './schema.js';

// npm run seed [-- --if-empty | --check | --report]
//   (default)   validate the seed files and load them into the configured graph, in one transaction
//   --if-empty  load only when the graph holds no entity yet (npm start)
//   --check     validate only; write nothing
//   --report    load, then print counts per kind and type, facts without a period, persons with aliases, and
//               every entity with no link (unexplained ones first; explanations live in decisions.yaml)

const seedDir =
  process.env.REGIONGRAF_SEED_DIR ?? dirname(fileURLToPath(import.meta.url)).replace(/\/dist\/seed$/, '/seed');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'if-empty': { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      report: { type: 'boolean', default: false },
    },
  });
  const started = performance.now();
  const sources = readSeedSources(seedDir);
  const plan = planSeed(sources);
  const counts = `${plan.entities.length} entities, ${plan.roles.length} roles, ${plan.relations.length} relationships, ${plan.citations.length} citations from ${plan.documents.length} documents`;
  if (values.check) {
    console.log(`Seed files are valid: ${counts}.`);
    return;
  }
  const config = loadConfig();
  const store = await openStore(config.storage);
  try {
    if (values['if-empty'] && !(await isEmpty(store))) {
      console.log(`The graph at ${store.location} already holds data; not seeding (run npm run seed to reload).`);
      return;
    }
    const replay = await loadPlan(store, plan);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Seeded ${store.engine} graph at ${store.location}: ${counts} in ${seconds} s.`);
    console.log(replayReport(replay));
    if (values.report) console.log(`\n${await seedReport(store, plan, decisionsSchema.parse(sources.decisions))}`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof SeedError) {
    console.error(error.message);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exitCode = 1;
});
