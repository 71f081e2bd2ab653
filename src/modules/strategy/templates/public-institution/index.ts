import type { TemplateSpec } from '../builder.js';
import { CONTEXT } from './context.js';
import { PLAN } from './plan.js';

/** Public institution / association: a grouping of municipalities informing and answering residents. */
export const PUBLIC_INSTITUTION: TemplateSpec = { ...CONTEXT, ...PLAN };
