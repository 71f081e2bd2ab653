import type { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import { invalid, notFound } from '../../app/errors.js';
import type { Actor } from '../../app/http/principal.js';
import { newId } from '../../core/ids.js';
import { AuditService } from '../audit/audit.service.js';
import { currencyDigits } from './budget-math.js';
import { BudgetRepository, type CampaignRow } from './budget.repository.js';
import type { zCampaignCreate, zCampaignImport, zCampaignPatch } from './budget.schemas.js';
import { campaignRatios, parseCampaignsCsv } from './campaign-csv.js';
import { parseOrProblem } from './import-problem.js';
import { checkAttribution, workspaceCurrency } from './lines.service.js';

/** A campaign as the API shows it, with its ratios. */
export function presentCampaign(r: CampaignRow) {
  const figures = {
    spend: r.spend,
    impressions: r.impressions,
    clicks: r.clicks,
    conversions: r.conversions,
    conversionValue: r.conversion_value,
  };
  return {
    id: r.id,
    name: r.name,
    networkId: r.network_id,
    objectiveId: r.objective_id,
    actionId: r.action_id,
    startDate: r.start_date,
    endDate: r.end_date,
    currency: r.currency,
    budget: r.budget,
    ...figures,
    remaining: r.budget - r.spend,
    ratios: campaignRatios(figures),
    externalId: r.external_ref,
    source: r.source === 'import' ? ('import' as const) : ('manual' as const),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
export type CampaignView = ReturnType<typeof presentCampaign>;

/** Sponsored campaigns: entered by hand or imported from an ads manager's export. */
export class CampaignsService {
  private readonly repo: BudgetRepository;
  private readonly audit: AuditService;
  constructor(private readonly ctx: AppContext) {
    this.repo = new BudgetRepository(ctx.database.db);
    this.audit = new AuditService(ctx.database.db, ctx.clock);
  }

  async list(actor: Actor): Promise<CampaignView[]> {
    return (await this.repo.listCampaigns(actor.workspaceId)).map(presentCampaign);
  }

  async get(actor: Actor, id: string): Promise<CampaignView> {
    const row = await this.repo.findCampaign(actor.workspaceId, id);
    if (!row) throw notFound('Campaign');
    return presentCampaign(row);
  }

  async create(actor: Actor, input: z.infer<typeof zCampaignCreate>): Promise<CampaignView> {
    await checkAttribution(this.repo, actor.workspaceId, input);
    const now = this.ctx.clock.now().toISOString();
    const row: CampaignRow = {
      id: newId(),
      workspace_id: actor.workspaceId,
      name: input.name,
      network_id: input.networkId,
      objective_id: input.objectiveId,
      action_id: input.actionId,
      start_date: input.startDate,
      end_date: input.endDate,
      budget: input.budget,
      spend: input.spend,
      impressions: input.impressions,
      clicks: input.clicks,
      conversions: input.conversions,
      conversion_value: input.conversionValue,
      currency: await workspaceCurrency(this.ctx, actor.workspaceId),
      external_ref: null,
      source: 'manual',
      created_at: now,
      updated_at: now,
    };
    await this.repo.insertCampaign(row);
    const view = presentCampaign(row);
    await this.audit.record(actor, {
      action: 'campaign.created',
      objectType: 'campaign',
      objectId: row.id,
      summary: `Added sponsored campaign ${row.name} on ${row.network_id}`,
      after: view,
    });
    return view;
  }

  async update(actor: Actor, id: string, patch: z.infer<typeof zCampaignPatch>): Promise<CampaignView> {
    const before = await this.get(actor, id);
    await checkAttribution(this.repo, actor.workspaceId, patch);
    const start = patch.startDate ?? before.startDate;
    const end = patch.endDate ?? before.endDate;
    if (end < start) {
      throw invalid('endDate', 'The campaign must end on or after its start');
    }
    const set: Partial<CampaignRow> = {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.networkId !== undefined ? { network_id: patch.networkId } : {}),
      ...(patch.objectiveId !== undefined ? { objective_id: patch.objectiveId } : {}),
      ...(patch.actionId !== undefined ? { action_id: patch.actionId } : {}),
      ...(patch.startDate !== undefined ? { start_date: patch.startDate } : {}),
      ...(patch.endDate !== undefined ? { end_date: patch.endDate } : {}),
      ...(patch.budget !== undefined ? { budget: patch.budget } : {}),
      ...(patch.spend !== undefined ? { spend: patch.spend } : {}),
      ...(patch.impressions !== undefined ? { impressions: patch.impressions } : {}),
      ...(patch.clicks !== undefined ? { clicks: patch.clicks } : {}),
      ...(patch.conversions !== undefined ? { conversions: patch.conversions } : {}),
      ...(patch.conversionValue !== undefined ? { conversion_value: patch.conversionValue } : {}),
    };
    if (Object.keys(set).length === 0) return before;
    await this.repo.updateCampaign(actor.workspaceId, id, {
      ...set,
      updated_at: this.ctx.clock.now().toISOString(),
    });
    const after = await this.get(actor, id);
    await this.audit.record(actor, {
      action: 'campaign.updated',
      objectType: 'campaign',
      objectId: id,
      summary: `Updated sponsored campaign ${after.name}`,
      before,
      after,
    });
    return after;
  }

  async remove(actor: Actor, id: string): Promise<void> {
    const before = await this.get(actor, id);
    await this.repo.deleteCampaign(actor.workspaceId, id);
    await this.audit.record(actor, {
      action: 'campaign.deleted',
      objectType: 'campaign',
      objectId: id,
      summary: `Removed sponsored campaign ${before.name}`,
      before,
    });
  }

  /**
   * Imports an ads-manager export: all rows or none. A row whose campaign id (or, without one, name) is
   * already known on that network updates it, so importing a newer export refreshes the results.
   */
  async import(actor: Actor, input: z.infer<typeof zCampaignImport>) {
    await checkAttribution(this.repo, actor.workspaceId, { objectiveId: input.objectiveId });
    const currency = await workspaceCurrency(this.ctx, actor.workspaceId);
    const parsed = parseOrProblem(() => parseCampaignsCsv(input.csv, currencyDigits(currency), currency));
    const existing = (await this.repo.listCampaigns(actor.workspaceId)).filter(
      (c) => c.network_id === input.networkId,
    );
    const now = this.ctx.clock.now().toISOString();
    const insert: CampaignRow[] = [];
    const update: CampaignRow[] = [];
    for (const p of parsed) {
      const ref = p.externalId ?? `name:${p.name}`;
      const known = existing.find((c) => c.external_ref === ref);
      const figures = {
        name: p.name,
        start_date: p.startDate,
        end_date: p.endDate,
        spend: p.spend,
        impressions: p.impressions,
        clicks: p.clicks,
        conversions: p.conversions,
        conversion_value: p.conversionValue,
        updated_at: now,
      };
      if (known) {
        update.push({
          ...known,
          ...figures,
          budget: p.budget || known.budget,
          objective_id: input.objectiveId ?? known.objective_id,
        });
      } else {
        insert.push({
          id: newId(),
          workspace_id: actor.workspaceId,
          network_id: input.networkId,
          objective_id: input.objectiveId,
          action_id: null,
          budget: p.budget,
          currency,
          external_ref: ref,
          source: 'import',
          created_at: now,
          ...figures,
        });
      }
    }
    const result = {
      dryRun: input.dryRun,
      rows: parsed.length,
      created: insert.length,
      updated: update.length,
    };
    if (input.dryRun) return result;
    await this.repo.importCampaigns(insert, update);
    await this.audit.record(actor, {
      action: 'campaign.imported',
      objectType: 'campaign',
      summary: `Imported ${parsed.length} ${input.networkId} campaign rows (${insert.length} new, ${update.length} updated)`,
      after: { ...result, networkId: input.networkId, ids: [...insert, ...update].map((c) => c.id) },
    });
    return result;
  }
}
