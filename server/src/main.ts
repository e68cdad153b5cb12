import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { openStore } from './graph/open.js';

// Entry: config → store → app → listen.

async function main(): Promise<void> {
  const config = loadConfig();
  const store = await openStore(config.storage);
  const app = await createApp({ store, clientDir: config.clientDir, maxQueryDepth: config.maxQueryDepth });
  await new Promise<void>((done) => app.server.listen(config.port, config.host, done));
  const { port } = app.server.address() as AddressInfo;
  const host = config.host === '127.0.0.1' || config.host === '0.0.0.0' ? 'localhost' : config.host;
  console.log(`Regiongraf is running on ${store.engine} (${store.location}).`);
  console.log(`Open http://${host}:${port}/  (GraphQL API: http://${host}:${port}/graphql)`);
  const shutdown = async () => {
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
