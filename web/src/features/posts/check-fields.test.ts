import { describe, expect, it } from 'vitest';
import { fieldDomId, groupChecks, severityByField, targetOfPath } from './check-fields.js';
import type { Check } from './posts.types.js';

const check = (over: Partial<Check>): Check => ({
  severity: 'error',
  code: 'text_too_long',
  variantIndex: 0,
  path: 'variants.0.text',
  params: {},
  ...over,
});

describe('targetOfPath', () => {
  it('maps post fields and the time', () => {
    expect(targetOfPath('pillarId')).toEqual({ scope: 'post', field: 'pillarId' });
    expect(targetOfPath('scheduledAt')).toEqual({ scope: 'post', field: 'time' });
    expect(targetOfPath('local')).toEqual({ scope: 'post', field: 'time' });
    expect(targetOfPath('')).toBeNull();
    expect(targetOfPath('body')).toBeNull();
  });

  it('maps variant fields, media and alt texts', () => {
    expect(targetOfPath('variants.1.text')).toEqual({
      scope: 'variant',
      variantIndex: 1,
      part: 0,
      field: 'text',
    });
    expect(targetOfPath('variants.1.media.2.altText')).toEqual({
      scope: 'variant',
      variantIndex: 1,
      part: 0,
      field: 'altText',
      mediaIndex: 2,
    });
    expect(targetOfPath('variants.0.media')).toMatchObject({ field: 'media' });
    expect(targetOfPath('variants.0.accountId')).toMatchObject({ field: 'account' });
    expect(targetOfPath('variants.0.firstComment.text')).toMatchObject({ field: 'firstComment', part: 0 });
    expect(targetOfPath('variants.x.text')).toBeNull();
  });

  it('numbers thread parts the same way for the input (thread.M) and the connector (parts.N)', () => {
    expect(targetOfPath('variants.0.thread.0.text')).toMatchObject({ part: 1, field: 'text' });
    expect(targetOfPath('variants.0.parts.1.text')).toMatchObject({ part: 1, field: 'text' });
    expect(targetOfPath('variants.0.parts.0.media.1.altText')).toMatchObject({
      part: 0,
      field: 'altText',
      mediaIndex: 1,
    });
  });
});

describe('fieldDomId', () => {
  it('keys variant fields by account so ids survive toggling accounts', () => {
    const t = targetOfPath('variants.1.thread.0.media.0.altText')!;
    expect(fieldDomId(t, 'acc-9')).toBe('composer-acc-9-p1-alt-0');
    expect(fieldDomId(targetOfPath('variants.0.text')!, 'a')).toBe('composer-a-p0-text');
    expect(fieldDomId(targetOfPath('variants.0.visibility')!, 'a')).toBe('composer-a-visibility');
    expect(fieldDomId(targetOfPath('title')!)).toBe('composer-title');
  });
});

describe('groupChecks', () => {
  it('puts the whole post first, then variants in order, errors first', () => {
    const groups = groupChecks([
      check({ variantIndex: 1, severity: 'warning', code: 'variants_similar' }),
      check({ variantIndex: null, severity: 'warning', code: 'no_pillar', path: 'pillarId' }),
      check({ variantIndex: 1, severity: 'error' }),
      check({ variantIndex: 0, severity: 'info', code: 'time_shifted_by_dst' }),
    ]);
    expect(groups.map((g) => g.variantIndex)).toEqual([null, 0, 1]);
    expect(groups[2]!.items.map((c) => c.severity)).toEqual(['error', 'warning']);
  });
});

describe('severityByField', () => {
  it('keeps the worst severity per field', () => {
    const map = severityByField(
      [
        check({ severity: 'warning', code: 'word_to_avoid' }),
        check({ severity: 'error' }),
        check({ severity: 'warning', path: 'variants.1.media.0.altText', variantIndex: 1 }),
      ],
      (i) => ['a', 'b'][i],
    );
    expect(map.get('composer-a-p0-text')).toBe('error');
    expect(map.get('composer-b-p0-alt-0')).toBe('warning');
  });
});
