import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../server/src/config.js';
import { BACKUP_VOCABULARY, backupData } from '../server/src/data/backup.js';
import { BackupError, parseBackup, serialiseBackup } from '../server/src/domain/backup.js';
import { openStore } from '../server/src/graph/open.js';

// npm run backup -- <file>    write the whole configured graph (edits, users, sessions, tokens and the access log
//                             included) to <file>, as one JSON document (domain/backup.ts)
// npm run restore -- <file>   check <file> completely, then replace the whole configured graph with it in one
//                             transaction (all or nothing). Stop the server first (docs/operations.md).

const USAGE = 'Usage: npm run backup -- <file>   |   npm run restore -- <file>';

async function main(): Promise<void> {
  const [command, file, ...rest] = process.argv.slice(2);
  if ((command !== 'backup' && command !== 'restore') || !file || rest.length > 0) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const path = resolve(file);
  // Read and check the file before the database is opened: a bad file never touches the graph.
  const backup = command === 'restore' ? parseBackup(readFileSync(path, 'utf8'), BACKUP_VOCABULARY) : null;
  const config = loadConfig();
  const store = await openStore(config.storage);
  try {
    const data = backupData(store);
    if (backup) {
      const { replaced } = await data.restore(backup);
      console.log(
        `Restored ${backup.nodes.length} nodes and ${backup.relationships.length} relationships from ${path} ` +
          `into the ${store.engine} graph at ${store.location} (it held ${replaced} nodes before).`,
      );
    } else {
      const read = await data.read();
      // Written beside the target and renamed: a backup that fails half-way never leaves a partial file behind.
      const partial = `${path}.partial`;
      writeFileSync(partial, serialiseBackup(read));
      renameSync(partial, path);
      console.log(
        `Wrote ${read.nodes.length} nodes and ${read.relationships.length} relationships of the ${store.engine} ` +
          `graph at ${store.location} to ${path}.`,
      );
    }
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof BackupError ? `Nothing was restored. ${error.message}` : (error as Error).message);
  process.exitCode = 1;
});
