import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/core/ids.js';
import { createMediaResolver, describeMedia } from '../../src/modules/media/media.resolver.js';
import { ConnectorError } from '../../src/modules/publishing/connectors/connector.errors.js';
import { solidPng } from '../connectors/support/png.js';
import { DIALECTS } from '../support/databases.js';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';
import { gifBytes, mp4Bytes } from './media-bytes.js';

async function upload(client: Client, ws: string, bytes: Uint8Array, contentType: string, filename?: string) {
  const res = await client.app.inject({
    method: 'POST',
    url: `/api/v1/workspaces/${ws}/media${filename ? `?filename=${filename}` : ''}`,
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, 'content-type': contentType },
    payload: Buffer.from(bytes),
  });
  if (res.statusCode !== 201) throw new Error(`upload failed: ${res.statusCode} ${res.body}`);
  return res.json<{ data: { id: string } }>().data.id;
}

/** The rejection of `promise`, which must be a ConnectorError. */
async function connectorError(promise: Promise<unknown>): Promise<ConnectorError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ConnectorError);
  return err as ConnectorError;
}

describe.each(DIALECTS)('media resolver and describeMedia on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let ws: string;
  let otherWs: string;
  let png: Uint8Array;
  let pngId: string;
  let gifId: string;
  let videoId: string;
  let foreignId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    ({ client: owner, workspaceId: ws } = await signUp(t.app));
    png = solidPng(40, 30, [200, 100, 50]);
    pngId = await upload(owner, ws, png, 'image/png', 'chart.png');
    gifId = await upload(owner, ws, gifBytes(64, 48), 'image/gif');
    videoId = await upload(owner, ws, mp4Bytes({ width: 1920, height: 1080 }), 'video/mp4');
    const other = await signUp(t.app, { workspaceName: 'Other' });
    otherWs = other.workspaceId;
    foreignId = await upload(other.client, otherWs, solidPng(3, 3, [1, 1, 1]), 'image/png');
  });
  afterAll(async () => t.close());

  it('returns the bytes, type, kind, size and alt text of each reference, in order', async () => {
    const resolve = createMediaResolver(t.ctx);
    const items = await resolve(ws, [
      { mediaId: videoId, altText: 'A product demo' },
      { mediaId: pngId, altText: 'Sales up 20 % in March' },
      { mediaId: gifId, altText: '' },
    ]);
    expect(items.map((i) => ({ ...i, data: i.data.byteLength }))).toEqual([
      {
        kind: 'video',
        mimeType: 'video/mp4',
        data: mp4Bytes().byteLength,
        altText: 'A product demo',
        width: 1920,
        height: 1080,
      },
      {
        kind: 'image',
        mimeType: 'image/png',
        data: png.byteLength,
        altText: 'Sales up 20 % in March',
        width: 40,
        height: 30,
      },
      {
        kind: 'gif',
        mimeType: 'image/gif',
        data: gifBytes(64, 48).byteLength,
        altText: '',
        width: 64,
        height: 48,
      },
    ]);
    expect(Buffer.from(items[1]!.data).equals(Buffer.from(png))).toBe(true);
    expect(await resolve(ws, [])).toEqual([]);
  });

  it('throws media_unavailable for an unknown id or one of another workspace', async () => {
    const resolve = createMediaResolver(t.ctx);
    for (const mediaId of [newId(), foreignId]) {
      const err = await connectorError(
        resolve(ws, [
          { mediaId: pngId, altText: '' },
          { mediaId, altText: '' },
        ]),
      );
      expect(err.kind).toBe('invalid_content');
      expect(err.code).toBe('media_unavailable');
      expect(err.message).toContain(mediaId);
    }
  });

  it('throws media_unavailable when the file is missing from the store', async () => {
    const id = await upload(owner, ws, solidPng(11, 11, [0, 0, 0]), 'image/png');
    fs.rmSync(path.join(t.ctx.config.dataDir, 'media', ws, id));
    const err = await connectorError(createMediaResolver(t.ctx)(ws, [{ mediaId: id, altText: 'gone' }]));
    expect(err).toMatchObject({ kind: 'invalid_content', code: 'media_unavailable' });
  });

  it('describes only the workspace’s files, in the order asked, without duplicates', async () => {
    const unknown = newId();
    const infos = await describeMedia(t.ctx.database.db, ws, [gifId, unknown, pngId, foreignId, gifId]);
    expect(infos).toEqual([
      {
        id: gifId,
        kind: 'gif',
        mimeType: 'image/gif',
        sizeBytes: gifBytes(64, 48).byteLength,
        width: 64,
        height: 48,
        filename: null,
      },
      {
        id: pngId,
        kind: 'image',
        mimeType: 'image/png',
        sizeBytes: png.byteLength,
        width: 40,
        height: 30,
        filename: 'chart.png',
      },
    ]);
    expect(await describeMedia(t.ctx.database.db, ws, [])).toEqual([]);
    expect((await describeMedia(t.ctx.database.db, otherWs, [pngId, foreignId])).map((i) => i.id)).toEqual([
      foreignId,
    ]);
  });
});
