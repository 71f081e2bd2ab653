import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaStoreFor } from '../../src/modules/media/media-store.factory.js';
import { ORPHAN_GRACE_MS, purgeOrphanMedia } from '../../src/modules/media/media.purge.js';
import { solidPng } from '../connectors/support/png.js';
import { DIALECTS } from '../support/databases.js';
import { createTestApp, signUp, type Client, type TestApp } from '../support/app.js';

async function upload(client: Client, ws: string, bytes: Uint8Array): Promise<string> {
  const res = await client.app.inject({
    method: 'POST',
    url: `/api/v1/workspaces/${ws}/media`,
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, 'content-type': 'image/png' },
    payload: Buffer.from(bytes),
  });
  if (res.statusCode !== 201) throw new Error(`upload failed: ${res.statusCode} ${res.body}`);
  return res.json<{ data: { id: string } }>().data.id;
}

describe.each(DIALECTS)('orphan media purge on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  /** Makes a stored file look written `ms` ago. */
  const age = (key: string, ms: number) => {
    const when = new Date(Date.now() - ms);
    fs.utimesSync(path.join(t.ctx.config.dataDir, 'media', key), when, when);
  };

  it('removes the files of a deleted workspace and of crashed uploads, after the grace period only', async () => {
    const store = mediaStoreFor(t.ctx.config);
    const kept = await signUp(t.app, { workspaceName: 'Kept' });
    const gone = await signUp(t.app, { workspaceName: 'Gone' });
    const keptId = await upload(kept.client, kept.workspaceId, solidPng(4, 4, [1, 1, 1]));
    const goneId = await upload(gone.client, gone.workspaceId, solidPng(4, 4, [2, 2, 2]));
    const deleted = await gone.client.delete(`/api/v1/workspaces/${gone.workspaceId}`);
    expect(deleted.statusCode, deleted.body).toBe(204);
    // Bytes written by an upload that died before its row: one old, one possibly still in progress.
    await store.put(`${kept.workspaceId}/crashed-old`, Buffer.from('x'));
    await store.put(`${kept.workspaceId}/crashed-new`, Buffer.from('y'));
    for (const key of [
      `${kept.workspaceId}/${keptId}`,
      `${gone.workspaceId}/${goneId}`,
      `${kept.workspaceId}/crashed-old`,
    ])
      age(key, ORPHAN_GRACE_MS + 60_000);

    expect(await purgeOrphanMedia(t.ctx.database.db, store, new Date())).toBe(2);
    expect(await store.exists(`${kept.workspaceId}/${keptId}`)).toBe(true);
    expect(await store.exists(`${kept.workspaceId}/crashed-new`)).toBe(true);
    expect(await store.exists(`${kept.workspaceId}/crashed-old`)).toBe(false);
    expect(await store.exists(`${gone.workspaceId}/${goneId}`)).toBe(false);
    expect(
      (await kept.client.get(`/api/v1/workspaces/${kept.workspaceId}/media/${keptId}/content`)).statusCode,
    ).toBe(200);

    // Later the young orphan is old enough too.
    expect(
      await purgeOrphanMedia(t.ctx.database.db, store, new Date(Date.now() + ORPHAN_GRACE_MS + 1000)),
    ).toBe(1);
    expect(await store.exists(`${kept.workspaceId}/${keptId}`)).toBe(true);
  });
});
