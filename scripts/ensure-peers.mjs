// Installs the test peers (test/peers: the local AT Protocol network, ~360 MB) when they are missing or
// when their package.json / package-lock.json changed since the last install. The root `npm ci` never
// pulls them, so `npm ci && npm start` stays lean; `npm test` and CI call this first.
//
// The install is `npm ci` inside test/peers with its own lock; native builds (better-sqlite3, sharp) run
// because test/peers/package.json approves them in `allowScripts`. A stamp file inside
// test/peers/node_modules records the hash of the manifest and lock the install came from.
// `--check` only reports (exit 1 when an install is needed) without installing.
import { execSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const peers = path.resolve(import.meta.dirname, '..', 'test', 'peers');
const modules = path.join(peers, 'node_modules');
const stamp = path.join(modules, '.presence-peers-stamp');
const checkOnly = process.argv.includes('--check');

function manifestHash() {
  const h = crypto.createHash('sha256');
  for (const f of ['package.json', 'package-lock.json']) {
    const p = path.join(peers, f);
    if (!fs.existsSync(p)) throw new Error(`test peers: ${p} is missing`);
    h.update(f).update('\0').update(fs.readFileSync(p)).update('\0');
  }
  // The native modules are built for one Node ABI: a Node upgrade needs a fresh install too.
  h.update(process.versions.modules);
  return h.digest('hex');
}

const wanted = manifestHash();
const have = fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8').trim() : null;

if (have === wanted) process.exit(0);
if (checkOnly) {
  console.log(have ? 'Test peers are out of date.' : 'Test peers are not installed.');
  process.exit(1);
}

console.log(
  have
    ? 'Test peers changed: reinstalling test/peers (npm ci)…'
    : 'Installing test peers (npm ci in test/peers)…',
);
const started = Date.now();
execSync('npm ci --no-audit --no-fund', { cwd: peers, stdio: 'inherit' });
fs.writeFileSync(stamp, `${wanted}\n`);
console.log(`Test peers installed in ${Math.round((Date.now() - started) / 1000)} s.`);
