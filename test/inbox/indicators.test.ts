import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../src/core/clock.js';
import { newId } from '../../src/core/ids.js';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { RESOURCE_FACTORIES, addMember } from '../support/resource-factories.js';

/*
 * Golden dataset (workspace time zone Europe/Paris; "now" = 2026-10-27T12:00Z, after every due time but M's).
 * Period from=2026-10-24 to=2026-10-25 → [2026-10-23T22:00Z, 2026-10-25T23:00Z): the 25th has 25 hours
 * (clocks go back at 01:00Z), so G at 22:30Z is in and H at 23:00Z (00:00 on the 26th) is out; A at
 * 22:00Z on the 23rd (00:00 on the 24th) is in, I at 21:59Z is out. UTC days or "from + 48 h" both fail.
 *
 * id occurred (UTC)  net      Q  state     assignee dept     due (UTC)    1st answer  min  clock
 * A  10-23 22:00     x        Q  answered  Ana      Support  10-23 22:30  22:10        10  met
 * B  10-24 08:00     x        Q  answered  Ana      Support  08:30        08:30 (=due) 30  met
 * C  10-24 09:00     x        Q  answered  Ben      Support  09:30        10:00        60  breached
 * D  10-24 12:00     mastodon Q  new       -        -        16:00        -            -   breached
 * E  10-25 00:30     mastodon Q  answered  Ben      Sales    04:30        02:30       120  met
 * F  10-25 01:30     mastodon -  waiting   Ben      Sales    05:30        05:50       260  breached
 * G  10-25 22:30     x        Q  assigned  Ana      Sales    23:00        -            -   breached
 * K  10-24 16:00     mastodon -  closed    -        Support  (no clock)   -            -   none
 * L  10-24 18:00     mastodon Q  answered  Ana      -        (no clock)   18:05         5  none
 * M  10-25 20:00     mastodon -  new       -        -        10-28 12:00  -            -   running
 * N  10-24 14:00     x        Q  closed    Ben      Support  14:30        -            -   breached (flagged 14:31, then closed)
 * J  10-24 15:00     x        Q  spam      Ana      -        15:30        -            -   (spam: not received)
 * H  10-25 23:00     x        Q  new       -        -        23:30        -            -   (outside)
 * I  10-23 21:59     x        Q  new       -        -        22:29        -            -   (outside)
 *
 * Total: received 11 (A–G, K–N); answered 6; rate 6/11; minutes 5,10,30,60,120,260 → nearest-rank
 * median rank ⌈0.5·6⌉=3 → 30, p90 rank ⌈0.9·6⌉=6 → 260; met 3 (A,B,E) breached 5 (C,D,F,G,N) → share 3/8;
 * backlog 4 (D,F,G,M); questions 8 (A,B,C,D,E,G,L,N); unanswered questions 3 (D,G,N); late 4 (C,D,G,N).
 * x: A,B,C,G,N → rcv 5, ans 3, rate .6, 10,30,60 → med 30 p90 60, share 2/5, backlog 1, breached 3, Q 5, unQ 2, lateQ 3.
 * mastodon: D,E,F,K,L,M → rcv 6, ans 3, rate .5, 5,120,260 → med 120 p90 260, share 1/3, backlog 3, br 2, Q 3, unQ 1, lateQ 1.
 * Ana: A,B,G,L → 4, 3, .75, 5,10,30 → 10 / 30, share 2/3, backlog 1, br 1, Q 4, unQ 1, lateQ 1.
 * Ben: C,E,F,N → 4, 3, .75, 60,120,260 → 120 / 260, share 1/4, backlog 1, br 3, Q 3, unQ 1, lateQ 2.
 * nobody: D,K,M → 3, 0, 0, null / null, share 0/1 = 0, backlog 2, br 1, Q 1, unQ 1, lateQ 1.
 * Support: A,B,C,K,N → 5, 3, .6, 10,30,60 → 30 / 60, share 2/4, backlog 0, br 2, Q 4, unQ 1, lateQ 2.
 * Sales: E,F,G → 3, 2, 2/3, 120,260 → 120 (rank 1) / 260 (rank 2), share 1/3, backlog 2, br 2, Q 2, unQ 1, lateQ 1.
 * no department: D,L,M → 3, 1, 1/3, 5 → 5 / 5, share 0/1 = 0, backlog 2, br 1, Q 2, unQ 1, lateQ 1.
 */

