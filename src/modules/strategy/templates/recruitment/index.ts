import type { TemplateSpec } from '../builder.js';
import { CONTEXT } from './context.js';
import { PLAN } from './plan.js';

/** Recruitment and employer brand: a logistics company hiring drivers, with employees as ambassadors. */
export const RECRUITMENT: TemplateSpec = { ...CONTEXT, ...PLAN };
