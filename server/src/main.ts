import { parseArgs } from 'node:util';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { openStore } from './graph/open.js';

// Entry: config → store → (seed an empty graph) → app → listen.
//   --seed-if-empty   load the seed files first when the graph holds no entity yet (npm start)

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'seed-if-empty': { type: 'boolean', default: false } } });
  const config = loadConfig();
  const store = await openStore(config.storage);
  if (values['seed-if-empty']) {
    // In this process rather than a second one before it: one start-up, one opening of the store. The seed
    // loader is imported only here, so a plain start loads none of it.
    const { seedIfEmpty } = await import('../../seed/seeding.js');
    process.stdout.write(`${await seedIfEmpty(store)}\n`);
  }
  const app = await createApp({ store, ...config.http });
  // Like Grafana: the first start with no users creates admin, with ADMIN_PASSWORD or a password shown once here
  // (on the terminal, never in the JSON log).
  const admin = await app.auth.bootstrapAdmin(config.adminPassword);
  if (admin?.generated) {
    process.stdout.write(
      `\nNo users yet: created user "admin" (ADMIN) with the one-time password\n\n    ${admin.password}\n\n` +
        'It is shown only this once. Sign in and create the users you need (or set ADMIN_PASSWORD on a first start).\n',
    );
  } else if (admin) {
    app.fastify.log.info('No users yet: created user "admin" (ADMIN) with ADMIN_PASSWORD.');
  }
  const url = await app.listen(config.port, config.host);
  const shown = url.replace(/\/\/(127\.0\.0\.1|0\.0\.0\.0)(?=:)/, '//localhost');
  app.fastify.log.info(`Regiongraf is running on ${store.engine} (${store.location}).`);
  app.fastify.log.info(`Open ${shown}/  (GraphQL API: ${shown}/graphql)`);
  // One plain line for the person at the terminal (the logs above are JSON for the operator's log collector).
  process.stdout.write(`\nRegiongraf is ready: open ${shown}/ in your browser.\n\n`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await app.stop();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
