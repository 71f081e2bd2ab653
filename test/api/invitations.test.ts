import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { SmtpMailer } from '../../src/modules/mail/mailers.js';
import { AuditRepository } from '../../src/modules/audit/audit.repository.js';
import { Client, createTestApp, MemoryMailer, signUp, uniqueEmail, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import {
  addMember,
  dataOf,
  type DepartmentJson,
  type InvitationJson,
  invitationTokenFor,
  type MailJson,
  type MemberJson,
} from '../support/members.js';
import { linkIn, SmtpCapture } from '../support/smtp.js';

const PASSWORD = 'correct horse battery';

describe.each(DIALECTS)('invitations on %s', (dialect) => {
  describe('through a real SMTP peer', () => {
    let t: TestApp;
    let smtp: SmtpCapture;
    beforeAll(async () => {
      smtp = await SmtpCapture.start();
      t = await createTestApp(dialect, {
        mailer: new SmtpMailer(smtp.url, 'Presence <no-reply@presence.local>'),
      });
    });
    afterAll(async () => {
      await t.close();
      await smtp.stop();
    });

    it('mails a link that a new colleague opens and accepts, landing in the workspace with the role', async () => {
      const { client: owner, workspaceId } = await signUp(t.app, {
        name: 'Alice Martin',
        workspaceName: 'Acme',
      });
      const departments = dataOf<DepartmentJson[]>(
        await owner.get(`/api/v1/workspaces/${workspaceId}/departments`),
      );
      const marketing = departments.find((d) => d.name === 'Marketing')!.id;
      const email = uniqueEmail('bob');
      const created = await owner.post(`/api/v1/workspaces/${workspaceId}/invitations`, {
        email,
        role: 'editor',
        departmentIds: [marketing],
      });
      expect(created.statusCode).toBe(201);
      expect(dataOf<DepartmentJson>(created)).toMatchObject({
        email,
        role: 'editor',
        departmentIds: [marketing],
        status: 'pending',
        invitedByName: 'Alice Martin',
      });

      const mail = await smtp.waitFor(email);
      expect(mail.from).toBe('no-reply@presence.local');
      expect(mail.subject).toBe('Alice Martin invited you to Acme on Presence');
      expect(mail.html).toContain('Accept the invitation');
      const link = linkIn(mail, '/invitations/');
      expect(link.startsWith(`${t.ctx.config.publicUrl}/invitations/`)).toBe(true);
      const token = new URL(link).pathname.split('/').pop()!;

      const visitor = new Client(t.app);
      const preview = await visitor.get(`/api/v1/invitations/${token}`);
      expect(preview.statusCode).toBe(200);
      expect(preview.json().data).toMatchObject({
        workspaceName: 'Acme',
        email,
        role: 'editor',
        inviterName: 'Alice Martin',
        accountExists: false,
      });

      const accepted = await visitor.post(`/api/v1/invitations/${token}/accept`, {
        name: 'Bob Durand',
        password: PASSWORD,
      });
      expect(accepted.statusCode).toBe(200);
      expect(accepted.headers['set-cookie']).toBeDefined();
      expect(accepted.json()).toMatchObject({
        user: { email, name: 'Bob Durand' },
        workspaces: [{ id: workspaceId, name: 'Acme', role: 'editor' }],
      });
      visitor.adopt(accepted);
      const ws = await visitor.get(`/api/v1/workspaces/${workspaceId}`);
      expect(ws.json().role).toBe('editor');
      expect(ws.json().can['members.invite']).toBe(false);

      const members = dataOf<MemberJson[]>(await owner.get(`/api/v1/workspaces/${workspaceId}/members`));
      expect(members.find((m: { email: string }) => m.email === email)).toMatchObject({
        role: 'editor',
        departmentIds: [marketing],
      });
      const list = dataOf<InvitationJson[]>(await owner.get(`/api/v1/workspaces/${workspaceId}/invitations`));
      expect(list[0]).toMatchObject({ email, status: 'accepted' });
      const outbox = dataOf<MailJson[]>(await owner.get(`/api/v1/workspaces/${workspaceId}/outbox`));
      expect(outbox[0]).toMatchObject({ kind: 'invitation', to: email, status: 'sent', attempts: 1 });
    });

    it('keeps a refused invitation as failed and delivers it when an admin retries', async () => {
      const { client: owner, workspaceId } = await signUp(t.app);
      const email = uniqueEmail('carol');
      smtp.refusing = true;
      const created = await owner.post(`/api/v1/workspaces/${workspaceId}/invitations`, {
        email,
        role: 'analyst',
      });
      smtp.refusing = false;
      expect(created.statusCode).toBe(201);
      const [failed] = dataOf<[MailJson]>(await owner.get(`/api/v1/workspaces/${workspaceId}/outbox`));
      expect(failed).toMatchObject({ to: email, status: 'failed', attempts: 1 });
      expect(failed.lastError).toMatch(/451/);
      expect(failed.nextAttemptAt).not.toBeNull();

      const retried = await owner.post(`/api/v1/workspaces/${workspaceId}/outbox/${failed.id}/retry`);
      expect(retried.statusCode).toBe(200);
      expect(dataOf<MailJson>(retried)).toMatchObject({
        id: failed.id,
        status: 'sent',
        attempts: 2,
        lastError: null,
      });
      const token = new URL(linkIn(await smtp.waitFor(email), '/invitations/')).pathname.split('/').pop()!;
      const again = await owner.post(`/api/v1/workspaces/${workspaceId}/outbox/${failed.id}/retry`);
      expect(again.statusCode).toBe(409);

      const accepted = await new Client(t.app).post(`/api/v1/invitations/${token}/accept`, {
        name: 'Carol',
        password: PASSWORD,
      });
      expect(accepted.statusCode).toBe(200);
      expect(accepted.json().workspaces[0]).toMatchObject({ id: workspaceId, role: 'analyst' });
    });
  });

  describe('rules', () => {
    let t: TestApp;
    let mailer: MemoryMailer;
    let clock: ManualClock;
    beforeAll(async () => {
      t = await createTestApp(dialect, { clock: 'manual' });
      mailer = t.mailer as MemoryMailer;
      clock = t.clock as ManualClock;
    });
    afterAll(async () => t.close());
    const invite = (c: Client, ws: string, body: Record<string, unknown>) =>
      c.post(`/api/v1/workspaces/${ws}/invitations`, body);

    it('asks an existing account for its own password and adds the workspace to it', async () => {
      const { client: owner, workspaceId } = await signUp(t.app, { workspaceName: 'Agency client' });
      const { email } = await signUp(t.app, { workspaceName: 'Elsewhere' });
      expect((await invite(owner, workspaceId, { email, role: 'strategist' })).statusCode).toBe(201);
      const token = invitationTokenFor(mailer, email);
      const c = new Client(t.app);
      expect((await c.get(`/api/v1/invitations/${token}`)).json().data.accountExists).toBe(true);
      const wrong = await c.post(`/api/v1/invitations/${token}/accept`, { password: 'not the password' });
      expect(wrong.statusCode).toBe(401);
      expect(wrong.json().errors[0].field).toBe('password');
      const ok = await c.post(`/api/v1/invitations/${token}/accept`, { password: PASSWORD });
      expect(ok.statusCode).toBe(200);
      const joined = ok.json<{ workspaces: { name: string; role: string }[] }>().workspaces;
      expect(joined.map((w) => `${w.name}:${w.role}`).sort()).toEqual([
        'Agency client:strategist',
        'Elsewhere:owner',
      ]);
    });

    it('answers invitation_invalid for used, revoked, expired and unknown links', async () => {
      const { client: owner, workspaceId } = await signUp(t.app);
      const c = new Client(t.app);
      const expectInvalid = async (token: string) => {
        const preview = await c.get(`/api/v1/invitations/${token}`);
        expect(preview.statusCode).toBe(404);
        expect(preview.json().code).toBe('invitation_invalid');
        const accept = await c.post(`/api/v1/invitations/${token}/accept`, { name: 'X', password: PASSWORD });
        expect(accept.statusCode).toBe(404);
        expect(accept.json().code).toBe('invitation_invalid');
      };
      await expectInvalid('no-such-token');

      const used = uniqueEmail();
      await invite(owner, workspaceId, { email: used, role: 'editor' });
      const usedToken = invitationTokenFor(mailer, used);
      expect(
        (await c.post(`/api/v1/invitations/${usedToken}/accept`, { name: 'U', password: PASSWORD }))
          .statusCode,
      ).toBe(200);
      await expectInvalid(usedToken);

      const revoked = uniqueEmail();
      const r = dataOf<InvitationJson>(await invite(owner, workspaceId, { email: revoked, role: 'editor' }));
      expect((await owner.delete(`/api/v1/workspaces/${workspaceId}/invitations/${r.id}`)).statusCode).toBe(
        204,
      );
      await expectInvalid(invitationTokenFor(mailer, revoked));

      const expired = uniqueEmail();
      const e = dataOf<InvitationJson>(await invite(owner, workspaceId, { email: expired, role: 'editor' }));
      const expiredToken = invitationTokenFor(mailer, expired);
      expect(new Date(e.expiresAt).getTime() - clock.now().getTime()).toBe(7 * 86_400_000);
      clock.advance(7 * 86_400_000 + 1000);
      await expectInvalid(expiredToken);
      const list = dataOf<InvitationJson[]>(await owner.get(`/api/v1/workspaces/${workspaceId}/invitations`));
      const status = (email: string) => list.find((i) => i.email === email)!.status;
      expect([status(used), status(revoked), status(expired)]).toEqual(['accepted', 'revoked', 'expired']);

      // Resending an expired invitation gives a new link for another week; the old link stays dead.
      const resent = await owner.post(`/api/v1/workspaces/${workspaceId}/invitations/${e.id}/resend`);
      expect(resent.statusCode).toBe(200);
      expect(dataOf<InvitationJson>(resent).status).toBe('pending');
      await expectInvalid(expiredToken);
      expect((await c.get(`/api/v1/invitations/${invitationTokenFor(mailer, expired)}`)).statusCode).toBe(
        200,
      );
      expect(
        (await owner.post(`/api/v1/workspaces/${workspaceId}/invitations/${r.id}/resend`)).statusCode,
      ).toBe(409);
    });

    it('replaces a pending invitation when the same address is invited again', async () => {
      const { client: owner, workspaceId } = await signUp(t.app);
      const email = uniqueEmail();
      const first = dataOf<InvitationJson>(await invite(owner, workspaceId, { email, role: 'editor' }));
      const oldToken = invitationTokenFor(mailer, email);
      const second = await invite(owner, workspaceId, { email: email.toUpperCase(), role: 'analyst' });
      expect(second.statusCode).toBe(201);
      expect(second.json().data).toMatchObject({ id: first.id, role: 'analyst', status: 'pending' });
      const list = dataOf<InvitationJson[]>(await owner.get(`/api/v1/workspaces/${workspaceId}/invitations`));
      expect(list.filter((i: { email: string }) => i.email === email)).toHaveLength(1);
      expect((await new Client(t.app).get(`/api/v1/invitations/${oldToken}`)).statusCode).toBe(404);
      const preview = await new Client(t.app).get(`/api/v1/invitations/${invitationTokenFor(mailer, email)}`);
      expect(preview.json().data.role).toBe('analyst');
      const audit = await new AuditRepository(t.ctx.database.db).list(workspaceId, { limit: 10 });
      expect(audit.find((a) => a.action === 'invitation.replaced')).toMatchObject({ object_id: first.id });
      expect(JSON.parse(audit.find((a) => a.action === 'invitation.replaced')!.before!)).toMatchObject({
        role: 'editor',
      });
    });

    it('refuses members, roles above the inviter, foreign departments and incomplete accounts', async () => {
      const { client: owner, workspaceId, email: ownerEmail } = await signUp(t.app);
      const dup = await invite(owner, workspaceId, { email: ownerEmail, role: 'editor' });
      expect(dup.statusCode).toBe(409);
      expect(dup.json().errors[0].field).toBe('email');

      const admin = await addMember(t.app, mailer, owner, workspaceId, 'admin');
      const tooHigh = await invite(admin.client, workspaceId, { email: uniqueEmail(), role: 'owner' });
      expect(tooHigh.statusCode).toBe(403);
      expect(tooHigh.json().errors[0].field).toBe('role');
      expect(
        (await invite(admin.client, workspaceId, { email: uniqueEmail(), role: 'admin' })).statusCode,
      ).toBe(201);

      const editor = await addMember(t.app, mailer, owner, workspaceId, 'editor');
      expect(
        (await invite(editor.client, workspaceId, { email: uniqueEmail(), role: 'editor' })).statusCode,
      ).toBe(403);
      expect((await editor.client.get(`/api/v1/workspaces/${workspaceId}/invitations`)).statusCode).toBe(403);
      expect((await editor.client.get(`/api/v1/workspaces/${workspaceId}/outbox`)).statusCode).toBe(403);

      const other = await signUp(t.app);
      const otherDept = (await other.client.get(`/api/v1/workspaces/${other.workspaceId}/departments`)).json()
        .data[0].id;
      const foreign = await invite(owner, workspaceId, {
        email: uniqueEmail(),
        role: 'editor',
        departmentIds: [otherDept],
      });
      expect(foreign.statusCode).toBe(400);
      expect(foreign.json().errors[0].field).toBe('departmentIds');

      const email = uniqueEmail();
      await invite(owner, workspaceId, { email, role: 'editor' });
      const token = invitationTokenFor(mailer, email);
      const noName = await new Client(t.app).post(`/api/v1/invitations/${token}/accept`, {
        password: PASSWORD,
      });
      expect(noName.statusCode).toBe(400);
      expect(noName.json().errors[0].field).toBe('name');
      const short = await new Client(t.app).post(`/api/v1/invitations/${token}/accept`, {
        name: 'N',
        password: 'short',
      });
      expect(short.statusCode).toBe(400);
      expect(short.json().errors[0].field).toBe('password');
    });

    it('hides invitations from members of other workspaces (404)', async () => {
      const a = await signUp(t.app);
      const b = await signUp(t.app);
      const inv = (await invite(a.client, a.workspaceId, { email: uniqueEmail(), role: 'editor' })).json()
        .data;
      const base = `/api/v1/workspaces/${a.workspaceId}/invitations`;
      expect((await b.client.get(base)).statusCode).toBe(404);
      expect((await b.client.post(base, { email: uniqueEmail(), role: 'editor' })).statusCode).toBe(404);
      expect((await b.client.post(`${base}/${inv.id}/resend`)).statusCode).toBe(404);
      expect((await b.client.delete(`${base}/${inv.id}`)).statusCode).toBe(404);
      // Their own workspace does not open the other's invitation either.
      const own = `/api/v1/workspaces/${b.workspaceId}/invitations/${inv.id}`;
      expect((await b.client.post(`${own}/resend`)).statusCode).toBe(404);
      expect((await b.client.delete(own)).statusCode).toBe(404);
      const [mail] = dataOf<[MailJson]>(await a.client.get(`/api/v1/workspaces/${a.workspaceId}/outbox`));
      expect((await b.client.get(`/api/v1/workspaces/${a.workspaceId}/outbox`)).statusCode).toBe(404);
      expect(
        (await b.client.post(`/api/v1/workspaces/${a.workspaceId}/outbox/${mail.id}/retry`)).statusCode,
      ).toBe(404);
      expect(
        (await b.client.post(`/api/v1/workspaces/${b.workspaceId}/outbox/${mail.id}/retry`)).statusCode,
      ).toBe(404);
    });

    it('keeps the mail in the outbox with its link when there is no SMTP (log fallback)', async () => {
      const { client: owner, workspaceId } = await signUp(t.app);
      const email = uniqueEmail();
      await invite(owner, workspaceId, { email, role: 'editor' });
      const [mail] = dataOf<[MailJson]>(await owner.get(`/api/v1/workspaces/${workspaceId}/outbox`));
      expect(mail).toMatchObject({
        kind: 'invitation',
        to: email,
        status: 'logged',
        attempts: 1,
        lastError: null,
      });
      expect(mail.text).toContain(`/invitations/${invitationTokenFor(mailer, email)}`);
      // A logged message can be retried (e.g. once SMTP is configured); it stays logged here.
      const retried = await owner.post(`/api/v1/workspaces/${workspaceId}/outbox/${mail.id}/retry`);
      expect(dataOf<MailJson>(retried)).toMatchObject({ status: 'logged', attempts: 2 });
    });

    it('writes in French when asked, unless the person chose a language', async () => {
      const { client: owner, workspaceId } = await signUp(t.app, {
        name: 'Élodie',
        workspaceName: 'Boulangerie',
      });
      const email = uniqueEmail();
      await invite(owner, workspaceId, { email, role: 'approver', locale: 'fr' });
      expect(mailer.lastTo(email)?.subject).toBe('Élodie vous invite à rejoindre Boulangerie sur Presence');
      expect(mailer.lastTo(email)?.text).toContain('en tant que approbateur');

      const known = await signUp(t.app);
      await invite(owner, workspaceId, { email: known.email, role: 'approver', locale: 'fr' });
      expect(mailer.lastTo(known.email)?.subject).toBe('Élodie invited you to Boulangerie on Presence');
    });
  });
});
