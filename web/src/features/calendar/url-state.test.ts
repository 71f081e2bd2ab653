import { describe, expect, it } from 'vitest';
import { activeFilterCount, emptyFilters, filtersToQuery, parseState, stateToParams } from './url-state.js';

describe('calendar state in the URL', () => {
  it('falls back to the month of today', () => {
    expect(parseState(new URLSearchParams(''), '2026-11-28')).toEqual({
      view: 'month',
      date: '2026-11-28',
      colour: 'objective',
      filters: emptyFilters(),
    });
  });

  it('round-trips view, date, colour and filters', () => {
    const state = {
      view: 'week' as const,
      date: '2026-03-29',
      colour: 'pillar' as const,
      filters: { ...emptyFilters(), status: ['scheduled', 'failed'], network: ['bluesky'] },
    };
    const params = stateToParams(state);
    expect(params.toString()).toBe(
      'view=week&date=2026-03-29&colour=pillar&network=bluesky&status=scheduled%2Cfailed',
    );
    expect(parseState(new URLSearchParams(params.toString()), '2000-01-01')).toEqual(state);
  });

  it('ignores malformed values', () => {
    const s = parseState(
      new URLSearchParams('view=year&date=2026-02-30&colour=x&status=,draft,,draft'),
      '2026-11-28',
    );
    expect(s.view).toBe('month');
    expect(s.date).toBe('2026-11-28');
    expect(s.colour).toBe('objective');
    expect(s.filters.status).toEqual(['draft']);
  });

  it('maps filters to the posts API parameters', () => {
    const filters = { ...emptyFilters(), objective: ['o1', 'o2'], author: ['u1'] };
    expect(filtersToQuery(filters)).toEqual({ objectiveId: 'o1,o2', authorId: 'u1' });
    expect(activeFilterCount(filters)).toBe(3);
    expect(filtersToQuery(emptyFilters())).toEqual({});
  });
});
