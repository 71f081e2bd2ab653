import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AtpAgent } from '@atproto/api';
import { PG_ADMIN_URL } from '../../support/databases.js';

// Runs test/peers/atproto-network.mjs (a real PLC + PDS + AppView from @atproto/dev-env) as a child
// process: the ~360 MB of peers stay out of the root install and out of the test process, and a
// crashed test cannot leave the network behind (the child stops when its stdin closes).

const PEERS = fileURLToPath(new URL('../../peers/', import.meta.url));

export interface TestAccount {
  did: string;
  handle: string;
  /** The account password (what the owner logs in with); connectors receive `appPassword`. */
  password: string;
  appPassword: string;
  appPasswordName: string;
  /** Logged in as the account with its main password, for acting as it in tests. */
  agent: AtpAgent;
}

export interface AtprotoNetwork {
  pdsUrl: string;
  appviewUrl: string;
  plcUrl: string;
  /** From spawning the process to the network answering. */
  startMs: number;
  /** Resident and peak memory of the network process, from /proc (null where there is none). */
  memory(): { rssBytes: number; peakBytes: number } | null;
  /** A new account on the PDS, with an app password. */
  createAccount(name: string): Promise<TestAccount>;
  stop(): Promise<void>;
}

interface ReadyLine {
  ready: true;
  pds: string;
  appview: string;
  plc: string;
}

function procMemory(pid: number): { rssBytes: number; peakBytes: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string): number =>
      Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rssBytes: kb('VmRSS'), peakBytes: kb('VmHWM') };
  } catch {
    return null;
  }
}

function waitForExit(child: ChildProcessWithoutNullStreams, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Removes the private temp dirs of earlier test processes that died without cleaning up. */
function sweepTempDirs(): void {
  for (const name of fs.readdirSync(os.tmpdir())) {
    const pid = Number(/^presence-peer-(\d+)-/.exec(name)?.[1] ?? NaN);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ESRCH') {
        fs.rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
      }
    }
  }
}

/** Starts a fresh network (own PostgreSQL schemas, own temp dir); fails after `timeoutMs`. */
export async function startAtprotoNetwork(opts: { timeoutMs?: number } = {}): Promise<AtprotoNetwork> {
  if (!fs.existsSync(path.join(PEERS, 'node_modules', '@atproto', 'dev-env', 'package.json'))) {
    throw new Error('The test peers are not installed: run `node scripts/ensure-peers.mjs` (npm test does).');
  }
  const timeoutMs = opts.timeoutMs ?? 120_000;
  sweepTempDirs();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `presence-peer-${process.pid}-`));
  const started = Date.now();
  const child = spawn(process.execPath, [path.join(PEERS, 'atproto-network.mjs'), '--db', PG_ADMIN_URL], {
    cwd: PEERS,
    env: {
      ...process.env,
      TMPDIR: tmp,
      REDIS_HOST: process.env.REDIS_HOST ?? 'localhost:6379',
      NODE_OPTIONS: '',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString('utf8')).slice(-4000);
  });

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 30_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  };

  let ready: ReadyLine;
  try {
    ready = await new Promise<ReadyLine>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(
        () => reject(new Error(`The AT Protocol network did not start within ${timeoutMs} ms.\n${stderr}`)),
        timeoutMs,
      );
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString('utf8');
        const line = out.split('\n').find((l) => l.startsWith('{'));
        if (!line) return;
        clearTimeout(timer);
        try {
          resolve(JSON.parse(line) as ReadyLine);
        } catch (err) {
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`The AT Protocol network exited (code ${code}) before it was ready.\n${stderr}`));
      });
    });
  } catch (err) {
    await stop();
    throw err;
  }
  const startMs = Date.now() - started;

  return {
    pdsUrl: ready.pds,
    appviewUrl: ready.appview,
    plcUrl: ready.plc,
    startMs,
    memory: () => (child.pid ? procMemory(child.pid) : null),
    async createAccount(name: string): Promise<TestAccount> {
      // Service handles take 3–18 characters before the `.test` domain.
      const local = `${name
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '')
        .slice(0, 10)}${crypto.randomBytes(3).toString('hex')}`;
      const handle = `${local}.test`;
      const password = crypto.randomBytes(12).toString('base64url');
      const agent = new AtpAgent({ service: ready.pds });
      await agent.createAccount({ handle, email: `${local}@example.test`, password });
      const appPasswordName = 'presence-tests';
      const app = await agent.com.atproto.server.createAppPassword({ name: appPasswordName });
      return {
        did: agent.session!.did,
        handle,
        password,
        appPassword: app.data.password,
        appPasswordName,
        agent,
      };
    },
    stop,
  };
}
