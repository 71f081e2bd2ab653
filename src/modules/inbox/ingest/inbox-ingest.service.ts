import type { Kysely } from 'kysely';
import type { Clock } from '../../../core/clock.js';
import { newId } from '../../../core/ids.js';
import type { SecretBox } from '../../../core/secrets.js';
import type { DB } from '../../../db/schema.js';
import { isConnectorError } from '../../publishing/connectors/connector.errors.js';
import type { Interaction, NetworkConnector } from '../../publishing/connectors/connector.port.js';
import { ConnectedAccountsRepository } from '../../publishing/scheduler/connected-accounts.repository.js';
import type { InboxItemsTable } from '../inbox.tables.js';
import { can, isRole } from '../../../core/policy.js';
import { InboxRulesRepository, routableTargets, toRule } from '../rules/rules.repository.js';
import { routeItem, type RoutingContext } from '../rules/routing.js';
import { calendarOf } from '../settings/response-targets.js';
import { InboxSettingsRepository } from '../settings/settings.repository.js';
import { clockApplies, draftItem, ownAnswerTo, pollBackoffSeconds } from './ingest.rules.js';
import { InboxIngestRepository } from './inbox-ingest.repository.js';

export interface IngestDeps {
  /** Told about items stored for the first time (the interaction.received webhook); never blocks ingestion. */
  onNewItems?: (items: readonly InboxItemsTable[]) => Promise<void>;
  db: Kysely<DB>;
  secrets: SecretBox;
  clock: Clock;
  connectorFor(network: string): NetworkConnector;
  logger?: { warn(fields: Record<string, unknown>, message: string): void };
  /** Pages read per account and poll; more waits for the next poll (default 10). */
  maxPages?: number;
  /** How long a poller holds an account before another may take it (default 2 minutes). */
  leaseMs?: number;
}

export interface PollReport {
  fetched: number;
  inserted: number;
  pages: number;
  error: string | null;
}

/**
 * Reads what each connected account received since its cursor and stores the conversations:
 * contacts upserted, items deduplicated by (account, remote id), threaded, linked to our post,
 * classified, with their response clock. The cursor only moves after the page is stored, so a crash
 * re-reads a page (deduplicated) rather than losing one.
 */
export class InboxIngestor {
  readonly #d: IngestDeps;
  readonly #repo: InboxIngestRepository;
  readonly #accounts: ConnectedAccountsRepository;

  constructor(deps: IngestDeps) {
    this.#d = deps;
    this.#repo = new InboxIngestRepository(deps.db);
    this.#accounts = new ConnectedAccountsRepository(deps.db, deps.secrets);
  }

