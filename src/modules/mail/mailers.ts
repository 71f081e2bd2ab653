import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import type { MailDelivery, MailMessage, Mailer } from './mail.port.js';

/** SMTP adapter: nodemailer with the connection given by SMTP_URL (smtp:// or smtps://). */
export class SmtpMailer implements Mailer {
  readonly kind = 'smtp' as const;
  private readonly transport: nodemailer.Transporter;
  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    // nodemailer waits up to 2 min for a connection by default; an invitation request waits for its
    // delivery, so a black-holed relay fails fast instead and the outbox retries the message later.
    // Timeouts given in the URL's query string still win (nodemailer applies URL options last).
    this.transport = nodemailer.createTransport({
      url: smtpUrl,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 60_000,
    });
  }
  async deliver(m: MailMessage): Promise<MailDelivery> {
    const info = (await this.transport.sendMail({
      from: this.from,
      to: m.to,
      subject: m.subject,
      text: m.text,
      ...(m.html ? { html: m.html } : {}),
      ...(m.attachments?.length
        ? {
            attachments: m.attachments.map((a) => ({
              filename: a.filename,
              contentType: a.contentType,
              content: a.content,
            })),
          }
        : {}),
    })) as {
      messageId: string;
    };
    return { status: 'sent', messageId: info.messageId };
  }
  async close(): Promise<void> {
    this.transport.close();
  }
}

/**
 * Without SMTP the message is written to the server log (and kept in the outbox by the caller), so a
 * fresh install can still invite people: the admin copies the link from the log or the outbox page.
 */
export class LogMailer implements Mailer {
  readonly kind = 'log' as const;
  constructor(private readonly logger: Logger) {}
  async deliver(m: MailMessage): Promise<MailDelivery> {
    this.logger.warn(
      {
        mail: {
          to: m.to,
          subject: m.subject,
          text: m.text,
          ...(m.attachments?.length ? { attachments: m.attachments.map((a) => a.filename) } : {}),
        },
      },
      'SMTP_URL is not set: mail written to the log instead of sent',
    );
    return { status: 'logged' };
  }
  async close(): Promise<void> {}
}
