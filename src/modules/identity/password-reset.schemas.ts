import { z } from 'zod';
import { zLocale } from '../workspaces/workspaces.schemas.js';
import { zEmail, zPassword } from './identity.schemas.js';

/** Asking for a reset link; `locale` is used only when the account has no language of its own. */
export const zPasswordResetRequest = z.object({ email: zEmail, locale: zLocale.optional() }).strict();

export const zPasswordResetConfirm = z
  .object({ token: z.string().min(1, 'The link is incomplete').max(200), password: zPassword })
  .strict();
