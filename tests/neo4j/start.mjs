#!/usr/bin/env node
// Fetch (first use, via Maven) and start a real Neo4j 5.26 LTS Community server on a
// random loopback Bolt port, with a throwaway data folder. No Docker, no npm dependencies.
//
//   node tests/neo4j/start.mjs              foreground: runs until Ctrl-C, then stops and cleans up
//   node tests/neo4j/start.mjs --detach     background: prints the variables, exits 0, server keeps running
//   node tests/neo4j/stop.mjs               stops detached server(s) and deletes their data folders
//
// stdout carries only shell-evaluable lines (NEO4J_URI=..., NEO4J_PID=..., and a final
// `export ...` line), so `eval "$(node tests/neo4j/start.mjs --detach)"` works; progress goes to stderr.
// Exit codes: 0 ok, 1 failure (fetch/start), 2 bad arguments, 3 Java/Maven missing.
// See README.md next to this file.

import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(HERE, '..', '..');
export const CACHE_DIR = path.join(REPO_ROOT, '.cache', 'neo4j');
export const RUN_FILE = path.join(CACHE_DIR, 'run.json');
const POM = path.join(HERE, 'pom.xml');

export const DEFAULT_USER = 'neo4j';
export const DEFAULT_PASSWORD = 'regiongraf-test';
export const DEFAULT_DATABASE = 'neo4j';
const DATA_DIR_PREFIX = 'regiongraf-neo4j-';
const DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1';
const MAIN_CLASS = 'org.neo4j.server.CommunityEntryPoint';
export const MISSING_TOOLS_MESSAGE = 'Java/Maven not found: the Neo4j suite needs a JDK 17+ and Maven';

// JVM flags: those of the stock 5.26 neo4j.conf (server.jvm.additional), minus
// -XX:+AlwaysPreTouch (it would make the whole heap resident at once), plus exit-on-OOM.
const JVM_FLAGS = [
  '-Dfile.encoding=UTF-8',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-XX:FlightRecorderOptions=stackdepth=256',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
];

export class ExitError extends Error {
  constructor(code, message) {
    super(message);
    this.exitCode = code;
  }
}

