import { describe, expect, it } from 'vitest';
import { tokenize, wordDiff, type DiffSegment } from './word-diff.js';

const side = (d: DiffSegment[], skip: 'insert' | 'delete') =>
  d
    .filter((s) => s.op !== skip)
    .map((s) => s.text)
    .join('');

describe('wordDiff', () => {
  it('marks a replaced word and keeps the rest equal', () => {
    expect(wordDiff('Our new plan is ready', 'Our new roadmap is ready')).toEqual([
      { op: 'equal', text: 'Our new ' },
      { op: 'delete', text: 'plan ' },
      { op: 'insert', text: 'roadmap ' },
      { op: 'equal', text: 'is ready' },
    ]);
  });

  it('handles pure insertions, deletions, empty sides and identical texts', () => {
    expect(wordDiff('', 'Hello world')).toEqual([{ op: 'insert', text: 'Hello world' }]);
    expect(wordDiff('Hello world', '')).toEqual([{ op: 'delete', text: 'Hello world' }]);
    expect(wordDiff('same text', 'same text')).toEqual([{ op: 'equal', text: 'same text' }]);
    expect(wordDiff('a c', 'a b c')).toEqual([
      { op: 'equal', text: 'a ' },
      { op: 'insert', text: 'b ' },
      { op: 'equal', text: 'c' },
    ]);
  });

  it('always rebuilds both texts exactly (whitespace, newlines, emoji, accents)', () => {
    const pairs: [string, string][] = [
      ['Élan  vital\n\nsecond 🎉 line', 'Élan vital\nsecond line 🎉 extra'],
      ['one two three four five', 'five four three two one'],
      ['  leading and trailing  ', 'leading and trailing'],
      ['#presence @ana https://x.test/a', '#presence @bob https://x.test/b'],
    ];
    for (const [a, b] of pairs) {
      const d = wordDiff(a, b);
      expect(side(d, 'insert')).toBe(a);
      expect(side(d, 'delete')).toBe(b);
      expect(tokenize(a).join('')).toBe(a);
    }
  });

  it('keeps the longest common run of words', () => {
    const d = wordDiff('the quick brown fox jumps', 'a quick brown cat jumps');
    expect(d.filter((s) => s.op === 'equal').map((s) => s.text.trim())).toEqual(['quick brown', 'jumps']);
  });
});
