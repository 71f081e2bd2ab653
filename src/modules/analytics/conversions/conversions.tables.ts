// Row shapes of conversion reporting (migration 20261128100100_conversions). Timestamps are ISO strings,
// JSON columns are text on both engines (see src/db/columns.ts), money is integer minor units.

export interface ConversionSitesTable {
  id: string;
  workspace_id: string;
  /** Public site key (`pk_…`): sits in a web page, so it only allows reporting conversions. */
  key: string;
  label: string;
  /** JSON array of origins (`https://shop.example`) whose pages may report with this key. */
  allowed_origins: string;
  /** How far back a conversion looks for the click that brought it. */
  attribution_days: number;
  created_at: string;
  /** Set when the key is revoked: reports with it then answer 404. */
  revoked_at: string | null;
}

export interface ConversionsTable {
  id: string;
  workspace_id: string;
  site_id: string;
  /** sale | sign_up | application | lead | other */
  type: string;
  /** Integer minor units of `currency`, or null when no value was reported. */
  value_minor: number | null;
  currency: string | null;
  /** The site's own id for the conversion (order number…): unique per site, the dedupe key. */
  external_id: string | null;
  link_id: string | null;
  click_id: string | null;
  variant_id: string | null;
  post_id: string | null;
  /** Which rule attributed it: link_code | utm_campaign | none. */
  attribution: string;
  /** JSON object of the UTM tags reported ({ source, medium, campaign, content }), or null. */
  utm: string | null;
  /** The link code reported, as sent (kept even when it matched nothing, to explain "none"). */
  link_code: string | null;
  occurred_at: string;
  received_at: string;
  /** Keyed hash of IP + user agent + UTC day, like link clicks: never the raw address. */
  visitor_hash: string;
}

export interface ConversionsTables {
  conversion_sites: ConversionSitesTable;
  conversions: ConversionsTable;
}
