import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { SmtpCapture } from '../../support/smtp.js';
import { launchChromium } from './browser.js';
import { ensureWebBuilt } from './build.js';
import { startServer, type RunningServer } from './server.js';

/** What a browser journey runs against: a real SMTP peer, the real server wired to it, and Chromium. */
export interface JourneyStack {
  readonly smtp: SmtpCapture;
  readonly server: RunningServer;
  readonly browser: Browser;
}

/**
 * Starts the stack before the enclosing `describe` and stops it after (browser, then server, then
 * SMTP). Reading a member before `beforeAll` has run is a mistake in the test, so it throws.
 */
export function useJourneyStack(): JourneyStack {
  let smtp: SmtpCapture | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    ensureWebBuilt();
    smtp = await SmtpCapture.start();
    server = await startServer({ smtpUrl: smtp.url });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    await smtp?.stop();
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The journey's ${what} is not started yet`);
    return value;
  };
  return {
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
