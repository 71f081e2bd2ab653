import type { InboxLanguage } from './language.js';
import { fold, hasPhrase, phraseList, sentences, tokens } from './text.js';

/**
 * "Is a question" for the inbox means: the author expects an answer from us — a question, with or
 * without a question mark, or a request for information or help ("let me know…", "merci de m'indiquer…").
 * Rhetorical questions (sarcasm) are not. Rules score cues; 2 or more is a question.
 */

// Sentence openers that make a question on their own (folded: no accents).
const OPENERS = new Set(
  "how what what's whats when where why who whose which whom comment pourquoi quand ou qui quel quelle quels quelles combien lequel laquelle lesquels".split(
    ' ',
  ),
);
// An auxiliary followed by one of these words opens a yes/no question ("is there", "can you").
const AUXILIARIES = new Set(
  'is are am was were do does did can could will would should shall has have may might'.split(' '),
);
const SUBJECTS = new Set(
  'i you we they he she it there this that these those the a an any anyone anybody someone somebody my your our'.split(
    ' ',
  ),
);
const IMPERATIVE_AUXILIARIES = new Set(['have', 'do']);
const ARTICLES = new Set(['a', 'an', 'the']);
// Requests and asking phrases, anywhere in the text.
const ASKING = phraseList([
  'let me know',
  'please tell me',
  'please let me know',
  'tell me',
  'i wonder',
  'i was wondering',
  'need help',
  'quick question',
  'any idea',
  'any ideas',
  'any update',
  'any plans',
  'anyone know',
  'anybody know',
  'does anyone',
  'dm me',
  'could you',
  'can you',
  'can u',
  'could u',
  "i'd like to know",
  'i would like to know',
  'please call',
  'call me back',
  'quick q',
  'is it possible',
  'je souhaiterais',
  'je voudrais',
  'je voulais savoir',
  'est-il possible',
  'rappeler',
  'merci de m',
  'merci de me',
  "merci d'avance",
  'get back to me',
  'est-ce',
  'est ce que',
  "qu'est-ce",
  'y a-t-il',
  'merci de me dire',
  "merci de m'indiquer",
  'merci de me confirmer',
  "j'aimerais savoir",
  'je voudrais savoir',
  'je me demande',
  "besoin d'aide",
  'petite question',
  "quelqu'un sait",
  "quelqu'un a",
  "il y a quelqu'un",
  'du nouveau',
  'est ou',
  "c'est ou",
  'pouvez-vous',
  'pourriez-vous',
  'peux-tu',
  'pourrais-tu',
  'avez-vous',
  'savez-vous',
  'puis-je',
  'dois-je',
]);
// French inversion ("livrez-vous", "sont-ils", "a-t-elle") marks a question.
const INVERSION = /-(vous|tu|ils|elles|il|elle|on|je|nous)$|^-t$/u;
// French interrogative words placed after the verb ("c'est où", "garanti combien de temps"); "ou"
// is also "or" once folded, so it is left out.
const FR_IN_PLACE = new Set(['quand', 'combien', 'comment', 'quoi']);
// Cues that a question mark is rhetorical: eye-rolls, facepalms, laughing at us, "seriously".
const RHETORICAL = phraseList([
  'seriously',
  'serieusement',
  'who thought',
  'qui a valide',
  'qui a eu',
  'are you kidding',
  'vous plaisantez',
]);
const RHETORICAL_EMOJI = /[🙄🤦😂🤣😡🤬]/u;

export interface QuestionResult {
  value: boolean;
  score: number;
  /** Which rules fired, for the item's explanation and for tuning. */
  cues: string[];
}

export function detectQuestion(text: string, language: InboxLanguage | null = null): QuestionResult {
  // "rendez-vous" is a noun, not an inversion.
  const folded = fold(text).replace(/rendez-vous/gu, 'rendezvous');
  const words = tokens(folded);
  const cues: string[] = [];
  let score = 0;

  if (/\?/u.test(folded)) {
    score += 2;
    cues.push('question_mark');
  }
  for (const s of sentences(folded)) {
    const w = tokens(s.text);
    const first = w[0]?.replace(/'$/u, '');
    if (!first) continue;
    if (OPENERS.has(first)) {
      score += 2;
      cues.push(`opener:${first}`);
    } else if (
      AUXILIARIES.has(first) &&
      w[1] !== undefined &&
      SUBJECTS.has(w[1]) &&
      // "Have a great day", "Do the survey": imperatives, not questions.
      !(IMPERATIVE_AUXILIARIES.has(first) && ARTICLES.has(w[1]))
    ) {
      score += 2;
      cues.push(`auxiliary:${first} ${w[1]}`);
    }
  }
  if (ASKING.some((p) => hasPhrase(words, p))) {
    score += 2;
    cues.push('asking_phrase');
  }
  if (words.some((w) => INVERSION.test(w))) {
    score += 2;
    cues.push('inversion');
  }
  // Spoken French asks with the interrogative word in place ("il est où", "garanti combien de temps").
  if (language === 'fr' && words.slice(1).some((w) => FR_IN_PLACE.has(w)) && !/!/u.test(folded)) {
    score += 2;
    cues.push('interrogative_in_place');
  }
  if (RHETORICAL.some((p) => hasPhrase(words, p)) || RHETORICAL_EMOJI.test(text)) {
    score -= 3;
    cues.push('rhetorical');
  }
  return { value: score >= 2, score, cues };
}
