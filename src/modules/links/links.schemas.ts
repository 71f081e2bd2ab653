import { z } from 'zod';

const zId = z.string().trim().min(1).max(64);

export const zLinksQuery = z.object({
  postId: zId.optional().describe('Only the links of this post'),
  variantId: zId.optional().describe('Only the links of this variant'),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export type LinksQuery = z.infer<typeof zLinksQuery>;

export const zTrackedLink = z.object({
  id: z.string(),
  code: z.string(),
  shortUrl: z.string(),
  targetUrl: z.string().describe('The URL as the author wrote it'),
  finalUrl: z.string().describe('Where the short link redirects: the target with UTM tags'),
  postId: z.string().nullable(),
  variantId: z.string().nullable(),
  network: z.string(),
  clicks: z.number().int().describe('Human clicks (bots and double clicks excluded)'),
  botClicks: z.number().int().describe('Visits by crawlers and link-preview fetchers, kept for audit'),
  createdAt: z.string(),
});
export type TrackedLinkView = z.infer<typeof zTrackedLink>;

export const zClicksQuery = z.object({
  from: z.iso.date().optional().describe('First day (workspace time zone); default: 29 days before `to`'),
  to: z.iso.date().optional().describe('Last day, included (workspace time zone); default: today'),
  granularity: z.enum(['day']).default('day'),
});
export type ClicksQuery = z.infer<typeof zClicksQuery>;

export const zClickSeries = z.object({
  linkId: z.string(),
  granularity: z.literal('day'),
  timeZone: z.string(),
  from: z.string(),
  to: z.string(),
  totals: z.object({ clicks: z.number().int(), botClicks: z.number().int() }),
  points: z.array(z.object({ date: z.string(), clicks: z.number().int(), botClicks: z.number().int() })),
});
export type ClickSeriesView = z.infer<typeof zClickSeries>;
