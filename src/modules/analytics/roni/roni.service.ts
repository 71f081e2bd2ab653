import type { z } from 'zod';
import type { AppContext } from '../../../app/context.js';
import { conflict, invalid, notFound } from '../../../app/errors.js';
import type { Actor } from '../../../app/http/principal.js';
import { newId } from '../../../core/ids.js';
import { AuditService } from '../../audit/audit.service.js';
import { isUniqueViolation } from '../../jobs/sql-job-queue.js';
import type { RoniInputs } from './roni-inputs.js';
import {
  presentCompetitor,
  presentGap,
  RoniInputsRepository,
  type CompetitorRow,
  type CompetitorView,
  type GapRow,
  type GapView,
  type SuggestedGap,
} from './roni.repository.js';
import type {
  zAssumptionsPut,
  zCompetitorCreate,
  zCompetitorPatch,
  zGapCreate,
  zGapPatch,
} from './roni.schemas.js';

/** A stored gap estimate; `open` is false once the network is connected or the persona left it. */
export type GapSettingsView = GapView & { open: boolean };

/** What the settings page shows: the inputs with every stored gap, and the gaps left to estimate. */
export interface RoniSettingsView extends Omit<RoniInputs, 'audienceGaps'> {
  audienceGaps: GapSettingsView[];
  suggestedGaps: SuggestedGap[];
}

type Assumptions = RoniInputs['assumptions'];

/** RONI inputs: the loss assumptions, audience gap estimates and competitors entered by hand. */
export class RoniService {
  private readonly repo: RoniInputsRepository;
  private readonly audit: AuditService;
  constructor(private readonly ctx: AppContext) {
    this.repo = new RoniInputsRepository(ctx.database.db);
    this.audit = new AuditService(ctx.database.db, ctx.clock);
  }

  private now(): string {
    return this.ctx.clock.now().toISOString();
  }

  async settings(actor: Actor): Promise<RoniSettingsView> {
    const inputs = await this.repo.load(actor.workspaceId);
    const suggested = await this.repo.suggestedGaps(actor.workspaceId);
    const open = new Set(suggested.map((g) => g.gapId));
    const gaps = await this.repo.listGaps(actor.workspaceId);
    return {
      ...inputs,
      audienceGaps: gaps.map((g) => ({ ...presentGap(g), open: open.has(g.id) })),
      suggestedGaps: suggested,
    };
  }

  async saveAssumptions(actor: Actor, input: z.infer<typeof zAssumptionsPut>): Promise<Assumptions> {
    const before = (await this.repo.load(actor.workspaceId)).assumptions;
    const after: Assumptions = {
      unansweredLossProbability:
        input.unansweredLossProbability !== undefined
          ? input.unansweredLossProbability
          : before.unansweredLossProbability,
      lateLossProbability:
        input.lateLossProbability !== undefined ? input.lateLossProbability : before.lateLossProbability,
      valuePerContact: input.valuePerContact !== undefined ? input.valuePerContact : before.valuePerContact,
    };
    await this.repo.saveAssumptions({
      workspace_id: actor.workspaceId,
      unanswered_loss_probability: after.unansweredLossProbability,
      late_loss_probability: after.lateLossProbability,
      value_per_contact_minor: after.valuePerContact,
      updated_at: this.now(),
    });
    await this.audit.record(actor, {
      action: 'roni.assumptions_updated',
      objectType: 'roni_assumptions',
      objectId: actor.workspaceId,
      summary: 'Updated the risk of non-investment assumptions',
      before,
      after,
    });
    return after;
  }

  async getCompetitor(actor: Actor, id: string): Promise<CompetitorView> {
    const row = await this.repo.findCompetitor(actor.workspaceId, id);
    if (!row) throw notFound('Competitor');
    return presentCompetitor(row);
  }

  async createCompetitor(actor: Actor, input: z.infer<typeof zCompetitorCreate>): Promise<CompetitorView> {
    const now = this.now();
    const row: CompetitorRow = {
      id: newId(),
      workspace_id: actor.workspaceId,
      name: input.name,
      network_id: input.networkId,
      probability: input.probability,
      customers_exposed: input.customersExposed,
      average_value_minor: input.averageValue,
      source: input.source,
      created_at: now,
      updated_at: now,
    };
    await this.repo.insertCompetitor(row);
    const view = presentCompetitor(row);
    await this.audit.record(actor, {
      action: 'roni.competitor_created',
      objectType: 'roni_competitor',
      objectId: row.id,
      summary: `Added competitor ${row.name} on ${row.network_id}`,
      after: view,
    });
    return view;
  }

