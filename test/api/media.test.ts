import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/core/ids.js';
import { PostsRepository } from '../../src/modules/publishing/scheduler/posts.repository.js';
import type { VariantStatus } from '../../src/modules/publishing/scheduler/publishing.types.js';
import { MEDIA_SIZE_LIMITS } from '../../src/modules/media/media-types.js';
import { solidPng } from '../connectors/support/png.js';
import { gifBytes, jpegBytes, mp4Bytes, webpBytes } from '../media/media-bytes.js';
import { DIALECTS } from '../support/databases.js';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';
import { addMember, RESOURCE_FACTORIES } from '../support/resource-factories.js';

interface MediaView {
  id: string;
  kind: string;
  mimeType: string;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  filename: string | null;
  createdAt: string;
  url: string;
}

/** Posts the raw bytes as the body, as the web composer does. */
function upload(client: Client, ws: string, bytes: Uint8Array, contentType: string, filename?: string) {
  const query = filename === undefined ? '' : `?filename=${encodeURIComponent(filename)}`;
  return client.app.inject({
    method: 'POST',
    url: `/api/v1/workspaces/${ws}/media${query}`,
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, 'content-type': contentType },
    payload: Buffer.from(bytes),
  });
}

describe.each(DIALECTS)('media API on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let ws: string;
  let base: string;
  const mediaDir = () => path.join(t.ctx.config.dataDir, 'media', ws);

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ({ client: owner, workspaceId: ws } = await signUp(t.app));
    base = `/api/v1/workspaces/${ws}`;
  });
  afterAll(async () => t.close());

  it.each([
    ['image/png', () => solidPng(12, 7, [10, 200, 30]), 'image', 12, 7],
    ['image/jpeg', () => jpegBytes(1600, 900), 'image', 1600, 900],
    ['image/gif', () => gifBytes(320, 240), 'gif', 320, 240],
    ['image/webp', () => webpBytes(800, 800, 'VP8L'), 'image', 800, 800],
    ['video/mp4', () => mp4Bytes({ width: 1280, height: 720 }), 'video', 1280, 720],
    ['video/quicktime', () => mp4Bytes({ width: 480, height: 640, brand: 'qt  ' }), 'video', 480, 640],
  ] as const)('uploads %s, describes it and serves it back', async (type, make, kind, width, height) => {
    const bytes = make();
    const res = await upload(owner, ws, bytes, type, `file.${type.split('/')[1]}`);
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json<{ data: MediaView }>().data;
    expect(view).toMatchObject({
      kind,
      mimeType: type,
      sizeBytes: bytes.length,
      width,
      height,
      filename: `file.${type.split('/')[1]}`,
      url: `${base}/media/${view.id}/content`,
    });

    const meta = await owner.get(`${base}/media/${view.id}`);
    expect(meta.statusCode, meta.body).toBe(200);
    expect(meta.json<{ data: MediaView }>().data).toEqual(view);

    const content = await owner.get(view.url);
    expect(content.statusCode).toBe(200);
    expect(content.headers['content-type']).toBe(type);
    expect(content.headers['content-disposition']).toMatch(/^inline; filename="file\./);
    expect(content.headers['x-content-type-options']).toBe('nosniff');
    expect(content.headers['cache-control']).toBe('private, max-age=3600');
    expect(Number(content.headers['content-length'])).toBe(bytes.length);
    expect(content.rawPayload.equals(Buffer.from(bytes))).toBe(true);
  });

  it('serves byte ranges of a video so browsers can play and seek', async () => {
    const bytes = mp4Bytes({ durationMs: 7000 });
    const view = (await upload(owner, ws, bytes, 'video/mp4')).json<{ data: MediaView }>().data;
    const get = (range: string) =>
      t.app.inject({ method: 'GET', url: view.url, headers: { cookie: owner.cookie, range } });
    const part = await get('bytes=4-11');
    expect(part.statusCode, part.body).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 4-11/${bytes.length}`);
    expect(part.headers['content-length']).toBe('8');
    expect(part.headers['content-type']).toBe('video/mp4');
    expect(part.rawPayload.toString('latin1')).toBe('ftypisom');
    const tail = await get('bytes=-4');
    expect(tail.rawPayload.equals(bytes.subarray(bytes.length - 4))).toBe(true);
    const whole = await owner.get(view.url);
    expect(whole.headers['accept-ranges']).toBe('bytes');
    const past = await get(`bytes=${bytes.length}-`);
    expect(past.statusCode, past.body).toBe(416);
    expect(past.headers['content-range']).toBe(`bytes */${bytes.length}`);
    expect(past.json().code).toBe('range_not_satisfiable');
  });

  it('refuses bytes that do not match the declared type, naming the body', async () => {
    for (const [bytes, type] of [
      [solidPng(2, 2, [0, 0, 0]), 'image/jpeg'],
      [jpegBytes(2, 2), 'image/png'],
      [Buffer.from('<html><script>alert(1)</script></html>'), 'image/gif'],
      [gifBytes(2, 2), 'video/mp4'],
      [mp4Bytes(), 'image/webp'],
    ] as const) {
      const res = await upload(owner, ws, bytes, type);
      expect(res.statusCode, `${type}: ${res.body}`).toBe(400);
      expect(res.json()).toMatchObject({ code: 'media_type_mismatch', errors: [{ field: 'body' }] });
    }
  });

  it('refuses an empty file with 400 naming the body', async () => {
    const res = await upload(owner, ws, new Uint8Array(), 'image/png');
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'body', message: expect.any(String) }]);
  });

  it('accepts a content type with parameters or in capitals', async () => {
    const res = await upload(owner, ws, solidPng(13, 3, [4, 4, 4]), 'Image/PNG; name="x.png"');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<{ data: MediaView }>().data.mimeType).toBe('image/png');
  });

  it('refuses other content types with 415', async () => {
    const json = await owner.post(`${base}/media`, { data: 'iVBORw0KGgo=' });
    expect(json.statusCode, json.body).toBe(415);
    expect(json.json().code).toBe('unsupported_media_type');
    const svg = await upload(
      owner,
      ws,
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      'image/svg+xml',
    );
    expect(svg.statusCode, svg.body).toBe(415);
  });

  it('refuses an image over the image limit with 413 and the limit', async () => {
    // Just over the real limit: a valid PNG start followed by filler.
    const limit = MEDIA_SIZE_LIMITS.image;
    const big = Buffer.alloc(limit + 1);
    Buffer.from(solidPng(1, 1, [0, 0, 0])).copy(big);
    const res = await upload(owner, ws, big, 'image/png');
    expect(res.statusCode, res.body.slice(0, 300)).toBe(413);
    expect(res.json()).toMatchObject({
      code: 'media_too_large',
      limit,
      kind: 'image',
      errors: [{ field: 'body' }],
    });
    // The same size is within the video limit: the limit follows the declared kind.
    Buffer.from(mp4Bytes()).copy(big);
    const video = await upload(owner, ws, big, 'video/mp4');
    expect(video.statusCode, video.body.slice(0, 300)).toBe(201);
    expect(video.json<{ data: MediaView }>().data.sizeBytes).toBe(limit + 1);
  });

  it('returns the existing file when the same bytes are uploaded again in the workspace', async () => {
    const bytes = solidPng(5, 5, [1, 2, 3]);
    const first = await upload(owner, ws, bytes, 'image/png', 'first.png');
    expect(first.statusCode).toBe(201);
    const again = await upload(owner, ws, bytes, 'image/png', 'second.png');
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json<{ data: MediaView }>().data).toEqual(first.json<{ data: MediaView }>().data);

    // Another workspace gets its own copy.
    const other = await signUp(t.app, { workspaceName: 'Other' });
    const theirs = await upload(other.client, other.workspaceId, bytes, 'image/png');
    expect(theirs.statusCode).toBe(201);
    expect(theirs.json<{ data: MediaView }>().data.id).not.toBe(first.json<{ data: MediaView }>().data.id);
  });

  it('keeps only the last segment of the file name', async () => {
    const res = await upload(owner, ws, solidPng(3, 3, [9, 9, 9]), 'image/png', '../../etc/pass\u0007wd.png');
    expect(res.json<{ data: MediaView }>().data.filename).toBe('passwd.png');
    const none = await upload(owner, ws, solidPng(3, 4, [9, 9, 9]), 'image/png');
    expect(none.json<{ data: MediaView }>().data.filename).toBeNull();
    const content = await owner.get(none.json<{ data: MediaView }>().data.url);
    expect(content.headers['content-disposition']).toBe('inline');
  });

  it('keeps each workspace’s media from the others', async () => {
    const mine = (await upload(owner, ws, solidPng(6, 6, [0, 0, 255]), 'image/png')).json<{
      data: MediaView;
    }>().data;
    const other = await signUp(t.app, { workspaceName: 'Stranger' });
    const theirBase = `/api/v1/workspaces/${other.workspaceId}`;
    for (const url of [`${theirBase}/media/${mine.id}`, `${theirBase}/media/${mine.id}/content`]) {
      expect((await other.client.get(url)).statusCode, url).toBe(404);
    }
    expect((await other.client.delete(`${theirBase}/media/${mine.id}`)).statusCode).toBe(404);
    expect((await other.client.get(mine.url)).statusCode).toBe(404);
    expect((await owner.get(mine.url)).statusCode).toBe(200);
  });

  it('lets read-only roles see media but not upload or delete it', async () => {
    const view = (await upload(owner, ws, solidPng(7, 7, [5, 5, 5]), 'image/png')).json<{ data: MediaView }>()
      .data;
    const analyst = await addMember(t.app, ws, 'analyst');
    expect((await analyst.client.get(view.url)).statusCode).toBe(200);
    expect((await upload(analyst.client, ws, solidPng(8, 8, [5, 5, 5]), 'image/png')).statusCode).toBe(403);
    expect((await analyst.client.delete(`${base}/media/${view.id}`)).statusCode).toBe(403);
    const editor = await addMember(t.app, ws, 'editor');
    expect((await upload(editor.client, ws, solidPng(8, 9, [5, 5, 5]), 'image/png')).statusCode).toBe(201);
  });

  describe('deleting', () => {
    let accountId: string;
    beforeAll(async () => {
      accountId = await RESOURCE_FACTORIES['connected-account']!({
        app: t.app,
        ownerClient: owner,
        workspaceId: ws,
      });
    });

    /** A post with one variant in `status` that uses `mediaId` in its media or in a thread part. */
    async function variantUsing(
      mediaId: string,
      status: VariantStatus,
      where: 'media' | 'thread' = 'media',
      altText = 'A test image',
    ) {
      const posts = new PostsRepository(t.ctx.database.db);
      const now = new Date().toISOString();
      const post = await posts.createPost({ id: newId(), workspaceId: ws, title: 'Uses media', now });
      const ref = { mediaId, altText };
      await posts.createVariants([
        {
          id: newId(),
          workspaceId: ws,
          postId: post.id,
          accountId,
          text: 'A post with media',
          ...(where === 'media' ? { media: [ref] } : { thread: [{ text: 'part 2', media: [ref] }] }),
          status,
          scheduledAt: status === 'draft' ? null : '2030-01-01T08:00:00.000Z',
          now,
        },
      ]);
    }

    const fresh = async (seed: number) =>
      (await upload(owner, ws, solidPng(seed, 2, [seed, seed, seed]), 'image/png')).json<{
        data: MediaView;
      }>().data;

    it('removes an unused file, its row and its bytes', async () => {
      const view = await fresh(20);
      expect(fs.readdirSync(mediaDir())).toContain(view.id);
      const res = await owner.delete(`${base}/media/${view.id}`);
      expect(res.statusCode, res.body).toBe(204);
      expect((await owner.get(`${base}/media/${view.id}`)).statusCode).toBe(404);
      expect((await owner.get(view.url)).statusCode).toBe(404);
      expect(fs.readdirSync(mediaDir())).not.toContain(view.id);
      expect((await owner.delete(`${base}/media/${view.id}`)).statusCode).toBe(404);
    });

    it('allows deleting a file only drafts use, or only named in another file’s alt text', async () => {
      const view = await fresh(21);
      await variantUsing(view.id, 'draft');
      // A scheduled variant whose alt text happens to contain the id does not use the file.
      const other = await fresh(22);
      await variantUsing(other.id, 'scheduled', 'media', `Same picture as ${view.id}`);
      expect((await owner.delete(`${base}/media/${view.id}`)).statusCode).toBe(204);
      expect((await owner.delete(`${base}/media/${other.id}`)).statusCode).toBe(409);
    });

    it.each(['scheduled', 'published', 'failed'] as const)(
      'refuses with 409 media_in_use while a %s variant uses it',
      async (status) => {
        const view = await fresh(status.length + 30);
        await variantUsing(view.id, status);
        const res = await owner.delete(`${base}/media/${view.id}`);
        expect(res.statusCode, res.body).toBe(409);
        expect(res.json().code).toBe('media_in_use');
        expect((await owner.get(view.url)).statusCode).toBe(200);
      },
    );

    it('counts media in thread parts as in use', async () => {
      const view = await fresh(40);
      await variantUsing(view.id, 'scheduled', 'thread');
      expect((await owner.delete(`${base}/media/${view.id}`)).statusCode).toBe(409);
    });
  });

  it('answers 404 for the content when the file is gone from the store', async () => {
    const view = (await upload(owner, ws, solidPng(9, 9, [7, 7, 7]), 'image/png')).json<{ data: MediaView }>()
      .data;
    fs.rmSync(path.join(mediaDir(), view.id));
    expect((await owner.get(view.url)).statusCode).toBe(404);
    // Uploading the same bytes again stores them anew instead of returning the broken row.
    const again = await upload(owner, ws, solidPng(9, 9, [7, 7, 7]), 'image/png');
    expect(again.statusCode).toBe(201);
    expect(again.json<{ data: MediaView }>().data.id).not.toBe(view.id);
  });

  it('audits uploads and deletions', async () => {
    const actions = (await owner.get(`${base}/audit?limit=200`))
      .json<{ data: { action: string; objectType: string }[] }>()
      .data.filter((e) => e.objectType === 'media')
      .map((e) => e.action);
    expect(actions).toContain('media.uploaded');
    expect(actions).toContain('media.deleted');
  });
});

describe('media upload before authentication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(async () => t.close());

  it('refuses an anonymous upload without reading its body', async () => {
    const { workspaceId } = await signUp(t.app);
    // A body that never ends: only an answer given before reading it can arrive.
    const endless = new Readable({ read() {} });
    endless.push(Buffer.from(solidPng(1, 1, [0, 0, 0])));
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workspaces/${workspaceId}/media`,
      headers: { 'content-type': 'image/png', 'content-length': String(50 * 1024 * 1024) },
      payload: endless,
    });
    expect(res.statusCode, res.body).toBe(401);
    endless.destroy();
  });
});
