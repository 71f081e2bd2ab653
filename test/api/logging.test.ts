import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDACT_PATHS } from '../../src/app/bootstrap.js';
import { createTestApp, signUp, type TestApp } from '../support/app.js';

// Every log line at the most verbose level, so a secret that reaches any log call is caught.
describe('logs never contain secrets', () => {
  const lines: string[] = [];
  let t: TestApp;
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _enc, cb) {
        lines.push(chunk.toString());
        cb();
      },
    });
    const logger = pino({ level: 'trace', redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, sink);
    t = await createTestApp('sqlite', { logger });
  });
  afterAll(async () => t.close());

  it('keeps passwords, cookies and CSRF tokens out of request logs', async () => {
    const { client, workspaceId } = await signUp(t.app);
    await client.patch(`/api/v1/workspaces/${workspaceId}`, { name: 'Renamed' });
    await client.get('/api/v1/session');
    const all = lines.join('\n');
    expect(lines.length).toBeGreaterThan(0);
    expect(all).not.toContain('correct horse battery');
    expect(all).not.toContain(client.cookie.split('=')[1]!);
    expect(all).not.toContain(client.csrf);
  });

  it('redacts secret-looking fields a service might log', () => {
    t.ctx.logger.info({ account: { token: 'sekrit-token-value', appPassword: 'app-pass-123' } }, 'connected');
    const last = lines.at(-1)!;
    expect(last).not.toContain('sekrit-token-value');
    expect(last).not.toContain('app-pass-123');
    expect(last).toContain('[redacted]');
  });
});
