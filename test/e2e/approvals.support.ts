import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { MastodonEmulator } from '../connectors/mastodon/emulator-server.js';
import { SmtpCapture, type CapturedMail } from '../support/smtp.js';
import { launchChromium } from './support/browser.js';
import { ensureWebBuilt } from './support/build.js';
import { startServer, type RunningServer } from './support/server.js';

export { apiWrite } from './organisation-budget.support.js';

/** The approvals journey's peers: the Mastodon emulator, SMTP, the server (worker inside) and Chromium. */
export interface ApprovalsStack {
  readonly mastodon: MastodonEmulator;
  readonly smtp: SmtpCapture;
  readonly server: RunningServer;
  readonly browser: Browser;
}

/**
 * Starts every peer before the enclosing `describe` and stops them after. The server may reach the
 * emulator on 127.0.0.1 (PRESENCE_ALLOW_PRIVATE_NETWORKS=1); the browser reaches nothing but the server.
 */
export function useApprovalsStack(): ApprovalsStack {
  let mastodon: MastodonEmulator | undefined;
  let smtp: SmtpCapture | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    ensureWebBuilt();
    mastodon = await MastodonEmulator.start();
    smtp = await SmtpCapture.start();
    server = await startServer({ smtpUrl: smtp.url, env: { PRESENCE_ALLOW_PRIVATE_NETWORKS: '1' } });
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    await smtp?.stop();
    await mastodon?.stop();
  }, 60_000);

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The journey's ${what} is not started yet`);
    return value;
  };
  return {
    get mastodon() {
      return started(mastodon, 'Mastodon emulator');
    },
    get smtp() {
      return started(smtp, 'SMTP peer');
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
 * The first mail the peer received for `to` whose subject contains `subject`, waited for (bounded):
 * people get several mails (invitation, review requests, reminders), so they are told apart by subject.
 */
export async function mailWithSubject(
  smtp: SmtpCapture,
  to: string,
  subject: string,
  timeoutMs: number,
): Promise<CapturedMail> {
  const wanted = to.toLowerCase();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = smtp.messages.find((m) => m.to.includes(wanted) && m.subject.includes(subject));
    if (found) return found;
    if (Date.now() > deadline) {
      const seen = smtp.messages.map((m) => `${m.to.join(',')}: ${m.subject}`).join('; ');
      throw new Error(`No mail to ${to} about "${subject}" within ${timeoutMs} ms (received: ${seen})`);
    }
    await new Promise((r) => setTimeout(r, 1_000));
  }
}

/** The post id in a /w/:ws/posts/:postId URL. */
export function postIdOf(page: Page): string {
  const id = new URL(page.url()).pathname.split('/').pop();
  if (!id) throw new Error(`Not a post URL: ${page.url()}`);
  return id;
}