  async updateCompetitor(
    actor: Actor,
    id: string,
    patch: z.infer<typeof zCompetitorPatch>,
  ): Promise<CompetitorView> {
    const before = await this.getCompetitor(actor, id);
    const set: Partial<CompetitorRow> = {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.networkId !== undefined ? { network_id: patch.networkId } : {}),
      ...(patch.probability !== undefined ? { probability: patch.probability } : {}),
      ...(patch.customersExposed !== undefined ? { customers_exposed: patch.customersExposed } : {}),
      ...(patch.averageValue !== undefined ? { average_value_minor: patch.averageValue } : {}),
      ...(patch.source !== undefined ? { source: patch.source } : {}),
    };
    if (Object.keys(set).length === 0) return before;
    await this.repo.updateCompetitor(actor.workspaceId, id, { ...set, updated_at: this.now() });
    const after = await this.getCompetitor(actor, id);
    await this.audit.record(actor, {
      action: 'roni.competitor_updated',
      objectType: 'roni_competitor',
      objectId: id,
      summary: `Updated competitor ${after.name}`,
      before,
      after,
    });
    return after;
  }

  async removeCompetitor(actor: Actor, id: string): Promise<void> {
    const before = await this.getCompetitor(actor, id);
    await this.repo.deleteCompetitor(actor.workspaceId, id);
    await this.audit.record(actor, {
      action: 'roni.competitor_deleted',
      objectType: 'roni_competitor',
      objectId: id,
      summary: `Removed competitor ${before.name}`,
      before,
    });
  }

  async getGap(actor: Actor, id: string): Promise<GapView> {
    const row = await this.repo.findGap(actor.workspaceId, id);
    if (!row) throw notFound('Audience gap');
    return presentGap(row);
  }

  /**
   * Estimates one gap. The pair must be a gap now (the persona lists the network and no account of the
   * workspace is on it): an estimate for a reached audience would count a loss that is not there.
   */
  async createGap(actor: Actor, input: z.infer<typeof zGapCreate>): Promise<GapView> {
    const name = await this.repo.audienceName(actor.workspaceId, input.audienceId);
    if (name === undefined) throw invalid('audienceId', 'No such audience in this workspace');
    const suggested = (await this.repo.suggestedGaps(actor.workspaceId)).find(
      (g) => g.audienceId === input.audienceId && g.networkId === input.networkId,
    );
    if (!suggested) {
      throw invalid(
        'networkId',
        'Not a gap: the audience is not listed on this network, or the workspace has an account there',
      );
    }
    if (suggested.gapId) throw conflict('This audience gap is already estimated', 'networkId');
    const now = this.now();
    const row: GapRow = {
      id: newId(),
      workspace_id: actor.workspaceId,
      audience_id: input.audienceId,
      network_id: input.networkId,
      people_exposed: input.peopleExposed,
      probability: input.probability,
      value_per_person_minor: input.valuePerPerson,
      note: input.note,
      created_at: now,
      updated_at: now,
    };
    try {
      await this.repo.insertGap(row);
    } catch (err) {
      // Two people estimating the same pair at once: the unique constraint decides, the loser is told.
      if (isUniqueViolation(err)) throw conflict('This audience gap is already estimated', 'networkId');
      throw err;
    }
    const view = presentGap({ ...row, audience_name: name });
    await this.audit.record(actor, {
      action: 'roni.audience_gap_created',
      objectType: 'roni_audience_gap',
      objectId: row.id,
      summary: `Estimated the gap of ${name} on ${row.network_id}`,
      after: view,
    });
    return view;
  }

  async updateGap(actor: Actor, id: string, patch: z.infer<typeof zGapPatch>): Promise<GapView> {
    const before = await this.getGap(actor, id);
    const set: Partial<GapRow> = {
      ...(patch.peopleExposed !== undefined ? { people_exposed: patch.peopleExposed } : {}),
      ...(patch.probability !== undefined ? { probability: patch.probability } : {}),
      ...(patch.valuePerPerson !== undefined ? { value_per_person_minor: patch.valuePerPerson } : {}),
      ...(patch.note !== undefined ? { note: patch.note } : {}),
    };
    if (Object.keys(set).length === 0) return before;
    await this.repo.updateGap(actor.workspaceId, id, { ...set, updated_at: this.now() });
    const after = await this.getGap(actor, id);
    await this.audit.record(actor, {
      action: 'roni.audience_gap_updated',
      objectType: 'roni_audience_gap',
      objectId: id,
      summary: `Updated the gap of ${after.audienceName} on ${after.networkId}`,
      before,
      after,
    });
    return after;
  }

  async removeGap(actor: Actor, id: string): Promise<void> {
    const before = await this.getGap(actor, id);
    await this.repo.deleteGap(actor.workspaceId, id);
    await this.audit.record(actor, {
      action: 'roni.audience_gap_deleted',
      objectType: 'roni_audience_gap',
      objectId: id,
      summary: `Removed the gap estimate of ${before.audienceName} on ${before.networkId}`,
      before,
    });
  }
}
