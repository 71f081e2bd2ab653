/**
 * What a person enters for the risk of non-investment (docs/analytics-indicators.md, "RONI"): the
 * engine multiplies these by counts it measures. Money is minor units of `currency`; probabilities are
 * 0..1; null means "not entered yet", which the engine reports as `needs_assumption`.
 */
export interface RoniInputs {
  currency: string;
  assumptions: {
    unansweredLossProbability: number | null;
    lateLossProbability: number | null;
    valuePerContact: number | null;
  };
  /** A persona present on a network where the workspace has no account, with its estimate. */
  audienceGaps: {
    id: string;
    audienceId: string;
    audienceName: string;
    networkId: string;
    peopleExposed: number | null;
    probability: number | null;
    valuePerPerson: number | null;
    note: string;
  }[];
  /** A competitor present on a network, entered by hand. */
  competitors: {
    id: string;
    name: string;
    networkId: string;
    probability: number | null;
    customersExposed: number | null;
    averageValue: number | null;
    source: string;
  }[];
}
