import { parseArgs } from 'node:util';
import { loadConfig } from '../server/src/config.js';
import { openStore } from '../server/src/graph/open.js';
import { planSeed, readSeedSources, SeedError } from './plan.js';
import { seedReport } from './report.js';
import { decisionsSchema } from './schema.js';
import { countsOf, SEED_DIR, seedIfEmpty, seedStore } from './seeding.js';

// npm run seed [-- --if-empty | --check | --report]
//   (default)   validate the seed files and load them into the configured graph, in one transaction
//   --if-empty  load only when the graph holds no entity yet (npm start)
//   --check     validate only; write nothing
//   --report    load, then print counts per kind and type, facts without a period, persons with aliases, and
//               every entity with no link (unexplained ones first; explanations live in decisions.yaml)

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'if-empty': { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      report: { type: 'boolean', default: false },
    },
  });
  if (values.check) {
    console.log(`Seed files are valid: ${countsOf(planSeed(readSeedSources(SEED_DIR)))}.`);
    return;
  }
  const config = loadConfig();
  const store = await openStore(config.storage);
  try {
    if (values['if-empty']) {
      console.log(await seedIfEmpty(store));
      return;
    }
    const { sources, plan, message } = await seedStore(store);
    console.log(message);
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
