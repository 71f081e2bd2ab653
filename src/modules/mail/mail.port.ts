/** One message to one person. Bodies are rendered by the caller in the recipient's language. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Files sent with the message (a scheduled report); kept in the outbox until delivered. */
  attachments?: MailAttachment[];
}

/** A file attached to a message. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

/** What happened to a message: delivered to an SMTP server, or written to the log for lack of one. */
export type MailDelivery = { status: 'sent'; messageId: string } | { status: 'logged' };

/**
 * The mail port: the SMTP adapter (nodemailer) when SMTP_URL is set, otherwise the log adapter.
 * Throws on a delivery failure so the outbox can keep the message and retry.
 */
export interface Mailer {
  readonly kind: 'smtp' | 'log';
  deliver(message: MailMessage): Promise<MailDelivery>;
  close(): Promise<void>;
}
