#!/usr/bin/env node
// Stops Neo4j test servers started with `node tests/neo4j/start.mjs --detach` (recorded in
// .cache/neo4j/run.json) and deletes their throwaway data folders.
//
//   node tests/neo4j/stop.mjs               stop every recorded server
//   node tests/neo4j/stop.mjs --pid=N       stop only that one (e.g. --pid="$NEO4J_PID")
//   node tests/neo4j/stop.mjs --keep-data   keep the data folder(s) (logs are in <dir>/logs)
//
// Exits 0 also when nothing is running.

import { ExitError, pruneRunFile, readRunFile, stopInstance } from './start.mjs';

const say = (msg) => process.stderr.write(`[neo4j] ${msg}\n`);

async function main() {
  let pid;
  let keepData = false;
  for (const a of process.argv.slice(2)) {
    if (a === '--keep-data') keepData = true;
    else if (/^--pid=\d+$/.test(a)) pid = Number(a.slice(6));
    else if (a === '--help' || a === '-h') {
      process.stdout.write('usage: node tests/neo4j/stop.mjs [--pid=N] [--keep-data]\n');
      return;
    } else throw new ExitError(2, `unknown or malformed option: ${a}`);
  }

  const recorded = readRunFile();
  const alive = pruneRunFile(); // forgets (and cleans up after) servers that are already gone
  const gone = recorded.length - alive.length;
  if (gone > 0) say(`${gone} recorded server(s) were no longer running; cleaned up after them`);

  const targets = pid === undefined ? alive : alive.filter((i) => i.pid === pid);
  if (pid !== undefined && targets.length === 0) say(`no running test server with pid ${pid} is recorded`);
  if (targets.length === 0 && pid === undefined) say('no Neo4j test server is running');

  for (const inst of targets) {
    const t0 = Date.now();
    say(`stopping Neo4j pid ${inst.pid} (${inst.uri})...`);
    await stopInstance(inst, { keepData });
    say(
      `stopped in ${((Date.now() - t0) / 1000).toFixed(1)} s; ${keepData ? `data kept in ${inst.dataDir}` : 'data folder deleted'}`,
    );
  }
}

main().catch((e) => {
  process.stderr.write(`[neo4j] error: ${e?.message ?? e}\n`);
  process.exit(e instanceof ExitError ? e.exitCode : 1);
});
