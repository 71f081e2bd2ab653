import { describe, expect, it } from 'vitest';
import { renderExecutiveBriefingPdf } from '../../src/modules/analytics/reports/briefing-pdf.js';
import { renderMonthlyReportCsv } from '../../src/modules/analytics/reports/monthly-csv.js';
import { renderMonthlyReportPdf } from '../../src/modules/analytics/reports/monthly-pdf.js';
import { coveredPeriod, monthPeriod, nextRunAt } from '../../src/modules/analytics/reports/schedule-clock.js';
import { pdfText } from '../support/pdf-text.js';
import { reportFixture } from './reports.fixture.js';

/** The report renderers on a hand-made report, and the schedule clock: pure, no database. */

const pages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

describe('monthly report PDF', () => {
  it('prints the figures, targets, previous values, benchmark sources and RONI in English', async () => {
    const text = pdfText(await renderMonthlyReportPdf(reportFixture('en')));
    expect(text).toContain('Monthly performance report');
    expect(text).toContain('October 2026');
    expect(text).toContain('Europe/Paris');
    expect(text).toContain('84.21%'); // ROI
    expect(text).toContain('€3,500'); // attributed value, minor units → major
    expect(text).toContain('4,321'); // engagements
    expect(text).toContain('1 h 35'); // first response median
    expect(text).toContain('Previous: 61.3%');
    expect(text).toContain('Rival IQ');
    expect(text).toContain('On track');
    expect(text).toContain('Behind');
    expect(text).toContain('€450'); // 30 % × €1,500
    expect(text).toContain('Estimated total');
    expect(text).toContain('€615');
    expect(text).toContain('Sell more wedding cakes online');
    expect(text).toContain('Our new chocolate wedding cake');
    expect(text).toContain('36.36%'); // pillar real mix
    expect(text).toMatch(/Impressions: not reported by\s+Mastodon/);
    expect(text).toContain('Engagements: not reported by Mastodon');
    expect(text).toContain('count per week'); // the chart's unit
  });

  it('speaks French with French number, money and date formats', async () => {
    const text = pdfText(await renderMonthlyReportPdf(reportFixture('fr')));
    expect(text).toContain('Rapport mensuel de performance');
    expect(text).toContain('Octobre 2026');
    expect(text).toContain('84,21 %');
    expect(text).toContain('3 500 €');
    expect(text).toContain('4 321');
    expect(text).toContain('En bonne voie');
    expect(text).toContain('Risque de non-investissement (RONI)');
    expect(text).toContain('Interactions : non fourni par Mastodon');
    expect(text).not.toContain('Monthly performance report');
  });

  it('never prints a missing figure as 0', async () => {
    const d = reportFixture('en');
    const text = pdfText(await renderMonthlyReportPdf(d));
    expect(text).toContain('not reported by the networks'); // reach
    expect(text).toContain('nothing to divide by'); // attention per hour
    const reachLine = text.split('\n').findIndex((l) => l === 'Reach');
    expect(reachLine).toBeGreaterThan(-1);
    expect(text.split('\n')[reachLine + 2]).not.toBe('0');
  });
});

describe('executive briefing PDF', () => {
  it('is one page with the live figures, in English and in French', async () => {
    const en = await renderExecutiveBriefingPdf(reportFixture('en'));
    expect(pages(en)).toBe(1);
    const t = pdfText(en);
    expect(t).toContain('EXECUTIVE BRIEFING');
    expect(t).toContain('84.21%');
    expect(t).toContain('€3,500');
    expect(t).toContain('1 of 2 indicators on track');
    expect(t).toContain('Unanswered questions');
    expect(t).toContain('€615');
    const fr = await renderExecutiveBriefingPdf(reportFixture('fr'));
    expect(pages(fr)).toBe(1);
    const f = pdfText(fr);
    expect(f).toContain('SYNTHÈSE POUR LA DIRECTION');
    expect(f).toContain('84,21 %');
    expect(f).toContain('615 €');
  });
});

