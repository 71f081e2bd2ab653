import { AppError, invalid, notFound } from '../../app/errors.js';
import type { Actor } from '../../app/http/principal.js';
import { newId } from '../../core/ids.js';
import { hashToken, randomToken } from '../../core/secrets.js';
import { AuditService } from '../audit/audit.service.js';
import { mediaStoreFor } from '../media/media-store.factory.js';
import { MediaRepository } from '../media/media.repository.js';
import type { ApprovalsService } from './approvals.service.js';
import type { ReviewDecision, ReviewLinkCreate } from './approvals.schemas.js';
import { CommentsService } from './comments.service.js';
import type { ApprovalState, ApprovalStatus } from './engine/index.js';
import { mayDecideNow } from './may-decide.js';
import type { ReviewLinkRow } from './post-review.repository.js';

const DAY = 86_400_000;

function present(r: ReviewLinkRow, now: Date) {
  return {
    id: r.id,
    postId: r.post_id,
    reviewerName: r.reviewer_name,
    reviewerEmail: r.reviewer_email,
    externalId: r.external_id,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
    lastUsedAt: r.last_used_at,
    createdAt: r.created_at,
    active: r.revoked_at === null && Date.parse(r.expires_at) > now.getTime(),
  };
}

/**
 * Signed, expiring links for outside reviewers (client, partner, legal counsel): 32 random bytes,
 * base64url, of which only the SHA-256 is stored. The link shows the shared post and nothing else;
 * its reviewer approves or rejects as the circuit's `external` approver it stands for, or comments.
 */
export class ReviewLinksService {
  readonly #audit: AuditService;

  constructor(private readonly s: ApprovalsService) {
    this.#audit = new AuditService(s.ctx.database.db, s.ctx.clock);
  }

  async list(workspaceId: string, postId: string) {
    await this.s.post(workspaceId, postId);
    const now = this.s.ctx.clock.now();
    return (await this.s.review.listLinks(workspaceId, postId)).map((r) => present(r, now));
  }

