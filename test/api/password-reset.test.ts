import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { settleBackgroundWork } from '../../src/modules/mail/background.js';
import { OutboxRepository } from '../../src/modules/mail/outbox.repository.js';
import { Client, createTestApp, MemoryMailer, signUp, uniqueEmail, type TestApp } from '../support/app.js';
import { dataOf, type MailJson } from '../support/members.js';
import { DIALECTS } from '../support/databases.js';

const NEW_PASSWORD = 'a brand new passphrase';
let ipCounter = 0;

describe.each(DIALECTS)('password reset on %s', (dialect) => {
  let t: TestApp;
  let mailer: MemoryMailer;
  let clock: ManualClock;
  beforeAll(async () => {
    t = await createTestApp(dialect, { clock: 'manual' });
    mailer = t.mailer as MemoryMailer;
    clock = t.clock as ManualClock;
  });
  afterAll(async () => t.close());

  /** Each test asks from its own address so the per-IP limit only bites where a test wants it to. */
  const newIp = () => `203.0.113.${(ipCounter += 1)}`;
  const ask = async (email: string, ip: string, locale?: 'en' | 'fr') => {
    const res = await new Client(t.app).request(
      'POST',
      '/api/v1/auth/password-reset',
      { email, ...(locale ? { locale } : {}) },
      { 'x-forwarded-for': ip },
    );
    await settleBackgroundWork(t.ctx.database);
    return res;
  };
  const tokenFrom = (email: string) => {
    const text = mailer.lastTo(email)?.text ?? '';
    const m = /\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(text);
    if (!m) throw new Error(`no reset mail to ${email}`);
    return m[1]!;
  };
  const confirm = (token: string, password = NEW_PASSWORD) =>
    new Client(t.app).post('/api/v1/auth/password-reset/confirm', { token, password });

  it('mails a one-hour single-use link; confirming sets the password and ends every session', async () => {
    const { client, email } = await signUp(t.app);
    const other = new Client(t.app).adopt(
      await new Client(t.app).post('/api/v1/auth/sign-in', { email, password: 'correct horse battery' }),
    );
    const res = await ask(email, newIp());
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({});
    const mail = mailer.lastTo(email)!;
    expect(mail.subject).toBe('Reset your Presence password');
    expect(mail.text).toContain(`${t.ctx.config.publicUrl}/reset-password?token=`);
    expect(mail.text).toContain('60 minutes');

    const token = tokenFrom(email);
    expect((await confirm(token)).statusCode).toBe(204);
    expect((await client.get('/api/v1/session')).statusCode).toBe(401);
    expect((await other.get('/api/v1/session')).statusCode).toBe(401);
    const c = new Client(t.app);
    expect(
      (await c.post('/api/v1/auth/sign-in', { email, password: 'correct horse battery' })).statusCode,
    ).toBe(401);
    expect((await c.post('/api/v1/auth/sign-in', { email, password: NEW_PASSWORD })).statusCode).toBe(200);

    const again = await confirm(token, 'yet another passphrase');
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ code: 'reset_invalid' });
    expect(again.json().errors[0].field).toBe('token');
  });

  it('answers 202 for an unknown address without sending anything', async () => {
    const before = mailer.sent.length;
    const res = await ask(uniqueEmail('nobody'), newIp());
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({});
    expect(mailer.sent.length).toBe(before);
  });

  it('keeps reset mail out of every workspace outbox and drops its body once delivered', async () => {
    const { client, email, workspaceId } = await signUp(t.app);
    await ask(email, newIp());
    const outbox = dataOf<MailJson[]>(await client.get(`/api/v1/workspaces/${workspaceId}/outbox`));
    expect(outbox.some((m: { to: string }) => m.to === email)).toBe(false);
    const rows = await t.ctx.database.db
      .selectFrom('mail_outbox')
      .select('id')
      .where('to_address', '=', email)
      .where('kind', '=', 'password_reset')
      .execute();
    expect(rows).toHaveLength(1);
    const row = await new OutboxRepository(t.ctx.database.db).findById(rows[0]!.id);
    expect(row).toMatchObject({ workspace_id: null, status: 'logged' });
    expect(row?.text_body).not.toContain(tokenFrom(email));
  });

  it('refuses an expired link, a malformed one and a weak password', async () => {
    const { email } = await signUp(t.app);
    await ask(email, newIp());
    const token = tokenFrom(email);
    const weak = await confirm(token, 'short');
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0].field).toBe('password');
    clock.advance(3600_000 + 1000);
    expect((await confirm(token)).json().code).toBe('reset_invalid');
    expect((await confirm('not-a-token')).json().code).toBe('reset_invalid');
  });

  it('writes in the account’s language, else the asked one, else the workspace’s', async () => {
    const fr = await signUp(t.app);
    await fr.client.patch('/api/v1/me', { locale: 'fr' });
    await ask(fr.email, newIp(), 'en');
    expect(mailer.lastTo(fr.email)?.subject).toBe('Réinitialisez votre mot de passe Presence');

    const none = await signUp(t.app);
    await none.client.patch('/api/v1/me', { locale: null });
    await ask(none.email, newIp(), 'fr');
    expect(mailer.lastTo(none.email)?.text).toContain('Bonjour Alice Martin,');
    await ask(none.email, newIp());
    expect(mailer.lastTo(none.email)?.subject).toBe('Reset your Presence password');
  });

  it('caps links per account per hour, whoever asks, and still answers 202', async () => {
    const { email } = await signUp(t.app);
    for (let i = 0; i < 3; i += 1) await ask(email, newIp());
    const count = () => mailer.sent.filter((m) => m.to === email).length;
    expect(count()).toBe(3);
    expect((await ask(email, newIp())).statusCode).toBe(202);
    expect(count()).toBe(3);
    clock.advance(3600_000 + 1000);
    await ask(email, newIp());
    expect(count()).toBe(4);
  });

  it('rate limits requests from one address (429 problem document)', async () => {
    const ip = newIp();
    const codes: number[] = [];
    for (let i = 0; i < 10; i += 1) codes.push((await ask(uniqueEmail('spray'), ip)).statusCode);
    expect(codes.every((c) => c === 202)).toBe(true);
    const limited = await ask(uniqueEmail('spray'), ip);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(limited.json().code).toBe('rate_limited');
  });
});
