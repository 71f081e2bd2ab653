import type { AppContext } from '../../../app/context.js';
import { forbidden, invalid, notFound } from '../../../app/errors.js';
import type { Actor } from '../../../app/http/principal.js';
import { addDays, localDateTime, zonedInstant } from '../../../core/calendar.js';
import { newId } from '../../../core/ids.js';
import { currencyDigits } from '../../budget/budget-math.js';
import { daysBetween, MAX_SERIES_DAYS, visitorMaterial } from '../../links/click-rules.js';
import { WorkspacesRepository } from '../../workspaces/workspaces.repository.js';
import { attribute, windowStart, type AttributionRule, type ClickCandidate } from './attribution.js';
import { ConversionsRepository, type ConversionRow, type SiteRow } from './conversions.repository.js';
import type {
  ConversionList,
  ConversionReport,
  ConversionsQuery,
  ConversionType,
  ConversionView,
  ReportedUtm,
} from './conversions.schemas.js';
import { normaliseOrigin, originAllowed } from './origins.js';
import { siteOrigins } from './sites.service.js';

/** Where a report came from, as the route sees it. */
export interface ReportSource {
  origin: string | undefined;
  referer: string | undefined;
  ip: string;
  userAgent: string | undefined;
}

export interface ReportResult {
  id: string;
  duplicate: boolean;
  attribution: AttributionRule;
}

/** A report may be dated a little ahead (clock skew between the site and us), and this far back. */
const FUTURE_SKEW_MS = 5 * 60_000;
const MAX_AGE_DAYS = 365;

/** Conversions: the public report from a website (attributed on arrival) and the workspace's list. */
export class ConversionsService {
  readonly #repo: ConversionsRepository;

  constructor(private readonly ctx: AppContext) {
    this.#repo = new ConversionsRepository(ctx.database.db);
  }

  /** Whether any live site lists this origin: what a CORS preflight (which carries no key) can check. */
  async anySiteAllows(origin: string): Promise<boolean> {
    const wanted = normaliseOrigin(origin);
    if (!wanted) return false;
    const lists = await this.#repo.listActiveOrigins();
    return lists.some((json) => siteOrigins({ allowed_origins: json }).includes(wanted));
  }

  /**
   * The live site behind `key`, checked against where the request came from: 404 for an unknown or
   * revoked key, 403 when the page's origin is not one of the site's. A request with neither Origin nor
   * Referer (a site's own server reporting) is accepted: a non-browser can forge both anyway.
   */
  async siteFor(key: string, source: ReportSource): Promise<SiteRow> {
    const site = await this.#repo.findActiveSiteByKey(key);
    if (!site) throw notFound('Site key');
    const from = source.origin ?? source.referer;
    if (from !== undefined && !originAllowed(from, siteOrigins(site))) {
      throw forbidden('This origin is not allowed to report conversions with this key');
    }
    return site;
  }

  /** Records one conversion (once per externalId) and attributes it to a tracked click. */
  async report(site: SiteRow, r: ConversionReport, source: ReportSource): Promise<ReportResult> {
    const now = this.ctx.clock.now();
    const occurredAt = this.#occurredAt(r.occurredAt, now);
    const value = r.value !== undefined && r.currency ? toMinor(r.value, r.currency) : null;
    if (r.externalId) {
      const seen = await this.#repo.findByExternalId(site.id, r.externalId);
      if (seen) return { id: seen.id, duplicate: true, attribution: seen.attribution as AttributionRule };
    }
    const { rule, click } = await this.#attribute(site, occurredAt, r.linkCode, r.utm);
    const row: ConversionRow = {
      id: newId(now.getTime()),
      workspace_id: site.workspace_id,
      site_id: site.id,
      type: r.type,
      value_minor: value,
      currency: value === null ? null : r.currency!,
      external_id: r.externalId ?? null,
      link_id: click?.linkId ?? null,
      click_id: click?.clickId ?? null,
      variant_id: click?.variantId ?? null,
      post_id: click?.postId ?? null,
      attribution: rule,
      utm: r.utm && Object.keys(r.utm).length ? JSON.stringify(r.utm) : null,
      link_code: r.linkCode ?? null,
      occurred_at: occurredAt,
      received_at: now.toISOString(),
      visitor_hash: this.ctx.secrets.sign(
        'conversion-visitor',
        visitorMaterial(source.ip, source.userAgent, now),
      ),
    };
    // No audit entry per report: like link clicks, conversions are measurements sent by a website, not
    // changes a person makes; the site key's creation and revocation are audited instead.
    if (await this.#repo.insertConversion(row)) return { id: row.id, duplicate: false, attribution: rule };
    // Two reports of the same externalId raced: the other one was counted.
    const winner = await this.#repo.findByExternalId(site.id, r.externalId!);
    if (!winner) throw new Error('conversion insert ignored without a stored duplicate');
    return { id: winner.id, duplicate: true, attribution: winner.attribution as AttributionRule };
  }

  async #attribute(
    site: SiteRow,
    occurredAt: string,
    linkCode: string | undefined,
    utm: ReportedUtm | undefined,
  ): Promise<{ rule: AttributionRule; click: ClickCandidate | null }> {
    const ws = site.workspace_id;
    const from = windowStart(occurredAt, site.attribution_days);
    const link = linkCode ? await this.#repo.findLinkByCode(ws, linkCode) : undefined;
    const campaign = utm?.campaign ?? null;
    let clicks: ClickCandidate[] = [];
    if (link) clicks = await this.#repo.humanClicksBetween(ws, from, occurredAt, { linkId: link.id });
    else if (campaign) {
      // A campaign of URL-safe characters appears verbatim in the destination; anything else may be
      // encoded several ways, so only the tag name pre-filters and attribution.ts compares exactly.
      const fragment = /^[A-Za-z0-9._~-]+$/.test(campaign) ? `utm_campaign=${campaign}` : 'utm_campaign=';
      clicks = await this.#repo.humanClicksBetween(ws, from, occurredAt, { urlFragment: fragment });
    }
    return attribute(
      { occurredAt, linkId: link?.id ?? null, utmCampaign: campaign, utmContent: utm?.content ?? null },
      clicks,
      site.attribution_days,
    );
  }

