import type { FastifyReply, FastifyRequest } from 'fastify';
import { hashToken, safeEqual } from '../../core/secrets.js';
import { isRole } from '../../core/policy.js';
import { SessionsRepository } from '../../modules/identity/sessions.repository.js';
import { ApiTokensRepository } from '../../modules/api-tokens/api-tokens.repository.js';
import type { AppContext } from '../context.js';
import { AppError, unauthorized } from '../errors.js';
import type { Principal } from './principal.js';

export const SESSION_COOKIE = 'presence_session';
export const CSRF_HEADER = 'x-csrf-token';
/** Sessions live 30 days and slide forward on use (touched at most once an hour). */
export const SESSION_TTL_MS = 30 * 24 * 3600 * 1000;

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Finds who is calling from the session cookie or a Bearer token. Returns undefined when anonymous;
 * throws 401 for a presented but invalid token (a wrong token must not look like anonymity).
 */
export async function resolvePrincipal(ctx: AppContext, req: FastifyRequest): Promise<Principal | undefined> {
  if (req.principal) return req.principal;
  const now = ctx.clock.now();
  const authz = req.headers.authorization;
  if (authz?.startsWith('Bearer ')) {
    const raw = authz.slice(7).trim();
    const found = await new ApiTokensRepository(ctx.database.db).findLiveByHash(
      hashToken(raw),
      now.toISOString(),
    );
    if (!found || !isRole(found.role)) throw unauthorized('This API token is invalid, expired or revoked');
    // Written at most once a minute: a busy integration must not turn every read into a write.
    if (!found.last_used_at || now.getTime() - new Date(found.last_used_at).getTime() > 60_000) {
      await new ApiTokensRepository(ctx.database.db).markUsed(found.id, now.toISOString());
    }
    req.principal = {
      userId: found.user_id,
      email: found.email,
      name: found.user_name,
      locale: found.locale,
      timeZone: found.time_zone,
      via: 'token',
      token: { id: found.id, workspaceId: found.workspace_id, role: found.role },
    };
    return req.principal;
  }
  const cookie = req.cookies[SESSION_COOKIE];
  if (!cookie) return undefined;
  const sessions = new SessionsRepository(ctx.database.db);
  const id = hashToken(cookie);
  const s = await sessions.findLive(id, now.toISOString());
  if (!s) return undefined;
  if (now.getTime() - new Date(s.last_seen_at).getTime() > 3600_000) {
    await sessions.touch(id, now.toISOString(), new Date(now.getTime() + SESSION_TTL_MS).toISOString());
  }
  req.principal = {
    userId: s.user_id,
    email: s.email,
    name: s.name,
    locale: s.locale,
    timeZone: s.time_zone,
    via: 'session',
    sessionId: s.session_id,
    csrfToken: s.csrf_token,
  };
  return req.principal;
}

/** Requires a principal; for cookie sessions, unsafe methods must carry the session's CSRF token. */
export async function requirePrincipal(ctx: AppContext, req: FastifyRequest): Promise<Principal> {
  const p = await resolvePrincipal(ctx, req);
  if (!p) throw unauthorized();
  checkCsrf(req, p);
  return p;
}

/** Synchronizer-token CSRF check: the cookie alone never authorises a write. */
export function checkCsrf(req: FastifyRequest, p: Principal): void {
  if (p.via !== 'session' || !unsafe.has(req.method)) return;
  const sent = req.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || !p.csrfToken || !safeEqual(sent, p.csrfToken)) {
    throw new AppError(403, 'csrf', 'Missing or wrong CSRF token: reload the page and try again');
  }
}

/** Sets the session cookie: HTTP-only, SameSite=Lax, Secure when served over HTTPS. */
export function setSessionCookie(ctx: AppContext, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.config.publicUrl.startsWith('https://'),
    maxAge: SESSION_TTL_MS / 1000,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
