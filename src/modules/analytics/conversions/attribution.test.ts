import { describe, expect, it } from 'vitest';
import { attribute, matchesCampaign, windowStart, type ClickCandidate } from './attribution.js';
import { normaliseOrigin, originAllowed } from './origins.js';
import { pixelReport } from './report.routes.js';
import { toMinor } from './conversions.service.js';

const SPRING =
  'https://shop.example/p?utm_source=bluesky&utm_medium=social&utm_campaign=spring&utm_content=abc12345';
const AUTUMN =
  'https://shop.example/p?utm_source=bluesky&utm_medium=social&utm_campaign=autumn&utm_content=abc12345';

function click(id: string, linkId: string, clickedAt: string, finalUrl = SPRING): ClickCandidate {
  return { clickId: id, linkId, variantId: `v-${linkId}`, postId: `p-${linkId}`, clickedAt, finalUrl };
}

const AT = '2026-12-31T12:00:00.000Z';
const facts = { occurredAt: AT, linkId: null, utmCampaign: null, utmContent: null };

describe('attribute', () => {
  it('gives a known link code to that link’s last click at or before the conversion', () => {
    const clicks = [
      click('c1', 'L1', '2026-12-20T10:00:00.000Z'),
      click('c2', 'L1', '2026-12-30T10:00:00.000Z'),
      click('c3', 'L1', '2026-12-31T13:00:00.000Z'), // after the conversion
      click('c4', 'L2', '2026-12-31T11:00:00.000Z'), // another link
    ];
    const a = attribute({ ...facts, linkId: 'L1' }, clicks, 30);
    expect(a.rule).toBe('link_code');
    expect(a.click?.clickId).toBe('c2');
  });

  it('counts a click exactly at the window’s start and at the conversion, not a millisecond outside', () => {
    const start = windowStart(AT, 30);
    expect(start).toBe('2026-12-01T12:00:00.000Z');
    expect(attribute({ ...facts, linkId: 'L1' }, [click('c', 'L1', start)], 30).click?.clickId).toBe('c');
    expect(attribute({ ...facts, linkId: 'L1' }, [click('c', 'L1', AT)], 30).click?.clickId).toBe('c');
    const before = new Date(Date.parse(start) - 1).toISOString();
    expect(attribute({ ...facts, linkId: 'L1' }, [click('c', 'L1', before)], 30)).toEqual({
      rule: 'none',
      click: null,
    });
    expect(attribute({ ...facts, linkId: 'L1' }, [click('c', 'L1', before)], 31).rule).toBe('link_code');
  });

  it('does not fall back to the campaign when the named link has no click in the window', () => {
    const clicks = [click('c1', 'L2', '2026-12-30T10:00:00.000Z')];
    expect(attribute({ ...facts, linkId: 'L1', utmCampaign: 'spring' }, clicks, 30).rule).toBe('none');
  });

  it('by campaign: the last click of any link carrying it, narrowed by content when given', () => {
    const clicks = [
      click('c1', 'L1', '2026-12-29T10:00:00.000Z'),
      click('c2', 'L2', '2026-12-30T10:00:00.000Z', AUTUMN),
      click('c3', 'L3', '2026-12-28T10:00:00.000Z', SPRING.replace('abc12345', 'zzz99999')),
    ];
    expect(attribute({ ...facts, utmCampaign: 'spring' }, clicks, 30).click?.clickId).toBe('c1');
    expect(
      attribute({ ...facts, utmCampaign: 'spring', utmContent: 'zzz99999' }, clicks, 30).click?.clickId,
    ).toBe('c3');
    expect(attribute({ ...facts, utmCampaign: 'winter' }, clicks, 30).rule).toBe('none');
  });

  it('leaves a conversion with neither code nor campaign unattributed', () => {
    expect(attribute(facts, [click('c1', 'L1', '2026-12-30T10:00:00.000Z')], 30)).toEqual({
      rule: 'none',
      click: null,
    });
  });

  it('matches the exact tag, not a prefix or another parameter', () => {
    expect(matchesCampaign(SPRING, 'spring', null)).toBe(true);
    expect(matchesCampaign(SPRING, 'spr', null)).toBe(false);
    expect(matchesCampaign('https://x.example/?ref=utm_campaign%3Dspring', 'spring', null)).toBe(false);
    expect(matchesCampaign('not a url', 'spring', null)).toBe(false);
  });
});

describe('origins', () => {
  it('normalises to scheme, host and port, and refuses what is not http(s)', () => {
    expect(normaliseOrigin('https://Shop.Example/checkout?x=1')).toBe('https://shop.example');
    expect(normaliseOrigin('http://localhost:8080')).toBe('http://localhost:8080');
    expect(normaliseOrigin('ftp://shop.example')).toBeNull();
    expect(normaliseOrigin('shop.example')).toBeNull();
    expect(normaliseOrigin('https://user:pw@shop.example')).toBeNull();
  });

  it('allows only listed origins, exactly', () => {
    const allowed = ['https://shop.example'];
    expect(originAllowed('https://shop.example', allowed)).toBe(true);
    expect(originAllowed('https://shop.example/thanks', allowed)).toBe(true);
    expect(originAllowed('http://shop.example', allowed)).toBe(false);
    expect(originAllowed('https://evil.shop.example', allowed)).toBe(false);
    expect(originAllowed('null', allowed)).toBe(false);
  });
});

describe('money and the pixel query', () => {
  it('converts major units to the currency’s minor units', () => {
    expect(toMinor(49.9, 'EUR')).toBe(4990);
    expect(toMinor(0.29, 'USD')).toBe(29);
    expect(toMinor(1200, 'JPY')).toBe(1200);
    expect(toMinor(1.234, 'KWD')).toBe(1234);
  });

  it('reads a pixel query into a report and names a bad field', () => {
    expect(
      pixelReport({ key: 'pk_x', type: 'sale', value: '49.90', currency: 'eur', code: 'Abc12345' }),
    ).toEqual({
      key: 'pk_x',
      type: 'sale',
      value: 49.9,
      currency: 'EUR',
      linkCode: 'Abc12345',
    });
    expect(() => pixelReport({ key: 'pk_x', type: 'sale', value: '49,90', currency: 'EUR' })).toThrow(
      expect.objectContaining({ field: 'value' }),
    );
    expect(() => pixelReport({ key: 'pk_x', type: 'sale', value: '10' })).toThrow(
      expect.objectContaining({ field: 'currency' }),
    );
    expect(() => pixelReport({ key: 'pk_x', type: 'sale', currency: 'XYZ' })).toThrow(
      expect.objectContaining({ field: 'currency' }),
    );
  });
});
