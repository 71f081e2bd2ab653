// Makes `npm start` and `npm test` work on a fresh clone: installs dependencies when missing and builds
// what is out of date (the server with tsc, the web app with vite). `--web` builds only the web app.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const webOnly = process.argv.includes('--web');
const run = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' });

function newest(dir, exts) {
  let t = 0;
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (exts.some((x) => e.name.endsWith(x))) t = Math.max(t, fs.statSync(p).mtimeMs);
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return t;
}
const mtime = (p) => (fs.existsSync(p) ? fs.statSync(p).mtimeMs : 0);

if (!fs.existsSync(path.join(root, 'node_modules', '.package-lock.json'))) {
  console.log('Installing dependencies (npm ci)…');
  run('npm ci --no-audit --no-fund');
}
const webOut = path.join(root, 'dist', 'web', 'index.html');
if (newest(path.join(root, 'web'), ['.ts', '.tsx', '.json', '.html', '.css']) > mtime(webOut)) {
  console.log('Building the web app…');
  run('npx vite build --config web/vite.config.ts --logLevel warn');
}
if (!webOnly) {
  const serverOut = path.join(root, 'dist', 'server', 'cli', 'main.js');
  if (newest(path.join(root, 'src'), ['.ts', '.json']) > mtime(serverOut)) {
    console.log('Building the server…');
    run('npx tsc -p tsconfig.build.json');
  }
}