interface Figures {
  key?: string | null;
  label?: string | null;
  received: number;
  answered: number;
  responseRate: number | null;
  medianFirstResponseMinutes: number | null;
  p90FirstResponseMinutes: number | null;
  withinTargetShare: number | null;
  backlog: number;
  breached: number;
  questions: number;
  unansweredQuestions: number;
  lateQuestions: number;
}
interface Answer {
  data: Figures[];
  total: Figures;
  period: { from: string; to: string; fromInstant: string; toInstant: string; timeZone: string };
}

const row = (
  received: number,
  answered: number,
  responseRate: number | null,
  median: number | null,
  p90: number | null,
  withinTargetShare: number | null,
  backlog: number,
  breached: number,
  questions: number,
  unansweredQuestions: number,
  lateQuestions: number,
): Figures => ({
  received,
  answered,
  responseRate,
  medianFirstResponseMinutes: median,
  p90FirstResponseMinutes: p90,
  withinTargetShare,
  backlog,
  breached,
  questions,
  unansweredQuestions,
  lateQuestions,
});

/** Rates compared to 6 decimals: 3/7 is not exactly representable. */
function expectFigures(actual: Figures | undefined, expected: Figures): void {
  expect(actual).toBeDefined();
  const { key: _k, label: _l, ...figures } = actual!;
  for (const [name, value] of Object.entries(expected)) {
    const got = figures[name as keyof typeof figures];
    if (typeof value === 'number' && !Number.isInteger(value)) expect(got, name).toBeCloseTo(value, 6);
    else expect(got, name).toBe(value);
  }
}

