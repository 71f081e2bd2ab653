import { describe, expect, it } from 'vitest';
import { activeMention, commentTokens, insertMention, matchMembers, mentionHandle } from './mentions.js';

const members = [
  { userId: 'u1', name: 'Éloïse Martin', email: 'eloise@example.com' },
  { userId: 'u2', name: 'Marc Dupont', email: 'marc@example.com' },
  { userId: 'u3', name: 'Ana', email: 'legal@example.com' },
];

describe('activeMention', () => {
  it('finds the handle typed at the caret', () => {
    expect(activeMention('Hello @Ma', 9)).toEqual({ start: 6, end: 9, query: 'Ma' });
  });
  it('opens on a bare @ at the start', () => {
    expect(activeMention('@', 1)).toEqual({ start: 0, end: 1, query: '' });
  });
  it('covers the rest of the word when the caret is inside it', () => {
    expect(activeMention('cc @Marc.Dupont please', 6)).toEqual({ start: 3, end: 15, query: 'Ma' });
  });
  it('ignores e-mail addresses', () => {
    expect(activeMention('write to ana@example.com', 15)).toBeNull();
  });
  it('is closed once a space follows', () => {
    expect(activeMention('@Marc ', 6)).toBeNull();
  });
  it('opens after a bracket', () => {
    expect(activeMention('(@an', 4)?.query).toBe('an');
  });
});

describe('insertMention', () => {
  it('replaces the query with the handle and a space, caret after it', () => {
    const text = 'Hello @Ma';
    const r = insertMention(text, activeMention(text, 9)!, 'Marc.Dupont');
    expect(r).toEqual({ text: 'Hello @Marc.Dupont ', caret: 19 });
  });
  it('keeps the text after the mention and does not double the space', () => {
    const text = 'cc @Ma please';
    const r = insertMention(text, activeMention(text, 6)!, 'Marc.Dupont');
    expect(r.text).toBe('cc @Marc.Dupont please');
    expect(r.caret).toBe('cc @Marc.Dupont '.length);
  });
});

describe('mentionHandle', () => {
  it('uses the name without spaces when it is plain, else the e-mail local part', () => {
    expect(mentionHandle({ name: 'Marc  Dupont', email: 'marc@example.com' })).toBe('MarcDupont');
    expect(mentionHandle({ name: 'Éloïse Martin', email: 'eloise@example.com' })).toBe('eloise');
    expect(mentionHandle({ name: "Jean O'Neil", email: 'jon@example.com' })).toBe('jon');
  });
});

describe('matchMembers', () => {
  it('folds accents and case and ranks name starts first', () => {
    expect(matchMembers(members, 'elo').map((m) => m.userId)).toEqual(['u1']);
    expect(matchMembers(members, 'm').map((m) => m.userId)).toEqual(['u2', 'u1']);
  });
  it('matches a typed handle without spaces', () => {
    expect(matchMembers(members, 'marcdu').map((m) => m.userId)).toEqual(['u2']);
  });
  it('finds by e-mail start and lists everyone for an empty query, up to the limit', () => {
    expect(matchMembers(members, 'legal').map((m) => m.userId)).toEqual(['u3']);
    expect(matchMembers(members, '', 2).map((m) => m.name)).toEqual(['Ana', 'Éloïse Martin']);
  });
});

describe('commentTokens', () => {
  it('marks known handles and leaves the rest as text', () => {
    expect(commentTokens('@MarcDupont see @nobody, and @Eloise.', members)).toEqual([
      { kind: 'mention', text: '@MarcDupont', userId: 'u2' },
      { kind: 'text', text: ' see @nobody, and ' },
      { kind: 'mention', text: '@Eloise', userId: 'u1' },
      { kind: 'text', text: '.' },
    ]);
  });
  it('does not take an e-mail for a mention', () => {
    expect(commentTokens('mail ana@example.com', members)).toEqual([
      { kind: 'text', text: 'mail ana@example.com' },
    ]);
  });
});
