/**
 * The stored facts the formulas read, as the repositories hand them over: one row per published
 * variant (never per snapshot), aggregates for clicks and conversions, the few budget lines and
 * campaigns of a period. Pure formula files take these and nothing else.
 */

export interface VariantFact {
  variantId: string;
  postId: string;
  title: string;
  accountId: string;
  network: string;
  publishedAt: string;
  /** The latest snapshot observed before the period end (not gone), or null when there is none. */
  metrics: Record<string, number> | null;
  /** Followers of the account at publication (latest snapshot at or before, else first after). */
  followers: number | null;
}

export interface ConversionFacts {
  /** Attributed conversions of posts in scope (any currency). */
  count: number;
  /** Sum of value_minor of those in the workspace currency. */
  value: number;
  /** Conversions with a value in another currency: left out of the value. */
  otherCurrency: number;
}

export interface BudgetLineFact {
  id: string;
  month: string;
  category: string;
  label: string;
  actual: number;
  staffHours: number | null;
}

export interface CampaignFact {
  id: string;
  name: string;
  networkId: string;
  endDate: string;
  spend: number;
  conversions: number;
  conversionValue: number;
  currency: string;
}

export interface CostFacts {
  /** Lines of the workspace currency whose month overlaps the period, sponsored_campaigns excluded. */
  lines: BudgetLineFact[];
  /** Campaigns ending in the period (any currency: those of another one are noted, not summed). */
  campaigns: CampaignFact[];
}

export interface AccountFollowersFact {
  accountId: string;
  /** Latest before the period start, else the first one inside it. */
  start: number | null;
  /** Latest before the period end. */
  end: number | null;
}

export interface WorkloadFacts {
  plannedHours: number;
  availableHours: number;
}