  #occurredAt(text: string | undefined, now: Date): string {
    if (text === undefined) return now.toISOString();
    const at = Date.parse(text);
    if (at > now.getTime() + FUTURE_SKEW_MS) throw invalid('occurredAt', 'occurredAt is in the future');
    if (at < now.getTime() - MAX_AGE_DAYS * 86_400_000) {
      throw invalid('occurredAt', `occurredAt is more than ${MAX_AGE_DAYS} days ago`);
    }
    return new Date(at).toISOString();
  }

  /** The workspace's conversions over local days, with totals per currency and attributed or not. */
  async list(actor: Actor, q: ConversionsQuery): Promise<ConversionList> {
    const workspace = await new WorkspacesRepository(this.ctx.database.db).findById(actor.workspaceId);
    const timeZone = workspace?.time_zone ?? 'UTC';
    const to = q.to ?? localDateTime(this.ctx.clock.now().getTime(), timeZone).slice(0, 10);
    const from = q.from ?? addDays(to, -29);
    if (from > to) throw invalid('from', 'from must be on or before to');
    if (daysBetween(from, to) > MAX_SERIES_DAYS)
      throw invalid('to', `A list covers at most ${MAX_SERIES_DAYS} days`);
    // Local midnights, so a day of 23 or 25 hours around a daylight-saving change stays one day.
    const range = {
      from: new Date(zonedInstant(from, '00:00', timeZone)).toISOString(),
      to: new Date(zonedInstant(addDays(to, 1), '00:00', timeZone)).toISOString(),
      type: q.type,
    };
    const rows = await this.#repo.list(actor.workspaceId, { ...range, limit: q.limit });
    const groups = await this.#repo.totals(actor.workspaceId, range);
    const byCurrency = new Map<string, { valueMinor: number; count: number }>();
    for (const g of groups) {
      if (g.currency === null) continue;
      const sum = byCurrency.get(g.currency) ?? { valueMinor: 0, count: 0 };
      byCurrency.set(g.currency, { valueMinor: sum.valueMinor + g.value, count: sum.count + g.count });
    }
    const count = groups.reduce((n, g) => n + g.count, 0);
    const attributed = groups.filter((g) => g.attributed === 1).reduce((n, g) => n + g.count, 0);
    return {
      from,
      to,
      timeZone,
      conversions: rows.map(conversionView),
      totals: {
        count,
        attributed,
        unattributed: count - attributed,
        byCurrency: [...byCurrency.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([currency, s]) => ({ currency, ...s })),
      },
    };
  }
}

/** 49.9 EUR → 4990; 1200 JPY → 1200. Rounded to the currency's minor unit. */
export function toMinor(value: number, currency: string): number {
  const minor = Math.round(value * 10 ** currencyDigits(currency));
  if (!Number.isSafeInteger(minor)) throw invalid('value', 'value is too large');
  return minor;
}

function conversionView(r: ConversionRow): ConversionView {
  return {
    id: r.id,
    siteId: r.site_id,
    type: r.type as ConversionType,
    valueMinor: r.value_minor === null ? null : Number(r.value_minor),
    currency: r.currency,
    externalId: r.external_id,
    attribution: r.attribution as AttributionRule,
    linkId: r.link_id,
    clickId: r.click_id,
    variantId: r.variant_id,
    postId: r.post_id,
    utm: r.utm ? (JSON.parse(r.utm) as ReportedUtm) : null,
    occurredAt: r.occurred_at,
    receivedAt: r.received_at,
  };
}
