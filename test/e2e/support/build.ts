import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.js';

function newestMtime(dir: string, exts: string[]): number {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestMtime(p, exts));
    else if (exts.some((x) => e.name.endsWith(x))) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * Makes sure dist/web holds a build of the current web sources (`npm test`'s pretest builds it; a
 * journey run on its own builds it here), so a journey never tests a stale page.
 */
export function ensureWebBuilt(): void {
  const index = path.join(ROOT, 'dist', 'web', 'index.html');
  const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  const sources = newestMtime(path.join(ROOT, 'web'), ['.ts', '.tsx', '.json', '.html', '.css']);
  if (built >= sources) return;
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'web/vite.config.ts',
      '--logLevel',
      'warn',
    ],
    {
      cwd: ROOT,
      stdio: 'inherit',
      timeout: 170_000,
    },
  );
  if (!fs.existsSync(index)) throw new Error('The web build did not produce dist/web/index.html');
}

/**
 * How to start the CLI: the compiled build when it is at least as new as the sources (what `npm start`
 * runs), else the TypeScript sources through tsx, so a stale dist/server is never the one tested.
 */
export function cliCommand(): string[] {
  const compiled = path.join(ROOT, 'dist', 'server', 'cli', 'main.js');
  const fresh =
    fs.existsSync(compiled) && fs.statSync(compiled).mtimeMs >= newestMtime(path.join(ROOT, 'src'), ['.ts']);
  return fresh
    ? [path.join(ROOT, 'bin', 'presence.js')]
    : ['--import', 'tsx', path.join(ROOT, 'src', 'cli', 'main.ts')];
}
