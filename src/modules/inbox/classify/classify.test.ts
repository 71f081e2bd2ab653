import { describe, expect, it } from 'vitest';
import { classifyText } from './classify.js';
import { detectLanguage } from './language.js';
import { detectQuestion } from './question.js';
import { detectSentiment } from './sentiment.js';
import { fold, tokens } from './text.js';

describe('text preparation', () => {
  it('folds accents, drops links and mentions, keeps elisions whole and splits inversions', () => {
    const f = fold('@alice@mastodon.social Où est-ce qu’on trouve https://ex.com/a?b=1 ça ?');
    expect(f).not.toContain('alice');
    expect(f).not.toContain('ex.com');
    expect(tokens(f)).toEqual(['ou', 'est', '-ce', "qu'on", 'trouve', 'ca']);
    expect(tokens(fold("I don't like it"))).toEqual(['i', "don't", 'like', 'it']);
  });
});

describe('question detection', () => {
  it('finds questions with and without a question mark', () => {
    expect(detectQuestion('How do I reset my password').value).toBe(true);
    expect(detectQuestion('Can you DM me the tracking number please').value).toBe(true);
    expect(detectQuestion("J'aimerais savoir si l'offre est cumulable", 'fr').value).toBe(true);
    expect(detectQuestion('Livrez-vous en Belgique', 'fr').cues).toContain('inversion');
    expect(detectQuestion('Il est où mon colis', 'fr').value).toBe(true);
  });

  it('does not take statements, imperatives or rhetorical questions for questions', () => {
    expect(detectQuestion('Have a great weekend!').value).toBe(false);
    expect(detectQuestion('Rendez-vous au salon jeudi', 'fr').value).toBe(false);
    expect(detectQuestion('Who thought this was a good idea? 🙄').value).toBe(false);
    expect(detectQuestion('Sérieusement ? Encore une panne ?', 'fr').value).toBe(false);
  });
});

describe('sentiment', () => {
  it('flips negated words and keeps phrases that hold their negation', () => {
    expect(detectSentiment('not happy at all', 'en').label).toBe('negative');
    expect(detectSentiment('Pas terrible', 'fr').label).toBe('negative');
    expect(detectSentiment('pas mal du tout', 'fr').label).toBe('positive');
    expect(detectSentiment("I don't like the new logo", 'en').label).toBe('negative');
  });

  it('uses the lexicon of the language (hâte is eagerness, hate is not)', () => {
    expect(detectSentiment('Hâte de tester', 'fr').label).toBe('positive');
    expect(detectSentiment('I hate waiting', 'en').label).toBe('negative');
  });

  it('lets neutral phrases shield their words and strengthens with intensifiers', () => {
    expect(detectSentiment('What is the best way to reach you?', 'en').label).toBe('neutral');
    expect(detectSentiment('very good', 'en').score).toBeGreaterThan(detectSentiment('good', 'en').score);
  });

  it('reads emoji', () => {
    expect(detectSentiment('🙄').label).toBe('negative');
    expect(detectSentiment('🎉🎉').label).toBe('positive');
  });
});

describe('classifyText', () => {
  it('tells French from English and says nothing when unsure', () => {
    expect(detectLanguage('Est-ce que la livraison est gratuite ?')).toBe('fr');
    expect(detectLanguage('Is the delivery free?')).toBe('en');
    expect(detectLanguage('👍')).toBeNull();
    expect(classifyText('Pourquoi le site est-il si lent ?')).toMatchObject({
      language: 'fr',
      question: { value: true },
      sentiment: { label: 'negative' },
    });
  });
});
