import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { publicRoute } from '../../app/http/routes.js';
import { zPasswordResetConfirm, zPasswordResetRequest } from './password-reset.schemas.js';
import { PasswordResetService } from './password-reset.service.js';

const tags = ['identity'];

/** Password reset by e-mail link: ask (always 202) and confirm (ends every session). */
export function passwordResetRoutes(app: FastifyInstance): void {
  const ctx = app.ctx;

  publicRoute(app, {
    method: 'POST',
    url: '/auth/password-reset',
    summary: 'Mail a reset link valid one hour (always 202: does not reveal who has an account)',
    tags,
    body: zPasswordResetRequest,
    status: 202,
    response: z.object({}),
    // Per client address; the service also caps links per account, whoever asks.
    rateLimit: { max: 10, timeWindowMs: 15 * 60_000 },
    handler: async ({ body }) => {
      new PasswordResetService(ctx).requestInBackground(body.email, body.locale);
      return {};
    },
  });

  publicRoute(app, {
    method: 'POST',
    url: '/auth/password-reset/confirm',
    summary: 'Set a new password with a reset link; signs out every session',
    tags,
    body: zPasswordResetConfirm,
    status: 204,
    rateLimit: { max: 20, timeWindowMs: 15 * 60_000 },
    handler: async ({ body }) => {
      await new PasswordResetService(ctx).confirm(body.token, body.password);
      return null;
    },
  });
}
