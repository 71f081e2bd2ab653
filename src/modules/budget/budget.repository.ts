import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { BudgetCampaignsTable, BudgetExpensesTable, BudgetLinesTable } from './budget.tables.js';

export type LineRow = Selectable<BudgetLinesTable>;
export type ExpenseRow = Selectable<BudgetExpensesTable>;
export type CampaignRow = Selectable<BudgetCampaignsTable>;

/** SQL for budget lines, expenses and sponsored campaigns. Every query names the workspace. */
export class BudgetRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async listLines(
    workspaceId: string,
    f: { from?: string; to?: string; objectiveId?: string } = {},
  ): Promise<LineRow[]> {
    let q = this.db.selectFrom('budget_lines').selectAll().where('workspace_id', '=', workspaceId);
    if (f.from) q = q.where('month', '>=', f.from);
    if (f.to) q = q.where('month', '<=', f.to);
    if (f.objectiveId) q = q.where('objective_id', '=', f.objectiveId);
    return q.orderBy('month').orderBy('category').orderBy('id').execute();
  }

  async findLine(workspaceId: string, id: string): Promise<LineRow | undefined> {
    return this.db
      .selectFrom('budget_lines')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async insertLine(row: LineRow): Promise<void> {
    await this.db.insertInto('budget_lines').values(row).execute();
  }

  async updateLine(workspaceId: string, id: string, patch: Partial<LineRow>): Promise<void> {
    await this.db
      .updateTable('budget_lines')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }

  async deleteLine(workspaceId: string, id: string): Promise<void> {
    await this.db
      .deleteFrom('budget_lines')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }

  /** Sum of the expenses attached to each line of the workspace. */
  async expenseTotalsByLine(workspaceId: string): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('budget_expenses')
      .select(['line_id', 'amount'])
      .where('workspace_id', '=', workspaceId)
      .where('line_id', 'is not', null)
      .execute();
    const out = new Map<string, number>();
    for (const r of rows) if (r.line_id) out.set(r.line_id, (out.get(r.line_id) ?? 0) + Number(r.amount));
    return out;
  }

  async listExpenses(
    workspaceId: string,
    f: { from?: string; to?: string; lineId?: string } = {},
  ): Promise<ExpenseRow[]> {
    let q = this.db.selectFrom('budget_expenses').selectAll().where('workspace_id', '=', workspaceId);
    if (f.from) q = q.where('date', '>=', f.from);
    if (f.to) q = q.where('date', '<=', f.to);
    if (f.lineId) q = q.where('line_id', '=', f.lineId);
    return q.orderBy('date').orderBy('id').execute();
  }

  async findExpense(workspaceId: string, id: string): Promise<ExpenseRow | undefined> {
    return this.db
      .selectFrom('budget_expenses')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async insertExpense(row: ExpenseRow): Promise<void> {
    await this.db.insertInto('budget_expenses').values(row).execute();
  }

  async updateExpense(workspaceId: string, id: string, patch: Partial<ExpenseRow>): Promise<void> {
    await this.db
      .updateTable('budget_expenses')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }

  async deleteExpense(workspaceId: string, id: string): Promise<void> {
    await this.db
      .deleteFrom('budget_expenses')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }

  /** Writes an import in one transaction: all rows or none. */
  async importRows(rows: {
    lines: { insert: LineRow[]; update: LineRow[] };
    expenses: ExpenseRow[];
  }): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      for (const l of rows.lines.insert) await trx.insertInto('budget_lines').values(l).execute();
      for (const l of rows.lines.update) {
        const { id, workspace_id, created_at, ...rest } = l;
        void created_at;
        await trx
          .updateTable('budget_lines')
          .set(rest)
          .where('workspace_id', '=', workspace_id)
          .where('id', '=', id)
          .execute();
      }
      for (const e of rows.expenses) await trx.insertInto('budget_expenses').values(e).execute();
    });
  }

  async listCampaigns(workspaceId: string): Promise<CampaignRow[]> {
    return this.db
      .selectFrom('budget_campaigns')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('start_date', 'desc')
      .orderBy('id')
      .execute();
  }

  async findCampaign(workspaceId: string, id: string): Promise<CampaignRow | undefined> {
    return this.db
      .selectFrom('budget_campaigns')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async insertCampaign(row: CampaignRow): Promise<void> {
    await this.db.insertInto('budget_campaigns').values(row).execute();
  }

  async updateCampaign(workspaceId: string, id: string, patch: Partial<CampaignRow>): Promise<void> {
    await this.db
      .updateTable('budget_campaigns')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }

  async deleteCampaign(workspaceId: string, id: string): Promise<void> {
    await this.db
      .deleteFrom('budget_campaigns')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  }

  /** Inserts new campaigns and updates known ones (same network and ads-manager id) in one transaction. */
  async importCampaigns(insert: CampaignRow[], update: CampaignRow[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      for (const c of insert) await trx.insertInto('budget_campaigns').values(c).execute();
      for (const c of update) {
        const { id, workspace_id, created_at, ...rest } = c;
        void created_at;
        await trx
          .updateTable('budget_campaigns')
          .set(rest)
          .where('workspace_id', '=', workspace_id)
          .where('id', '=', id)
          .execute();
      }
    });
  }

  // Reads of the strategy's tables, to check and resolve the objectives and actions costs point at.

  async objectives(workspaceId: string): Promise<{ id: string; title: string }[]> {
    return this.db
      .selectFrom('strategy_objectives')
      .select(['id', 'title'])
      .where('workspace_id', '=', workspaceId)
      .execute();
  }

  async actions(workspaceId: string): Promise<{ id: string; title: string }[]> {
    return this.db
      .selectFrom('strategy_actions')
      .select(['id', 'title'])
      .where('workspace_id', '=', workspaceId)
      .execute();
  }
}
