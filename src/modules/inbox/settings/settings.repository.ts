import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { WeeklyHours } from '../../../core/business-clock.js';
import {
  DEFAULT_INBOX_SETTINGS,
  type ClockMode,
  type InboxSettings,
  type ResponseTarget,
} from './response-targets.js';

/** A workspace's response targets and the opening hours they may count on. */
export class InboxSettingsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** The stored settings, or the defaults when the workspace never saved any. */
  async get(workspaceId: string): Promise<InboxSettings & { updatedAt: string | null }> {
    const row = await this.db
      .selectFrom('inbox_settings')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
    if (!row) return { ...DEFAULT_INBOX_SETTINGS, updatedAt: null };
    return {
      clock: row.clock as ClockMode,
      targets: JSON.parse(row.targets) as ResponseTarget[],
      updatedAt: row.updated_at,
    };
  }

  async save(workspaceId: string, s: InboxSettings, now: string): Promise<void> {
    const values = { clock: s.clock, targets: JSON.stringify(s.targets), updated_at: now };
    await this.db
      .insertInto('inbox_settings')
      .values({ workspace_id: workspaceId, ...values })
      .onConflict((oc) => oc.column('workspace_id').doUpdateSet(values))
      .execute();
  }

  /** The workspace's zone and opening hours (business_hours on the workspaces row). */
  async workspaceHours(
    workspaceId: string,
  ): Promise<{ timeZone: string; hours: WeeklyHours; name: string } | null> {
    const ws = await this.db
      .selectFrom('workspaces')
      .select(['time_zone', 'business_hours', 'name'])
      .where('id', '=', workspaceId)
      .executeTakeFirst();
    if (!ws) return null;
    const parsed = JSON.parse(ws.business_hours) as Partial<WeeklyHours>;
    return {
      timeZone: ws.time_zone,
      name: ws.name,
      hours: { weekdays: parsed.weekdays ?? [], holidays: parsed.holidays ?? [] },
    };
  }
}
