import { describe, expect, it } from 'vitest';
import { comparableText, diceSimilarity, isNearDuplicate, normaliseText } from './text-similarity.js';

describe('normaliseText', () => {
  it('drops accents, case, punctuation and extra spaces', () => {
    expect(normaliseText('  Événements — EN DIRECT !!  les  coulisses… ')).toBe(
      'evenements en direct les coulisses',
    );
  });
});

describe('comparableText', () => {
  it('removes network names so a swapped name does not hide a copy', () => {
    expect(comparableText('On LinkedIn, we share expert articles')).toBe(
      comparableText('On Instagram we share expert articles.'),
    );
  });
});

describe('diceSimilarity', () => {
  it('is 1 for the same text and 0 for nothing in common', () => {
    expect(diceSimilarity('abc def', 'abc def')).toBe(1);
    expect(diceSimilarity('aaaa', 'zzzz')).toBe(0);
  });
});

describe('isNearDuplicate', () => {
  const base = 'Weekly expert articles that answer the questions buyers ask before a first meeting';

  it('flags the same statement pasted with other punctuation or case', () => {
    expect(isNearDuplicate(base, `${base.toUpperCase()}!!!`)).toBe(true);
  });

  it('flags a statement with one word swapped or added', () => {
    expect(
      comparableText(base) !== comparableText(base.replace('Weekly', 'Monthly')) &&
        isNearDuplicate(base, base.replace('Weekly', 'Monthly')),
    ).toBe(true);
    expect(isNearDuplicate(base, base.replace('expert', 'short expert'))).toBe(true);
  });

  it('does not flag statements written separately for the same objective', () => {
    const pairs: [string, string][] = [
      [base, 'Behind-the-scenes stories and short videos showing the team at work in the factory'],
      [
        'Live answers to customer questions within 30 minutes during opening hours',
        'A monthly carousel summarising product tips that the newsletter cannot show in motion',
      ],
      [
        'Job offers pushed to the engineers who follow our technical posts',
        'Employee portraits that show what working here is like, told by the people themselves',
      ],
    ];
    for (const [a, b] of pairs) expect(isNearDuplicate(a, b)).toBe(false);
  });

  it('never flags empty statements', () => {
    expect(isNearDuplicate('', '')).toBe(false);
    expect(isNearDuplicate('LinkedIn', 'Instagram')).toBe(false);
  });
});