const say = (msg) => process.stderr.write(`[neo4j] ${msg}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const rel = (p) => path.relative(process.cwd(), p) || '.';

export function neo4jVersion() {
  const m = /<neo4j\.version>\s*([^<\s]+)\s*<\/neo4j\.version>/.exec(readFileSync(POM, 'utf8'));
  if (!m) throw new ExitError(1, `cannot read <neo4j.version> from ${POM}`);
  return m[1];
}

// ---------------------------------------------------------------- tools

/** Returns the java executable to use (JAVA_HOME first, then PATH), or throws ExitError(3). */
export function findJava() {
  const candidates = [];
  if (process.env.JAVA_HOME) candidates.push(path.join(process.env.JAVA_HOME, 'bin', 'java'));
  candidates.push('java');
  for (const java of candidates) {
    const r = spawnSync(java, ['-version'], { encoding: 'utf8' });
    if (r.error || r.status !== 0) continue;
    const m = /version "(\d+)(?:\.(\d+))?/.exec(`${r.stderr}${r.stdout}`);
    if (!m) continue;
    const major = m[1] === '1' ? Number(m[2]) : Number(m[1]);
    if (major >= 17) return java;
  }
  throw new ExitError(3, MISSING_TOOLS_MESSAGE);
}

function findMaven() {
  const mvn = process.platform === 'win32' ? 'mvn.cmd' : 'mvn';
  const r = spawnSync(mvn, ['-v'], { encoding: 'utf8', shell: process.platform === 'win32' });
  if (r.error || r.status !== 0) throw new ExitError(3, MISSING_TOOLS_MESSAGE);
  return mvn;
}

// ---------------------------------------------------------------- fetch / cache

/**
 * Makes sure .cache/neo4j/neo4j-community-<version>/ holds the server: lib/ (all jars of
 * org.neo4j:neo4j, i.e. the lib/ of a server install) and auth.ini (the initial password,
 * written by Neo4j's own `neo4j-admin dbms set-initial-password`). Returns that folder.
 */
export function ensureServer(java, version = neo4jVersion()) {
  const home = path.join(CACHE_DIR, `neo4j-community-${version}`);
  if (existsSync(path.join(home, '.complete'))) return home;

  const mvn = findMaven();
  mkdirSync(CACHE_DIR, { recursive: true });
  const partial = `${home}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  try {
    say(
      `fetching Neo4j ${version} Community (org.neo4j:neo4j and its dependencies) with Maven into ${rel(home)} (first use only)...`,
    );
    const t0 = Date.now();
    const r = spawnSync(
      mvn,
      [
        '-q',
        '-B',
        '-f',
        POM,
        `${DEPENDENCY_PLUGIN}:copy-dependencies`,
        `-DoutputDirectory=${path.join(partial, 'lib')}`,
        '-DincludeScope=runtime',
        `-Dneo4j.version=${version}`,
      ],
      { encoding: 'utf8', shell: process.platform === 'win32', maxBuffer: 64 * 1024 * 1024 },
    );
    if (r.error || r.status !== 0) {
      process.stderr.write(`${r.stdout || ''}${r.stderr || ''}${r.error ? `${r.error}\n` : ''}`);
      throw new ExitError(
        1,
        `Maven could not fetch org.neo4j:neo4j:${version} (exit ${r.status}); see its output above. ` +
          'With no network, the first start needs the artifacts already in the local Maven repository (~/.m2).',
      );
    }
    const jars = readdirSync(path.join(partial, 'lib')).filter((f) => f.endsWith('.jar'));
    if (!jars.includes(`neo4j-${version}.jar`)) throw new ExitError(1, `Maven did not produce neo4j-${version}.jar`);
    say(`fetched ${jars.length} jars in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    // The initial password, set by Neo4j's own admin tool once per cache; copied into each fresh data dir.
    const scratch = mkdtempSync(path.join(os.tmpdir(), `${DATA_DIR_PREFIX}auth-`));
    try {
      mkdirSync(path.join(scratch, 'conf'));
      writeFileSync(
        path.join(scratch, 'conf', 'neo4j.conf'),
        `server.directories.data=${confPath(path.join(scratch, 'data'))}\nserver.directories.logs=${confPath(path.join(scratch, 'logs'))}\n`,
      );
      const a = spawnSync(
        java,
        [
          '-cp',
          path.join(partial, 'lib', '*'),
          '-Xmx128m',
          'org.neo4j.cli.AdminTool',
          'dbms',
          'set-initial-password',
          DEFAULT_PASSWORD,
        ],
        { encoding: 'utf8', env: { ...process.env, NEO4J_HOME: partial, NEO4J_CONF: path.join(scratch, 'conf') } },
      );
      const authIni = path.join(scratch, 'data', 'dbms', 'auth.ini');
      if (a.status !== 0 || !existsSync(authIni)) {
        process.stderr.write(`${a.stdout || ''}${a.stderr || ''}`);
        throw new ExitError(1, 'neo4j-admin dbms set-initial-password failed');
      }
      copyFileSync(authIni, path.join(partial, 'auth.ini'));
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }

    writeFileSync(
      path.join(partial, '.complete'),
      `${JSON.stringify({ version, artifact: `org.neo4j:neo4j:${version}`, jars: jars.length, fetchedAt: new Date().toISOString() }, null, 2)}\n`,
    );
    try {
      renameSync(partial, home);
    } catch (e) {
      // Another start fetched concurrently and won the race: use its copy.
      if (!existsSync(path.join(home, '.complete'))) throw e;
    }
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  return home;
}

// ---------------------------------------------------------------- helpers

// neo4j.conf values: forward slashes work on every OS and need no escaping.
const confPath = (p) => p.split(path.sep).join('/');

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** True when a Bolt server answers the handshake on 127.0.0.1:port. */
export function boltHandshake(port, timeoutMs = 2000) {
  return new Promise((resolve) => {
    const sock = net.connect({ host: '127.0.0.1', port });
    let buf = Buffer.alloc(0);
    const done = (ok) => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(timeoutMs, () => done(false));
    sock.on('error', () => done(false));
    // Magic 0x6060B017, then four proposals: 5.8 down to 5.0, 4.4, none, none.
    sock.on('connect', () =>
      sock.write(Buffer.from('6060b017' + '00080805' + '00000404' + '00000000' + '00000000', 'hex')),
    );
    sock.on('data', (d) => {
      buf = Buffer.concat([buf, d]);
      if (buf.length >= 4) done(buf.readUInt32BE(0) !== 0);
    });
    sock.on('close', () => done(false));
  });
}

export function isAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (e) {
    if (e.code !== 'EPERM') return false;
  }
  try {
    // A zombie (exited, not yet reaped by a parent without an init) counts as gone.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc (not Linux): trust kill(pid, 0)
  }
}

/** Is pid still our Neo4j (guards against pid reuse)? Checked through /proc where there is one. */
export function isOurServer(inst) {
  if (!isAlive(inst.pid)) return false;
  const cmdline = `/proc/${inst.pid}/cmdline`;
  if (!existsSync('/proc/self/cmdline')) return true;
  try {
    const args = readFileSync(cmdline, 'utf8');
    return args.includes(MAIN_CLASS) && args.includes(inst.dataDir);
  } catch {
    return false;
  }
}

/** Only ever delete folders that this script made. */
function removeDataDir(dir) {
  if (!dir || !path.basename(dir).startsWith(DATA_DIR_PREFIX)) return;
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

function tail(file, lines) {
  try {
    return readFileSync(file, 'utf8')
      .split('\n')
      .slice(-lines - 1)
      .join('\n');
  } catch {
    return '(no log)';
  }
}

export function logTail(inst, lines = 40) {
  return (
    `--- ${inst.logFile} (last ${lines} lines) ---\n${tail(inst.logFile, lines)}\n` +
    `--- ${path.join(inst.dataDir, 'logs', 'debug.log')} (last ${lines} lines) ---\n` +
    `${tail(path.join(inst.dataDir, 'logs', 'debug.log'), lines)}\n`
  );
}

// ---------------------------------------------------------------- run.json

export function readRunFile() {
  try {
    const j = JSON.parse(readFileSync(RUN_FILE, 'utf8'));
    return Array.isArray(j.instances) ? j.instances : [];
  } catch {
    return [];
  }
}

export function writeRunFile(instances) {
  mkdirSync(CACHE_DIR, { recursive: true });
  if (instances.length === 0) {
    rmSync(RUN_FILE, { force: true });
    return;
  }
  const tmp = `${RUN_FILE}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify({ instances }, null, 2)}\n`);
  renameSync(tmp, RUN_FILE);
}

const toRecord = (inst) => {
  const { child, ...rest } = inst;
  return rest;
};

/** Serialises read-modify-write of run.json between concurrent start/stop runs (mkdir is atomic). */
function withRunLock(fn) {
  mkdirSync(CACHE_DIR, { recursive: true });
  const lock = `${RUN_FILE}.lock`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      if (Date.now() > deadline) rmSync(lock, { recursive: true, force: true }); // stale lock
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function registerInstance(inst) {
  withRunLock(() => writeRunFile([...readRunFile().filter((i) => i.pid !== inst.pid), toRecord(inst)]));
}

function unregisterInstance(pid) {
  withRunLock(() => writeRunFile(readRunFile().filter((i) => i.pid !== pid)));
}

/** Forget entries whose server is gone (crashed, killed by hand) and delete their data folders. */
export function pruneRunFile() {
  return withRunLock(() => {
    const all = readRunFile();
    const alive = all.filter((i) => isOurServer(i));
    for (const i of all) if (!alive.includes(i)) removeDataDir(i.dataDir);
    if (alive.length !== all.length) writeRunFile(alive);
    return alive;
  });
}

// ---------------------------------------------------------------- start / stop

/** Stops one server (SIGTERM, then SIGKILL after timeoutMs) and deletes its data folder. */
export async function stopInstance(inst, { keepData = false, timeoutMs = 60_000 } = {}) {
  if (isOurServer(inst)) {
    try {
      process.kill(inst.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    const deadline = Date.now() + timeoutMs;
    while (isAlive(inst.pid) && Date.now() < deadline) await sleep(100);
    if (isAlive(inst.pid)) {
      say(`pid ${inst.pid} did not stop within ${timeoutMs / 1000} s, killing it`);
      try {
        process.kill(inst.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
      for (let i = 0; i < 100 && isAlive(inst.pid); i++) await sleep(50);
    }
  }
  if (!keepData) removeDataDir(inst.dataDir);
  unregisterInstance(inst.pid);
}

function neo4jConf({ dataDir, home, port, auth, pagecache }) {
  const d = (sub) => confPath(path.join(dataDir, sub));
  return [
    '# Generated by tests/neo4j/start.mjs for a throwaway test server.',
    `server.directories.data=${d('data')}`,
    `server.directories.logs=${d('logs')}`,
    `server.directories.run=${d('run')}`,
    `server.directories.plugins=${d('plugins')}`,
    `server.directories.import=${d('import')}`,
    `server.directories.lib=${confPath(path.join(home, 'lib'))}`,
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    'server.bolt.enabled=true',
    `server.bolt.listen_address=127.0.0.1:${port}`,
    `server.bolt.advertised_address=127.0.0.1:${port}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    `dbms.security.auth_enabled=${auth}`,
    `server.memory.pagecache.size=${pagecache}`,
    // Heap is given to the JVM directly (-Xms/-Xmx); stated here too for the record.
    'db.tx_log.preallocate=false',
    'db.logs.query.enabled=OFF',
    'dbms.usage_report.enabled=false',
    // Netty's default 5 s quiet period (twice) would make every shutdown take ~10 s.
    'internal.dbms.bolt.netty_server_shutdown_quiet_period=0',
    '',
  ].join('\n');
}

