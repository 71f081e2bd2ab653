import type { VariantStatus } from './posts.types.js';

/** Each status's colour, the same on badges everywhere in the composer. */
export const STATUS_COLOR: Record<VariantStatus, string> = {
  draft: 'gray',
  pending_approval: 'yellow',
  changes_requested: 'orange',
  approved: 'teal',
  approval_overdue: 'red',
  scheduled: 'blue',
  publishing: 'indigo',
  published: 'green',
  failed: 'red',
  cancelled: 'dark',
};
