/**
 * Text preparation shared by the inbox classifiers: lower case, accents folded (so "deçu" and "déçu"
 * match the same entry), links, mentions and hashtag signs removed, tokens and sentences kept.
 */

const URL_RE = /\bhttps?:\/\/\S+/giu;
const MENTION_RE = /(^|\s)@[\p{L}\p{N}_.-]+(@[\p{L}\p{N}.-]+)?/gu;

/** Lower-cased, accent-folded text without links or mentions; apostrophes become plain `'`. */
export function fold(text: string): string {
  return text
    .replace(URL_RE, ' ')
    .replace(MENTION_RE, ' ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’ʼ`]/gu, "'")
    .toLowerCase();
}

/**
 * Word tokens of folded text. Elisions and contractions stay whole ("j'adore", "doesn't") so lexicon
 * phrases can name them; a hyphenated suffix is its own token ("est-ce" → "est", "-ce") so French
 * inversions can be spotted.
 */
export function tokens(folded: string): string[] {
  return folded.match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*'?|-[\p{L}]+/gu) ?? [];
}

/** Sentences of folded text, each with the punctuation that ended it. */
export function sentences(folded: string): { text: string; end: string }[] {
  const out: { text: string; end: string }[] = [];
  const re = /([^.!?…\n]+)([.!?…]+|\n|$)/gu;
  for (const m of folded.matchAll(re)) {
    const text = m[1]!.trim();
    if (text) out.push({ text, end: m[2] ?? '' });
  }
  return out;
}

/** Whether `phrase` (space-separated folded words) occurs as whole words in `words`. */
export function hasPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

/** Splits lexicon phrases into token lists once. */
export function phraseList(phrases: readonly string[]): string[][] {
  return phrases.map((p) => tokens(fold(p)));
}
