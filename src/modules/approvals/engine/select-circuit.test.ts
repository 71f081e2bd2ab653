import { describe, expect, it } from 'vitest';
import { type ContentFacts, defineCircuit } from './circuit.types.js';
import { evaluateCircuit, selectCircuit } from './select-circuit.js';

const post: ContentFacts = {
  type: 'post',
  objectiveIds: ['obj-1'],
  networks: ['bluesky'],
  sensitivePillar: false,
};
const base = defineCircuit({ id: 'base', name: 'Everything', steps: [] });
const posts = defineCircuit({ id: 'posts', name: 'Posts', steps: [], match: { contentTypes: ['post'] } });
const bskyPosts = defineCircuit({
  id: 'bsky',
  name: 'Bluesky posts',
  steps: [],
  match: { contentTypes: ['post'], networks: ['bluesky', 'mastodon'] },
});
const sensitive = defineCircuit({
  id: 'sensitive',
  name: 'Sensitive',
  steps: [],
  match: { sensitivePillarOnly: true },
  priority: 10,
});

describe('defineCircuit', () => {
  it('fills the defaults the issue names', () => {
    expect(base).toMatchObject({
      required: true,
      allowSelfApproval: false,
      resubmitOnEditAfterApproval: true,
      priority: 0,
    });
    expect(base.match).toEqual({
      contentTypes: [],
      objectiveIds: [],
      networks: [],
      sensitivePillarOnly: false,
    });
  });
});

describe('evaluateCircuit', () => {
  it('explains each constrained criterion', () => {
    expect(evaluateCircuit(bskyPosts, post)).toEqual({
      circuitId: 'bsky',
      matches: true,
      specificity: 2,
      priority: 0,
      reasons: ['content_type_matches', 'network_matches'],
    });
    expect(evaluateCircuit(bskyPosts, { ...post, type: 'reply', networks: ['x'] }).reasons).toEqual([
      'content_type_differs',
      'network_differs',
    ]);
    expect(evaluateCircuit(sensitive, post)).toMatchObject({
      matches: false,
      reasons: ['pillar_not_sensitive'],
    });
    expect(evaluateCircuit(base, post)).toMatchObject({
      matches: true,
      specificity: 0,
      reasons: ['matches_everything'],
    });
    const byObjective = defineCircuit({
      id: 'o',
      name: 'o',
      steps: [],
      match: { objectiveIds: ['obj-2', 'obj-1'] },
    });
    expect(evaluateCircuit(byObjective, post).reasons).toEqual(['objective_matches']);
    expect(evaluateCircuit(byObjective, { ...post, objectiveIds: [] }).matches).toBe(false);
  });
});

describe('selectCircuit', () => {
  it('picks the most specific match', () => {
    const r = selectCircuit([base, bskyPosts, posts], post);
    expect(r.circuit?.id).toBe('bsky');
    expect(r.decidedBy).toBe('specificity');
    expect(r.evaluations.map((e) => e.circuitId)).toEqual(['base', 'bsky', 'posts']);
  });

  it('breaks a tie of specificity by priority, then by id whatever the list order', () => {
    const sensitivePost = { ...post, sensitivePillar: true };
    // posts and sensitive both constrain one criterion; sensitive has priority 10.
    expect(selectCircuit([posts, sensitive], sensitivePost)).toMatchObject({
      circuit: { id: 'sensitive' },
      decidedBy: 'priority',
    });
    const twin = { ...posts, id: 'aaa' };
    expect(selectCircuit([posts, twin], post)).toMatchObject({
      circuit: { id: 'aaa' },
      decidedBy: 'id_order',
    });
    expect(selectCircuit([twin, posts], post).circuit?.id).toBe('aaa');
  });

  it('returns the only match, or none when nothing matches', () => {
    expect(selectCircuit([posts, sensitive], post)).toMatchObject({
      circuit: { id: 'posts' },
      decidedBy: 'only_match',
    });
    const reply: ContentFacts = { ...post, type: 'reply' };
    expect(selectCircuit([posts, bskyPosts], reply)).toMatchObject({ circuit: null, decidedBy: 'no_match' });
    expect(selectCircuit([], post).circuit).toBeNull();
  });
});
