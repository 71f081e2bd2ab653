import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { bit, flag, parseStringList } from '../repository.helpers.js';
import { emptySnapshot, type ContentPillar, type EditorialLine } from '../strategy.model.js';

/** SQL for step 6: the line itself, its pillars and its posting frequencies. */
export class EditorialLineRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** The line; a workspace that never saved one gets the empty line. */
  async get(workspaceId: string): Promise<EditorialLine> {
    const row = await this.db
      .selectFrom('strategy_editorial_lines')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
    const pillars = await this.pillars(workspaceId);
    const frequencies = await this.db
      .selectFrom('strategy_posting_frequencies')
      .select(['network_id', 'posts_per_week'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('position')
      .execute();
    const base = row
      ? {
          tone: row.tone,
          image: row.image,
          formats: parseStringList(row.formats),
          dos: parseStringList(row.dos),
          donts: parseStringList(row.donts),
          wordsToAvoid: parseStringList(row.words_to_avoid),
          requiredHashtags: parseStringList(row.required_hashtags),
          requiredMentions: parseStringList(row.required_mentions),
          languages: parseStringList(row.languages),
        }
      : emptySnapshot().editorialLine;
    return {
      ...base,
      pillars,
      frequencies: frequencies.map((f) => ({
        networkId: f.network_id,
        postsPerWeek: Number(f.posts_per_week),
      })),
    };
  }

  /** The pillars in display order. */
  async pillars(workspaceId: string): Promise<ContentPillar[]> {
    const rows = await this.db
      .selectFrom('strategy_content_pillars')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('position')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      description: r.description,
      targetShare: Number(r.target_share),
      sensitive: flag(r.sensitive),
      colour: r.colour,
    }));
  }

  /**
   * Writes the whole line. Pillars are updated in place when their id already exists (so whatever
   * points at a pillar keeps pointing at it), inserted otherwise, and the ones not listed are deleted.
   */
  async put(workspaceId: string, line: EditorialLine, now: string): Promise<void> {
    const values = {
      tone: line.tone,
      image: line.image,
      formats: JSON.stringify(line.formats),
      dos: JSON.stringify(line.dos),
      donts: JSON.stringify(line.donts),
      words_to_avoid: JSON.stringify(line.wordsToAvoid),
      required_hashtags: JSON.stringify(line.requiredHashtags),
      required_mentions: JSON.stringify(line.requiredMentions),
      languages: JSON.stringify(line.languages),
      updated_at: now,
    };
    await this.db
      .insertInto('strategy_editorial_lines')
      .values({ workspace_id: workspaceId, ...values })
      .onConflict((oc) => oc.column('workspace_id').doUpdateSet(values))
      .execute();

    const existing = new Set((await this.pillars(workspaceId)).map((p) => p.id));
    const keep = line.pillars.map((p) => p.id);
    const gone = [...existing].filter((id) => !keep.includes(id));
    if (gone.length) {
      await this.db
        .deleteFrom('strategy_content_pillars')
        .where('workspace_id', '=', workspaceId)
        .where('id', 'in', gone)
        .execute();
    }
    for (const [position, p] of line.pillars.entries()) {
      const columns = {
        name: p.name,
        description: p.description,
        target_share: p.targetShare,
        sensitive: bit(p.sensitive),
        colour: p.colour,
        position,
        updated_at: now,
      };
      if (existing.has(p.id)) {
        await this.db
          .updateTable('strategy_content_pillars')
          .set(columns)
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', p.id)
          .execute();
      } else {
        await this.db
          .insertInto('strategy_content_pillars')
          .values({ id: p.id, workspace_id: workspaceId, created_at: now, ...columns })
          .execute();
      }
    }

    await this.db
      .deleteFrom('strategy_posting_frequencies')
      .where('workspace_id', '=', workspaceId)
      .execute();
    if (line.frequencies.length) {
      await this.db
        .insertInto('strategy_posting_frequencies')
        .values(
          line.frequencies.map((f, position) => ({
            workspace_id: workspaceId,
            network_id: f.networkId,
            posts_per_week: f.postsPerWeek,
            position,
          })),
        )
        .execute();
    }
  }

  /** Removes the line, its pillars and frequencies (before an import or a template replaces them). */
  async clear(workspaceId: string): Promise<void> {
    await this.db
      .deleteFrom('strategy_posting_frequencies')
      .where('workspace_id', '=', workspaceId)
      .execute();
    await this.db.deleteFrom('strategy_content_pillars').where('workspace_id', '=', workspaceId).execute();
    await this.db.deleteFrom('strategy_editorial_lines').where('workspace_id', '=', workspaceId).execute();
  }
}
