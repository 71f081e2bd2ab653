import { describe, expect, it } from 'vitest';
import { ConnectorError, rawError, redact } from './connector.errors.js';

describe('redact', () => {
  it('removes the given secrets and anything shaped like a token', () => {
    const jwt = 'eyJhbGciOiJFUzI1NksifQ.eyJzY29wZSI6ImNvbS5hdHByb3RvIn0.c2lnbmF0dXJlLWhlcmU';
    const text = `password=hunter22 app abcd-efgh-ijkl-mnop Bearer ${jwt} token: xyz123 secret-value`;
    const out = redact(text, ['secret-value']);
    expect(out).not.toContain('hunter22');
    expect(out).not.toContain('abcd-efgh-ijkl-mnop');
    expect(out).not.toContain(jwt);
    expect(out).not.toContain('xyz123');
    expect(out).not.toContain('secret-value');
    expect(out).toContain('password=[redacted]');
  });

  it('caps raw messages and keeps them serialisable without secrets', () => {
    const raw = rawError(500, 'InternalServerError', 'x'.repeat(5000), []);
    expect(raw.message).toHaveLength(1000);
    const err = new ConnectorError('transient', 'Down', { code: 'server_error', raw });
    expect(JSON.parse(JSON.stringify(err))).toMatchObject({
      kind: 'transient',
      code: 'server_error',
      raw: { status: 500 },
    });
  });
});
