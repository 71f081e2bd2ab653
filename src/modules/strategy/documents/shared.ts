import type { Objective } from '../strategy.model.js';
import { findNetwork } from '../catalogue/networks.js';
import { OBJECTIVE_TYPE_TERMS, term, type Locale } from './terms.js';

/** An objective's type as shown: the custom label when the type is `custom`. */
export function objectiveTypeLabel(o: Pick<Objective, 'type' | 'customType'>, locale: Locale): string {
  if (o.type === 'custom' && o.customType) return o.customType;
  return term(OBJECTIVE_TYPE_TERMS, locale, o.type);
}

/** The network's headline audience fact with its source, e.g. "3 billion monthly active users (Meta, 2025)". */
export function scaleFactLine(networkId: string, locale: Locale): string {
  const n = findNetwork(networkId);
  if (!n) return '';
  const fact = n.audienceFacts.find((f) => f.key === n.scale.basisFact) ?? n.audienceFacts[0];
  if (!fact) return '';
  return `${fact.text[locale].replace(/\.$/, '')} — ${fact.source.publisher}, ${fact.source.year}.`;
}
