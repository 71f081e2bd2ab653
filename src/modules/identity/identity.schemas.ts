import { z } from 'zod';
import { zCurrency, zLocale, zRole, zTimeZone } from '../workspaces/workspaces.schemas.js';

export const zEmail = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'Enter a valid e-mail address' }))
  .pipe(z.string().max(254));
export const zPassword = z
  .string()
  .min(10, 'Use at least 10 characters')
  .max(200, 'Use at most 200 characters');

export const zUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  locale: zLocale.nullable(),
  timeZone: z.string().nullable(),
});

export const zSignUp = z.object({
  name: z.string().trim().min(1).max(120),
  email: zEmail,
  password: zPassword,
  workspaceName: z.string().trim().min(1).max(120),
  locale: zLocale.optional(),
  timeZone: zTimeZone.optional(),
  currency: zCurrency.optional(),
});

export const zSignIn = z.object({ email: zEmail, password: z.string().min(1).max(200) });

export const zSession = z.object({
  user: zUser,
  csrfToken: z.string(),
  workspaces: z.array(z.object({ id: z.string(), name: z.string(), role: zRole })),
});

export const zProfileUpdate = z
  .object({
    name: z.string().trim().min(1).max(120),
    locale: zLocale.nullable(),
    timeZone: zTimeZone.nullable(),
  })
  .partial()
  .strict();

export const zPasswordChange = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: zPassword,
});
