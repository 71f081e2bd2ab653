import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/core/ids.js';
import { RoniInputsRepository } from '../../src/modules/analytics/roni/roni.repository.js';
import { DIALECTS } from '../support/databases.js';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';
import { addMember, RESOURCE_FACTORIES } from '../support/resource-factories.js';

interface Problem {
  errors?: { field: string; message: string }[];
}
interface Competitor {
  id: string;
  name: string;
  networkId: string;
  probability: number | null;
  customersExposed: number | null;
  averageValue: number | null;
  source: string;
}
interface Gap {
  id: string;
  audienceId: string;
  audienceName: string;
  networkId: string;
  peopleExposed: number | null;
  probability: number | null;
  valuePerPerson: number | null;
  note: string;
  open?: boolean;
}
interface Settings {
  currency: string;
  assumptions: {
    unansweredLossProbability: number | null;
    lateLossProbability: number | null;
    valuePerContact: number | null;
  };
  audienceGaps: Gap[];
  competitors: Competitor[];
  suggestedGaps: { audienceId: string; audienceName: string; networkId: string; gapId: string | null }[];
}

const field = (body: string) => (JSON.parse(body) as Problem).errors?.[0]?.field;

describe.each(DIALECTS)('RONI inputs on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let ws: string;
  let base: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ({ client: owner, workspaceId: ws } = await signUp(t.app));
    base = `/api/v1/workspaces/${ws}/analytics/roni`;
  });
  afterAll(async () => t.close());

  const settings = async (client = owner, workspaceId = ws) => {
    const res = await client.get(`/api/v1/workspaces/${workspaceId}/analytics/roni/inputs`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ data: Settings }>().data;
  };
  const audience = async (name: string, presentOn: string[], client = owner, workspaceId = ws) => {
    const res = await client.post(`/api/v1/workspaces/${workspaceId}/audiences`, {
      name,
      segment: 'b2c',
      presentOn,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ data: { id: string } }>().data.id;
  };
  const auditActions = async (objectId: string) =>
    (
      await t.ctx.database.db
        .selectFrom('audit_log')
        .select('action')
        .where('workspace_id', '=', ws)
        .where('object_id', '=', objectId)
        .orderBy('created_at')
        .orderBy('id')
        .execute()
    ).map((a) => a.action);

  it('starts empty: assumptions all null, in the workspace currency', async () => {
    const fresh = await signUp(t.app, { workspaceName: 'Fresh' });
    const s = await settings(fresh.client, fresh.workspaceId);
    expect(s).toEqual({
      currency: 'EUR',
      assumptions: { unansweredLossProbability: null, lateLossProbability: null, valuePerContact: null },
      audienceGaps: [],
      competitors: [],
      suggestedGaps: [],
    });
    const loaded = await new RoniInputsRepository(t.ctx.database.db).load(fresh.workspaceId);
    expect(loaded.assumptions.valuePerContact).toBeNull();
  });

  it('saves assumptions: a field left out is kept, null clears it; bad values name the field', async () => {
    const put = await owner.put(`${base}/assumptions`, {
      unansweredLossProbability: 0.3,
      lateLossProbability: 0.1,
      valuePerContact: 4500,
    });
    expect(put.statusCode, put.body).toBe(200);
    const kept = await owner.put(`${base}/assumptions`, { lateLossProbability: null });
    expect(kept.json<{ data: Settings['assumptions'] }>().data).toEqual({
      unansweredLossProbability: 0.3,
      lateLossProbability: null,
      valuePerContact: 4500,
    });
    expect((await settings()).assumptions).toEqual({
      unansweredLossProbability: 0.3,
      lateLossProbability: null,
      valuePerContact: 4500,
    });

    const tooLikely = await owner.put(`${base}/assumptions`, { unansweredLossProbability: 1.5 });
    expect(tooLikely.statusCode).toBe(400);
    expect(field(tooLikely.body)).toBe('unansweredLossProbability');
    const fractionOfCent = await owner.put(`${base}/assumptions`, { valuePerContact: 12.5 });
    expect(fractionOfCent.statusCode).toBe(400);
    expect(field(fractionOfCent.body)).toBe('valuePerContact');
    const negative = await owner.put(`${base}/assumptions`, { valuePerContact: -1 });
    expect(field(negative.body)).toBe('valuePerContact');
    const unknown = await owner.put(`${base}/assumptions`, { valuePerCustomer: 1 });
    expect(unknown.statusCode).toBe(400);
    expect((await settings()).assumptions.valuePerContact).toBe(4500);

    expect((await auditActions(ws)).filter((a) => a.startsWith('roni.'))).toEqual([
      'roni.assumptions_updated',
      'roni.assumptions_updated',
    ]);
  });

  it('adds, changes and removes competitors, with audit entries and named validation errors', async () => {
    const created = await owner.post(`${base}/competitors`, {
      name: ' Rival Co ',
      networkId: 'instagram',
      probability: 0.2,
      customersExposed: 1200,
      averageValue: 8990,
      source: 'Their follower count, November',
    });
    expect(created.statusCode, created.body).toBe(201);
    const rival = created.json<{ data: Competitor }>().data;
    expect(rival).toEqual({
      id: rival.id,
      name: 'Rival Co',
      networkId: 'instagram',
      probability: 0.2,
      customersExposed: 1200,
      averageValue: 8990,
      source: 'Their follower count, November',
    });
    const bare = (await owner.post(`${base}/competitors`, { name: 'Unknown yet', networkId: 'x' })).json<{
      data: Competitor;
    }>().data;
    expect(bare).toMatchObject({ probability: null, customersExposed: null, averageValue: null, source: '' });

    const patched = await owner.patch(`${base}/competitors/${rival.id}`, {
      probability: 0.25,
      averageValue: null,
    });
    expect(patched.json<{ data: Competitor }>().data).toMatchObject({
      probability: 0.25,
      averageValue: null,
    });

    for (const [body, name] of [
      [{ name: 'X', networkId: 'myspace' }, 'networkId'],
      [{ name: 'X', networkId: 'x', probability: -0.1 }, 'probability'],
      [{ name: 'X', networkId: 'x', averageValue: 10.5 }, 'averageValue'],
      [{ name: 'X', networkId: 'x', customersExposed: -3 }, 'customersExposed'],
      [{ name: '  ', networkId: 'x' }, 'name'],
    ] as const) {
      const res = await owner.post(`${base}/competitors`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(field(res.body), JSON.stringify(body)).toBe(name);
    }
    const badPatch = await owner.patch(`${base}/competitors/${rival.id}`, { probability: 2 });
    expect(field(badPatch.body)).toBe('probability');

    expect((await owner.delete(`${base}/competitors/${bare.id}`)).statusCode).toBe(204);
    expect((await owner.delete(`${base}/competitors/${bare.id}`)).statusCode).toBe(404);
    const listed = (await settings()).competitors;
    expect(listed.map((c) => c.id)).toEqual([rival.id]);
    const loaded = await new RoniInputsRepository(t.ctx.database.db).load(ws);
    expect(loaded.competitors).toEqual(listed);
    expect(await auditActions(rival.id)).toEqual(['roni.competitor_created', 'roni.competitor_updated']);
    expect(await auditActions(bare.id)).toEqual(['roni.competitor_created', 'roni.competitor_deleted']);
  });

  it('suggests the (persona, network) pairs without an account and estimates them', async () => {
    await RESOURCE_FACTORIES['connected-account']!({ app: t.app, ownerClient: owner, workspaceId: ws });
    const students = await audience('Students', ['tiktok', 'mastodon', 'linkedin', 'tiktok']);
    const parents = await audience('Parents', ['mastodon']);
    let s = await settings();
    expect(s.suggestedGaps).toEqual([
      { audienceId: students, audienceName: 'Students', networkId: 'tiktok', gapId: null },
      { audienceId: students, audienceName: 'Students', networkId: 'linkedin', gapId: null },
    ]);

    const created = await owner.post(`${base}/audience-gaps`, {
      audienceId: students,
      networkId: 'tiktok',
      peopleExposed: 5000,
      probability: 0.05,
      valuePerPerson: 1500,
      note: 'Campus survey',
    });
    expect(created.statusCode, created.body).toBe(201);
    const gap = created.json<{ data: Gap }>().data;
    expect(gap).toEqual({
      id: gap.id,
      audienceId: students,
      audienceName: 'Students',
      networkId: 'tiktok',
      peopleExposed: 5000,
      probability: 0.05,
      valuePerPerson: 1500,
      note: 'Campus survey',
    });
    s = await settings();
    expect(s.suggestedGaps[0]!.gapId).toBe(gap.id);
    expect(s.audienceGaps).toEqual([{ ...gap, open: true }]);

    const again = await owner.post(`${base}/audience-gaps`, { audienceId: students, networkId: 'tiktok' });
    expect(again.statusCode).toBe(409);
    const reached = await owner.post(`${base}/audience-gaps`, { audienceId: parents, networkId: 'mastodon' });
    expect(reached.statusCode).toBe(400);
    expect(field(reached.body)).toBe('networkId');
    const notListed = await owner.post(`${base}/audience-gaps`, {
      audienceId: parents,
      networkId: 'youtube',
    });
    expect(field(notListed.body)).toBe('networkId');
    const noSuchAudience = await owner.post(`${base}/audience-gaps`, {
      audienceId: newId(),
      networkId: 'tiktok',
    });
    expect(noSuchAudience.statusCode).toBe(400);
    expect(field(noSuchAudience.body)).toBe('audienceId');
    const badProbability = await owner.post(`${base}/audience-gaps`, {
      audienceId: students,
      networkId: 'linkedin',
      probability: 1.01,
    });
    expect(field(badProbability.body)).toBe('probability');
    const badMoney = await owner.patch(`${base}/audience-gaps/${gap.id}`, { valuePerPerson: 0.5 });
    expect(field(badMoney.body)).toBe('valuePerPerson');
    const movePair = await owner.patch(`${base}/audience-gaps/${gap.id}`, { networkId: 'linkedin' });
    expect(movePair.statusCode).toBe(400);

    const patched = await owner.patch(`${base}/audience-gaps/${gap.id}`, { peopleExposed: 6000, note: '' });
    expect(patched.json<{ data: Gap }>().data).toMatchObject({ peopleExposed: 6000, note: '' });
    const repo = new RoniInputsRepository(t.ctx.database.db);
    expect((await repo.load(ws)).audienceGaps).toEqual([{ ...gap, peopleExposed: 6000, note: '' }]);

    // The persona leaves TikTok: the estimate stays for the page, but is no longer a risk.
    const moved = await owner.patch(`/api/v1/workspaces/${ws}/audiences/${students}`, {
      presentOn: ['linkedin'],
    });
    expect(moved.statusCode, moved.body).toBe(200);
    s = await settings();
    expect(s.audienceGaps.map((g) => [g.id, g.open])).toEqual([[gap.id, false]]);
    expect(s.suggestedGaps.map((g) => g.networkId)).toEqual(['linkedin']);
    expect((await repo.load(ws)).audienceGaps).toEqual([]);

    expect((await owner.delete(`${base}/audience-gaps/${gap.id}`)).statusCode).toBe(204);
    expect((await settings()).audienceGaps).toEqual([]);
    expect(await auditActions(gap.id)).toEqual([
      'roni.audience_gap_created',
      'roni.audience_gap_updated',
      'roni.audience_gap_deleted',
    ]);
  });

  it('lets an executive read the inputs but not change them; an analyst may change them', async () => {
    const executive = await addMember(t.app, ws, 'executive');
    expect((await executive.client.get(`${base}/inputs`)).statusCode).toBe(200);
    expect((await executive.client.put(`${base}/assumptions`, { valuePerContact: 1 })).statusCode).toBe(403);
    expect(
      (await executive.client.post(`${base}/competitors`, { name: 'X', networkId: 'x' })).statusCode,
    ).toBe(403);
    const analyst = await addMember(t.app, ws, 'analyst');
    const made = await analyst.client.post(`${base}/competitors`, {
      name: 'Analyst pick',
      networkId: 'youtube',
    });
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json<{ data: Competitor }>().data.id;
    expect((await executive.client.delete(`${base}/competitors/${id}`)).statusCode).toBe(403);
    expect((await analyst.client.delete(`${base}/competitors/${id}`)).statusCode).toBe(204);
    const editor = await addMember(t.app, ws, 'editor');
    expect((await editor.client.put(`${base}/assumptions`, { valuePerContact: 1 })).statusCode).toBe(403);
  });

  it('keeps workspaces apart', async () => {
    const other = await signUp(t.app, { workspaceName: 'Other' });
    const otherBase = `/api/v1/workspaces/${other.workspaceId}/analytics/roni`;
    const theirs = (
      await other.client.post(`${otherBase}/competitors`, { name: 'Their rival', networkId: 'facebook' })
    ).json<{ data: Competitor }>().data;
    const theirAudience = await audience('Their persona', ['tiktok'], other.client, other.workspaceId);
    const theirGap = (
      await other.client.post(`${otherBase}/audience-gaps`, {
        audienceId: theirAudience,
        networkId: 'tiktok',
      })
    ).json<{ data: Gap }>().data;
    await other.client.put(`${otherBase}/assumptions`, { valuePerContact: 99 });

    // Their ids through our workspace: not found, and nothing changes.
    expect((await owner.patch(`${base}/competitors/${theirs.id}`, { name: 'Mine now' })).statusCode).toBe(
      404,
    );
    expect((await owner.delete(`${base}/competitors/${theirs.id}`)).statusCode).toBe(404);
    expect((await owner.patch(`${base}/audience-gaps/${theirGap.id}`, { note: 'x' })).statusCode).toBe(404);
    expect((await owner.delete(`${base}/audience-gaps/${theirGap.id}`)).statusCode).toBe(404);
    const borrowed = await owner.post(`${base}/audience-gaps`, {
      audienceId: theirAudience,
      networkId: 'tiktok',
    });
    expect(field(borrowed.body)).toBe('audienceId');
    // Their workspace through our session: not a member.
    expect((await owner.get(`${otherBase}/inputs`)).statusCode).toBe(404);

    const ours = await settings();
    expect(ours.competitors.map((c) => c.name)).not.toContain('Their rival');
    expect(ours.audienceGaps.map((g) => g.id)).not.toContain(theirGap.id);
    expect(ours.assumptions.valuePerContact).toBe(4500);
    const theirsNow = await settings(other.client, other.workspaceId);
    expect(theirsNow.competitors).toEqual([theirs]);
    expect(theirsNow.assumptions.valuePerContact).toBe(99);
    expect(theirsNow.suggestedGaps).toEqual([
      { audienceId: theirAudience, audienceName: 'Their persona', networkId: 'tiktok', gapId: theirGap.id },
    ]);
  });

  it('refuses an out-of-range probability in the database itself', async () => {
    const now = new Date().toISOString();
    await expect(
      t.ctx.database.db
        .insertInto('roni_competitors')
        .values({
          id: newId(),
          workspace_id: ws,
          name: 'Sneaky',
          network_id: 'x',
          probability: 1.5,
          customers_exposed: null,
          average_value_minor: null,
          source: '',
          created_at: now,
          updated_at: now,
        })
        .execute(),
    ).rejects.toThrow();
    await expect(
      t.ctx.database.db
        .insertInto('roni_assumptions')
        .values({
          workspace_id: (await signUp(t.app)).workspaceId,
          unanswered_loss_probability: null,
          late_loss_probability: null,
          value_per_contact_minor: -5,
          updated_at: now,
        })
        .execute(),
    ).rejects.toThrow();
  });
});
