import { fold, tokens } from './text.js';

export type InboxLanguage = 'fr' | 'en';

// Frequent short words that mostly belong to one language; enough to tell French from English in a
// social media reply. Other languages come out as null (routing rules then treat them as "other").
const FR = new Set(
  "le la les un une des du de et est je tu il elle nous vous ils on ce cette ces pas ne que qui quoi pour avec sur dans au aux mon ma mes ton ta votre vos notre nos merci bonjour oui non tres mais ou donc car ca c'est j'ai n'est qu'il y est-ce".split(
    ' ',
  ),
);
const EN = new Set(
  'the a an and is are was were i you he she we they it this that these those not no do does did to of in on for with at my your our their me thanks thank hello hi yes what how when where why who which can could will would please'.split(
    ' ',
  ),
);

/** 'fr', 'en', or null when neither dominates. */
export function detectLanguage(text: string): InboxLanguage | null {
  // French accents are a strong hint that folding would erase.
  let fr = (text.match(/[éèêàçùûôîœ]/giu) ?? []).length > 0 ? 1 : 0;
  let en = 0;
  for (const t of tokens(fold(text))) {
    if (FR.has(t)) fr += 1;
    if (EN.has(t)) en += 1;
  }
  if (fr === en) return null;
  return fr > en ? 'fr' : 'en';
}
