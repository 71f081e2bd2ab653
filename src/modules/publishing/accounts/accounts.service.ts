import type { AppContext } from '../../../app/context.js';
import { AppError, invalid, notFound } from '../../../app/errors.js';
import type { Actor } from '../../../app/http/principal.js';
import { newId } from '../../../core/ids.js';
import { AuditService } from '../../audit/audit.service.js';
import { isConnectorError } from '../connectors/connector.errors.js';
import type { ConnectResult, Credentials, NetworkConnector } from '../connectors/connector.port.js';
import { ConnectorRegistry, isNetworkId } from '../connectors/registry.js';
import {
  ConnectedAccountsRepository,
  type ConnectedAccountRecord,
} from '../scheduler/connected-accounts.repository.js';
import { PostsRepository } from '../scheduler/posts.repository.js';
import { createPublishScheduler } from '../scheduler/scheduler.factory.js';
import { DEFAULT_BLUESKY_SERVICE, type AccountConnectInput, type AccountView } from './accounts.schemas.js';
import { outboundUrlProblem } from './outbound-host.js';

/** The API view of an account: profile and health, never credentials. */
export function presentAccount(r: ConnectedAccountRecord): AccountView {
  return {
    id: r.id,
    network: r.network,
    displayName: r.displayName,
    handle: r.handle,
    avatarUrl: r.avatarUrl,
    profileUrl: r.profileUrl,
    health: {
      status: r.healthStatus,
      reason: r.healthReason,
      detail: r.healthDetail,
      checkedAt: r.healthCheckedAt,
    },
    createdAt: r.createdAt,
  };
}

export interface AccountsServiceOptions {
  /** Lets connect call loopback/private servers (tests against emulators, self-hosted networks). */
  allowPrivateHosts: boolean;
  registry?: ConnectorRegistry;
}

// Which form field a refused credential belongs to, per network.
const SECRET_FIELD = { bluesky: 'appPassword', mastodon: 'accessToken' } as const;
const ADDRESS_FIELD = { bluesky: 'service', mastodon: 'instanceUrl' } as const;

/** Connects, checks, reconnects and disconnects a workspace's social network accounts. */
export class AccountsService {
  readonly #repo: ConnectedAccountsRepository;
  readonly #audit: AuditService;
  readonly #registry: ConnectorRegistry;

  constructor(
    private readonly ctx: AppContext,
    private readonly options: AccountsServiceOptions,
  ) {
    this.#repo = new ConnectedAccountsRepository(ctx.database.db, ctx.secrets);
    this.#audit = new AuditService(ctx.database.db, ctx.clock);
    this.#registry =
      options.registry ??
      new ConnectorRegistry({ logger: ctx.logger.child({ module: 'connectors' }), timeoutMs: 15_000 });
  }

  /** The workspace's accounts. */
  async list(actor: Actor): Promise<AccountView[]> {
    return (await this.#repo.list(actor.workspaceId)).map(presentAccount);
  }

  async #record(actor: Actor, id: string): Promise<ConnectedAccountRecord> {
    const r = await this.#repo.get(actor.workspaceId, id);
    if (!r) throw notFound('Account');
    return r;
  }