  /** Polls every account that is due (at most `limit`); returns how many were polled. */
  async pollDue(limit = 20): Promise<number> {
    const now = this.#now();
    await this.#repo.ensureCursors(now.toISOString());
    let polled = 0;
    for (const due of await this.#repo.listDue(now.toISOString(), limit)) {
      const until = new Date(now.getTime() + (this.#d.leaseMs ?? 120_000)).toISOString();
      if (!(await this.#repo.lease(due.accountId, now.toISOString(), until))) continue;
      await this.pollAccount(due.workspaceId, due.accountId);
      polled += 1;
    }
    return polled;
  }

  /** Reads and stores one account's new interactions (the caller holds its lease, or tests call it). */
  async pollAccount(workspaceId: string, accountId: string): Promise<PollReport> {
    const report: PollReport = { fetched: 0, inserted: 0, pages: 0, error: null };
    const account = await this.#accounts.get(workspaceId, accountId);
    const credentials = account && (await this.#accounts.openCredentials(workspaceId, accountId));
    if (!account || !credentials) return report;
    await this.#repo.ensureCursors(this.#now().toISOString());
    const state = await this.#repo.cursorOf(accountId);
    const interval = state?.interval_seconds ?? 120;
    let cursor = state?.cursor ?? null;
    const connector = this.#d.connectorFor(account.network);
    const conn = {
      credentials,
      saveCredentials: (next: Record<string, unknown>) =>
        this.#accounts.saveCredentials(workspaceId, accountId, next, this.#now().toISOString()),
    };
    try {
      for (let page = 0; page < (this.#d.maxPages ?? 10); page++) {
        const result = await connector.readInteractionsSince(conn, cursor);
        report.pages += 1;
        report.fetched += result.items.length;
        report.inserted += await this.#store(account, result.items);
        cursor = result.nextCursor;
        // Saved after each stored page: a crash later re-reads at most one page.
        await this.#repo.finishPoll(accountId, {
          cursor,
          error: null,
          failures: 0,
          nextPollAt: this.#after(interval),
          now: this.#now().toISOString(),
        });
        if (!result.more) break;
      }
    } catch (err) {
      const failures = (state?.consecutive_failures ?? 0) + 1;
      report.error = isConnectorError(err) ? `${err.kind}: ${err.message}` : String(err);
      this.#d.logger?.warn({ accountId, failures, error: report.error }, 'inbox poll failed');
      if (isConnectorError(err) && err.kind === 'auth') {
        await this.#accounts.setHealth(
          workspaceId,
          accountId,
          { status: 'needs_reconnect', reason: 'credentials_rejected', detail: err.message },
          this.#now().toISOString(),
        );
      }
      await this.#repo.finishPoll(accountId, {
        error: report.error.slice(0, 500),
        failures,
        nextPollAt: this.#after(pollBackoffSeconds(interval, failures)),
        now: this.#now().toISOString(),
      });
    }
    return report;
  }

  /**
   * Stores interactions already read for `account` exactly as a poll stores a page (dedup, threading,
   * classification, routing, clock); returns how many were new. For the inbox benchmark and callers that
   * receive interactions by other means than polling.
   */
  async ingest(
    account: { id: string; workspaceId: string; network: string; remoteId: string; createdAt: string },
    items: readonly Interaction[],
  ): Promise<number> {
    return this.#store(account, items);
  }

  async #store(
    account: { id: string; workspaceId: string; network: string; remoteId: string; createdAt: string },
    items: readonly Interaction[],
  ): Promise<number> {
    const now = this.#now().toISOString();
    const ctx = {
      network: account.network,
      ownRemoteId: account.remoteId,
      accountConnectedAt: account.createdAt,
    };
    for (const i of items) {
      const answered = ownAnswerTo(i, account.remoteId);
      if (answered) await this.#repo.markAnsweredOnNetwork(account.id, answered, i.occurredAt);
    }
    const drafts = items.flatMap((i) => {
      const d = draftItem(i, ctx);
      return d ? [{ i, d }] : [];
    });
    if (drafts.length === 0) return 0;
    const contacts = await this.#repo.upsertContacts(
      account.workspaceId,
      account.network,
      drafts.map(({ i }) => i.author),
      newId,
      now,
    );
    const variants = await this.#repo.variantsByRemoteId(
      account.id,
      drafts.flatMap(({ i }) => [i.subjectRemoteId, i.rootRemoteId].filter((x): x is string => x !== null)),
    );
    const parents = drafts.flatMap(({ i }) => (i.parentRemoteId ? [i.parentRemoteId] : []));
    const parentThreads = await this.#repo.threadKeysOf(account.id, parents);
    // Parents stored in this same page come first (pages are oldest first).
    for (const { i, d } of drafts) {
      const joined = i.parentRemoteId ? parentThreads.get(i.parentRemoteId) : undefined;
      if (joined) d.threadKey = joined;
      parentThreads.set(i.remoteId, d.threadKey);
    }
    const followers = await this.#repo.followersOf([...contacts.values()]);
    const routing = await this.#routingContext(account.workspaceId);
    const rows: InboxItemsTable[] = drafts.map(({ i, d }) => {
      const contactId = contacts.get(i.author.remoteId)!;
      const route = routeItem(
        {
          text: i.text ?? '',
          network: account.network,
          kind: d.kind,
          language: d.language,
          isQuestion: d.isQuestion,
          sentiment: d.sentiment,
          followers: followers.get(contactId) ?? null,
        },
        {
          priority: d.priority,
          clockRuns: clockApplies(i.occurredAt, account.createdAt),
          occurredAt: i.occurredAt,
        },
        routing,
      );
      return {
        id: newId(),
        workspace_id: account.workspaceId,
        account_id: account.id,
        network: account.network,
        remote_id: i.remoteId,
        kind: d.kind,
        contact_id: contactId,
        text: i.text ?? '',
        url: i.url,
        subject_remote_id: i.subjectRemoteId,
        parent_remote_id: i.parentRemoteId,
        root_remote_id: i.rootRemoteId,
        thread_key: d.threadKey,
        variant_id:
          (i.rootRemoteId && variants.get(i.rootRemoteId)) ||
          (i.subjectRemoteId && variants.get(i.subjectRemoteId)) ||
          null,
        occurred_at: i.occurredAt,
        received_at: now,
        language: d.language,
        is_question: d.isQuestion ? 1 : 0,
        sentiment: d.sentiment,
        sentiment_score: d.sentimentScore,
        state: route.state,
        priority: route.priority,
        assignee_id: route.assigneeId,
        department_id: route.departmentId,
        tags: JSON.stringify(route.tags),
        target_minutes: route.targetMinutes,
        due_at: route.dueAt,
        first_response_at: null,
        first_response_by: null,
        first_response_source: null,
        breached_at: null,
        created_at: now,
        updated_at: now,
      };
    });
    const inserted = new Set(await this.#repo.insertItems(rows));
    if (inserted.size > 0 && this.#d.onNewItems) {
      try {
        await this.#d.onNewItems(rows.filter((r) => inserted.has(r.id)));
      } catch (err) {
        this.#d.logger?.warn({ err }, 'inbox: new-item listener failed');
      }
    }
    return inserted.size;
  }

  /** The workspace's rules, response targets and who may be routed to, read once per page. */
  async #routingContext(workspaceId: string): Promise<RoutingContext> {
    const db = this.#d.db;
    const settingsRepo = new InboxSettingsRepository(db);
    const [rules, settings, hours, targets] = await Promise.all([
      new InboxRulesRepository(db).list(workspaceId),
      settingsRepo.get(workspaceId),
      settingsRepo.workspaceHours(workspaceId),
      routableTargets(db, workspaceId),
    ]);
    return {
      rules: rules.map(toRule),
      settings,
      calendar: calendarOf(settings, hours ?? { timeZone: 'UTC', hours: { weekdays: [], holidays: [] } }),
      canAssign: (userId) => {
        const role = targets.members.get(userId);
        return role !== undefined && isRole(role) && can(role, 'inbox.handle');
      },
      departmentExists: (id) => targets.departments.has(id),
    };
  }

  #now(): Date {
    return this.#d.clock.now();
  }

  #after(seconds: number): string {
    return new Date(this.#now().getTime() + seconds * 1000).toISOString();
  }
}
