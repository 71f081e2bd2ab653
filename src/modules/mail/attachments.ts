import type { MailAttachment } from './mail.port.js';

interface StoredAttachment {
  filename: string;
  contentType: string;
  /** base64 */
  content: string;
}

/** Attachments as the outbox stores them (JSON text with base64 content), or null when there are none. */
export function encodeAttachments(attachments: readonly MailAttachment[] | undefined): string | null {
  if (!attachments || attachments.length === 0) return null;
  const stored: StoredAttachment[] = attachments.map((a) => ({
    filename: a.filename,
    contentType: a.contentType,
    content: a.content.toString('base64'),
  }));
  return JSON.stringify(stored);
}

/** The outbox column back to attachments; rows written before the column existed have none. */
export function decodeAttachments(stored: string | null | undefined): MailAttachment[] {
  if (!stored) return [];
  return (JSON.parse(stored) as StoredAttachment[]).map((a) => ({
    filename: a.filename,
    contentType: a.contentType,
    content: Buffer.from(a.content, 'base64'),
  }));
}
