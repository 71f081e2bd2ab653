import { describe, expect, it } from 'vitest';
import { periodDays, presetRange, previousMonth, readPeriod, todayIn, writePeriod } from './period.js';

describe('analytics period presets', () => {
  it('counts the last 30 days with today included', () => {
    expect(presetRange('last30', '2026-03-15')).toEqual({ from: '2026-02-14', to: '2026-03-15' });
    expect(periodDays('2026-02-14', '2026-03-15')).toBe(30);
  });

  it('takes this month up to today and the whole previous month', () => {
    expect(presetRange('thisMonth', '2026-03-15')).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(presetRange('lastMonth', '2026-03-15')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(presetRange('lastMonth', '2028-03-01')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(presetRange('lastMonth', '2026-01-10')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });

  it('takes the previous calendar quarter, across a year', () => {
    expect(presetRange('lastQuarter', '2026-05-20')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(presetRange('lastQuarter', '2026-02-01')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(presetRange('lastQuarter', '2026-12-31')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
  });

  it('reads the URL, ordering custom days and falling back on bad input', () => {
    const custom = readPeriod(
      new URLSearchParams('period=custom&from=2026-04-10&to=2026-04-01'),
      '2026-05-01',
    );
    expect(custom).toEqual({ preset: 'custom', from: '2026-04-01', to: '2026-04-10' });
    const bad = readPeriod(new URLSearchParams('period=custom&from=yesterday'), '2026-05-01');
    expect(bad).toEqual({ preset: 'last30', from: '2026-04-02', to: '2026-05-01' });
    expect(readPeriod(new URLSearchParams('period=lastMonth'), '2026-05-01').from).toBe('2026-04-01');
  });

  it('writes only the parameters a choice needs and keeps the others', () => {
    const p = writePeriod(new URLSearchParams('by=link_clicks&from=2026-01-01&to=2026-01-02'), {
      preset: 'lastMonth',
      from: '2026-04-01',
      to: '2026-04-30',
    });
    expect(p.toString()).toBe('by=link_clicks&period=lastMonth');
  });

  it('uses the workspace zone for today', () => {
    // 2026-03-31 23:30 UTC is already April 1st in Paris (UTC+2 after the spring change).
    const now = Date.parse('2026-03-31T23:30:00Z');
    expect(todayIn(now, 'Europe/Paris')).toBe('2026-04-01');
    expect(todayIn(now, 'America/New_York')).toBe('2026-03-31');
    expect(previousMonth('2026-01-15')).toBe('2025-12');
  });
});
