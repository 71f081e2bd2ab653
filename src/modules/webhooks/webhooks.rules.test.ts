import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eventSentence, slackBody, teamsBody } from './webhooks.presets.js';
import { MAX_ATTEMPTS, nextRetryDelay } from './webhooks.retry.js';
import { newWebhookSecret, signatureHeader, verifySignature } from './webhooks.signing.js';
import { EVENT_TYPES, type EventEnvelope } from './webhooks.types.js';

const envelope = (type: EventEnvelope['type'], data: Record<string, unknown> = {}): EventEnvelope => ({
  id: 'evt',
  type,
  createdAt: '2026-10-25T01:30:00.000Z',
  workspaceId: 'ws',
  data,
});

describe('webhook retry schedule', () => {
  it('waits 1 min, 5 min, 30 min, 2 h, 6 h, then gives up', () => {
    expect([1, 2, 3, 4, 5].map((n) => nextRetryDelay(n, null, 0))).toEqual([
      60_000, 300_000, 1_800_000, 7_200_000, 21_600_000,
    ]);
    expect(nextRetryDelay(6, null, 0)).toBeNull();
    expect(MAX_ATTEMPTS).toBe(6);
  });

  it('adds up to 20 % jitter and lets a longer Retry-After win, capped at a day', () => {
    expect(nextRetryDelay(1, null, 0.5)).toBe(66_000);
    expect(nextRetryDelay(1, null, 0.999)).toBeLessThan(72_000);
    expect(nextRetryDelay(1, 10_000, 0)).toBe(60_000);
    expect(nextRetryDelay(1, 3_600_000, 0)).toBe(3_600_000);
    expect(nextRetryDelay(2, 10 * 86_400_000, 0)).toBe(86_400_000);
    expect(nextRetryDelay(6, 1000, 0)).toBeNull();
  });
});

describe('webhook signatures', () => {
  const secret = newWebhookSecret();
  const body = '{"id":"evt","type":"ping"}';

  it('signs "<t>.<body>" with HMAC-SHA256 in hex', () => {
    const header = signatureHeader(secret, 1_790_000_000, body);
    const hex = crypto.createHmac('sha256', secret).update(`1790000000.${body}`).digest('hex');
    expect(header).toBe(`t=1790000000,v1=${hex}`);
  });

  it('verifies within the tolerance only, with the right secret and the exact body', () => {
    const header = signatureHeader(secret, 1000, body);
    expect(verifySignature(secret, header, body, 1000)).toBe(true);
    expect(verifySignature(secret, header, body, 1300)).toBe(true);
    expect(verifySignature(secret, header, body, 1301)).toBe(false);
    expect(verifySignature(newWebhookSecret(), header, body, 1000)).toBe(false);
    expect(verifySignature(secret, header, `${body} `, 1000)).toBe(false);
    expect(verifySignature(secret, 'garbage', body, 1000)).toBe(false);
    expect(verifySignature(secret, `t=1000,v1=zz,${header.split(',')[1]}`, body, 1000)).toBe(true);
  });
});

describe('chat presets', () => {
  it('has an English and a French sentence for every event', () => {
    for (const type of [...EVENT_TYPES, 'ping'] as const) {
      const en = eventSentence(envelope(type, { title: 'Launch' }), 'en');
      const fr = eventSentence(envelope(type, { title: 'Launch' }), 'fr-FR');
      expect(en, type).toMatch(/\.$|»\.?$/);
      expect(fr, type).not.toBe(en);
    }
  });

  it('fills what the event carries and copes without it', () => {
    expect(
      eventSentence(
        envelope('post.failed', { title: 'Promo', network: 'Bluesky', reason: 'Token expired' }),
        'en',
      ),
    ).toBe('Post “Promo” could not be published on Bluesky (because: Token expired).');
    expect(eventSentence(envelope('post.approved'), 'fr')).toBe(
      'La publication « sans titre » a été approuvée.',
    );
    expect(eventSentence(envelope('post.approved', { actorName: 'Marie' }), 'fr')).toBe(
      'La publication « sans titre » a été approuvée par Marie.',
    );
  });

  it('escapes Slack control characters and links only http(s) URLs', () => {
    const body = slackBody(
      envelope('post.published', { title: '<!channel> & co', url: 'javascript:alert(1)' }),
      'en',
    );
    expect(body.text).toBe('Post “&lt;!channel&gt; &amp; co” was published.');
    expect(JSON.stringify(body)).not.toContain('javascript:');
  });

  it('gives Teams an Adaptive Card with an open button when there is a link', () => {
    const body = teamsBody(envelope('post.published', { url: 'https://presence.example/w/1' }), 'en') as {
      attachments: { content: { actions?: { type: string; url: string }[] } }[];
    };
    expect(body.attachments[0]!.content.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Open in Presence', url: 'https://presence.example/w/1' },
    ]);
  });
});
