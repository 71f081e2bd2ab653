import type { Kysely } from 'kysely';
import type { Clock } from '../../../core/clock.js';
import { newId } from '../../../core/ids.js';
import type { SecretBox } from '../../../core/secrets.js';
import type { DB } from '../../../db/schema.js';
import type { JobQueue, WorkOptions } from '../../jobs/job-queue.port.js';
import { ConnectorError } from '../connectors/connector.errors.js';
import type {
  ConnectedAccount,
  MediaItem,
  NetworkConnector,
  PublishRequest,
  PublishResult,
} from '../connectors/connector.port.js';
import { ConnectedAccountsRepository, type ConnectedAccountRecord } from './connected-accounts.repository.js';
import { PublishAttemptsRepository, type AttemptRecord } from './publish-attempts.repository.js';
import { buildPublishRequest } from './publish-request.js';
import { PUBLISH_VARIANT_JOB, type PublishVariantPayload } from './publish.jobs.js';
import { PostsRepository, type VariantRecord } from './posts.repository.js';
import type { MediaRef } from './publishing.types.js';
import {
  DEFAULT_RETRY_POLICY,
  decideAfterError,
  decideBeforePublish,
  decideMissed,
  isLate,
  type RetryPolicy,
} from './scheduler.rules.js';

/** Turns media references into bytes for the connector (the media store is another module). */
export type MediaResolver = (workspaceId: string, refs: readonly MediaRef[]) => Promise<MediaItem[]>;

/** What the link tracker needs to rewrite one text (links module: `TrackedLinks.rewrite`). */
export interface LinkRewriteInput {
  workspaceId: string;
  postId: string;
  variantId: string;
  network: string;
  text: string;
  campaign: string | null;
}

/** Replaces a text's URLs with tracked short links; the same (variant, URL) always gets the same link. */
export type LinkRewriter = (input: LinkRewriteInput) => Promise<string>;

/**
 * Told once per variant when it is published or fails for good (webhooks, notifications). A listener
 * that throws is logged and ignored: the outcome is already stored.
 */
export interface PublishOutcomeListener {
  published(variant: VariantRecord, url: string): Promise<void>;
  failed(variant: VariantRecord, code: string, reason: string): Promise<void>;
}

/** Minimal logging the scheduler needs (pino fits). */
export interface SchedulerLogger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}

export interface SchedulerDeps {
  db: Kysely<DB>;
  secrets: SecretBox;
  clock: Clock;
  queue: JobQueue;
  /** The connector of a network id; throws for an unknown network. */
  connectorFor(network: string): NetworkConnector;
  media?: MediaResolver;
  outcomes?: PublishOutcomeListener;
  /** Rewrites links of posts that track them; without it, texts are published as written. */
  links?: LinkRewriter;
  logger?: SchedulerLogger;
  policy?: Partial<RetryPolicy>;
  /** Lease of a publish job: past it, another worker takes the job (default 90 s). */
  jobLeaseMs?: number;
}

/** What `recoverMissed` did at worker start. */
export interface MissedReport {
  requeued: number;
  flagged: number;
}

/**
 * The publish scheduler: decisions come from `scheduler.rules.ts` (pure), this class does the I/O.
 *
 * Exactly once: each network call is preceded by a `publish_attempts` row (written with the claim,
 * in one transaction) and carries the variant's stable idempotency key. If the worker dies mid-call
 * the job's lease expires, another worker takes it, sees the open attempt and asks the network
 * (`findPublished`) before any new call; the unique attempt number stops two workers racing.
 */
export class PublishScheduler {
  readonly #d: SchedulerDeps;
  readonly #policy: RetryPolicy;
  readonly #posts: PostsRepository;
  readonly #attempts: PublishAttemptsRepository;
  readonly #accounts: ConnectedAccountsRepository;

  constructor(deps: SchedulerDeps) {
    this.#d = deps;
    this.#policy = { ...DEFAULT_RETRY_POLICY, ...deps.policy };
    this.#posts = new PostsRepository(deps.db);
    this.#attempts = new PublishAttemptsRepository(deps.db);
    this.#accounts = new ConnectedAccountsRepository(deps.db, deps.secrets);
  }

  /** Queues the publish job of a `scheduled` variant for its time (call after scheduling it). */
  async schedule(workspaceId: string, variantId: string, at: Date): Promise<void> {
    // A previous time may still be queued: replace it so the variant has exactly one waiting job.
    await this.#d.queue.cancelBySingletonKey(PUBLISH_VARIANT_JOB, variantId);
    await this.#enqueue({ workspaceId, variantId }, at);
  }

