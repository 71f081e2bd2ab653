import { AtpAgent } from '@atproto/api';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startAtprotoNetwork, type AtprotoNetwork } from '../connectors/support/atproto-network.js';
import { MastodonEmulator } from '../connectors/mastodon/emulator-server.js';
import { SmtpCapture } from '../support/smtp.js';
import { launchChromium } from './support/browser.js';
import { ensureWebBuilt } from './support/build.js';
import { startServer, type RunningServer } from './support/server.js';

/** The publishing journey's peers: a real local AT Protocol network, the Mastodon emulator, SMTP, server, browser. */
export interface PublishingStack {
  readonly atproto: AtprotoNetwork;
  readonly mastodon: MastodonEmulator;
  readonly server: RunningServer;
  readonly browser: Browser;
}

// The AT Protocol network alone takes up to two minutes to start on a busy machine, the server up to 90 s.
export const SETUP_TIMEOUT_MS = 330_000;

/**
 * Starts every peer before the enclosing `describe` and stops them after. The server may reach the
 * peers on 127.0.0.1 (PRESENCE_ALLOW_PRIVATE_NETWORKS=1); the browser still reaches nothing but the server.
 */
export function usePublishingStack(): PublishingStack {
  let atproto: AtprotoNetwork | undefined;
  let mastodon: MastodonEmulator | undefined;
  let smtp: SmtpCapture | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    ensureWebBuilt();
    // The network first and alone: starting it is the heaviest step on a two-core machine.
    atproto = await startAtprotoNetwork({ timeoutMs: 180_000 });
    mastodon = await MastodonEmulator.start();
    smtp = await SmtpCapture.start();
    server = await startServer({ smtpUrl: smtp.url, env: { PRESENCE_ALLOW_PRIVATE_NETWORKS: '1' } });
    browser = await launchChromium();
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    await smtp?.stop();
    await mastodon?.stop();
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
    get mastodon() {
      return started(mastodon, 'Mastodon emulator');
    },
    get server() {
      return started(server, 'server');
    },
    get browser() {
      return started(browser, 'browser');
    },
  };
}

/**
 * The wall-clock date and time `minutes` whole minutes after the current minute in `timeZone` — what
 * a person types to schedule "a minute from now" (at least one full minute ahead).
 */
export function localMinutesAhead(
  timeZone: string,
  minutes: number,
  now = Date.now(),
): { date: string; time: string } {
  const at = new Date(Math.floor(now / 60_000) * 60_000 + minutes * 60_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** How many posts of the account `did` on the PDS have exactly `text`, read with @atproto/api (not the connector). */
export async function countBlueskyPosts(pdsUrl: string, did: string, text: string): Promise<number> {
  const agent = new AtpAgent({ service: pdsUrl });
  let count = 0;
  let cursor: string | undefined;
  do {
    const res = await agent.com.atproto.repo.listRecords({
      repo: did,
      collection: 'app.bsky.feed.post',
      limit: 100,
      cursor,
    });
    count += res.data.records.filter((r) => (r.value as { text?: unknown }).text === text).length;
    cursor = res.data.records.length > 0 ? res.data.cursor : undefined;
  } while (cursor);
  return count;
}

/** How many statuses of the emulated account `accountId` have exactly `text` as written. */
export function countMastodonStatuses(emulator: MastodonEmulator, accountId: string, text: string): number {
  return [...emulator.state.statuses.values()].filter((s) => s.accountId === accountId && s.source === text)
    .length;
}
