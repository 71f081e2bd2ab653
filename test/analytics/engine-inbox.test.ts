import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/core/ids.js';
import { makePeriod } from '../../src/modules/analytics/indicators/period.js';
import { summariseInbox } from '../../src/modules/analytics/indicators/process.js';
import { ProcessFactsRepository } from '../../src/modules/analytics/indicators/process.repository.js';
import { createTestApp, signUp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { seedWorkspace } from './engine.support.js';

/** The inbox figures aggregated in SQL must equal the inbox's own pure functions on every kind of item. */
describe.each(DIALECTS)('inbox figures in SQL on %s', (dialect) => {
  let t: TestApp;
  let ws: string;
  const now = new Date('2026-10-09T12:00:00.000Z');
  const october = makePeriod('2026-10-01', '2026-10-31', 'Europe/Paris');

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ({ workspaceId: ws } = await signUp(t.app));
    await seedWorkspace(t, ws);
    const db = t.ctx.database.db;
    const model = await db
      .selectFrom('inbox_items')
      .selectAll()
      .where('workspace_id', '=', ws)
      .executeTakeFirstOrThrow();
    const add = (over: Partial<typeof model>) =>
      db
        .insertInto('inbox_items')
        .values({ ...model, id: newId(), remote_id: newId(), ...over })
        .execute();
    // Closed unanswered after an SLA flag (breached), closed without flag (no clock), running clock,
    // no clock at all, spam, a like (not a conversation), one exactly at due time (met), one on Mastodon.
    const base = { occurred_at: '2026-10-09T08:00:00.000Z', due_at: '2026-10-09T11:00:00.000Z' };
    await add({ ...base, state: 'closed', first_response_at: null, breached_at: '2026-10-09T11:01:00.000Z' });
    await add({ ...base, state: 'closed', first_response_at: null, breached_at: null });
    await add({ ...base, state: 'new', first_response_at: null, due_at: '2026-10-09T18:00:00.000Z' });
    await add({ ...base, state: 'answered', due_at: null, first_response_at: '2026-10-09T09:00:00.000Z' });
    await add({ ...base, state: 'spam', first_response_at: null });
    await add({ ...base, kind: 'like', first_response_at: null });
    await add({ ...base, state: 'answered', first_response_at: '2026-10-09T11:00:00.000Z', is_question: 0 });
    await add({
      ...base,
      occurred_at: '2026-10-09T10:00:00.000Z',
      first_response_at: '2026-10-09T09:59:00.000Z',
    });
  });
  afterAll(async () => t.close());

  it.each([null, 'bluesky', 'mastodon'])('agrees with summariseInbox (network %s)', async (network) => {
    const repo = new ProcessFactsRepository(t.ctx.database.db);
    const items = await repo.inboxItems(ws, october, network);
    const sqlSummary = await repo.inboxSummary(ws, october, network, now);
    expect(sqlSummary).toEqual(summariseInbox(items, now));
    if (network === null) expect(sqlSummary.received).toBe(10); // 4 seeded + 8 added − spam − like
  });
});
