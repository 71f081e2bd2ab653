import type { AppContext } from '../../app/context.js';
import { AppError, forbidden, invalid, notFound } from '../../app/errors.js';
import { actorCan, type Actor } from '../../app/http/principal.js';
import { newId } from '../../core/ids.js';
import { isRole, mayGrant, type Role } from '../../core/policy.js';
import { hashToken, randomToken } from '../../core/secrets.js';
import { AuditService } from '../audit/audit.service.js';
import { ApiTokensRepository, type ApiTokenRow } from './api-tokens.repository.js';
import type { ApiTokenView } from './api-tokens.schemas.js';

/** Every secret starts with this, so secret scanners and people recognise a Presence token. */
export const API_TOKEN_PREFIX = 'prs_';
const DISPLAY_PREFIX_LENGTH = API_TOKEN_PREFIX.length + 6;

/** A new secret with what we store of it: its SHA-256 and a short prefix to recognise it by. */
export function newApiTokenSecret(): { secret: string; hash: string; prefix: string } {
  const secret = `${API_TOKEN_PREFIX}${randomToken(32)}`;
  return { secret, hash: hashToken(secret), prefix: secret.slice(0, DISPLAY_PREFIX_LENGTH) };
}

/** Turns a row (with its owner's name) into what the API shows. */
export function presentApiToken(row: ApiTokenRow & { user_name: string }): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    role: isRole(row.role) ? row.role : 'guest_reviewer',
    prefix: row.prefix,
    lastUsedAt: row.last_used_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    createdAt: row.created_at,
    userId: row.user_id,
    userName: row.user_name,
  };
}

// What the audit log keeps of a token: no key may contain "token" or the redactor blanks it.
function auditView(v: ApiTokenView) {
  return { name: v.name, role: v.role, prefix: v.prefix, expiresAt: v.expiresAt, owner: v.userName };
}

/** Personal API tokens: scoped to one workspace and a role the creator may grant. */
export class ApiTokensService {
  private readonly repo: ApiTokensRepository;
  private readonly audit: AuditService;
  constructor(private readonly ctx: AppContext) {
    this.repo = new ApiTokensRepository(ctx.database.db);
    this.audit = new AuditService(ctx.database.db, ctx.clock);
  }

  /** The caller's tokens; people who manage members see everyone's, so they can revoke them. */
  async list(actor: Actor): Promise<ApiTokenView[]> {
    const everyone = actorCan(actor, 'members.manage');
    const rows = await this.repo.listWithOwners(actor.workspaceId, everyone ? undefined : actor.userId);
    return rows.map(presentApiToken);
  }

  /** Issues a token; the secret is returned here and never again (only its hash is stored). */
  async create(
    actor: Actor,
    input: { name: string; role: Role; expiresAt?: string | null },
  ): Promise<{ token: ApiTokenView; secret: string }> {
    // A leaked token must not be able to mint more tokens that outlive its revocation.
    if (actor.principal.token) throw forbidden('An API token cannot create API tokens; sign in instead');
    if (!mayGrant(actor.memberRole, input.role)) {
      throw new AppError(
        403,
        'forbidden',
        'You cannot give a token a role with more rights than yours',
        'role',
      );
    }
    const now = this.ctx.clock.now();
    let expiresAt: string | null = null;
    if (input.expiresAt) {
      const at = new Date(input.expiresAt.length === 10 ? `${input.expiresAt}T00:00:00Z` : input.expiresAt);
      if (at.getTime() <= now.getTime()) throw invalid('expiresAt', 'Choose an expiry date in the future');
      expiresAt = at.toISOString();
    }
    const { secret, hash, prefix } = newApiTokenSecret();
    const row: ApiTokenRow = {
      id: newId(),
      workspace_id: actor.workspaceId,
      user_id: actor.userId,
      name: input.name,
      role: input.role,
      token_hash: hash,
      prefix,
      last_used_at: null,
      expires_at: expiresAt,
      revoked_at: null,
      created_at: now.toISOString(),
    };
    await this.repo.insert(row);
    const token = presentApiToken({ ...row, user_name: actor.principal.name });
    await this.audit.record(actor, {
      action: 'api_token.created',
      objectType: 'api_token',
      objectId: row.id,
      summary: `Created API token ${row.name} (${row.role})`,
      after: auditView(token),
    });
    return { token, secret };
  }

  /** Revokes one's own token, or anyone's for those who manage members; revoking twice is harmless. */
  async revoke(actor: Actor, tokenId: string): Promise<void> {
    const row = await this.repo.findInWorkspace(actor.workspaceId, tokenId);
    // Other people's tokens are not listed to this caller, so they do not exist for them either.
    if (!row || (row.user_id !== actor.userId && !actorCan(actor, 'members.manage'))) {
      throw notFound('API token');
    }
    if (row.revoked_at) return;
    const nowIso = this.ctx.clock.now().toISOString();
    await this.repo.revoke(actor.workspaceId, tokenId, nowIso);
    const before = presentApiToken({ ...row, user_name: '' });
    await this.audit.record(actor, {
      action: 'api_token.revoked',
      objectType: 'api_token',
      objectId: row.id,
      summary: `Revoked API token ${row.name}`,
      before: { name: before.name, role: before.role, prefix: before.prefix, revokedAt: null },
      after: { name: before.name, role: before.role, prefix: before.prefix, revokedAt: nowIso },
    });
  }
}
