import path from 'node:path';
import { AtpAgent } from '@atproto/api';
import SQLite from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startAtprotoNetwork, type AtprotoNetwork } from '../connectors/support/atproto-network.js';
import { SmtpCapture } from '../support/smtp.js';
import { launchChromium } from './support/browser.js';
import { ensureWebBuilt } from './support/build.js';
import { startServer, type RunningServer } from './support/server.js';

/** The inbox journey's peers: a real local AT Protocol network, SMTP (invitations), the server, a browser. */
export interface InboxStack {
  readonly atproto: AtprotoNetwork;
  readonly smtp: SmtpCapture;
  readonly server: RunningServer;
  readonly browser: Browser;
}

// The AT Protocol network alone takes up to two minutes to start on a busy machine, the server up to 90 s.
export const SETUP_TIMEOUT_MS = 330_000;

/** Starts every peer before the enclosing `describe` and stops them after (own ports, own temp dirs). */
export function useInboxStack(): InboxStack {
  let atproto: AtprotoNetwork | undefined;
  let smtp: SmtpCapture | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    ensureWebBuilt();
    atproto = await startAtprotoNetwork({ timeoutMs: 180_000 });
    smtp = await SmtpCapture.start();
    server = await startServer({ smtpUrl: smtp.url, env: { PRESENCE_ALLOW_PRIVATE_NETWORKS: '1' } });
    browser = await launchChromium();
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    await smtp?.stop();
    await atproto?.stop();
  }, 60_000);

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The journey's ${what} is not started yet`);
    return value;
  };
  return {
    get atproto() {
      return started(atproto, 'AT Protocol network');
    },
    get smtp() {
      return started(smtp, 'SMTP capture');
    },
    get server() {
      return started(server, 'server');
    },
    get browser() {
      return started(browser, 'browser');
    },
  };
}

/** A post record on the PDS, as a reply references it. */
export interface PostRef {
  uri: string;
  cid: string;
  text: string;
  reply?: { parent: { uri: string }; root: { uri: string } };
}

/** The posts of the account `did` on the PDS, read with @atproto/api (not the connector). */
export async function blueskyPosts(pdsUrl: string, did: string): Promise<PostRef[]> {
  const agent = new AtpAgent({ service: pdsUrl });
  const out: PostRef[] = [];
  let cursor: string | undefined;
  do {
    const res = await agent.com.atproto.repo.listRecords({
      repo: did,
      collection: 'app.bsky.feed.post',
      limit: 100,
      cursor,
    });
    for (const r of res.data.records)
      out.push({ uri: r.uri, cid: r.cid, ...(r.value as Omit<PostRef, 'uri' | 'cid'>) });
    cursor = res.data.records.length > 0 ? res.data.cursor : undefined;
  } while (cursor);
  return out;
}

/**
 * Makes the server's inbox poller read every connected account at its next tick (the worker ticks every
 * 15 s) and every `seconds` after, instead of the default two minutes: there is no setting for the poll
 * interval, so the journey writes the server's own SQLite file, as an operator would.
 */
export function pollInboxSoon(server: RunningServer, seconds = 10): number {
  const db = new SQLite(path.join(server.dataDir, 'presence.sqlite'));
  try {
    db.pragma('busy_timeout = 5000');
    return db
      .prepare('UPDATE inbox_cursors SET interval_seconds = ?, next_poll_at = ?')
      .run(seconds, new Date().toISOString()).changes;
  } finally {
    db.close();
  }
}

/** When the poller last finished reading any connected account (null before the first poll). */
export function lastInboxPoll(server: RunningServer): string | null {
  const db = new SQLite(path.join(server.dataDir, 'presence.sqlite'), { readonly: true });
  try {
    db.pragma('busy_timeout = 5000');
    const row = db.prepare('SELECT MAX(last_polled_at) AS at FROM inbox_cursors').get() as {
      at: string | null;
    };
    return row.at;
  } finally {
    db.close();
  }
}