describe('monthly report CSV', () => {
  const parse = (csv: string) =>
    csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');

  it('has one row per section, scope and metric with value, unit, currency, target, previous, status', () => {
    const lines = parse(renderMonthlyReportCsv(reportFixture('en')));
    expect(lines[0]).toBe(
      'section,scope,scope_id,metric,label,value,unit,currency,target,previous,status,note',
    );
    expect(lines).toContain('roi,workspace,ws1,roi,Return on investment,84.21,percent,,,61.3,,');
    expect(lines).toContain(
      'roi,workspace,ws1,attributed_value,Attributed value,3500.00,currency,EUR,,2800.00,,2 conversion(s) in another currency left out (no exchange rate is invented)',
    );
    expect(lines.find((l) => l.startsWith('roa,workspace,ws1,reach,'))).toBe(
      'roa,workspace,ws1,reach,Reach,,count,,,,not_reported,not reported by the networks',
    );
    expect(
      lines.find((l) =>
        l.startsWith('objective,Sell more wedding cakes online,o1,engagement_rate_impressions'),
      ),
    ).toMatch(/,4\.38,percent,,6,5\.1,behind,"Benchmark: 0\.43 \(Rival IQ/);
    expect(lines).toContain('pillar,Tips,p3,share,Real mix,18.18,percent,,30,,,');
    expect(lines).toContain('network,Mastodon,mastodon,engagements,Engagements,,count,,,,not_reported,');
    expect(lines).toContain(
      'roni,Unanswered questions,unanswered_questions,expected_loss,Expected loss,450.00,currency,EUR,,,,',
    );
  });

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    const csv = renderMonthlyReportCsv(reportFixture('en'));
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"") (Bluesky)"`);
    expect(csv).toContain(`roni,'=Rival bakery (competitor),competitor,`);
  });

  it('is in French when asked', () => {
    const csv = renderMonthlyReportCsv(reportFixture('fr'));
    expect(csv).toContain('roi,workspace,ws1,roi,Retour sur investissement,84.21,percent');
  });
});

describe('schedule clock (Europe/Paris)', () => {
  const tz = 'Europe/Paris';

  it('weekly: next Monday 08:00 local, across the October 2026 change (UTC+2 → UTC+1)', () => {
    // Sunday 25 Oct 2026 is the change; the Monday after is in winter time.
    expect(nextRunAt('weekly', tz, new Date('2026-10-24T12:00:00Z'))).toBe('2026-10-26T07:00:00.000Z');
    // The Monday before it was still in summer time.
    expect(nextRunAt('weekly', tz, new Date('2026-10-18T12:00:00Z'))).toBe('2026-10-19T06:00:00.000Z');
    // Exactly at the run: the next one is a week later.
    expect(nextRunAt('weekly', tz, new Date('2026-10-19T06:00:00Z'))).toBe('2026-10-26T07:00:00.000Z');
    // On Monday before 08:00 local it is that same morning.
    expect(nextRunAt('weekly', tz, new Date('2026-10-26T06:59:00Z'))).toBe('2026-10-26T07:00:00.000Z');
    expect(coveredPeriod('weekly', '2026-10-26T07:00:00.000Z', tz)).toEqual({
      from: '2026-10-19',
      to: '2026-10-25',
    });
  });

  it('weekly: across the March 2026 change (UTC+1 → UTC+2)', () => {
    expect(nextRunAt('weekly', tz, new Date('2026-03-27T12:00:00Z'))).toBe('2026-03-30T06:00:00.000Z');
    expect(nextRunAt('weekly', tz, new Date('2026-03-20T12:00:00Z'))).toBe('2026-03-23T07:00:00.000Z');
    expect(coveredPeriod('weekly', '2026-03-30T06:00:00.000Z', tz)).toEqual({
      from: '2026-03-23',
      to: '2026-03-29',
    });
  });

  it('monthly: the 1st at 08:00 local for the month that ended', () => {
    expect(nextRunAt('monthly', tz, new Date('2026-10-25T12:00:00Z'))).toBe('2026-11-01T07:00:00.000Z');
    expect(nextRunAt('monthly', tz, new Date('2026-03-29T12:00:00Z'))).toBe('2026-04-01T06:00:00.000Z');
    expect(nextRunAt('monthly', tz, new Date('2026-12-15T00:00:00Z'))).toBe('2027-01-01T07:00:00.000Z');
    // 1 Nov 2026 00:30 in Paris is still 31 Oct in UTC: the local date counts.
    expect(nextRunAt('monthly', tz, new Date('2026-10-31T23:30:00Z'))).toBe('2026-11-01T07:00:00.000Z');
    expect(coveredPeriod('monthly', '2026-11-01T07:00:00.000Z', tz)).toEqual({
      from: '2026-10-01',
      to: '2026-10-31',
    });
    expect(coveredPeriod('monthly', '2027-01-01T07:00:00.000Z', tz)).toEqual({
      from: '2026-12-01',
      to: '2026-12-31',
    });
    expect(monthPeriod('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });
});
