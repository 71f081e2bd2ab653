import type { TemplateSpec } from '../builder.js';
import { CONTEXT } from './context.js';
import { PLAN } from './plan.js';

/** B2B SME: an industrial sensor maker prospecting plant managers and hiring technicians. */
export const B2B_SME: TemplateSpec = { ...CONTEXT, ...PLAN };
