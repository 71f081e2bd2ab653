import { detectLanguage, type InboxLanguage } from './language.js';
import { detectQuestion, type QuestionResult } from './question.js';
import { detectSentiment, type SentimentResult } from './sentiment.js';

export interface Classification {
  language: InboxLanguage | null;
  question: QuestionResult;
  sentiment: SentimentResult;
}

/**
 * What routing rules read from an interaction's text: its language, whether it asks us something,
 * and its tone. Runs locally with no model download; measured on the labelled samples beside this
 * file (classify.eval.test.ts prints precision and recall).
 */
export function classifyText(text: string): Classification {
  const language = detectLanguage(text);
  return {
    language,
    question: detectQuestion(text, language),
    sentiment: detectSentiment(text, language),
  };
}
