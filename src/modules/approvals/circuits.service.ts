import type { AppContext } from '../../app/context.js';
import { invalid, notFound } from '../../app/errors.js';
import type { Actor } from '../../app/http/principal.js';
import { newId } from '../../core/ids.js';
import { isRole } from '../../core/policy.js';
import { AuditService } from '../audit/audit.service.js';
import { ApprovalsRepository, type CircuitRow } from './approvals.repository.js';
import { type CircuitInput, zCircuitInput } from './approvals.schemas.js';
import { DirectoryRepository } from './directory.repository.js';
import type { CircuitDefinition } from './engine/index.js';

export interface CircuitView extends CircuitDefinition {
  createdAt: string;
  updatedAt: string;
}

/** A stored circuit as the engine reads it (the definition is re-validated: rows outlive code). */
export function circuitOf(row: CircuitRow): CircuitDefinition {
  const def = zCircuitInput.parse(JSON.parse(row.definition));
  return { id: row.id, ...def };
}

function present(row: CircuitRow): CircuitView {
  return { ...circuitOf(row), createdAt: row.created_at, updatedAt: row.updated_at };
}

/** Approval circuits of a workspace: list, create, replace, delete (running approvals keep their snapshot). */
export class CircuitsService {
  readonly #repo: ApprovalsRepository;
  readonly #directory: DirectoryRepository;
  readonly #audit: AuditService;

  constructor(private readonly ctx: AppContext) {
    this.#repo = new ApprovalsRepository(ctx.database.db);
    this.#directory = new DirectoryRepository(ctx.database.db);
    this.#audit = new AuditService(ctx.database.db, ctx.clock);
  }

  async list(workspaceId: string): Promise<CircuitView[]> {
    return (await this.#repo.listCircuits(workspaceId)).map(present);
  }

  async get(workspaceId: string, id: string): Promise<CircuitView> {
    const row = await this.#repo.getCircuit(workspaceId, id);
    if (!row) throw notFound('Circuit');
    return present(row);
  }

  async create(actor: Actor, input: CircuitInput): Promise<CircuitView> {
    await this.#checkRefs(actor.workspaceId, input);
    const now = this.ctx.clock.now().toISOString();
    const id = newId();
    await this.#repo.insertCircuit({
      id,
      workspace_id: actor.workspaceId,
      name: input.name,
      definition: JSON.stringify(input),
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    const view = await this.get(actor.workspaceId, id);
    await this.#audit.record(actor, {
      action: 'approval_circuit.created',
      objectType: 'approval-circuit',
      objectId: id,
      summary: `Created the approval circuit "${input.name}"`,
      after: view,
    });
    return view;
  }

  async replace(actor: Actor, id: string, input: CircuitInput): Promise<CircuitView> {
    const before = await this.get(actor.workspaceId, id);
    await this.#checkRefs(actor.workspaceId, input);
    await this.#repo.updateCircuit(actor.workspaceId, id, {
      name: input.name,
      definition: JSON.stringify(input),
      updated_at: this.ctx.clock.now().toISOString(),
    });
    const after = await this.get(actor.workspaceId, id);
    await this.#audit.record(actor, {
      action: 'approval_circuit.updated',
      objectType: 'approval-circuit',
      objectId: id,
      summary: `Changed the approval circuit "${input.name}"`,
      before,
      after,
    });
    return after;
  }

  async remove(actor: Actor, id: string): Promise<void> {
    const before = await this.get(actor.workspaceId, id);
    await this.#repo.deleteCircuit(actor.workspaceId, id);
    await this.#audit.record(actor, {
      action: 'approval_circuit.deleted',
      objectType: 'approval-circuit',
      objectId: id,
      summary: `Deleted the approval circuit "${before.name}"`,
      before,
    });
  }

  /** Members, roles and departments named by a circuit must exist in this workspace. */
  async #checkRefs(workspaceId: string, input: CircuitInput): Promise<void> {
    const dir = await this.#directory.directory(workspaceId);
    const known = {
      member: new Set(dir.members.map((m) => m.userId)),
      department: new Set(dir.departments.map((d) => d.id)),
    };
    const check = (ref: { kind: string; id: string }, field: string) => {
      if (ref.kind === 'member' && !known.member.has(ref.id))
        throw invalid(`${field}.id`, 'No such member in this workspace');
      if (ref.kind === 'role' && !isRole(ref.id)) throw invalid(`${field}.id`, 'No such role');
      if (ref.kind === 'department' && !known.department.has(ref.id))
        throw invalid(`${field}.id`, 'No such department in this workspace');
    };
    input.steps.forEach((s, i) => {
      s.approvers.forEach((a, j) => check(a, `steps.${i}.approvers.${j}`));
      if (s.escalateTo && s.escalateTo !== 'department_head') check(s.escalateTo, `steps.${i}.escalateTo`);
    });
  }
}
