import { describe, expect, it } from 'vitest';
import { changeProblem, mayHandle, removalProblem } from './member-rules.js';

describe('membership rules', () => {
  it('lets an owner grant anything and an admin anything but owner', () => {
    expect(mayHandle(['owner'], 'owner')).toBe(true);
    expect(mayHandle(['admin'], 'admin')).toBe(true);
    expect(mayHandle(['admin'], 'owner')).toBe(false);
    expect(mayHandle(['editor'], 'analyst')).toBe(false);
  });

  it('requires every acting role (token and membership) to allow the grant', () => {
    expect(mayHandle(['owner', 'admin'], 'owner')).toBe(false);
    expect(mayHandle([], 'executive')).toBe(false);
  });

  it('refuses an admin touching an owner, even to change departments only', () => {
    expect(changeProblem({ acting: ['admin'], current: 'owner', next: 'owner', owners: 2 })).toBe(
      'target_above_actor',
    );
  });

  it('refuses granting a role above the actor', () => {
    expect(changeProblem({ acting: ['admin'], current: 'editor', next: 'owner', owners: 1 })).toBe(
      'role_above_actor',
    );
  });

  it('keeps the last owner', () => {
    expect(changeProblem({ acting: ['owner'], current: 'owner', next: 'admin', owners: 1 })).toBe(
      'last_owner',
    );
    expect(changeProblem({ acting: ['owner'], current: 'owner', next: 'admin', owners: 2 })).toBeNull();
    expect(removalProblem({ acting: ['owner'], current: 'owner', owners: 1 })).toBe('last_owner');
    expect(removalProblem({ acting: null, current: 'owner', owners: 1 })).toBe('last_owner');
    expect(removalProblem({ acting: null, current: 'owner', owners: 2 })).toBeNull();
  });

  it('lets anyone leave and an admin remove an editor', () => {
    expect(removalProblem({ acting: null, current: 'guest_reviewer', owners: 1 })).toBeNull();
    expect(removalProblem({ acting: ['admin'], current: 'editor', owners: 1 })).toBeNull();
  });
});
