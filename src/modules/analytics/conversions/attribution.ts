/**
 * Last-click attribution of a reported conversion to a tracked-link click (docs/conversions.md).
 * Pure: the repository gathers the candidate clicks, this decides which one (if any) gets the credit.
 */

/** Default look-back: a click older than this before the conversion earns it no credit. */
export const DEFAULT_ATTRIBUTION_DAYS = 30;
/** Sites may choose a window from 1 to this many days. */
export const MAX_ATTRIBUTION_DAYS = 90;

const DAY_MS = 86_400_000;

export type AttributionRule = 'link_code' | 'utm_campaign' | 'none';

/** A human (not bot) click on a tracked link of the workspace, as the repository reads it. */
export interface ClickCandidate {
  clickId: string;
  linkId: string;
  variantId: string | null;
  postId: string | null;
  clickedAt: string;
  /** Where the link redirects: its UTM tags decide whether it matches a campaign. */
  finalUrl: string;
}

export interface ConversionFacts {
  occurredAt: string;
  /** The link the reported code names, when it names one of the workspace's links. */
  linkId: string | null;
  utmCampaign: string | null;
  utmContent: string | null;
}

export interface Attribution {
  rule: AttributionRule;
  click: ClickCandidate | null;
}

/** The first instant a click may have happened at to count for a conversion at `occurredAt`. */
export function windowStart(occurredAt: string, days: number): string {
  return new Date(Date.parse(occurredAt) - days * DAY_MS).toISOString();
}

/** The UTM tag `name` of a URL's query, or null (the first one wins, as analytics tools read it). */
export function utmOf(url: string, name: string): string | null {
  try {
    return new URL(url).searchParams.get(name);
  } catch {
    return null;
  }
}

/** Whether a link's destination carries the campaign (and the content, when one is given). */
export function matchesCampaign(finalUrl: string, campaign: string, content: string | null): boolean {
  if (utmOf(finalUrl, 'utm_campaign') !== campaign) return false;
  return content === null || utmOf(finalUrl, 'utm_content') === content;
}

/** The latest click in [occurredAt − days, occurredAt], ties broken by id (ids are time-ordered). */
function lastInWindow(clicks: readonly ClickCandidate[], occurredAt: string, days: number) {
  const end = Date.parse(occurredAt);
  const start = end - days * DAY_MS;
  let best: ClickCandidate | null = null;
  for (const c of clicks) {
    const at = Date.parse(c.clickedAt);
    if (at < start || at > end) continue;
    if (
      !best ||
      at > Date.parse(best.clickedAt) ||
      (at === Date.parse(best.clickedAt) && c.clickId > best.clickId)
    )
      best = c;
  }
  return best;
}

/**
 * A known link code wins: that link's last click in the window, else nothing (the site named the
 * link, so another link's click would be a guess). Without one, a UTM campaign (and content) picks the
 * last click of any link whose destination carries it. Otherwise the conversion stays unattributed.
 */
export function attribute(
  facts: ConversionFacts,
  clicks: readonly ClickCandidate[],
  days: number,
): Attribution {
  if (facts.linkId !== null) {
    const own = clicks.filter((c) => c.linkId === facts.linkId);
    const click = lastInWindow(own, facts.occurredAt, days);
    return click ? { rule: 'link_code', click } : { rule: 'none', click: null };
  }
  if (facts.utmCampaign) {
    const campaign = facts.utmCampaign;
    const matching = clicks.filter((c) => matchesCampaign(c.finalUrl, campaign, facts.utmContent));
    const click = lastInWindow(matching, facts.occurredAt, days);
    if (click) return { rule: 'utm_campaign', click };
  }
  return { rule: 'none', click: null };
}
