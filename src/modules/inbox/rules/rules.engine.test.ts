import { describe, expect, it } from 'vitest';
import {
  applyRules,
  conditionsHold,
  MAX_MATCH_TEXT,
  patternProblem,
  type Rule,
  type RuleInput,
} from './rules.engine.js';

const input: RuleInput = {
  text: 'Où est ma commande ? Livraison très en retard',
  network: 'mastodon',
  kind: 'reply',
  language: 'fr',
  isQuestion: true,
  sentiment: 'negative',
  followers: 1200,
};

let n = 0;
const rule = (over: Partial<Rule>): Rule => {
  n += 1;
  return {
    id: `r${n}`,
    name: `rule ${n}`,
    enabled: true,
    position: n,
    stopProcessing: false,
    conditions: {},
    actions: {},
    ...over,
  };
};

describe('routing rules engine', () => {
  it('matches keywords ignoring case and accents, and every condition must hold', () => {
    expect(conditionsHold({ keywords: ['LIVRAISON', 'colis'] }, input)).toBe(true);
    expect(conditionsHold({ keywords: ['tres en retard'] }, input)).toBe(true);
    expect(conditionsHold({ keywords: ['remboursement'] }, input)).toBe(false);
    expect(conditionsHold({ keywords: ['livraison'], networks: ['x'] }, input)).toBe(false);
    expect(conditionsHold({ networks: ['x', 'mastodon'], kinds: ['reply'], languages: ['fr'] }, input)).toBe(
      true,
    );
    expect(conditionsHold({ languages: ['en'] }, input)).toBe(false);
    expect(conditionsHold({ languages: ['fr'] }, { ...input, language: null })).toBe(false);
    expect(conditionsHold({ isQuestion: false }, input)).toBe(false);
    expect(conditionsHold({ sentiments: ['negative'] }, input)).toBe(true);
    expect(conditionsHold({ sentiments: ['positive'] }, input)).toBe(false);
  });

  it('fails an audience condition when the audience is unknown', () => {
    expect(conditionsHold({ minFollowers: 1000 }, input)).toBe(true);
    expect(conditionsHold({ minFollowers: 5000 }, input)).toBe(false);
    expect(conditionsHold({ minFollowers: 0 }, { ...input, followers: null })).toBe(false);
  });

  it('runs patterns case-insensitively on a capped text', () => {
    expect(conditionsHold({ pattern: 'commande\\s+\\?' }, input)).toBe(true);
    expect(conditionsHold({ pattern: '^LIVRAISON' }, input)).toBe(false);
    const long = `${'a'.repeat(MAX_MATCH_TEXT)}needle`;
    expect(conditionsHold({ pattern: 'needle' }, { ...input, text: long })).toBe(false);
  });

  it('refuses invalid, too long and catastrophic patterns', () => {
    expect(patternProblem('(unclosed')).toMatch(/valid/);
    expect(patternProblem('a'.repeat(201))).toMatch(/longer/);
    expect(patternProblem('(a+)+$')).toMatch(/Nested/);
    expect(patternProblem('(\\w*)*x')).toMatch(/Nested/);
    expect(patternProblem('(a|aa){2,}')).toMatch(/Nested/);
    expect(patternProblem('(?:.*a){20}')).toMatch(/Nested/);
    expect(patternProblem('(order|commande)? ?#\\d+')).toBeNull();
    expect(patternProblem('(a)\\1')).toMatch(/Backreferences/);
    expect(patternProblem('(order|commande) #?\\d{4,8}')).toBeNull();
    expect(patternProblem('remboursement|refund')).toBeNull();
    // Refused patterns never run, even when stored.
    expect(conditionsHold({ pattern: '(a+)+$' }, { ...input, text: `${'a'.repeat(40)}!` })).toBe(false);
  });

  it('gives up on a pattern that backtracks too long instead of hanging', () => {
    // Accepted at save (no nested quantifier) but cubic: seconds without the time limit.
    expect(patternProblem('\\d+\\d+\\d+x')).toBeNull();
    const started = Date.now();
    expect(conditionsHold({ pattern: '\\d+\\d+\\d+x' }, { ...input, text: '1'.repeat(MAX_MATCH_TEXT) })).toBe(
      false,
    );
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('accumulates actions in order: first value wins, tags add up', () => {
    const rules = [
      rule({
        position: 2,
        conditions: { isQuestion: true },
        actions: { priority: 'normal', tags: ['question'] },
      }),
      rule({
        position: 1,
        conditions: { sentiments: ['negative'] },
        actions: { priority: 'high', tags: ['unhappy'] },
      }),
      rule({ position: 3, conditions: { networks: ['x'] }, actions: { assigneeId: 'u-x' } }),
      rule({ position: 4, actions: { departmentId: 'support', targetMinutes: 60 } }),
    ];
    const r = applyRules(rules, input);
    expect(r.matched.map((m) => m.ruleId)).toEqual([rules[1]!.id, rules[0]!.id, rules[3]!.id]);
    expect(r.actions).toEqual({
      priority: 'high',
      tags: ['unhappy', 'question'],
      departmentId: 'support',
      targetMinutes: 60,
    });
  });

  it('stops at a matching rule marked stopProcessing, and skips disabled rules', () => {
    const rules = [
      rule({ position: 1, enabled: false, actions: { priority: 'low' } }),
      rule({
        position: 2,
        conditions: { keywords: ['commande'] },
        stopProcessing: true,
        actions: { assigneeId: 'a' },
      }),
      rule({ position: 3, actions: { assigneeId: 'b', tags: ['never'] } }),
    ];
    const r = applyRules(rules, input);
    expect(r.matched).toEqual([{ ruleId: rules[1]!.id, name: rules[1]!.name }]);
    expect(r.actions).toEqual({ assigneeId: 'a' });
    // A stop rule that does not match does not stop anything.
    expect(applyRules(rules, { ...input, text: 'hello' }).actions).toEqual({
      assigneeId: 'b',
      tags: ['never'],
    });
  });
});