  /** Creates a link; the URL (with the token) is returned once and never again. */
  async create(actor: Actor, postId: string, input: ReviewLinkCreate) {
    const post = await this.s.post(actor.workspaceId, postId);
    const token = randomToken(32);
    const now = this.s.ctx.clock.now();
    const row: ReviewLinkRow = {
      id: newId(),
      workspace_id: actor.workspaceId,
      post_id: postId,
      token_hash: hashToken(token),
      reviewer_name: input.reviewerName,
      reviewer_email: input.reviewerEmail ?? null,
      external_id: input.externalId ?? null,
      created_by: actor.userId,
      expires_at: new Date(now.getTime() + input.expiresInDays * DAY).toISOString(),
      revoked_at: null,
      last_used_at: null,
      created_at: now.toISOString(),
    };
    await this.s.review.insertLink(row);
    const view = present(row, now);
    await this.#audit.record(actor, {
      action: 'review_link.created',
      objectType: 'review-link',
      objectId: row.id,
      summary: `Shared "${post.title}" with ${input.reviewerName} until ${row.expires_at}`,
      after: view,
    });
    return { ...view, url: `${this.s.ctx.config.publicUrl}/review/${token}` };
  }

  async revoke(actor: Actor, postId: string, linkId: string): Promise<void> {
    await this.s.post(actor.workspaceId, postId);
    const ok = await this.s.review.revokeLink(actor.workspaceId, postId, linkId, this.s.now());
    if (!ok) throw notFound('Review link');
    await this.#audit.record(actor, {
      action: 'review_link.revoked',
      objectType: 'review-link',
      objectId: linkId,
      summary: 'Revoked a review link',
    });
  }

  /** The live link behind a token; unknown, expired and revoked tokens all answer the same 404. */
  async #link(token: string): Promise<ReviewLinkRow> {
    const row = token.length <= 100 ? await this.s.review.findLinkByHash(hashToken(token)) : null;
    if (!row || row.revoked_at !== null || Date.parse(row.expires_at) <= this.s.ctx.clock.now().getTime())
      throw notFound('Review link');
    return row;
  }

  /** What the outside reviewer sees: the shared post's texts, media and time, and whether they may decide. */
  async view(token: string) {
    const link = await this.#link(token);
    await this.s.review.touchLink(link.id, this.s.now());
    return this.#present(token, link);
  }

  async #present(token: string, link: ReviewLinkRow) {
    const ws = link.workspace_id;
    const post = await this.s.post(ws, link.post_id);
    const variants = (await this.s.posts.listVariants(ws, link.post_id)).filter(
      (v) => v.status !== 'cancelled',
    );
    const accounts = await this.s.directory.accountNetworks(
      ws,
      variants.map((v) => v.accountId),
    );
    const media = new Map(
      (
        await new MediaRepository(this.s.ctx.database.db).findMany(
          ws,
          variants.flatMap((v) => v.media.map((m) => m.mediaId)),
        )
      ).map((m) => [m.id, m.kind]),
    );
    const request = await this.s.repo.latestRequest(ws, link.post_id);
    const state = request ? (JSON.parse(request.state) as ApprovalState) : null;
    const me = { kind: 'external' as const, id: link.external_id ?? `link:${link.id}` };
    const decided = state?.steps
      .filter((s) => s.round === state.round && s.decidedBy?.kind === 'external' && s.decidedBy.id === me.id)
      .map((s) => s.outcome)
      .pop();
    const times = variants
      .map((v) => v.scheduledAt)
      .filter((t): t is string => t !== null)
      .sort();
    const status: ApprovalStatus | 'not_required' = state?.status ?? 'not_required';
    return {
      data: {
        reviewerName: link.reviewer_name,
        expiresAt: link.expires_at,
        post: {
          title: post.title,
          scheduledAt: times[0] ?? null,
          variants: variants.map((v) => ({
            network: accounts.get(v.accountId)?.network ?? null,
            accountName: accounts.get(v.accountId)?.handle ?? null,
            text: v.text,
            firstComment: v.firstComment,
            media: v.media
              .filter((m) => media.has(m.mediaId))
              .map((m) => ({
                url: `/api/v1/review/${token}/media/${m.mediaId}`,
                altText: m.altText,
                kind: media.get(m.mediaId) ?? null,
              })),
            scheduledAt: v.scheduledAt,
          })),
        },
        approvalStatus: status,
        canDecide: link.external_id !== null && state !== null && mayDecideNow(state, me),
        decided: decided === 'approved' ? 'approve' : decided === 'rejected' ? 'reject' : null,
      },
    };
  }

  /** The outside reviewer's decision or comment. */
  async decide(token: string, d: ReviewDecision) {
    const link = await this.#link(token);
    const ws = link.workspace_id;
    const name = d.name ?? link.reviewer_name;
    if ((d.decision === 'reject' || d.decision === 'comment') && !d.comment)
      throw invalid('comment', 'Say why in a comment');
    await this.s.review.touchLink(link.id, this.s.now());
    if (d.comment) {
      await new CommentsService(this.s).write(ws, link.post_id, {
        kind: 'external',
        id: link.id,
        name,
        text: d.comment,
        members: await this.s.directory.members(ws),
      });
    }
    if (d.decision !== 'comment') {
      if (link.external_id === null)
        throw new AppError(409, 'not_an_approver', 'This link lets its reviewer comment, not decide');
      const request = await this.s.requireRequest(ws, link.post_id);
      const by = { kind: 'external' as const, id: link.external_id };
      const at = this.s.now();
      await this.s.transition(
        ws,
        request.id,
        d.decision === 'approve'
          ? { type: 'approved', at, by }
          : { type: 'rejected', at, by, comment: d.comment ?? '' },
        { name, actor: null },
      );
      await this.#audit.record(
        { workspaceId: ws, userId: null, label: `${name} (review link)` },
        {
          action: `approval.${d.decision === 'approve' ? 'approved' : 'rejected'}`,
          objectType: 'post',
          objectId: link.post_id,
          summary: `${name} ${d.decision === 'approve' ? 'approved' : 'rejected'} through a review link`,
        },
      );
    }
    return this.#present(token, link);
  }

  /** The bytes of a medium of the shared post (and only of that post). */
  async media(token: string, mediaId: string) {
    const link = await this.#link(token);
    const variants = await this.s.posts.listVariants(link.workspace_id, link.post_id);
    if (!variants.some((v) => v.media.some((m) => m.mediaId === mediaId))) throw notFound('Media');
    const row = await new MediaRepository(this.s.ctx.database.db).find(link.workspace_id, mediaId);
    if (!row) throw notFound('Media');
    const file = await mediaStoreFor(this.s.ctx.config).open(row.storage_key);
    if (!file) throw notFound('Media file');
    return { mimeType: row.mime_type, size: file.size, stream: file.stream };
  }
}
