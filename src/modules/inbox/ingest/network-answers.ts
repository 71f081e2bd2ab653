import type { Kysely } from 'kysely';
import type { Clock } from '../../../core/clock.js';
import type { SecretBox } from '../../../core/secrets.js';
import type { DB } from '../../../db/schema.js';
import type { NetworkConnector, RemoteReply } from '../../publishing/connectors/connector.port.js';
import { ConnectedAccountsRepository } from '../../publishing/scheduler/connected-accounts.repository.js';
import { NetworkAnswersRepository, type UnansweredItem } from './network-answers.repository.js';

export interface NetworkAnswersDeps {
  db: Kysely<DB>;
  secrets: SecretBox;
  clock: Clock;
  connectorFor(network: string): NetworkConnector;
  logger?: { warn(fields: Record<string, unknown>, message: string): void };
}

export interface NetworkAnswersOptions {
  /** Items read per run (each one network call). */
  limit?: number;
  /** Items older than this are left alone: an answer a week late is not worth a call per run. */
  maxAgeDays?: number;
  /** An item is read again at most this often. */
  recheckMinutes?: number;
}

/** Our first answer under `item`: the earliest reply by our own account written after the item. */
export function ourFirstAnswer(
  item: Pick<UnansweredItem, 'occurredAt' | 'ownRemoteId'>,
  replies: readonly RemoteReply[],
) {
  return (
    replies
      .filter((r) => r.authorRemoteId === item.ownRemoteId && r.occurredAt >= item.occurredAt)
      .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt))[0] ?? null
  );
}

/**
 * "The clock stops at the first answer … seen on the network": no notification tells us about answers
 * the team wrote in the network's own app, so this reads the replies under items whose clock runs and
 * stops it at the time of our account's first reply (source `network`). Bounded per run; connectors
 * without `readReplies` are skipped.
 */
export class NetworkAnswersCheck {
  readonly #repo: NetworkAnswersRepository;
  readonly #accounts: ConnectedAccountsRepository;

  constructor(private readonly d: NetworkAnswersDeps) {
    this.#repo = new NetworkAnswersRepository(d.db);
    this.#accounts = new ConnectedAccountsRepository(d.db, d.secrets);
  }

  /** Checks the due items; returns how many clocks it stopped. */
  async run(opts: NetworkAnswersOptions = {}): Promise<{ checked: number; stopped: number }> {
    const now = this.d.clock.now();
    const since = new Date(now.getTime() - (opts.maxAgeDays ?? 7) * 86_400_000).toISOString();
    const checkedBefore = new Date(now.getTime() - (opts.recheckMinutes ?? 5) * 60_000).toISOString();
    const items = await this.#repo.due(since, checkedBefore, opts.limit ?? 25);
    const credentials = new Map<
      string,
      Awaited<ReturnType<ConnectedAccountsRepository['openCredentials']>>
    >();
    let stopped = 0;
    const checked: string[] = [];
    for (const item of items) {
      const connector = this.d.connectorFor(item.network);
      checked.push(item.id);
      if (!connector.readReplies) continue;
      if (!credentials.has(item.accountId)) {
        credentials.set(
          item.accountId,
          await this.#accounts.openCredentials(item.workspaceId, item.accountId),
        );
      }
      const creds = credentials.get(item.accountId);
      if (!creds) continue;
      try {
        const replies = await connector.readReplies(
          {
            credentials: creds,
            saveCredentials: (next) =>
              this.#accounts.saveCredentials(
                item.workspaceId,
                item.accountId,
                next,
                this.d.clock.now().toISOString(),
              ),
          },
          item.remoteId,
        );
        const answer = ourFirstAnswer(item, replies);
        if (
          answer &&
          (await this.#repo.stopClock(item.id, answer.occurredAt, this.d.clock.now().toISOString()))
        ) {
          stopped += 1;
        }
      } catch (err) {
        // One failing read (network down, post hidden) must not stop the others; it is read again later.
        this.d.logger?.warn({ itemId: item.id, err: String(err) }, 'inbox: reading replies failed');
      }
    }
    await this.#repo.markChecked(checked, now.toISOString());
    return { checked: checked.length, stopped };
  }
}
