import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, setCsrfToken } from '../../api/client.js';
import { mediaContentUrl, uploadMedia } from './media.api.js';

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('uploadMedia', () => {
  it('sends the file itself as the body, with its type, name and the session’s CSRF token', async () => {
    setCsrfToken('csrf-123');
    const calls: { url: string; init: RequestInit | undefined }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init?: RequestInit) => {
        calls.push({ url, init });
        if (url === '/api/v1/session') return json(200, { csrfToken: 'csrf-123', user: {} });
        return json(201, { data: { id: 'm1', kind: 'image', url: '/x' } });
      }),
    );
    const file = new File([new Uint8Array([0x89, 0x50])], 'été 2026.png', { type: 'image/png' });
    const view = await uploadMedia('ws 1', file);
    expect(view).toEqual({ id: 'm1', kind: 'image', url: '/x' });
    expect(calls).toHaveLength(1);
    const upload = calls[0]!;
    expect(upload.url).toBe('/api/v1/workspaces/ws%201/media?filename=%C3%A9t%C3%A9+2026.png');
    expect(upload.init?.method).toBe('POST');
    expect(upload.init?.body).toBe(file);
    expect(upload.init?.headers).toMatchObject({ 'content-type': 'image/png', 'x-csrf-token': 'csrf-123' });
  });

  it('turns a problem document into an ApiError with its code, fields and extra members', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        url === '/api/v1/session'
          ? json(200, { csrfToken: 't' })
          : json(
              413,
              {
                code: 'media_too_large',
                detail: 'A image may be at most 20 MiB',
                errors: [{ field: 'body', message: 'too large' }],
                limit: 20971520,
              },
              'application/problem+json',
            ),
      ),
    );
    const err = await uploadMedia('w', new File(['x'], 'a.png', { type: 'image/png' })).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 413, code: 'media_too_large' });
    expect((err as ApiError).fieldMessage('body')).toBe('too large');
    expect((err as ApiError).problem.limit).toBe(20971520);
  });

  it('reports a lost connection as a network error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        if (url === '/api/v1/session') return json(200, { csrfToken: 't' });
        throw new TypeError('Failed to fetch');
      }),
    );
    await expect(uploadMedia('w', new File(['x'], 'a.gif', { type: 'image/gif' }))).rejects.toMatchObject({
      status: 0,
      code: 'network',
    });
  });
});

describe('mediaContentUrl', () => {
  it('points at the content route of the workspace', () => {
    expect(mediaContentUrl('w1', 'm1')).toBe('/api/v1/workspaces/w1/media/m1/content');
  });
});
