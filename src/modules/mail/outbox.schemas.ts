import { z } from 'zod';

export const zMailStatus = z.enum(['queued', 'sent', 'logged', 'failed']);

/** A message of the workspace's outbox. `text` holds the link when SMTP is missing (status `logged`). */
export const zMail = z.object({
  id: z.string(),
  kind: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  status: zMailStatus,
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  /** When the worker tries a failed message again; null once delivered or out of automatic attempts. */
  nextAttemptAt: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});

export const zMailIdParams = { mailId: z.string().max(64) };
