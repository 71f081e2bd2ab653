// Starts a real local AT Protocol network (PLC + PDS + AppView + Ozone from @atproto/dev-env) for the
// connector tests, prints ONE JSON line on stdout with its URLs, then runs until SIGTERM/SIGINT (or
// until stdin closes, so an orphan never outlives the test that spawned it) and cleans up.
//
// Isolation: each run gets its own PostgreSQL database (dropped WITH (FORCE) at the end, so a hung
// service cannot keep it alive) and its own TMPDIR (the PDS keeps actor stores and blobs there). The
// database name carries the pid in letters: a later run drops the databases of runs whose process is
// gone (killed with SIGKILL, machine crash).
//
// Usage: node test/peers/atproto-network.mjs [--db postgres://postgres@127.0.0.1:5432/postgres]
// Everything except the JSON line goes to stderr. Exit code 0 after a clean stop, 1 when start failed.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pg = require('pg');

const dbArg = process.argv.indexOf('--db');
const adminUrl =
  (dbArg > 0 ? process.argv[dbArg + 1] : undefined) ??
  process.env.PRESENCE_TEST_PG_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';

const log = (msg) => process.stderr.write(`[atproto-network] ${msg}\n`);
const letters = (n) => {
  let s = '';
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return s;
};
const fromLetters = (s) => [...s].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 97), 0);
const randomLetters = (k) =>
  Array.from(crypto.randomBytes(k), (b) => String.fromCharCode(97 + (b % 26))).join('');

// dev-env builds unquoted identifiers from the schema name (`appview_<name>`, `ozone_<name>`), so
// names take lowercase letters and `_` only.
const PREFIX = 'presence_atproto_';
const owner = letters(process.pid);
const database = `${PREFIX}${owner}_${randomLetters(8)}`;
const schema = 'presence';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `presence-atproto-${owner}-`));
process.env.TMPDIR = tmp; // read by dev-env through os.tmpdir(), so set before it loads
process.env.REDIS_HOST ??= 'localhost:6379'; // asserted by TestNetwork.create; never connected to here
process.env.LOG_ENABLED ??= 'false';
process.noDeprecation = true; // dev-env's pg usage warns on every start

async function admin(fn) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
};

/** Removes what earlier runs whose process no longer exists left behind: databases and temp dirs. */
async function sweep(client) {
  const base = path.dirname(tmp);
  for (const name of fs.readdirSync(base)) {
    const m = /^presence-atproto-([a-z]+)-/.exec(name);
    if (m && !alive(fromLetters(m[1]))) fs.rmSync(path.join(base, name), { recursive: true, force: true });
  }
  const { rows } = await client.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [
    `${PREFIX}%`,
  ]);
  for (const { datname } of rows) {
    const m = /^presence_atproto_([a-z]+)_[a-z]+$/.exec(datname);
    if (!m || alive(fromLetters(m[1]))) continue;
    log(`dropping ${datname}, left behind by a run that no longer exists`);
    await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  }
}

let network = null;
let stopping = null;

/** Closes what closes quickly, drops the database, removes the temp dir; safe to call twice. */
function stop(code) {
  stopping ??= (async () => {
    const started = Date.now();
    if (network) {
      // Graceful close waits on open connections and background loops; the database is dropped by
      // force below anyway, so it gets a few seconds and no more.
      const closed = await Promise.race([
        network.close().then(
          () => true,
          (err) => log(`close failed: ${err?.message ?? err}`),
        ),
        new Promise((r) => setTimeout(() => r(false), 3_000).unref()),
      ]);
      if (!closed) log('services did not close within 3 s; dropping the database anyway');
    }
    try {
      await admin((c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
    } catch (err) {
      log(`dropping ${database} failed: ${err?.message ?? err}`);
    }
    fs.rmSync(tmp, { recursive: true, force: true });
    // The test helper's private TMPDIR holds only ours: remove it too when it is now empty.
    if (path.basename(path.dirname(tmp)).startsWith('presence-peer-')) {
      try {
        fs.rmdirSync(path.dirname(tmp));
      } catch {
        // not empty or already gone
      }
    }
    log(`stopped in ${Date.now() - started} ms`);
    process.exit(code);
  })();
  return stopping;
}

process.on('SIGTERM', () => void stop(0));
process.on('SIGINT', () => void stop(0));
process.stdin.on('end', () => void stop(0));
process.stdin.on('error', () => void stop(0));
process.stdin.resume();

try {
  const started = Date.now();
  await admin(async (c) => {
    await sweep(c);
    await c.query(`CREATE DATABASE "${database}"`);
  });
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const { TestNetwork } = require('@atproto/dev-env');
  network = await TestNetwork.create({ dbPostgresUrl: url.toString(), dbPostgresSchema: schema });
  const ready = {
    ready: true,
    pds: network.pds.url,
    appview: network.bsky.url,
    plc: network.plc.url,
    database,
    startMs: Date.now() - started,
    rssBytes: process.memoryUsage().rss,
    pid: process.pid,
  };
  process.stdout.write(`${JSON.stringify(ready)}\n`);
} catch (err) {
  log(`start failed: ${err?.stack ?? err}`);
  await stop(1);
}
