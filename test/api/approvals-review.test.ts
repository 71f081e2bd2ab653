import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../src/core/clock.js';
import { hashToken } from '../../src/core/secrets.js';
import { solidPng } from '../connectors/support/png.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { approval, createCircuit, createPost, step, variantStatus, world } from './approvals.support.js';

describe.each(DIALECTS)('outside reviewers on %s', (dialect) => {
  let t: TestApp;
  let clock: ManualClock;
  const T0 = '2026-12-01T09:00:00.000Z';
  const anonymous = (method: 'GET' | 'POST', url: string, body?: unknown) =>
    t.app.inject({
      method,
      url,
      ...(body !== undefined ? { payload: body as Record<string, unknown> } : {}),
    });

  beforeAll(async () => {
    t = await createTestApp(dialect, { clock: 'manual' });
    clock = t.clock as ManualClock;
  });
  afterAll(async () => {
    await t.close();
  });

  it('lets a client approve through a signed link that shows the shared post only', async () => {
    clock.set(T0);
    const w = await world(t);
    await createCircuit(w, [
      step([{ kind: 'member', id: w.bob.userId }], { name: 'Team' }),
      step([{ kind: 'external', id: 'client' }], { name: 'Client' }),
    ]);
    const { postId, variantId } = await createPost(w, 'Our client launch', '2026-12-10T09:00:00.000Z');
    await w.editor.post(w.api(`/posts/${postId}/submit`), {});

    const made = await w.editor.post(w.api(`/posts/${postId}/review-links`), {
      reviewerName: 'Claire Client',
      reviewerEmail: 'claire@client.example',
      externalId: 'client',
    });
    expect(made.statusCode, made.body).toBe(201);
    const link = made.json<{ data: { id: string; url: string; expiresAt: string } }>().data;
    expect(link.expiresAt).toBe('2026-12-08T09:00:00.000Z');
    const token = /\/review\/([A-Za-z0-9_-]+)$/.exec(link.url)![1]!;
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const stored = await t.ctx.database.db
      .selectFrom('review_links')
      .select('token_hash')
      .where('id', '=', link.id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).toBe(hashToken(token));
    const listed = await w.editor.get(w.api(`/posts/${postId}/review-links`));
    expect(listed.body).not.toContain(token);

    let view = await anonymous('GET', `/api/v1/review/${token}`);
    expect(view.statusCode, view.body).toBe(200);
    const data = view.json<{
      data: Record<string, unknown> & { post: { variants: { text: string }[] }; canDecide: boolean };
    }>().data;
    expect(Object.keys(data).sort()).toEqual(
      ['approvalStatus', 'canDecide', 'decided', 'expiresAt', 'post', 'reviewerName'].sort(),
    );
    expect(data.post.variants.map((v) => v.text)).toEqual(['Our client launch']);
    expect(view.body).not.toContain(w.ws);
    // The client's step has not started: they may comment, not decide yet.
    expect(data.canDecide).toBe(false);
    const early = await anonymous('POST', `/api/v1/review/${token}`, { decision: 'approve' });
    expect(early.statusCode).toBe(409);

    await w.bob.post(w.api(`/posts/${postId}/approve`), {});
    view = await anonymous('GET', `/api/v1/review/${token}`);
    expect(view.json<{ data: { canDecide: boolean } }>().data.canDecide).toBe(true);
    const noWhy = await anonymous('POST', `/api/v1/review/${token}`, { decision: 'reject' });
    expect(noWhy.statusCode).toBe(400);
    const ok = await anonymous('POST', `/api/v1/review/${token}`, {
      decision: 'approve',
      comment: 'Looks great',
      name: 'Claire C.',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<{ data: { approvalStatus: string; decided: string } }>().data).toMatchObject({
      approvalStatus: 'approved',
      decided: 'approve',
    });
    expect(await variantStatus(t, w.ws, variantId)).toBe('scheduled');
    const a = await approval(w.editor, w, postId);
    expect(a.data.steps[1]).toMatchObject({ stepName: 'Client', outcome: 'approved' });
    expect(a.data.timeline[a.data.timeline.length - 1]).toMatchObject({
      type: 'approved',
      by: { name: 'Claire C.' },
    });
    const comments = await w.editor.get(w.api(`/posts/${postId}/comments`));
    expect(
      comments.json<{ data: { author: { kind: string; name: string }; text: string }[] }>().data,
    ).toMatchObject([{ author: { kind: 'external', name: 'Claire C.' }, text: 'Looks great' }]);
  });

  it("serves the shared post's media through the link, and no other file of the workspace", async () => {
    clock.set(T0);
    const w = await world(t);
    const upload = async (n: number) => {
      const res = await t.app.inject({
        method: 'POST',
        url: w.api('/media?filename=pic.png'),
        headers: { cookie: w.editor.cookie, 'x-csrf-token': w.editor.csrf, 'content-type': 'image/png' },
        payload: Buffer.from(solidPng(2 + n, 2, [n, 10, 10])),
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ data: { id: string } }>().data.id;
    };
    const shared = await upload(1);
    const other = await upload(2);
    const res = await w.editor.post(w.api('/posts'), {
      title: 'With a picture',
      variants: [{ accountId: w.accountId, text: 'Look', media: [{ mediaId: shared, altText: 'A square' }] }],
    });
    const postId = res.json<{ data: { id: string } }>().data.id;
    const made = await w.editor.post(w.api(`/posts/${postId}/review-links`), { reviewerName: 'Pat' });
    const token = made.json<{ data: { url: string } }>().data.url.split('/review/')[1]!;
    const view = await anonymous('GET', `/api/v1/review/${token}`);
    const media = view.json<{
      data: { post: { variants: { media: { url: string; altText: string }[] }[] } };
    }>().data.post.variants[0]!.media;
    expect(media).toEqual([
      { url: `/api/v1/review/${token}/media/${shared}`, altText: 'A square', kind: 'image' },
    ]);
    const file = await anonymous('GET', media[0]!.url);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    expect((await anonymous('GET', `/api/v1/review/${token}/media/${other}`)).statusCode).toBe(404);
  });

  it('lets a comment-only reviewer comment, and refuses revoked, expired and unknown tokens alike', async () => {
    clock.set(T0);
    const w = await world(t);
    await createCircuit(w, [step([{ kind: 'member', id: w.bob.userId }])]);
    const { postId } = await createPost(w, 'Counsel check', null);
    await w.editor.post(w.api(`/posts/${postId}/submit`), {});
    const made = await w.editor.post(w.api(`/posts/${postId}/review-links`), {
      reviewerName: 'Leo Counsel',
      expiresInDays: 2,
    });
    const { id, url } = made.json<{ data: { id: string; url: string } }>().data;
    const token = url.split('/review/')[1]!;
    const refused = await anonymous('POST', `/api/v1/review/${token}`, { decision: 'approve' });
    expect(refused.json<{ code: string }>().code).toBe('not_an_approver');
    const comment = await anonymous('POST', `/api/v1/review/${token}`, {
      decision: 'comment',
      comment: 'Please ask @BobApprover about the claim',
    });
    expect(comment.statusCode, comment.body).toBe(200);
    expect((await approval(w.editor, w, postId)).data.status).toBe('in_review');

    const other = await w.editor.post(w.api(`/posts/${postId}/review-links`), { reviewerName: 'Other' });
    const otherToken = other.json<{ data: { url: string } }>().data.url.split('/review/')[1]!;
    expect((await w.editor.delete(w.api(`/posts/${postId}/review-links/${id}`))).statusCode).toBe(204);
    expect((await anonymous('GET', `/api/v1/review/${token}`)).statusCode).toBe(404);
    expect((await anonymous('GET', `/api/v1/review/${'x'.repeat(43)}`)).statusCode).toBe(404);
    clock.set('2026-12-08T09:00:01.000Z');
    expect((await anonymous('GET', `/api/v1/review/${otherToken}`)).statusCode).toBe(404);
    // Links are workspace data: another workspace cannot revoke them.
    const stranger = await world(t);
    const cross = await stranger.owner.delete(
      `/api/v1/workspaces/${stranger.ws}/posts/${postId}/review-links/${id}`,
    );
    expect(cross.statusCode).toBe(404);
  });
});
