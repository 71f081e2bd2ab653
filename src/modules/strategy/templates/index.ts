import type { StrategySnapshot } from '../strategy.model.js';
import { buildSnapshot, type Locale, type TemplateSpec } from './builder.js';
import { B2B_SME } from './b2b-sme/index.js';
import { RETAIL_B2C } from './retail-b2c/index.js';
import { RECRUITMENT } from './recruitment/index.js';
import { PUBLIC_INSTITUTION } from './public-institution/index.js';

/** A strategy to start from: a complete, realistic example in English and in French. */
export interface StrategyTemplate {
  id: string;
  name: { en: string; fr: string };
  description: { en: string; fr: string };
  /**
   * The template as a snapshot in one language, with fresh ids and dates starting next month.
   * Owners and RACI are left empty on purpose (the workspace's members are not known yet), so the
   * completeness report asks for them. Pass the service clock's `now` for reproducible dates.
   */
  build(locale: Locale, now?: Date): StrategySnapshot;
}

function template(spec: TemplateSpec): StrategyTemplate {
  return {
    id: spec.id,
    name: { en: spec.name[0], fr: spec.name[1] },
    description: { en: spec.description[0], fr: spec.description[1] },
    build: (locale, now = new Date()) => buildSnapshot(spec, locale, now),
  };
}

/** The four templates: B2B SME, retail/B2C, recruitment and employer brand, public institution. */
export const STRATEGY_TEMPLATES: readonly StrategyTemplate[] = [
  template(B2B_SME),
  template(RETAIL_B2C),
  template(RECRUITMENT),
  template(PUBLIC_INSTITUTION),
];

/** The template with this id, or undefined. */
export function findTemplate(id: string): StrategyTemplate | undefined {
  return STRATEGY_TEMPLATES.find((t) => t.id === id);
}
