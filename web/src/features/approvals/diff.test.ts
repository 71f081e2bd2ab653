import { describe, expect, it } from 'vitest';
import { diffStats, diffTokens, hasChanges, type Segment } from './diff.js';

const eq = (text: string): Segment => ({ op: 'equal', text });
const ins = (text: string): Segment => ({ op: 'insert', text });
const del = (text: string): Segment => ({ op: 'delete', text });

describe('diffTokens', () => {
  it('merges neighbouring segments of one kind and drops empty ones', () => {
    expect(diffTokens([eq('a '), eq('b '), del(''), ins('c'), ins(' d')], Infinity)).toEqual([
      { kind: 'equal', text: 'a b ' },
      { kind: 'insert', text: 'c d' },
    ]);
  });
  it('keeps short unchanged text whole', () => {
    expect(diffTokens([eq('one two '), del('three'), ins('3')], 2)).toEqual([
      { kind: 'equal', text: 'one two ' },
      { kind: 'delete', text: 'three' },
      { kind: 'insert', text: '3' },
    ]);
  });
  it('folds long unchanged text before, between and after changes, keeping context words', () => {
    const long = 'w1 w2 w3 w4 w5 w6 ';
    const tokens = diffTokens(
      [eq(long), del('old'), ins('new'), eq(` ${long}`), ins('x'), eq(` ${long}`)],
      2,
    );
    expect(tokens).toEqual([
      { kind: 'elided', words: 4 },
      { kind: 'equal', text: ' w5 w6 ' },
      { kind: 'delete', text: 'old' },
      { kind: 'insert', text: 'new' },
      { kind: 'equal', text: ' w1 w2' },
      { kind: 'elided', words: 2 },
      { kind: 'equal', text: ' w5 w6 ' },
      { kind: 'insert', text: 'x' },
      { kind: 'equal', text: ' w1 w2' },
      { kind: 'elided', words: 4 },
    ]);
  });
  it('never folds a text without changes', () => {
    expect(diffTokens([eq('a b c d e f g h i j')], 1)).toEqual([
      { kind: 'equal', text: 'a b c d e f g h i j' },
    ]);
  });
});

describe('diffStats and hasChanges', () => {
  it('counts words added and removed', () => {
    expect(diffStats([eq('a '), del('b c'), ins('d'), eq(' e')])).toEqual({ added: 1, removed: 2 });
  });
  it('sees whitespace-only edits as no change', () => {
    expect(hasChanges([eq('a'), ins(' ')])).toBe(false);
    expect(hasChanges([eq('a'), ins('b')])).toBe(true);
  });
});