  /** Validates the credentials with the network, then stores the account with them sealed. */
  async connect(actor: Actor, input: AccountConnectInput): Promise<AccountView> {
    const result = await this.#connectRemote(input);
    const existing = (await this.#repo.list(actor.workspaceId)).find(
      (a) => a.network === input.network && a.remoteId === result.profile.remoteId,
    );
    if (existing) {
      throw new AppError(
        409,
        'conflict',
        'This account is already connected; reconnect it instead',
        'network',
      );
    }
    const p = result.profile;
    const created = await this.#repo.create({
      id: newId(),
      workspaceId: actor.workspaceId,
      network: input.network,
      remoteId: p.remoteId,
      handle: p.handle,
      displayName: p.displayName,
      avatarUrl: p.avatarUrl,
      profileUrl: p.profileUrl,
      credentials: result.credentials,
      now: this.ctx.clock.now().toISOString(),
    });
    const view = presentAccount(created);
    await this.#audit.record(actor, {
      action: 'account.connected',
      objectType: 'connected_account',
      objectId: view.id,
      summary: `Connected ${input.network} account ${view.handle}`,
      after: view,
    });
    return view;
  }

  /** Replaces the credentials of an account; they must resolve to the same remote account. */
  async reconnect(actor: Actor, id: string, input: AccountConnectInput): Promise<AccountView> {
    const before = await this.#record(actor, id);
    if (before.network !== input.network) throw invalid('network', `This account is on ${before.network}`);
    const result = await this.#connectRemote(input);
    if (result.profile.remoteId !== before.remoteId) {
      throw invalid(
        SECRET_FIELD[input.network],
        `These credentials belong to ${result.profile.handle}, not ${before.handle}`,
      );
    }
    await this.#repo.saveCredentials(
      actor.workspaceId,
      id,
      result.credentials,
      this.ctx.clock.now().toISOString(),
    );
    const requeued = await this.#requeueAfterReconnect(actor.workspaceId, id);
    const after = presentAccount(await this.#record(actor, id));
    await this.#audit.record(actor, {
      action: 'account.reconnected',
      objectType: 'connected_account',
      objectId: id,
      summary: `Reconnected ${before.network} account ${before.handle}${requeued > 0 ? `; ${requeued} post(s) back on schedule` : ''}`,
      before: presentAccount(before),
      after,
    });
    return after;
  }

  /**
   * Variants that failed only because this account needed reconnecting go back on schedule when
   * their time is still ahead; past ones stay failed for the user to retry (they may be stale now).
   */
  async #requeueAfterReconnect(workspaceId: string, accountId: string): Promise<number> {
    const posts = new PostsRepository(this.ctx.database.db);
    const now = this.ctx.clock.now();
    const due = (await posts.listFailedForReconnect(workspaceId, accountId)).filter(
      (v) => v.scheduledAt !== null && new Date(v.scheduledAt) > now,
    );
    if (due.length === 0) return 0;
    const scheduler = createPublishScheduler(this.ctx, this.ctx.queue);
    let n = 0;
    for (const v of due) {
      if (await posts.setStatus(workspaceId, v.id, ['failed'], 'scheduled', now.toISOString())) {
        await scheduler.schedule(workspaceId, v.id, new Date(v.scheduledAt!));
        n += 1;
      }
    }
    return n;
  }

  /** Asks the network whether the stored credentials still work and stores the answer. */
  async check(actor: Actor, id: string): Promise<AccountView> {
    const before = await this.#record(actor, id);
    const connector = this.#connector(before.network);
    const credentials = await this.#repo.openCredentials(actor.workspaceId, id);
    if (!credentials) throw notFound('Account');
    const now = () => this.ctx.clock.now().toISOString();
    let health;
    try {
      health = await connector.checkCredentials({
        credentials,
        saveCredentials: (next: Credentials) =>
          this.#repo.saveCredentials(actor.workspaceId, id, next, now()),
      });
    } catch (err) {
      throw unreachable(err);
    }
    await this.#repo.setHealth(actor.workspaceId, id, health, now());
    const after = presentAccount(await this.#record(actor, id));
    await this.#audit.record(actor, {
      action: 'account.checked',
      objectType: 'connected_account',
      objectId: id,
      summary: `Checked ${before.network} account ${before.handle}: ${health.status}`,
      before: presentAccount(before),
      after,
    });
    return after;
  }

  /** Forgets the account and its sealed credentials. */
  async disconnect(actor: Actor, id: string): Promise<void> {
    const before = await this.#record(actor, id);
    await this.#repo.delete(actor.workspaceId, id);
    await this.#audit.record(actor, {
      action: 'account.disconnected',
      objectType: 'connected_account',
      objectId: id,
      summary: `Disconnected ${before.network} account ${before.handle}`,
      before: presentAccount(before),
    });
  }

  #connector(network: string): NetworkConnector {
    if (!isNetworkId(network)) throw invalid('network', `Unknown network ${network}`);
    return this.#registry.get(network);
  }

  async #connectRemote(input: AccountConnectInput): Promise<ConnectResult> {
    const address =
      input.network === 'bluesky' ? (input.service ?? DEFAULT_BLUESKY_SERVICE) : input.instanceUrl;
    const problem = await outboundUrlProblem(address, this.options.allowPrivateHosts);
    if (problem) throw invalid(ADDRESS_FIELD[input.network], problem);
    const credentials: Credentials =
      input.network === 'bluesky'
        ? { service: address, identifier: input.handle, appPassword: input.appPassword }
        : { instanceUrl: input.instanceUrl, accessToken: input.accessToken };
    try {
      return await this.#connector(input.network).connect(credentials);
    } catch (err) {
      if (isConnectorError(err, 'auth')) {
        const field =
          err.code === 'credentials_malformed' ? ADDRESS_FIELD[input.network] : SECRET_FIELD[input.network];
        throw invalid(field, err.message);
      }
      if (isConnectorError(err, 'not_found') || isConnectorError(err, 'invalid_content')) {
        throw invalid(input.network === 'bluesky' ? 'handle' : 'instanceUrl', err.message);
      }
      throw unreachable(err);
    }
  }
}

/** A network failure as a 502 problem carrying the connector's (secret-free) reason. */
function unreachable(err: unknown): AppError {
  if (isConnectorError(err))
    return new AppError(502, 'network_unavailable', err.message, undefined, { reason: err.code });
  if (err instanceof AppError) return err;
  return new AppError(502, 'network_unavailable', 'The network could not be reached');
}
