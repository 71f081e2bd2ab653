import type { InboxLanguage } from './language.js';
import { ENGLISH, FRENCH, NEGATIVE_EMOJI, POSITIVE_EMOJI, type Lexicon } from './sentiment.lexicon.js';
import { fold, sentences, tokens } from './text.js';

export type SentimentLabel = 'positive' | 'neutral' | 'negative';

export interface SentimentResult {
  label: SentimentLabel;
  /** Sum of the matched weights (negative below zero). */
  score: number;
  cues: string[];
}

const NEGATION_REACH = 3;
const LONGEST_PHRASE = 4;

interface Match {
  phrase: string;
  weight: number;
  at: number;
  length: number;
}

/** Longest lexicon phrases first, left to right, without overlaps. */
function matches(words: readonly string[], lex: Lexicon): Match[] {
  const out: Match[] = [];
  for (let i = 0; i < words.length;) {
    let found: Match | null = null;
    for (let n = Math.min(LONGEST_PHRASE, words.length - i); n >= 1 && !found; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      const pos = lex.positive[phrase];
      const neg = lex.negative[phrase];
      if (pos !== undefined) found = { phrase, weight: pos, at: i, length: n };
      else if (neg !== undefined) found = { phrase, weight: -neg, at: i, length: n };
    }
    if (found) {
      out.push(found);
      i += found.length;
    } else i += 1;
  }
  return out;
}

/**
 * Lexicon sentiment with negation ("not happy", "pas content" flip) and intensifiers ("very good"
 * counts 1.5×). A phrase that already holds its negation ("pas terrible", "not working") is matched
 * whole first, so it is not flipped twice.
 */
export function detectSentiment(text: string, language: InboxLanguage | null = null): SentimentResult {
  const lexicons = language === 'en' ? [ENGLISH] : language === 'fr' ? [FRENCH] : [ENGLISH, FRENCH];
  const cues: string[] = [];
  let score = 0;
  // Sentence by sentence: a negation never reaches across a full stop ("Not here? Unacceptable.").
  for (const sentence of sentences(fold(text))) {
    const words = tokens(sentence.text);
    for (const lex of lexicons) {
      for (const m of matches(words, lex)) {
        if (m.weight === 0) continue; // a neutral phrase: it only shields its words
        let weight = m.weight;
        const before = words.slice(Math.max(0, m.at - NEGATION_REACH), m.at);
        if (before.some((w) => lex.negations.has(w))) {
          weight = -weight;
          cues.push(`negated:${m.phrase}`);
        } else cues.push(m.phrase);
        if (m.at > 0 && lex.intensifiers.has(words[m.at - 1]!)) weight *= 1.5;
        score += weight;
      }
    }
  }
  if (POSITIVE_EMOJI.test(text)) {
    score += 1;
    cues.push('positive_emoji');
  }
  if (NEGATIVE_EMOJI.test(text)) {
    score -= 2;
    cues.push('negative_emoji');
  }
  const label: SentimentLabel = score >= 1 ? 'positive' : score <= -1 ? 'negative' : 'neutral';
  return { label, score, cues };
}
