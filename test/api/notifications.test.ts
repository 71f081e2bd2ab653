import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SmtpMailer } from '../../src/modules/mail/mailers.js';
import { notify } from '../../src/modules/notifications/notifications.service.js';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { addMember, createSignedInUser, type TestMember } from '../support/resource-factories.js';
import { linkIn, SmtpCapture } from '../support/smtp.js';

interface NotificationJson {
  id: string;
  type: string;
  titleKey: string;
  params: Record<string, string | number>;
  link: string | null;
  readAt: string | null;
}
interface Page {
  data: NotificationJson[];
  unreadCount: number;
  nextBefore: string | null;
}
interface PreferenceJson {
  type: string;
  inApp: boolean;
  email: boolean;
  default: boolean;
}

describe.each(DIALECTS)('notifications on %s', (dialect) => {
  let t: TestApp;
  let smtp: SmtpCapture;
  let owner: Client;
  let ownerEmail: string;
  let ws: string;
  let base: string;
  let marie: TestMember;

  const page = async (client: Client, query = ''): Promise<Page> => {
    const res = await client.get(`${base}${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Page>();
  };

  beforeAll(async () => {
    smtp = await SmtpCapture.start();
    t = await createTestApp(dialect, {
      mailer: new SmtpMailer(smtp.url, 'Presence <no-reply@presence.local>'),
    });
    ({ client: owner, workspaceId: ws, email: ownerEmail } = await signUp(t.app, { name: 'Alice Martin' }));
    base = `/api/v1/workspaces/${ws}/notifications`;
    marie = await addMember(t.app, ws, 'editor');
    await t.ctx.database.db
      .updateTable('users')
      .set({ locale: 'fr', name: 'Marie Curie' })
      .where('id', '=', marie.userId)
      .execute();
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('notifies members in the app and by e-mail in each one’s language, and nobody else', async () => {
    const outsider = await createSignedInUser(t.app, 'Not A Member');
    const result = await notify(t.ctx, {
      workspaceId: ws,
      userIds: [owner.userId, marie.userId, outsider.userId],
      type: 'post.failed',
      params: { title: 'Spring launch', network: 'Bluesky', reason: 'token expired' },
      link: `/w/${ws}/calendar`,
    });
    expect(result).toEqual({ inApp: 2, emails: 2 });

    const alice = await page(owner);
    expect(alice.unreadCount).toBe(1);
    expect(alice.data[0]).toMatchObject({
      type: 'post.failed',
      titleKey: 'types.post.failed.title',
      params: { title: 'Spring launch', network: 'Bluesky' },
      link: `/w/${ws}/calendar`,
      readAt: null,
    });

    const en = await smtp.waitFor(ownerEmail);
    expect(en.subject).toBe('Not published: Spring launch');
    expect(en.text).toContain('Hello Alice Martin,');
    expect(en.text).toContain('could not be published on Bluesky: token expired');
    expect(linkIn(en, '/calendar')).toBe(`${t.ctx.config.publicUrl}/w/${ws}/calendar`);
    const fr = await smtp.waitFor(marie.email);
    expect(fr.subject).toBe('Non publiée : Spring launch');
    expect(fr.text).toContain('Bonjour Marie Curie,');
    expect(fr.html).toContain('Ouvrir dans Presence');

    // The outsider was left out: no row, no mail.
    const rows = await t.ctx.database.db
      .selectFrom('notifications')
      .select('id')
      .where('user_id', '=', outsider.userId)
      .execute();
    expect(rows).toEqual([]);
  });

  it('follows preferences: defaults, then each person’s own choice', async () => {
    const before = (await owner.get(`${base}/preferences`)).json<{ data: PreferenceJson[] }>().data;
    expect(before.find((p) => p.type === 'post.published')).toEqual({
      type: 'post.published',
      inApp: true,
      email: false,
      default: true,
    });
    expect(before.map((p) => p.type)).toContain('approval.requested');

    const saved = await marie.client.put(`${base}/preferences`, {
      preferences: [{ type: 'mention', inApp: false, email: false }],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<{ data: PreferenceJson[] }>().data.find((p) => p.type === 'mention')).toEqual({
      type: 'mention',
      inApp: false,
      email: false,
      default: false,
    });
    // Marie's choice is hers alone.
    const alicePrefs = (await owner.get(`${base}/preferences`)).json<{ data: PreferenceJson[] }>().data;
    expect(alicePrefs.find((p) => p.type === 'mention')).toMatchObject({
      inApp: true,
      email: true,
      default: true,
    });

    const mailsBefore = smtp.messages.length;
    const result = await notify(t.ctx, {
      workspaceId: ws,
      userIds: [owner.userId, marie.userId],
      type: 'mention',
      params: { actorName: 'Bob', title: 'Launch plan' },
      link: null,
    });
    expect(result).toEqual({ inApp: 1, emails: 1 });
    const mention = await smtp.waitFor(ownerEmail);
    expect(mention.subject).toBe('Bob mentioned you');
    expect(
      smtp.messages
        .slice(mailsBefore)
        .map((m) => m.to)
        .flat(),
    ).not.toContain(marie.email.toLowerCase());
    expect((await page(marie.client)).data.some((n) => n.type === 'mention')).toBe(false);

    // A published post is shown in the app but not mailed by default.
    const published = await notify(t.ctx, {
      workspaceId: ws,
      userIds: [owner.userId],
      type: 'post.published',
      params: { title: 'Hello' },
      link: '//evil.example/phish',
    });
    expect(published).toEqual({ inApp: 1, emails: 0 });
    // A link that is not a path of our app falls back to the workspace home.
    expect((await page(owner)).data[0]).toMatchObject({ type: 'post.published', link: `/w/${ws}` });

    const audit = await owner.get(`/api/v1/workspaces/${ws}/audit`);
    expect(audit.body).toContain('notification_preferences.updated');
  });

  it('lets each person read and mark only their own notifications', async () => {
    const mine = await page(owner, '?unread=1');
    expect(mine.unreadCount).toBeGreaterThanOrEqual(2);
    expect(mine.data.every((n) => n.readAt === null)).toBe(true);
    const theirs = await page(marie.client);
    expect(theirs.data.length).toBeGreaterThan(0);

    // Marking someone else's notification does nothing to it.
    const foreign = await marie.client.post(`${base}/read`, { ids: [mine.data[0]!.id] });
    expect(foreign.json()).toMatchObject({ updated: 0 });
    expect((await page(owner)).unreadCount).toBe(mine.unreadCount);

    const one = await owner.post(`${base}/read`, { ids: [mine.data[0]!.id] });
    expect(one.json()).toEqual({ updated: 1, unreadCount: mine.unreadCount - 1 });
    const unread = await page(owner, '?unread=1');
    expect(unread.data.map((n) => n.id)).not.toContain(mine.data[0]!.id);

    const all = await owner.post(`${base}/read`, { all: true });
    expect(all.json()).toEqual({ updated: mine.unreadCount - 1, unreadCount: 0 });
    expect((await page(marie.client)).unreadCount).toBe(theirs.unreadCount);

    const paged = await page(owner, '?limit=1');
    expect(paged.data).toHaveLength(1);
    expect(paged.nextBefore).toBe(paged.data[0]!.id);
    const next = await page(owner, `?limit=1&before=${paged.nextBefore}`);
    expect(next.data[0]!.id).not.toBe(paged.data[0]!.id);
  });

  it('validates input, naming the field', async () => {
    const empty = await owner.post(`${base}/read`, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('ids');
    const unknown = await owner.put(`${base}/preferences`, {
      preferences: [{ type: 'post.deleted', inApp: true, email: true }],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('preferences');
  });

  it('keeps notifications to their workspace', async () => {
    const other = await signUp(t.app, { workspaceName: 'Elsewhere' });
    expect((await other.client.get(base)).statusCode).toBe(404);
    const own = await other.client.get(`/api/v1/workspaces/${other.workspaceId}/notifications`);
    expect(own.json<Page>()).toMatchObject({ data: [], unreadCount: 0 });
    // Notifying a workspace about someone who is not in it writes nothing.
    expect(
      await notify(t.ctx, {
        workspaceId: other.workspaceId,
        userIds: [owner.userId],
        type: 'mention',
        params: {},
        link: null,
      }),
    ).toEqual({ inApp: 0, emails: 0 });
  });
});
