import type { AppContext } from '../../app/context.js';
import type { Actor } from '../../app/http/principal.js';
import { newId } from '../../core/ids.js';
import { AuditService } from '../audit/audit.service.js';
import { currencyDigits } from './budget-math.js';
import { expensesCsv, linesCsv, parseExpensesCsv, parseLinesCsv, type ImportContext } from './budget-csv.js';
import { BudgetRepository, type ExpenseRow, type LineRow } from './budget.repository.js';
import { ExpensesService } from './expenses.service.js';
import { parseOrProblem } from './import-problem.js';
import { LinesService, workspaceCurrency } from './lines.service.js';

/** CSV export and all-or-nothing import of budget lines and expenses. */
export class BudgetImportService {
  private readonly repo: BudgetRepository;
  private readonly audit: AuditService;
  constructor(private readonly ctx: AppContext) {
    this.repo = new BudgetRepository(ctx.database.db);
    this.audit = new AuditService(ctx.database.db, ctx.clock);
  }

  private async context(workspaceId: string): Promise<ImportContext> {
    const currency = await workspaceCurrency(this.ctx, workspaceId);
    const [objectives, actions, lines, expenses] = await Promise.all([
      this.repo.objectives(workspaceId),
      this.repo.actions(workspaceId),
      this.repo.listLines(workspaceId),
      this.repo.listExpenses(workspaceId),
    ]);
    return {
      currency,
      digits: currencyDigits(currency),
      objectives,
      actions,
      lineIds: new Set(lines.map((l) => l.id)),
      expenseIds: new Set(expenses.map((e) => e.id)),
    };
  }

  /** The CSV text of the workspace's lines or expenses. */
  async export(actor: Actor, kind: 'lines' | 'expenses'): Promise<string> {
    const ctx = await this.context(actor.workspaceId);
    if (kind === 'expenses') return expensesCsv(await new ExpensesService(this.ctx).list(actor), ctx.digits);
    return linesCsv(await new LinesService(this.ctx).list(actor), ctx, ctx.digits);
  }

  /** Checks the whole file first; writes every row in one transaction, or nothing. */
  async import(actor: Actor, input: { kind: 'lines' | 'expenses'; csv: string; dryRun: boolean }) {
    const ctx = await this.context(actor.workspaceId);
    const now = this.ctx.clock.now().toISOString();
    if (input.kind === 'lines') {
      const parsed = parseOrProblem(() => parseLinesCsv(input.csv, ctx));
      const existing = new Map((await this.repo.listLines(actor.workspaceId)).map((l) => [l.id, l]));
      const insert: LineRow[] = [];
      const update: LineRow[] = [];
      for (const p of parsed) {
        const fields = {
          category: p.category,
          label: p.label,
          month: p.month,
          objective_id: p.objectiveId,
          action_id: p.actionId,
          planned: p.planned,
          committed: p.committed,
          actual: p.actual,
          notes: p.notes,
          updated_at: now,
        };
        const known = p.id ? existing.get(p.id) : undefined;
        if (known)
          update.push({
            ...known,
            ...fields,
            staff_resource_id: p.category === 'staff_time' ? known.staff_resource_id : null,
            staff_hours: p.category === 'staff_time' ? known.staff_hours : null,
          });
        else
          insert.push({
            id: newId(),
            workspace_id: actor.workspaceId,
            currency: ctx.currency,
            staff_resource_id: null,
            staff_hours: null,
            created_at: now,
            ...fields,
          });
      }
      const result = {
        kind: input.kind,
        dryRun: input.dryRun,
        rows: parsed.length,
        created: insert.length,
        updated: update.length,
        skipped: 0,
      };
      if (input.dryRun) return result;
      await this.repo.importRows({ lines: { insert, update }, expenses: [] });
      await this.audit.record(actor, {
        action: 'budget_line.imported',
        objectType: 'budget_line',
        summary: `Imported ${parsed.length} budget lines from CSV (${insert.length} new, ${update.length} updated)`,
        after: result,
      });
      return result;
    }
    const { rows, skipped } = parseOrProblem(() => parseExpensesCsv(input.csv, ctx));
    const expenses: ExpenseRow[] = rows.map((p) => ({
      id: newId(),
      workspace_id: actor.workspaceId,
      line_id: p.lineId,
      supplier: p.supplier,
      date: p.date,
      amount: p.amount,
      currency: ctx.currency,
      description: p.description,
      attachment_name: null,
      attachment_type: null,
      attachment_size: null,
      attachment_key: null,
      created_at: now,
      updated_at: now,
    }));
    const result = {
      kind: input.kind,
      dryRun: input.dryRun,
      rows: rows.length + skipped,
      created: expenses.length,
      updated: 0,
      skipped,
    };
    if (input.dryRun) return result;
    await this.repo.importRows({ lines: { insert: [], update: [] }, expenses });
    await this.audit.record(actor, {
      action: 'expense.imported',
      objectType: 'expense',
      summary: `Imported ${expenses.length} expenses from CSV (${skipped} already recorded)`,
      after: result,
    });
    return result;
  }
}
