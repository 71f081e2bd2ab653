import type { AppContext } from '../../../app/context.js';
import { ConnectorRegistry, isNetworkId } from '../../publishing/connectors/registry.js';
import { emitEvent } from '../../webhooks/events.js';
import type { InboxItemsTable } from '../inbox.tables.js';
import { InboxIngestor } from './inbox-ingest.service.js';
import { NetworkAnswersCheck } from './network-answers.js';

/**
 * `interaction.received` for each new conversation item — only those with a response clock: the
 * backlog read when an account is first connected would flood a chat channel with old messages.
 */
async function announce(ctx: AppContext, items: readonly InboxItemsTable[]): Promise<void> {
  const live = items.filter((i) => i.target_minutes !== null);
  if (live.length === 0) return;
  const contacts = await ctx.database.db
    .selectFrom('inbox_contacts')
    .select(['id', 'handle', 'display_name'])
    .where(
      'id',
      'in',
      live.map((i) => i.contact_id),
    )
    .execute();
  const byId = new Map(contacts.map((c) => [c.id, c]));
  for (const i of live) {
    const c = byId.get(i.contact_id);
    await emitEvent(ctx, i.workspace_id, 'interaction.received', {
      itemId: i.id,
      kind: i.kind,
      network: i.network,
      accountId: i.account_id,
      actorName: c?.display_name ?? c?.handle ?? '',
      authorHandle: c?.handle ?? null,
      text: i.text,
      url: i.url,
      isQuestion: i.is_question === 1,
      sentiment: i.sentiment,
      priority: i.priority,
      occurredAt: i.occurred_at,
      dueAt: i.due_at,
      link: `/w/${i.workspace_id}/inbox/${i.id}`,
    });
  }
}

/** The application's inbox poller: real connectors, the context's clock, secrets and logger. */
export function createInboxIngestor(ctx: AppContext): InboxIngestor {
  const connectors = new ConnectorRegistry({
    logger: ctx.logger,
    now: () => ctx.clock.now(),
    timeoutMs: 20_000,
  });
  return new InboxIngestor({
    db: ctx.database.db,
    secrets: ctx.secrets,
    clock: ctx.clock,
    logger: ctx.logger,
    onNewItems: (items) => announce(ctx, items),
    connectorFor: (network) => {
      if (!isNetworkId(network)) throw new Error(`Unknown network ${network}`);
      return connectors.get(network);
    },
  });
}

/** The application's "answered on the network" check: real connectors, the context's clock and secrets. */
export function createNetworkAnswersCheck(ctx: AppContext): NetworkAnswersCheck {
  const connectors = new ConnectorRegistry({
    logger: ctx.logger,
    now: () => ctx.clock.now(),
    timeoutMs: 20_000,
  });
  return new NetworkAnswersCheck({
    db: ctx.database.db,
    secrets: ctx.secrets,
    clock: ctx.clock,
    logger: ctx.logger,
    connectorFor: (network) => {
      if (!isNetworkId(network)) throw new Error(`Unknown network ${network}`);
      return connectors.get(network);
    },
  });
}
