import { describe, expect, it } from 'vitest';
import { commandFor, listReducer, type ListState } from './keyboard.js';

const ids = ['a', 'b', 'c'];
const start: ListState = { activeId: null, selected: [] };

describe('commandFor', () => {
  it('maps the shortcuts, but not while typing or with a modifier', () => {
    expect(commandFor({ key: 'j', inField: false })).toBe('next');
    expect(commandFor({ key: 'k', inField: false })).toBe('prev');
    expect(commandFor({ key: 'a', inField: false })).toBe('assignToMe');
    expect(commandFor({ key: 'e', inField: false })).toBe('close');
    expect(commandFor({ key: '?', inField: false })).toBe('help');
    expect(commandFor({ key: 'j', inField: true })).toBeNull();
    expect(commandFor({ key: 'e', ctrlKey: true, inField: false })).toBeNull();
    expect(commandFor({ key: 'q', inField: false })).toBeNull();
    expect(commandFor({ key: 'Escape', inField: true })).toBe('escape');
  });
});

describe('listReducer', () => {
  it('moves through the list and stops at its ends', () => {
    let s = listReducer(start, { type: 'move', ids, by: 1 });
    expect(s.activeId).toBe('a');
    s = listReducer(s, { type: 'move', ids, by: -1 });
    expect(s.activeId).toBe('a');
    s = listReducer(listReducer(listReducer(s, { type: 'move', ids, by: 1 }), { type: 'move', ids, by: 1 }), {
      type: 'move',
      ids,
      by: 1,
    });
    expect(s.activeId).toBe('c');
    expect(listReducer(start, { type: 'move', ids, by: -1 }).activeId).toBe('c');
    expect(listReducer({ activeId: 'gone', selected: [] }, { type: 'move', ids, by: 1 }).activeId).toBe('a');
    expect(listReducer(start, { type: 'move', ids: [], by: 1 })).toBe(start);
  });

  it('ticks, unticks and drops ticks on items no longer listed', () => {
    let s = listReducer(start, { type: 'toggle', id: 'a' });
    s = listReducer(s, { type: 'toggle', id: 'c' });
    expect(s.selected).toEqual(['a', 'c']);
    s = listReducer(s, { type: 'toggle', id: 'a' });
    expect(s.selected).toEqual(['c']);
    s = listReducer(s, { type: 'selectAll', ids });
    expect(s.selected).toEqual(ids);
    s = listReducer(s, { type: 'sync', ids: ['b', 'z'] });
    expect(s.selected).toEqual(['b']);
    expect(listReducer(s, { type: 'clearSelection' }).selected).toEqual([]);
  });
});
