import type { FastifyInstance } from 'fastify';
import { clearSessionCookie, setSessionCookie } from '../../app/http/auth.js';
import { publicRoute, userRoute } from '../../app/http/routes.js';
import { unauthorized } from '../../app/errors.js';
import { WorkspacesService } from '../workspaces/workspaces.service.js';
import { IdentityService, presentUser } from './identity.service.js';
import { zPasswordChange, zProfileUpdate, zSession, zSignIn, zSignUp, zUser } from './identity.schemas.js';

const tags = ['identity'];

/** Sign-up, sign-in, sign-out, the current session and one's profile. */
export function identityRoutes(app: FastifyInstance): void {
  const ctx = app.ctx;

  const sessionPayload = async (userId: string, csrfToken: string) => {
    const user = await new IdentityService(ctx).users.findById(userId);
    if (!user) throw unauthorized();
    return {
      user: presentUser(user),
      csrfToken,
      workspaces: await new WorkspacesService(ctx).listForUser(userId),
    };
  };

  publicRoute(app, {
    method: 'POST',
    url: '/auth/sign-up',
    summary: 'Create an account and its first workspace (the caller becomes owner)',
    tags,
    body: zSignUp,
    response: zSession,
    status: 201,
    rateLimit: { max: 20, timeWindowMs: 60_000 },
    handler: async ({ body, req, reply }) => {
      const identity = new IdentityService(ctx);
      const { user } = await identity.signUp(body);
      const s = await identity.openSession(user.id, {
        ip: req.ip,
        userAgent: req.headers['user-agent'] ?? null,
      });
      setSessionCookie(ctx, reply, s.token);
      return sessionPayload(user.id, s.csrfToken);
    },
  });

  publicRoute(app, {
    method: 'POST',
    url: '/auth/sign-in',
    summary: 'Sign in with e-mail and password (rate limited per address and IP)',
    tags,
    body: zSignIn,
    response: zSession,
    rateLimit: {
      max: 10,
      timeWindowMs: 60_000,
      key: (req) => {
        const email = (req.body as { email?: unknown } | undefined)?.email;
        return `${req.ip}:${typeof email === 'string' ? email.toLowerCase() : ''}`;
      },
    },
    handler: async ({ body, req, reply }) => {
      const identity = new IdentityService(ctx);
      const user = await identity.authenticate(body.email, body.password);
      const s = await identity.openSession(user.id, {
        ip: req.ip,
        userAgent: req.headers['user-agent'] ?? null,
      });
      setSessionCookie(ctx, reply, s.token);
      return sessionPayload(user.id, s.csrfToken);
    },
  });

  userRoute(app, {
    method: 'POST',
    url: '/auth/sign-out',
    summary: 'End the current session',
    tags,
    status: 204,
    handler: async ({ principal, reply }) => {
      if (principal.sessionId) await new IdentityService(ctx).closeSession(principal.sessionId);
      clearSessionCookie(reply);
      return null;
    },
  });

  userRoute(app, {
    method: 'GET',
    url: '/session',
    summary: 'The signed-in person, their CSRF token and their workspaces',
    tags,
    response: zSession,
    handler: async ({ principal }) => sessionPayload(principal.userId, principal.csrfToken ?? ''),
  });

  userRoute(app, {
    method: 'PATCH',
    url: '/me',
    summary: 'Update one’s name, language and time zone',
    tags,
    body: zProfileUpdate,
    response: zUser,
    handler: async ({ principal, body }) => new IdentityService(ctx).updateProfile(principal.userId, body),
  });

  userRoute(app, {
    method: 'POST',
    url: '/me/password',
    summary: 'Change one’s password (ends other sessions)',
    tags,
    body: zPasswordChange,
    status: 204,
    handler: async ({ principal, body }) => {
      await new IdentityService(ctx).changePassword(
        principal.userId,
        body.currentPassword,
        body.newPassword,
        principal.sessionId,
      );
      return null;
    },
  });
}