  /** Queues many variants at once (bulk scheduling, the benchmark). */
  async scheduleMany(items: readonly { workspaceId: string; variantId: string; at: Date }[]): Promise<void> {
    await this.#d.queue.sendMany(
      PUBLISH_VARIANT_JOB,
      items.map((i) => ({
        payload: { workspaceId: i.workspaceId, variantId: i.variantId },
        opts: this.#jobOptions(i.variantId, i.at),
      })),
    );
  }

  /** Removes a variant's waiting publish job (call after unscheduling or cancelling it). */
  async unschedule(variantId: string): Promise<void> {
    await this.#d.queue.cancelBySingletonKey(PUBLISH_VARIANT_JOB, variantId);
  }

  /** Starts consuming publish jobs. */
  async start(opts: WorkOptions = {}): Promise<void> {
    await this.#d.queue.work(PUBLISH_VARIANT_JOB, (job) => this.publishVariant(job.payload), {
      batchSize: 50,
      concurrency: 8,
      ...opts,
    });
  }

  /**
   * At worker start: variants that fell due while no worker ran are requeued (published, marked late
   * when they are) or flagged `failed / missed_while_offline`, per the workspace's policy.
   */
  async recoverMissed(): Promise<MissedReport> {
    const now = this.#d.clock.now();
    const report: MissedReport = { requeued: 0, flagged: 0 };
    for (const v of await this.#posts.listOverdue(now.toISOString())) {
      const policy = v.missedPolicy === 'flag' ? 'flag' : 'publish_late';
      const action = decideMissed(v.status, v.scheduledAt ?? now.toISOString(), now, policy, this.#policy);
      if (action === 'flag') {
        const flagged = await this.#posts.markFailed(
          v.workspaceId,
          v.id,
          {
            code: 'missed_while_offline',
            reason: 'This post fell due while publishing was stopped; reschedule it or publish it now.',
            rawError: null,
            now: now.toISOString(),
          },
          ['scheduled'],
        );
        if (flagged) {
          await this.unschedule(v.id);
          report.flagged += 1;
        }
      } else if (action === 'publish') {
        // Usually the job is still waiting (singleton: no duplicate); this covers a lost one.
        if (await this.#enqueue({ workspaceId: v.workspaceId, variantId: v.id }, now)) report.requeued += 1;
      }
    }
    if (report.requeued + report.flagged > 0) this.#d.logger?.info({ ...report }, 'missed posts recovered');
    return report;
  }

  /** The job handler: publishes one variant exactly once, or records why not. */
  async publishVariant(p: PublishVariantPayload): Promise<void> {
    const now = this.#d.clock.now();
    const loaded = await this.#posts.getForPublish(p.workspaceId, p.variantId);
    if (!loaded) return;
    const { variant, account } = loaded;
    const last = await this.#attempts.last(p.workspaceId, variant.id);
    // A user's retry starts a fresh budget: attempts before it do not count against the limit.
    const policy = { ...this.#policy, maxAttempts: this.#policy.maxAttempts + variant.attemptBase };
    const decision = decideBeforePublish(variant, account, last, now, policy);
    switch (decision.kind) {
      case 'skip':
        return;
      case 'later':
        await this.#enqueue(p, decision.at);
        return;
      case 'account_needs_reconnect':
        await this.#fail(
          variant,
          'account_needs_reconnect',
          'The account must be reconnected before it can publish.',
          null,
        );
        return;
      case 'retries_exhausted':
        await this.#fail(variant, 'retries_exhausted', 'Publishing kept failing; see the attempts.', null);
        return;
      case 'publish':
        await this.#publish(
          variant,
          account,
          loaded.sealedCredentials,
          last,
          decision.resolveFirst,
          decision.attemptNumber,
        );
    }
  }

  async #publish(
    variant: VariantRecord,
    account: ConnectedAccountRecord,
    sealedCredentials: string,
    last: AttemptRecord | null,
    resolveFirst: boolean,
    attemptNumber: number,
  ): Promise<void> {
    const ws = variant.workspaceId;
    const connector = this.#d.connectorFor(account.network);
    const conn = this.#connected(account, sealedCredentials);
    let request: PublishRequest;
    try {
      request = await buildPublishRequest(variant, account.network, {
        media: this.#d.media,
        links: this.#d.links,
        context: (ws, postId) => this.#posts.getPublishContext(ws, postId),
      });
    } catch (err) {
      await this.#failFromError(variant, err, null);
      return;
    }

    if (resolveFirst && last) {
      try {
        const found = await connector.findPublished(conn, request);
        if (last.finishedAt === null) {
          await this.#attempts.finish(ws, last.id, 'abandoned', null, this.#iso());
        }
        if (found.status === 'published') {
          await this.#published(variant, found.result, null, 'found_published');
          return;
        }
      } catch (err) {
        // Cannot tell yet: leave the open attempt as it is and ask again later.
        await this.#afterError(variant, null, err, last.number);
        return;
      }
    }

    const problems = connector.validate(request);
    if (problems.length > 0) {
      const first = problems[0]!;
      await this.#fail(variant, first.code, first.message, { problems });
      return;
    }

    const attempt = await this.#attempts.begin(ws, variant.id, attemptNumber, newId(), this.#iso());
    if (!attempt) return; // cancelled meanwhile, or another worker got there first
    let result: PublishResult;
    try {
      result = await connector.publish(conn, request);
    } catch (err) {
      await this.#afterError(variant, attempt, err, attempt.number);
      return;
    }
    await this.#published(variant, result, attempt, 'published');
  }

  async #published(
    variant: VariantRecord,
    result: PublishResult,
    attempt: AttemptRecord | null,
    outcome: 'published' | 'found_published',
  ): Promise<void> {
    const now = this.#d.clock.now();
    if (attempt)
      await this.#attempts.finish(variant.workspaceId, attempt.id, outcome, null, now.toISOString());
    const changed = await this.#posts.markPublished(variant.workspaceId, variant.id, {
      remoteId: result.remoteId,
      remoteUrl: result.url,
      publishedAt: now.toISOString(),
      late: isLate(variant.scheduledAt, now, this.#policy),
    });
    if (changed) await this.#tell((o) => o.published(variant, result.url));
  }

  async #tell(call: (o: PublishOutcomeListener) => Promise<void>): Promise<void> {
    if (!this.#d.outcomes) return;
    try {
      await call(this.#d.outcomes);
    } catch (err) {
      this.#d.logger?.warn({ err }, 'publish outcome listener failed');
    }
  }

  async #afterError(
    variant: VariantRecord,
    attempt: AttemptRecord | null,
    err: unknown,
    attemptNumber: number,
  ): Promise<void> {
    const ws = variant.workspaceId;
    const now = this.#d.clock.now();
    const d = decideAfterError(err, attemptNumber, now, this.#policy);
    const raw = errorJson(err);
    if (attempt) await this.#attempts.finish(ws, attempt.id, d.outcome, raw, now.toISOString());
    if (d.kind === 'retry') {
      if (d.rateLimitUntil) {
        await this.#accounts.setRateLimitedUntil(
          ws,
          variant.accountId,
          d.rateLimitUntil.toISOString(),
          now.toISOString(),
        );
      }
      await this.#enqueue({ workspaceId: ws, variantId: variant.id }, d.at);
      this.#d.logger?.warn(
        { variantId: variant.id, outcome: d.outcome, retryAt: d.at.toISOString() },
        'publish will be retried',
      );
      return;
    }
    if (d.kind === 'flag_account') {
      const code = err instanceof ConnectorError && err.code ? err.code : 'credentials_rejected';
      await this.#accounts.setHealth(
        ws,
        variant.accountId,
        {
          status: 'needs_reconnect',
          reason: code === 'token_expired' ? 'token_expired' : 'credentials_rejected',
          detail: err instanceof Error ? err.message : null,
        },
        now.toISOString(),
      );
      await this.#fail(variant, 'account_needs_reconnect', d.reason, raw);
      return;
    }
    await this.#fail(variant, d.code, d.reason, raw);
  }

  async #failFromError(variant: VariantRecord, err: unknown, attempt: AttemptRecord | null): Promise<void> {
    const code = err instanceof ConnectorError ? err.code : 'media_unavailable';
    const reason = err instanceof Error ? err.message : String(err);
    if (attempt)
      await this.#attempts.finish(
        variant.workspaceId,
        attempt.id,
        'invalid_content',
        errorJson(err),
        this.#iso(),
      );
    await this.#fail(variant, code, reason, errorJson(err));
  }

  async #fail(
    variant: VariantRecord,
    code: string,
    reason: string,
    raw: Record<string, unknown> | null,
  ): Promise<void> {
    const changed = await this.#posts.markFailed(variant.workspaceId, variant.id, {
      code,
      reason,
      rawError: raw,
      now: this.#iso(),
    });
    this.#d.logger?.warn({ variantId: variant.id, code }, 'publish failed');
    if (changed) await this.#tell((o) => o.failed(variant, code, reason));
  }

  #connected(account: ConnectedAccountRecord, sealed: string): ConnectedAccount {
    return {
      credentials: this.#accounts.openSealed(account.id, sealed),
      saveCredentials: (next) =>
        this.#accounts.saveCredentials(account.workspaceId, account.id, next, this.#iso()),
    };
  }

  #enqueue(p: PublishVariantPayload, at: Date): Promise<string | null> {
    return this.#d.queue.send(PUBLISH_VARIANT_JOB, p, this.#jobOptions(p.variantId, at));
  }

  #jobOptions(variantId: string, at: Date) {
    // Queue-level retries only cover infrastructure failures (database down); network errors are
    // decided by the rules and re-sent with their own delay.
    return {
      runAt: at,
      singletonKey: variantId,
      retryLimit: 10,
      backoffMs: 5000,
      leaseMs: this.#d.jobLeaseMs ?? 90_000,
    };
  }

  #iso(): string {
    return this.#d.clock.now().toISOString();
  }
}

/** The redacted JSON of an error for the attempt row and the variant (ConnectorError is already safe). */
function errorJson(err: unknown): Record<string, unknown> {
  if (err instanceof ConnectorError) return err.toJSON();
  return {
    kind: 'internal',
    message: err instanceof Error ? err.message.slice(0, 500) : String(err).slice(0, 500),
  };
}