describe.each(DIALECTS)('inbox indicators on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let ws: string;
  let url: string;
  let ana: string;
  let ben: string;
  let support: string;
  let sales: string;

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock: 'manual' });
    (t.clock as ManualClock).set('2026-10-27T12:00:00.000Z');
    ({ client: owner, workspaceId: ws } = await signUp(t.app));
    url = `/api/v1/workspaces/${ws}/inbox/indicators`;
    const db = t.ctx.database.db;
    ana = (await addMember(t.app, ws, 'community_manager')).userId;
    ben = (await addMember(t.app, ws, 'community_manager')).userId;
    await db.updateTable('users').set({ name: 'Ana' }).where('id', '=', ana).execute();
    await db.updateTable('users').set({ name: 'Ben' }).where('id', '=', ben).execute();
    const dept = async (name: string) =>
      (await owner.post(`/api/v1/workspaces/${ws}/departments`, { name })).json<{ data: { id: string } }>()
        .data.id;
    support = await dept('Support');
    sales = await dept('Sales');

    const accountId = await RESOURCE_FACTORIES['connected-account']!({
      app: t.app,
      ownerClient: owner,
      workspaceId: ws,
    });
    const contactId = newId();
    const at = '2026-10-20T00:00:00.000Z';
    await db
      .insertInto('inbox_contacts')
      .values({
        id: contactId,
        workspace_id: ws,
        network: 'mastodon',
        remote_id: `c-${contactId}`,
        handle: 'reader@mastodon.example',
        display_name: null,
        avatar_url: null,
        profile_url: null,
        followers: null,
        first_seen_at: at,
        last_seen_at: at,
      })
      .execute();
    const item = (
      name: string,
      occurred: string,
      network: string,
      question: boolean,
      state: string,
      assignee: string | null,
      department: string | null,
      due: string | null,
      answer: string | null,
      breached: string | null = null,
    ) => ({
      id: newId(),
      workspace_id: ws,
      account_id: accountId,
      network,
      remote_id: `golden-${name}`,
      kind: name === 'K' ? 'direct_message' : name === 'L' ? 'quote' : 'reply',
      contact_id: contactId,
      text: `Item ${name}`,
      url: null,
      subject_remote_id: null,
      parent_remote_id: null,
      root_remote_id: null,
      thread_key: `golden-${name}`,
      variant_id: null,
      occurred_at: `2026-${occurred}:00.000Z`,
      received_at: `2026-${occurred}:00.000Z`,
      language: 'en',
      is_question: question ? 1 : 0,
      sentiment: 'neutral',
      sentiment_score: 0,
      state,
      priority: 'normal',
      assignee_id: assignee,
      department_id: department,
      tags: '[]',
      target_minutes: due === null ? null : 30,
      due_at: due === null ? null : `2026-${due}:00.000Z`,
      first_response_at: answer === null ? null : `2026-${answer}:00.000Z`,
      first_response_by: null,
      first_response_source: answer === null ? null : 'presence',
      breached_at: breached === null ? null : `2026-${breached}:00.000Z`,
      created_at: at,
      updated_at: at,
    });
    await db
      .insertInto('inbox_items')
      .values([
        item('A', '10-23T22:00', 'x', true, 'answered', ana, support, '10-23T22:30', '10-23T22:10'),
        item('B', '10-24T08:00', 'x', true, 'answered', ana, support, '10-24T08:30', '10-24T08:30'),
        item('C', '10-24T09:00', 'x', true, 'answered', ben, support, '10-24T09:30', '10-24T10:00'),
        item('D', '10-24T12:00', 'mastodon', true, 'new', null, null, '10-24T16:00', null),
        item('E', '10-25T00:30', 'mastodon', true, 'answered', ben, sales, '10-25T04:30', '10-25T02:30'),
        item('F', '10-25T01:30', 'mastodon', false, 'waiting', ben, sales, '10-25T05:30', '10-25T05:50'),
        item('G', '10-25T22:30', 'x', true, 'assigned', ana, sales, '10-25T23:00', null),
        item('K', '10-24T16:00', 'mastodon', false, 'closed', null, support, null, null),
        item('L', '10-24T18:00', 'mastodon', true, 'answered', ana, null, null, '10-24T18:05'),
        item('M', '10-25T20:00', 'mastodon', false, 'new', null, null, '10-28T12:00', null),
        item('N', '10-24T14:00', 'x', true, 'closed', ben, support, '10-24T14:30', null, '10-24T14:31'),
        item('J', '10-24T15:00', 'x', true, 'spam', ana, null, '10-24T15:30', null),
        item('H', '10-25T23:00', 'x', true, 'new', null, null, '10-25T23:30', null),
        item('I', '10-23T21:59', 'x', true, 'new', null, null, '10-23T22:29', null),
      ])
      .execute();
  });
  afterAll(async () => {
    await t.close();
  });

  const get = async (query: string) => {
    const res = await owner.get(`${url}?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Answer>();
  };

  it('computes the total over a period crossing the October DST change, in the workspace time zone', async () => {
    const body = await get('from=2026-10-24&to=2026-10-25');
    expect(body.period).toEqual({
      from: '2026-10-24',
      to: '2026-10-25',
      fromInstant: '2026-10-23T22:00:00.000Z',
      toInstant: '2026-10-25T23:00:00.000Z',
      timeZone: 'Europe/Paris',
    });
    expectFigures(body.total, row(11, 6, 6 / 11, 30, 260, 3 / 8, 4, 5, 8, 3, 4));
    expect(body.data).toHaveLength(1);
    expect(body.data[0]).toMatchObject({ key: 'all', label: null, received: 11 });
  });

  it('groups by network, assignee and department; groups add up to the total', async () => {
    const byNetwork = await get('from=2026-10-24&to=2026-10-25&groupBy=network');
    expect(byNetwork.data.map((g) => g.key)).toEqual(['mastodon', 'x']);
    expectFigures(byNetwork.data[0], row(6, 3, 0.5, 120, 260, 1 / 3, 3, 2, 3, 1, 1));
    expectFigures(byNetwork.data[1], row(5, 3, 0.6, 30, 60, 0.4, 1, 3, 5, 2, 3));
    expectFigures(byNetwork.total, row(11, 6, 6 / 11, 30, 260, 3 / 8, 4, 5, 8, 3, 4));

    const byAssignee = await get('from=2026-10-24&to=2026-10-25&groupBy=assignee');
    const a = (key: string | null) => byAssignee.data.find((g) => g.key === key);
    expect(a(ana)?.label).toBe('Ana');
    expectFigures(a(ana), row(4, 3, 0.75, 10, 30, 2 / 3, 1, 1, 4, 1, 1));
    expectFigures(a(ben), row(4, 3, 0.75, 120, 260, 1 / 4, 1, 3, 3, 1, 2));
    expect(a(null)?.label).toBeNull();
    expectFigures(a(null), row(3, 0, 0, null, null, 0, 2, 1, 1, 1, 1));
    expect(byAssignee.data).toHaveLength(3);

    const byDepartment = await get('from=2026-10-24&to=2026-10-25&groupBy=department');
    const d = (key: string | null) => byDepartment.data.find((g) => g.key === key);
    expect(d(support)?.label).toBe('Support');
    expectFigures(d(support), row(5, 3, 0.6, 30, 60, 0.5, 0, 2, 4, 1, 2));
    expectFigures(d(sales), row(3, 2, 2 / 3, 120, 260, 1 / 3, 2, 2, 2, 1, 1));
    expectFigures(d(null), row(3, 1, 1 / 3, 5, 5, 0, 2, 1, 2, 1, 1));
    const sum = (k: keyof Figures) => byDepartment.data.reduce((s, g) => s + (g[k] as number), 0);
    expect([sum('received'), sum('answered'), sum('backlog'), sum('lateQuestions')]).toEqual([11, 6, 4, 4]);
  });

  it('reads the 25-hour day alone: 2026-10-25 runs from 22:00Z to 23:00Z the next day', async () => {
    const body = await get('from=2026-10-25&to=2026-10-25&groupBy=network');
    expect(body.period.fromInstant).toBe('2026-10-24T22:00:00.000Z');
    expect(body.period.toInstant).toBe('2026-10-25T23:00:00.000Z');
    // E, F, G, M; H (00:00 on the 26th) is out.
    expect(body.total.received).toBe(4);
    expect(body.total.answered).toBe(2);
  });

  it('answers nulls, not zeros, when there is no data', async () => {
    const body = await get('from=2026-01-01&to=2026-01-31&groupBy=network');
    expect(body.data).toEqual([]);
    expect(body.total).toEqual(row(0, 0, null, null, null, null, 0, 0, 0, 0, 0));
    const other = await signUp(t.app);
    const theirs = await other.client.get(
      `/api/v1/workspaces/${other.workspaceId}/inbox/indicators?from=2026-10-24&to=2026-10-25`,
    );
    expect(theirs.json<Answer>().total.received).toBe(0);
  });

  it('defaults to the last 30 days up to today in the workspace time zone', async () => {
    const body = await get('');
    expect(body.period).toMatchObject({ from: '2026-09-28', to: '2026-10-27' });
    // The whole dataset but spam: H and I, outside the two days, are inside these thirty.
    expect(body.total.received).toBe(13);
  });

  it('names the field of an invalid query', async () => {
    for (const [query, field] of [
      ['from=2026-02-30&to=2026-03-01', 'from'],
      ['from=2026-10-25&to=2026-10-24', 'to'],
      ['from=2025-01-01&to=2026-10-24', 'to'],
      ['from=2026-11-02', 'from'],
      ['groupBy=team', 'groupBy'],
    ] as const) {
      const res = await owner.get(`${url}?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.body, query).toContain(field);
    }
  });
});
