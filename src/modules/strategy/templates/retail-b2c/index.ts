import type { TemplateSpec } from '../builder.js';
import { CONTEXT } from './context.js';
import { PLAN } from './plan.js';

/** Retail / B2C: a chain of home-decor shops selling online, building loyalty and answering customers. */
export const RETAIL_B2C: TemplateSpec = { ...CONTEXT, ...PLAN };
