import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../../app/context.js';
import { invalid, notFound } from '../../../app/errors.js';
import type { Actor } from '../../../app/http/principal.js';
import { newId } from '../../../core/ids.js';
import { AuditService } from '../../audit/audit.service.js';
import { DEFAULT_ATTRIBUTION_DAYS } from './attribution.js';
import { ConversionsRepository, type SiteRow } from './conversions.repository.js';
import type { CreateSite, SiteView, UpdateSite } from './conversions.schemas.js';
import { normaliseOrigin } from './origins.js';

/** A new public site key: `pk_` and 24 URL-safe random characters (144 bits, not guessable). */
export function newSiteKey(): string {
  return `pk_${randomBytes(18).toString('base64url')}`;
}

/** Origins as typed → their normalised, de-duplicated form; the first bad one names its index. */
function cleanOrigins(list: readonly string[]): string[] {
  const out: string[] = [];
  list.forEach((text, i) => {
    const origin = normaliseOrigin(text);
    if (!origin)
      throw invalid(`allowedOrigins.${i}`, 'An origin is http(s)://host[:port], like https://shop.example');
    if (!out.includes(origin)) out.push(origin);
  });
  return out;
}

/** The site keys a workspace gives its web pages: create, list, change, revoke. */
export class SitesService {
  readonly #repo: ConversionsRepository;
  readonly #audit: AuditService;

  constructor(private readonly ctx: AppContext) {
    this.#repo = new ConversionsRepository(ctx.database.db);
    this.#audit = new AuditService(ctx.database.db, ctx.clock);
  }

  async list(actor: Actor): Promise<SiteView[]> {
    return (await this.#repo.listSites(actor.workspaceId)).map(siteView);
  }

  async get(actor: Actor, id: string): Promise<SiteView> {
    return siteView(await this.#find(actor, id));
  }

  async create(actor: Actor, input: CreateSite): Promise<SiteView> {
    const now = this.ctx.clock.now();
    const row: SiteRow = {
      id: newId(now.getTime()),
      workspace_id: actor.workspaceId,
      key: newSiteKey(),
      label: input.label,
      allowed_origins: JSON.stringify(cleanOrigins(input.allowedOrigins)),
      attribution_days: input.attributionDays ?? DEFAULT_ATTRIBUTION_DAYS,
      created_at: now.toISOString(),
      revoked_at: null,
    };
    await this.#repo.insertSite(row);
    const view = siteView(row);
    await this.#audit.record(actor, {
      action: 'conversion_sites.create',
      objectType: 'conversion-site',
      objectId: row.id,
      summary: `Created the conversion site key "${row.label}"`,
      after: view,
    });
    return view;
  }

  async update(actor: Actor, id: string, input: UpdateSite): Promise<SiteView> {
    const before = await this.#find(actor, id);
    if (before.revoked_at) throw invalid('id', 'A revoked site key cannot be changed');
    const patch = {
      ...(input.label !== undefined ? { label: input.label } : {}),
      ...(input.allowedOrigins !== undefined
        ? { allowed_origins: JSON.stringify(cleanOrigins(input.allowedOrigins)) }
        : {}),
      ...(input.attributionDays !== undefined ? { attribution_days: input.attributionDays } : {}),
    };
    // An empty PATCH changes nothing: no UPDATE (SQL has no empty SET) and no audit entry.
    if (Object.keys(patch).length === 0) return siteView(before);
    await this.#repo.updateSite(actor.workspaceId, id, patch);
    const after = await this.#find(actor, id);
    await this.#audit.record(actor, {
      action: 'conversion_sites.update',
      objectType: 'conversion-site',
      objectId: id,
      summary: `Changed the conversion site key "${after.label}"`,
      before: siteView(before),
      after: siteView(after),
    });
    return siteView(after);
  }

  /** Revokes the key: reports with it answer 404 from now on; conversions already counted stay. */
  async revoke(actor: Actor, id: string): Promise<void> {
    const site = await this.#find(actor, id);
    if (site.revoked_at) return;
    await this.#repo.updateSite(actor.workspaceId, id, { revoked_at: this.ctx.clock.now().toISOString() });
    await this.#audit.record(actor, {
      action: 'conversion_sites.revoke',
      objectType: 'conversion-site',
      objectId: id,
      summary: `Revoked the conversion site key "${site.label}"`,
    });
  }

  async #find(actor: Actor, id: string): Promise<SiteRow> {
    const site = await this.#repo.findSite(actor.workspaceId, id);
    if (!site) throw notFound('Conversion site');
    return site;
  }
}

/** Allowed origins of a stored site (a JSON array written by this service). */
export function siteOrigins(site: Pick<SiteRow, 'allowed_origins'>): string[] {
  const parsed = JSON.parse(site.allowed_origins) as unknown;
  return Array.isArray(parsed) ? parsed.filter((o): o is string => typeof o === 'string') : [];
}

function siteView(r: SiteRow): SiteView {
  return {
    id: r.id,
    key: r.key,
    label: r.label,
    allowedOrigins: siteOrigins(r),
    attributionDays: r.attribution_days,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
  };
}