/**
 * Starts a server and resolves once Bolt answers and Neo4j logged "Started.".
 * Returns { pid, port, uri, user, password, database, dataDir, logFile, version, child, env }.
 * With detach=true the JVM is left running on its own when this process exits.
 */
export async function startServer({
  detach = false,
  auth = true,
  port: fixedPort,
  heap = '512m',
  pagecache = '256m',
  timeoutMs = 120_000,
} = {}) {
  const java = findJava();
  const version = neo4jVersion();
  const home = ensureServer(java, version);
  pruneRunFile();

  for (let attempt = 1; ; attempt++) {
    const port = fixedPort ?? (await freePort());
    const dataDir = mkdtempSync(path.join(os.tmpdir(), DATA_DIR_PREFIX));
    const confDir = path.join(dataDir, 'conf');
    for (const sub of ['conf', 'data/dbms', 'logs', 'run', 'plugins', 'import']) {
      mkdirSync(path.join(dataDir, sub), { recursive: true });
    }
    writeFileSync(path.join(confDir, 'neo4j.conf'), neo4jConf({ dataDir, home, port, auth, pagecache }));
    if (auth) copyFileSync(path.join(home, 'auth.ini'), path.join(dataDir, 'data', 'dbms', 'auth.ini'));
    const logFile = path.join(dataDir, 'logs', 'console.log');

    // Same command line as `bin/neo4j console` (see `neo4j console --dry-run`), minus the
    // launcher JVM in between, so the pid we report is the server itself.
    const args = [
      '-cp',
      [path.join(confDir, '*'), path.join(home, 'lib', '*')].join(path.delimiter),
      `-Xms${heap}`,
      `-Xmx${heap}`,
      ...JVM_FLAGS,
      MAIN_CLASS,
      `--home-dir=${home}`,
      `--config-dir=${confDir}`,
      '--console-mode',
    ];
    const out = openSync(logFile, 'a');
    say(
      `starting Neo4j ${version} on bolt://127.0.0.1:${port} (heap ${heap}, page cache ${pagecache}, data ${dataDir})`,
    );
    const t0 = Date.now();
    const child = spawn(java, args, {
      cwd: dataDir,
      detached: true, // own process group: Ctrl-C reaches only us, and we stop it cleanly
      stdio: ['ignore', out, out],
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: confDir },
    });
    closeSync(out);
    let exited = null;
    child.on('exit', (code, signal) => {
      exited = { code, signal };
    });
    child.on('error', (err) => {
      exited = { code: null, signal: null, err };
    });

    const inst = {
      pid: child.pid,
      port,
      uri: `bolt://127.0.0.1:${port}`,
      user: DEFAULT_USER,
      password: DEFAULT_PASSWORD,
      database: DEFAULT_DATABASE,
      auth,
      dataDir,
      logFile,
      version,
      home,
      mode: detach ? 'detached' : 'foreground',
      startedAt: new Date().toISOString(),
      child,
    };
    inst.env = {
      NEO4J_URI: inst.uri,
      NEO4J_USER: inst.user,
      NEO4J_PASSWORD: inst.password,
      NEO4J_DATABASE: inst.database,
      NEO4J_PID: String(inst.pid),
    };
    if (child.pid) registerInstance(inst);

    const deadline = t0 + timeoutMs;
    let ready = false;
    while (!exited && Date.now() < deadline) {
      if ((await boltHandshake(port)) && /\bINFO\s+Started\.\s*$/m.test(tail(logFile, 200))) {
        ready = true;
        break;
      }
      await sleep(250);
    }
    if (ready && !exited) {
      say(`Neo4j ${version} ready on ${inst.uri} in ${((Date.now() - t0) / 1000).toFixed(1)} s (pid ${inst.pid})`);
      if (detach) child.unref();
      return inst;
    }

    const log = tail(logFile, 400);
    const bindClash = /Address already in use|BindException|already in use/i.test(log);
    const why = exited
      ? exited.err
        ? `could not run ${java}: ${exited.err.message}`
        : `Neo4j exited early (code ${exited.code}, signal ${exited.signal})`
      : `Neo4j did not accept Bolt connections on port ${port} within ${timeoutMs / 1000} s`;
    const report = logTail(inst, 60);
    await stopInstance(inst, { timeoutMs: 5_000 });
    if (bindClash && fixedPort === undefined && attempt < 3) {
      say(`port ${port} was taken meanwhile, retrying with another one`);
      continue;
    }
    process.stderr.write(report);
    throw new ExitError(1, why);
  }
}

