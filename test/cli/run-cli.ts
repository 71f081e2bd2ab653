import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext, createLogger } from '../../src/app/bootstrap.js';
import { buildServer } from '../../src/app/server.js';
import { loadConfig } from '../../src/config.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `presence …` from the TypeScript sources in a child process, as an operator would (bin/presence.js
 * would prefer a possibly stale dist/ build). `env` replaces the variables Presence reads.
 */
export function runCli(
  args: string[],
  opts: { env?: Record<string, string>; stdin?: string } = {},
): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of [
    'DATABASE_URL',
    'PRESENCE_DATA_DIR',
    'PRESENCE_SECRET',
    'PRESENCE_USER_PASSWORD',
    'SMTP_URL',
  ])
    delete env[k];
  Object.assign(env, opts.env ?? {});
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: root,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.stdin ?? '');
  });
}

/** The real server on a data directory (or DATABASE_URL), in this process, driven with inject. */
export async function serverOn(env: Record<string, string>) {
  const config = loadConfig(env, { testing: true });
  const ctx = await createContext(config, { logger: createLogger(config) });
  const app = await buildServer(ctx, { serveWeb: false });
  return {
    app,
    ctx,
    close: async () => {
      await app.close();
      await ctx.close();
    },
  };
}
