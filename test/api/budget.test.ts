import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases.js';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';
import { addMember } from '../support/resource-factories.js';

interface Line {
  id: string;
  planned: number;
  actual: number;
  expensesTotal: number;
  variance: number;
  currency: string;
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe.each(DIALECTS)('budget API on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let ws: string;
  let base: string;
  let objectiveId: string;
  let toolsLine: string;
  let expenseId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ({ client: owner, workspaceId: ws } = await signUp(t.app));
    base = `/api/v1/workspaces/${ws}`;
    const o = await owner.post(`${base}/objectives`, { type: 'sales', title: 'Win 20 B2B leads' });
    objectiveId = o.json<{ data: { id: string } }>().data.id;
  });
  afterAll(async () => t.close());

  it('keeps lines per objective and month in minor units, staff time from hours × rate', async () => {
    const tools = await owner.post(`${base}/budget/lines`, {
      category: 'tools',
      label: 'Scheduler',
      month: '2026-03',
      planned: 4900,
      objectiveId,
    });
    expect(tools.statusCode, tools.body).toBe(201);
    toolsLine = tools.json<{ data: Line }>().data.id;
    expect(tools.json<{ data: Line }>().data).toMatchObject({
      planned: 4900,
      currency: 'EUR',
      variance: -4900,
    });

    const resource = await owner.post(`${base}/resources`, {
      kind: 'provider',
      name: 'Sam',
      capacityHoursPerWeek: 10,
      cost: { model: 'hourly', amount: 4500 },
    });
    const resourceId = resource.json<{ data: { id: string } }>().data.id;
    const staff = await owner.post(`${base}/budget/lines`, {
      category: 'staff_time',
      label: 'Community management',
      month: '2026-03',
      objectiveId,
      staffResourceId: resourceId,
      staffHours: 12.5,
      planned: 1,
    });
    expect(staff.statusCode, staff.body).toBe(201);
    const staffLine = staff.json<{ data: Line & { staff: unknown } }>().data;
    expect(staffLine.planned).toBe(56250);
    expect(staffLine.staff).toEqual({ resourceId, hours: 12.5 });
    const patched = await owner.patch(`${base}/budget/lines/${staffLine.id}`, { staffHours: 10 });
    expect(patched.json<{ data: Line }>().data.planned).toBe(45000);

    const bad = await owner.post(`${base}/budget/lines`, {
      category: 'other',
      label: 'x',
      month: '2026-13',
      planned: 1,
    });
    expect(bad.statusCode).toBe(400);
    const frac = await owner.post(`${base}/budget/lines`, {
      category: 'other',
      label: 'x',
      month: '2026-03',
      planned: 10.5,
    });
    expect(frac.statusCode).toBe(400);
    const foreign = await owner.post(`${base}/budget/lines`, {
      category: 'other',
      label: 'x',
      month: '2026-03',
      objectiveId: 'nope',
    });
    expect(foreign.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('objectiveId');
  });

  it('records an expense with a receipt and shows actual and variance', async () => {
    const e = await owner.post(`${base}/budget/expenses`, {
      lineId: toolsLine,
      supplier: 'Buffer',
      date: '2026-03-02',
      amount: 5900,
    });
    expect(e.statusCode, e.body).toBe(201);
    expenseId = e.json<{ data: { id: string } }>().data.id;
    const line = (await owner.get(`${base}/budget/lines/${toolsLine}`)).json<{ data: Line }>().data;
    expect(line).toMatchObject({ expensesTotal: 5900, actual: 5900, variance: 1000 });

    const up = await owner.put(`${base}/budget/expenses/${expenseId}/attachment`, {
      fileName: 'facture mars.pdf',
      contentType: 'application/pdf',
      dataBase64: PDF.toString('base64'),
    });
    expect(up.statusCode, up.body).toBe(200);
    expect(up.json<{ data: { attachment: unknown } }>().data.attachment).toEqual({
      fileName: 'facture mars.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
    });
    expect(fs.readdirSync(path.join(t.ctx.config.dataDir, 'attachments', ws))).toHaveLength(1);
    const down = await owner.get(`${base}/budget/expenses/${expenseId}/attachment`);
    expect(down.statusCode).toBe(200);
    expect(down.headers['content-type']).toBe('application/pdf');
    expect(down.rawPayload.equals(PDF)).toBe(true);

    const lying = await owner.put(`${base}/budget/expenses/${expenseId}/attachment`, {
      fileName: 'x.png',
      contentType: 'image/png',
      dataBase64: PDF.toString('base64'),
    });
    expect(lying.statusCode).toBe(400);
    expect(lying.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('contentType');
    const notBase64 = await owner.put(`${base}/budget/expenses/${expenseId}/attachment`, {
      fileName: 'x.pdf',
      contentType: 'application/pdf',
      dataBase64: '%%%%',
    });
    expect(notBase64.statusCode).toBe(400);
    const badType = await owner.put(`${base}/budget/expenses/${expenseId}/attachment`, {
      fileName: 'x.html',
      contentType: 'text/html',
      dataBase64: 'PGh0bWw+',
    });
    expect(badType.statusCode).toBe(400);
  });

  it('summarises variance per line, objective, month and in total', async () => {
    const res = await owner.get(`${base}/budget/summary?from=2026-03&to=2026-03`);
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json<{
      data: {
        currency: string;
        total: { planned: number; actual: number; variance: number };
        byObjective: { objectiveId: string | null; planned: number }[];
      };
    }>().data;
    expect(s.currency).toBe('EUR');
    expect(s.total).toMatchObject({ planned: 49900, actual: 5900, variance: -44000 });
    expect(s.byObjective).toEqual([expect.objectContaining({ objectiveId, planned: 49900 })]);
  });

  it('exports and imports lines and expenses as CSV, all or nothing', async () => {
    const exp = await owner.get(`${base}/budget/export.csv?kind=lines`);
    expect(exp.statusCode).toBe(200);
    expect(exp.headers['content-type']).toContain('text/csv');
    expect(exp.body.split('\r\n')[0]).toBe(
      'id,month,category,label,objective_id,objective,action_id,action,planned,committed,actual,expenses,variance,currency,notes',
    );
    expect(exp.body).toContain('49.00');

    const count = async () => (await owner.get(`${base}/budget/lines`)).json<{ data: Line[] }>().data.length;
    const before = await count();
    const bad = await owner.post(`${base}/budget/import`, {
      kind: 'lines',
      csv: 'month,category,label,objective,planned\n2026-04,tools,Canva,Win 20 B2B leads,12.99\n2026-04,video,Shoot,,1500\n',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'invalid_csv', row: 3, column: 'category' });
    expect(bad.json<{ detail: string }>().detail).toContain('row 3, column "category"');
    expect(await count()).toBe(before);

    const good = await owner.post(`${base}/budget/import`, {
      kind: 'lines',
      csv: 'month;category;label;objective;planned;committed\n2026-04;tools;Canva;Win 20 B2B leads;12,99;12,99\n2026-04;content_production;Shoot;;1500;\n',
    });
    expect(good.statusCode, good.body).toBe(200);
    expect(good.json<{ data: unknown }>().data).toMatchObject({ rows: 2, created: 2, updated: 0 });
    const april = (await owner.get(`${base}/budget/lines?from=2026-04&to=2026-04`)).json<{
      data: (Line & { objectiveId: string | null; label: string })[];
    }>().data;
    expect(april.find((l) => l.label === 'Canva')).toMatchObject({ planned: 1299, objectiveId });

    // The export read back in updates the same lines instead of adding new ones.
    const roundTrip = await owner.post(`${base}/budget/import`, {
      kind: 'lines',
      csv: (await owner.get(`${base}/budget/export.csv`)).body,
    });
    expect(roundTrip.json<{ data: unknown }>().data).toMatchObject({ created: 0, updated: before + 2 });

    const expenses = await owner.post(`${base}/budget/import`, {
      kind: 'expenses',
      csv: `date,supplier,amount,line_id\n2026-04-03,Canva,12.99,${toolsLine}\n2026-04-04,Refund,-2.00,\n`,
    });
    expect(expenses.json<{ data: unknown }>().data).toMatchObject({ created: 2 });
    const back = await owner.post(`${base}/budget/import`, {
      kind: 'expenses',
      csv: (await owner.get(`${base}/budget/export.csv?kind=expenses`)).body,
    });
    expect(back.json<{ data: unknown }>().data).toMatchObject({ created: 0, skipped: 3 });
  });

  it('imports a sponsored-campaign CSV from an ads manager, refuses a bad file whole', async () => {
    const csv = [
      'Campaign name,Campaign ID,Reporting starts,Reporting ends,Amount spent (EUR),Impressions,Link clicks,Results,Purchases conversion value',
      'Spring leads,120001,2026-03-01,2026-03-31,450.20,"12,345",321,12,1800.00',
      'Retargeting,120002,2026-03-10,2026-03-31,99.8,4000,80,2,0',
    ].join('\n');
    const res = await owner.post(`${base}/campaigns/import`, { networkId: 'facebook', objectiveId, csv });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ data: unknown }>().data).toMatchObject({ rows: 2, created: 2, updated: 0 });
    const list = (await owner.get(`${base}/campaigns`)).json<{
      data: {
        name: string;
        spend: number;
        impressions: number;
        currency: string;
        ratios: { roas: number | null; cpc: number | null };
      }[];
    }>().data;
    const spring = list.find((c) => c.name === 'Spring leads')!;
    expect(spring).toMatchObject({ spend: 45020, impressions: 12345, currency: 'EUR' });
    expect(spring.ratios.cpc).toBe(140);
    expect(spring.ratios.roas).toBeCloseTo(3.998, 3);

    const again = await owner.post(`${base}/campaigns/import`, {
      networkId: 'facebook',
      csv: csv.replace('450.20', '500.00'),
    });
    expect(again.json<{ data: unknown }>().data).toMatchObject({ created: 0, updated: 2 });

    const broken = await owner.post(`${base}/campaigns/import`, {
      networkId: 'facebook',
      csv: `${csv}\nBroken,120003,2026-03-01,2026-03-31,12.00,many,1,0,0\n`,
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toMatchObject({ code: 'invalid_csv', row: 4, column: 'impressions' });
    const missing = await owner.post(`${base}/campaigns/import`, {
      networkId: 'x',
      csv: 'Campaign name,Impressions\nA,1\n',
    });
    expect(missing.json()).toMatchObject({ row: 1, column: 'reporting starts' });
    expect((await owner.get(`${base}/campaigns`)).json<{ data: unknown[] }>().data).toHaveLength(2);

    const manual = await owner.post(`${base}/campaigns`, {
      name: 'Hand-made',
      networkId: 'linkedin',
      startDate: '2026-04-01',
      endDate: '2026-03-01',
    });
    expect(manual.statusCode).toBe(400);
  });

  it('audits changes and keeps the budget from roles without budget access', async () => {
    const audit = (await owner.get(`${base}/audit?limit=100`))
      .json<{ data: { action: string }[] }>()
      .data.map((e) => e.action);
    for (const a of [
      'budget_line.created',
      'budget_line.updated',
      'expense.created',
      'expense.attachment_added',
      'budget_line.imported',
      'expense.imported',
      'campaign.imported',
    ]) {
      expect(audit).toContain(a);
    }
    const editor = await addMember(t.app, ws, 'editor');
    expect((await editor.client.get(`${base}/budget/lines`)).statusCode).toBe(403);
    expect((await editor.client.get(`${base}/budget/expenses/${expenseId}/attachment`)).statusCode).toBe(403);
    const del = await owner.delete(`${base}/budget/expenses/${expenseId}`);
    expect(del.statusCode).toBe(204);
    expect(fs.readdirSync(path.join(t.ctx.config.dataDir, 'attachments', ws))).toHaveLength(0);
  });

  it('keeps costs when their objective goes, and goes with the workspace', async () => {
    const o = await owner.post(`${base}/objectives`, { type: 'loyalty', title: 'Short-lived' });
    const id = o.json<{ data: { id: string } }>().data.id;
    const line = await owner.post(`${base}/budget/lines`, {
      category: 'other',
      label: 'Gift cards',
      month: '2026-06',
      planned: 100,
      objectiveId: id,
    });
    const lineId = line.json<{ data: { id: string } }>().data.id;
    expect((await owner.delete(`${base}/objectives/${id}`)).statusCode).toBe(204);
    expect(
      (await owner.get(`${base}/budget/lines/${lineId}`)).json<{ data: { objectiveId: string | null } }>()
        .data.objectiveId,
    ).toBeNull();
    const gone = await owner.delete(base);
    expect(gone.statusCode, gone.body).toBe(204);
    const left = await t.ctx.database.db
      .selectFrom('budget_lines')
      .select('id')
      .where('workspace_id', '=', ws)
      .execute();
    expect(left).toEqual([]);
  });
});
