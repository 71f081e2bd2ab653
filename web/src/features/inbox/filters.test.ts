import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  DEFAULT_FILTERS,
  filtersFromParams,
  filtersToParams,
  filtersToQuery,
  type InboxFilters,
} from './filters.js';

describe('inbox filters', () => {
  it('round-trips through the address and leaves defaults out', () => {
    const f: InboxFilters = {
      tab: 'mine',
      network: 'mastodon',
      accountId: 'acc_1',
      priority: 'urgent',
      sentiment: 'negative',
      question: true,
      overdue: true,
      q: 'refund',
    };
    const params = filtersToParams(f);
    expect(params.toString()).toBe(
      'tab=mine&network=mastodon&account=acc_1&priority=urgent&sentiment=negative&question=1&overdue=1&q=refund',
    );
    expect(filtersFromParams(params)).toEqual(f);
    expect(filtersToParams(DEFAULT_FILTERS).toString()).toBe('');
  });

  it('ignores unknown values instead of sending them to the server', () => {
    const f = filtersFromParams(
      new URLSearchParams('tab=everything&priority=huge&sentiment=angry&question=yes'),
    );
    expect(f).toEqual(DEFAULT_FILTERS);
  });

  it('maps tabs to states, and "assigned to me" to the signed-in person', () => {
    expect(filtersToQuery(DEFAULT_FILTERS, 'u1')).toEqual({ state: 'new' });
    expect(filtersToQuery({ ...DEFAULT_FILTERS, tab: 'mine' }, 'u1')).toEqual({
      state: 'new,assigned,waiting',
      assigneeId: 'u1',
    });
    expect(filtersToQuery({ ...DEFAULT_FILTERS, tab: 'open' }, 'u1')).toEqual({
      state: 'new,assigned,waiting',
    });
    expect(
      filtersToQuery(
        { ...DEFAULT_FILTERS, tab: 'spam', question: true, overdue: true, q: '  where  ' },
        'u1',
      ),
    ).toEqual({ state: 'spam', question: 'true', overdue: 'true', q: 'where' });
  });

  it('counts the filters set beyond the tab', () => {
    expect(activeFilterCount(DEFAULT_FILTERS)).toBe(0);
    expect(activeFilterCount({ ...DEFAULT_FILTERS, tab: 'closed', q: ' ', overdue: true })).toBe(1);
  });
});
