import { describe, expect, it } from 'vitest';
import { duplicateTargets, sortTargets } from './targets.js';

describe('response targets', () => {
  it('flags a network and priority given twice, not the same network with another priority', () => {
    expect(
      duplicateTargets([
        { network: 'x', priority: null, minutes: 30 },
        { network: 'x', priority: 'urgent', minutes: 10 },
        { network: 'x', priority: null, minutes: 45 },
        { network: 'mastodon', priority: null, minutes: 240 },
      ]),
    ).toEqual([2]);
  });

  it('sorts by network, catch-all first, most urgent next', () => {
    expect(
      sortTargets([
        { network: 'x', priority: 'low', minutes: 60 },
        { network: 'bluesky', priority: null, minutes: 240 },
        { network: 'x', priority: 'urgent', minutes: 10 },
        { network: 'x', priority: null, minutes: 30 },
      ]).map((t) => `${t.network}:${t.priority}`),
    ).toEqual(['bluesky:null', 'x:null', 'x:urgent', 'x:low']);
  });
});
