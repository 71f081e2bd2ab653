import { describe, expect, it } from 'vitest';
import { resolveApprovers, resolveEscalation } from './approvers.js';
import { directory, member, step } from './engine.fixtures.js';

describe('resolveApprovers', () => {
  it('expands roles and departments into people, once each, in the order listed', () => {
    const s = step({
      approvers: [
        { kind: 'department', id: 'legal' },
        { kind: 'role', id: 'approver' },
        { kind: 'member', id: 'dan' },
        { kind: 'external', id: 'counsel-1' },
      ],
    });
    expect(resolveApprovers(s, directory)).toEqual([
      member('cara'),
      member('eve'),
      member('bob'),
      member('dan'),
      { kind: 'external', id: 'counsel-1' },
    ]);
  });

  it('drops people who are no longer members, and unknown departments or roles', () => {
    const s = step({
      approvers: [
        { kind: 'member', id: 'gone' },
        { kind: 'department', id: 'nope' },
        { kind: 'role', id: 'executive' },
      ],
    });
    expect(resolveApprovers(s, directory)).toEqual([]);
    const withLeaver = {
      ...directory,
      departments: [{ id: 'legal', memberUserIds: ['cara', 'gone'], headUserId: 'gone' }],
    };
    expect(resolveApprovers(step({ approvers: [{ kind: 'department', id: 'legal' }] }), withLeaver)).toEqual([
      member('cara'),
    ]);
    expect(
      resolveEscalation(
        'department_head',
        step({ approvers: [{ kind: 'department', id: 'legal' }] }),
        'ana',
        withLeaver,
      ),
    ).toEqual([]);
  });
});

describe('resolveEscalation', () => {
  it('finds the heads of the departments the step names, else those of the author’s departments', () => {
    const legal = step({ approvers: [{ kind: 'department', id: 'legal' }] });
    expect(resolveEscalation('department_head', legal, 'ana', directory)).toEqual([member('eve')]);
    const byRole = step({ approvers: [{ kind: 'role', id: 'approver' }] });
    expect(resolveEscalation('department_head', byRole, 'ana', directory)).toEqual([member('dan')]);
    expect(resolveEscalation('department_head', byRole, 'nobody', directory)).toEqual([]);
  });

  it('resolves a named backup, and nothing for null', () => {
    const s = step({ approvers: [] });
    expect(resolveEscalation({ kind: 'member', id: 'eve' }, s, 'ana', directory)).toEqual([member('eve')]);
    expect(resolveEscalation({ kind: 'role', id: 'approver' }, s, 'ana', directory)).toEqual([
      member('bob'),
      member('cara'),
    ]);
    expect(resolveEscalation(null, s, 'ana', directory)).toEqual([]);
  });
});
