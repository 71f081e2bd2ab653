import type { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import { invalid, notFound } from '../../app/errors.js';
import type { Actor } from '../../app/http/principal.js';
import { newId } from '../../core/ids.js';
import { AuditService } from '../audit/audit.service.js';
import { AttachmentStore, decodeAttachment } from './attachments.js';
import { BudgetRepository, type ExpenseRow } from './budget.repository.js';
import type { zAttachmentUpload, zExpenseCreate, zExpensePatch, zExpensesQuery } from './budget.schemas.js';
import { workspaceCurrency } from './lines.service.js';

export interface ExpenseView {
  id: string;
  lineId: string | null;
  supplier: string;
  date: string;
  amount: number;
  currency: string;
  description: string;
  attachment: { fileName: string; contentType: string; size: number } | null;
  createdAt: string;
  updatedAt: string;
}

/** An expense row as the API shows it (the storage key stays private). */
export function presentExpense(r: ExpenseRow): ExpenseView {
  return {
    id: r.id,
    lineId: r.line_id,
    supplier: r.supplier,
    date: r.date,
    amount: r.amount,
    currency: r.currency,
    description: r.description,
    attachment:
      r.attachment_key && r.attachment_name && r.attachment_type
        ? { fileName: r.attachment_name, contentType: r.attachment_type, size: r.attachment_size ?? 0 }
        : null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Expenses with supplier, date, amount and a receipt file, each optionally attached to a budget line. */
export class ExpensesService {
  private readonly repo: BudgetRepository;
  private readonly audit: AuditService;
  private readonly files: AttachmentStore;
  constructor(private readonly ctx: AppContext) {
    this.repo = new BudgetRepository(ctx.database.db);
    this.audit = new AuditService(ctx.database.db, ctx.clock);
    this.files = new AttachmentStore(ctx.config.dataDir);
  }

  async list(actor: Actor, q: z.infer<typeof zExpensesQuery> = {}): Promise<ExpenseView[]> {
    return (await this.repo.listExpenses(actor.workspaceId, q)).map(presentExpense);
  }

  private async row(actor: Actor, id: string): Promise<ExpenseRow> {
    const row = await this.repo.findExpense(actor.workspaceId, id);
    if (!row) throw notFound('Expense');
    return row;
  }

  async get(actor: Actor, id: string): Promise<ExpenseView> {
    return presentExpense(await this.row(actor, id));
  }

  private async checkLine(actor: Actor, lineId: string | null | undefined): Promise<void> {
    if (lineId && !(await this.repo.findLine(actor.workspaceId, lineId))) {
      throw invalid('lineId', 'No such budget line in this workspace');
    }
  }

  async create(actor: Actor, input: z.infer<typeof zExpenseCreate>): Promise<ExpenseView> {
    await this.checkLine(actor, input.lineId);
    const now = this.ctx.clock.now().toISOString();
    const row: ExpenseRow = {
      id: newId(),
      workspace_id: actor.workspaceId,
      line_id: input.lineId,
      supplier: input.supplier,
      date: input.date,
      amount: input.amount,
      currency: await workspaceCurrency(this.ctx, actor.workspaceId),
      description: input.description,
      attachment_name: null,
      attachment_type: null,
      attachment_size: null,
      attachment_key: null,
      created_at: now,
      updated_at: now,
    };
    await this.repo.insertExpense(row);
    const view = presentExpense(row);
    await this.audit.record(actor, {
      action: 'expense.created',
      objectType: 'expense',
      objectId: row.id,
      summary: `Recorded an expense from ${row.supplier} on ${row.date}`,
      after: view,
    });
    return view;
  }

  async update(actor: Actor, id: string, patch: z.infer<typeof zExpensePatch>): Promise<ExpenseView> {
    const before = await this.get(actor, id);
    await this.checkLine(actor, patch.lineId);
    const set: Partial<ExpenseRow> = {
      ...(patch.lineId !== undefined ? { line_id: patch.lineId } : {}),
      ...(patch.supplier !== undefined ? { supplier: patch.supplier } : {}),
      ...(patch.date !== undefined ? { date: patch.date } : {}),
      ...(patch.amount !== undefined ? { amount: patch.amount } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
    };
    if (Object.keys(set).length === 0) return before;
    await this.repo.updateExpense(actor.workspaceId, id, {
      ...set,
      updated_at: this.ctx.clock.now().toISOString(),
    });
    const after = await this.get(actor, id);
    await this.audit.record(actor, {
      action: 'expense.updated',
      objectType: 'expense',
      objectId: id,
      summary: `Updated the expense from ${after.supplier} on ${after.date}`,
      before,
      after,
    });
    return after;
  }

  async remove(actor: Actor, id: string): Promise<void> {
    const row = await this.row(actor, id);
    await this.repo.deleteExpense(actor.workspaceId, id);
    if (row.attachment_key) await this.files.remove(actor.workspaceId, row.attachment_key);
    await this.audit.record(actor, {
      action: 'expense.deleted',
      objectType: 'expense',
      objectId: id,
      summary: `Removed the expense from ${row.supplier} on ${row.date}`,
      before: presentExpense(row),
    });
  }

  /** Stores (or replaces) the receipt of an expense. */
  async attach(actor: Actor, id: string, upload: z.infer<typeof zAttachmentUpload>): Promise<ExpenseView> {
    const row = await this.row(actor, id);
    const bytes = decodeAttachment(upload.dataBase64, upload.contentType);
    const key = newId();
    await this.files.write(actor.workspaceId, key, bytes);
    await this.repo.updateExpense(actor.workspaceId, id, {
      attachment_key: key,
      attachment_name: upload.fileName.replace(/[\r\n"\\/]/g, '_'),
      attachment_type: upload.contentType,
      attachment_size: bytes.length,
      updated_at: this.ctx.clock.now().toISOString(),
    });
    if (row.attachment_key) await this.files.remove(actor.workspaceId, row.attachment_key);
    const after = await this.get(actor, id);
    await this.audit.record(actor, {
      action: 'expense.attachment_added',
      objectType: 'expense',
      objectId: id,
      summary: `Attached ${after.attachment?.fileName ?? 'a file'} to the expense from ${after.supplier}`,
      before: presentExpense(row).attachment,
      after: after.attachment,
    });
    return after;
  }

  /** The receipt's bytes and how to name them. */
  async download(
    actor: Actor,
    id: string,
  ): Promise<{ bytes: Buffer; fileName: string; contentType: string }> {
    const row = await this.row(actor, id);
    if (!row.attachment_key || !row.attachment_type) throw notFound('Attachment');
    const bytes = await this.files.read(actor.workspaceId, row.attachment_key);
    if (!bytes) throw notFound('Attachment');
    return { bytes, fileName: row.attachment_name ?? 'attachment', contentType: row.attachment_type };
  }

  async detach(actor: Actor, id: string): Promise<ExpenseView> {
    const row = await this.row(actor, id);
    if (!row.attachment_key) return presentExpense(row);
    await this.repo.updateExpense(actor.workspaceId, id, {
      attachment_key: null,
      attachment_name: null,
      attachment_type: null,
      attachment_size: null,
      updated_at: this.ctx.clock.now().toISOString(),
    });
    await this.files.remove(actor.workspaceId, row.attachment_key);
    await this.audit.record(actor, {
      action: 'expense.attachment_removed',
      objectType: 'expense',
      objectId: id,
      summary: `Removed the attachment of the expense from ${row.supplier}`,
      before: presentExpense(row).attachment,
    });
    return this.get(actor, id);
  }
}
