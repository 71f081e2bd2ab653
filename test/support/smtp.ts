import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { parseMail, type ParsedMail } from './mime.js';

/**
 * An in-process SMTP peer for tests: a real `smtp-server` on 127.0.0.1 (random port, no TLS, no auth)
 * that keeps every message it accepts, parsed. Point the app at it with
 * `createTestApp(dialect, { mailer: new SmtpMailer(capture.url, 'Presence <no-reply@presence.local>') })`
 * or `SMTP_URL=${capture.url}` for a spawned server.
 *
 *   const smtp = await SmtpCapture.start();
 *   … trigger a mail …
 *   const mail = await smtp.waitFor('bob@example.test');   // bounded wait, default 10 s
 *   const link = linkIn(mail, '/invitations/');
 *   await smtp.stop();
 */

/** A message the peer accepted. */
export interface CapturedMail extends ParsedMail {
  /** Envelope sender. */
  from: string;
  /** Envelope recipients, lower-cased. */
  to: string[];
  /** The message as received (headers and encoded body). */
  raw: string;
}

export class SmtpCapture {
  /** Every accepted message, oldest first. */
  readonly messages: CapturedMail[] = [];
  /**
   * While true the peer answers `451` to every recipient (a temporary outage, as a real relay would
   * report it) and keeps nothing: use it to test the failure and retry path.
   */
  refusing = false;
  readonly #taken = new Set<CapturedMail>();
  readonly #waiters = new Set<() => void>();

  readonly #server: SMTPServer;
  #port = 0;

  private constructor() {
    this.#server = new SMTPServer({
      secure: false,
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      disableReverseLookup: true,
      logger: false,
      size: 5 * 1024 * 1024,
      onRcptTo: (_address, _session, callback) => {
        if (this.refusing) {
          const err = Object.assign(new Error('Mailbox temporarily unavailable (test peer refusing)'), {
            responseCode: 451,
          });
          callback(err);
          return;
        }
        callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
          const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
          this.accept({ ...parseMail(raw), from, to, raw });
          callback();
        });
      },
    });
  }

  /** The port the peer listens on. */
  get port(): number {
    return this.#port;
  }

  /** `smtp://127.0.0.1:<port>`, ready for SmtpMailer or SMTP_URL. */
  get url(): string {
    return `smtp://127.0.0.1:${this.#port}`;
  }

  /** Starts a peer on a random free port of 127.0.0.1. */
  static async start(): Promise<SmtpCapture> {
    const capture = new SmtpCapture();
    await new Promise<void>((resolve, reject) => {
      capture.#server.once('error', reject);
      capture.#server.listen(0, '127.0.0.1', () => resolve());
    });
    capture.#port = (capture.#server.server.address() as AddressInfo).port;
    return capture;
  }

  /**
   * The oldest message to `to` not yet returned by an earlier `waitFor` (so successive calls walk
   * through successive messages); waits for it up to `timeoutMs`, then rejects naming what arrived.
   */
  async waitFor(to: string, timeoutMs = 10_000): Promise<CapturedMail> {
    const wanted = to.toLowerCase();
    const take = () => {
      const m = this.messages.find((x) => !this.#taken.has(x) && x.to.includes(wanted));
      if (m) this.#taken.add(m);
      return m;
    };
    const now = take();
    if (now) return now;
    return new Promise<CapturedMail>((resolve, reject) => {
      const check = () => {
        const m = take();
        if (!m) return;
        clearTimeout(timer);
        this.#waiters.delete(check);
        resolve(m);
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(check);
        const seen = this.messages.map((m) => `${m.to.join(',')}: ${m.subject}`).join('; ') || 'nothing';
        reject(new Error(`No mail to ${to} within ${timeoutMs} ms (received: ${seen})`));
      }, timeoutMs);
      this.#waiters.add(check);
    });
  }

  /** Stops listening and drops open connections. */
  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  private accept(mail: CapturedMail): void {
    this.messages.push(mail);
    for (const w of [...this.#waiters]) w();
  }
}

/** The first http(s) URL in the mail's text that contains `fragment` (e.g. '/invitations/'). */
export function linkIn(mail: Pick<ParsedMail, 'text'>, fragment: string): string {
  const url = (mail.text.match(/https?:\/\/[^\s<>"]+/g) ?? []).find((u) => u.includes(fragment));
  if (!url) throw new Error(`No link containing ${fragment} in:\n${mail.text}`);
  return url;
}