// ---------------------------------------------------------------- CLI

const shQuote = (v) => (/^[A-Za-z0-9_@%+=:,./-]*$/.test(v) ? v : `'${String(v).replace(/'/g, `'\\''`)}'`);

export function envLines(env) {
  const keys = Object.keys(env);
  return `${keys.map((k) => `${k}=${shQuote(env[k])}`).join('\n')}\nexport ${keys.join(' ')}\n`;
}

const USAGE = `usage: node tests/neo4j/start.mjs [options]
  --detach           start in the background, print the variables and exit (stop with stop.mjs)
  --no-auth          disable authentication (default: user ${DEFAULT_USER}, password ${DEFAULT_PASSWORD})
  --port=N           Bolt port (default: a free random loopback port)
  --heap=SIZE        JVM heap, e.g. 512m (default 512m)
  --pagecache=SIZE   page cache, e.g. 256m (default 256m)
  --timeout=SECONDS  how long to wait for Bolt (default 120)
  --fetch-only       only fetch/cache the server, start nothing
`;

function parseArgs(argv) {
  const o = { detach: false, auth: true, heap: '512m', pagecache: '256m', timeoutMs: 120_000, fetchOnly: false };
  for (const a of argv) {
    const [k, v] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (k === '--detach' || k === '-d') o.detach = true;
    else if (k === '--no-auth') o.auth = false;
    else if (k === '--fetch-only') o.fetchOnly = true;
    else if (k === '--port' && /^\d+$/.test(v ?? '')) o.port = Number(v);
    else if (k === '--heap' && /^\d+[kmgKMG]?$/.test(v ?? '')) o.heap = v;
    else if (k === '--pagecache' && /^\d+[kmgKMG]?$/.test(v ?? '')) o.pagecache = v;
    else if (k === '--timeout' && /^\d+$/.test(v ?? '')) o.timeoutMs = Number(v) * 1000;
    else if (k === '--help' || k === '-h') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else throw new ExitError(2, `unknown or malformed option: ${a}\n${USAGE}`);
  }
  return o;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.fetchOnly) {
    const home = ensureServer(findJava());
    say(`Neo4j ${neo4jVersion()} is cached in ${rel(home)}`);
    return;
  }
  const inst = await startServer(opts);
  process.stdout.write(envLines(inst.env));
  if (opts.detach) {
    say(
      `left running in the background; stop it with: node ${rel(path.join(HERE, 'stop.mjs'))}  (or kill ${inst.pid})`,
    );
    process.exit(0);
  }

  say('running in the foreground; press Ctrl-C to stop');
  let stopping = false;
  const shutdown = async (signal) => {
    if (stopping) {
      // Second Ctrl-C: do not wait for a graceful shutdown.
      try {
        process.kill(inst.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
      return;
    }
    stopping = true;
    say(`${signal}: stopping Neo4j (pid ${inst.pid})...`);
    await stopInstance(inst);
    say('stopped, data folder deleted');
    process.exit(0);
  };
  for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'])
    process.on(s, () => {
      shutdown(s);
    });
  inst.child.on('exit', async (code, signal) => {
    if (stopping) return;
    process.stderr.write(logTail(inst, 60));
    say(`Neo4j exited unexpectedly (code ${code}, signal ${signal})`);
    await stopInstance(inst, { timeoutMs: 1_000 });
    process.exit(1);
  });
}

function isMain() {
  try {
    return process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  main().catch((e) => {
    if (e instanceof ExitError) {
      process.stderr.write(e.exitCode === 3 ? `${e.message}\n` : `[neo4j] error: ${e.message}\n`);
      process.exit(e.exitCode);
    }
    process.stderr.write(`[neo4j] error: ${e?.stack ?? e}\n`);
    process.exit(1);
  });
}
