import { AtpAgent } from '@atproto/api';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startAtprotoNetwork, type AtprotoNetwork } from '../connectors/support/atproto-network.js';
import { SmtpCapture } from '../support/smtp.js';
import { apiWrite } from './organisation-budget.support.js';
import { launchChromium } from './support/browser.js';
import { apiJson } from './support/journey.js';
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
 * 15 s), through the poll-interval API an agent uses: the shortest interval (60 s) and "poll now".
 * `page` is signed in as someone who handles the inbox; returns how many accounts were set.
 */
export async function pollInboxSoon(page: Page, api: string): Promise<number> {
  const { data } = await apiJson<{ data: { accountId: string }[] }>(page, `${api}/inbox/polling`);
  for (const a of data) {
    const res = await apiWrite(page, 'PUT', `${api}/inbox/accounts/${a.accountId}/polling`, {
      intervalSeconds: 60,
      pollNow: true,
    });
    if (res.status !== 200) throw new Error(`Setting the poll interval answered ${res.status}`);
  }
  return data.length;
}

/** When the poller last finished reading any connected account (null before the first poll), from the API. */
export async function lastInboxPoll(page: Page, api: string): Promise<string | null> {
  const { data } = await apiJson<{ data: { lastPolledAt: string | null }[] }>(page, `${api}/inbox/polling`);
  const times = data.flatMap((a) => (a.lastPolledAt ? [a.lastPolledAt] : [])).sort();
  return times.at(-1) ?? null;
}
