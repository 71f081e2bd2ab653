import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyText } from './classify.js';

interface Labelled {
  lang: 'fr' | 'en';
  text: string;
  question: boolean;
  sentiment: 'positive' | 'neutral' | 'negative';
}

const here = path.dirname(fileURLToPath(import.meta.url));
function load(file: string): Labelled[] {
  return fs
    .readFileSync(path.resolve(here, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labelled);
}

/** Precision and recall of a yes/no prediction. */
function pr(pairs: { predicted: boolean; actual: boolean }[]) {
  const tp = pairs.filter((p) => p.predicted && p.actual).length;
  const fp = pairs.filter((p) => p.predicted && !p.actual).length;
  const fn = pairs.filter((p) => !p.predicted && p.actual).length;
  return { precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1) };
}

function evaluate(set: Labelled[]) {
  const out = set.map((s) => ({ s, c: classifyText(s.text) }));
  const question = pr(out.map(({ s, c }) => ({ predicted: c.question.value, actual: s.question })));
  const negative = pr(
    out.map(({ s, c }) => ({
      predicted: c.sentiment.label === 'negative',
      actual: s.sentiment === 'negative',
    })),
  );
  const positive = pr(
    out.map(({ s, c }) => ({
      predicted: c.sentiment.label === 'positive',
      actual: s.sentiment === 'positive',
    })),
  );
  const sentimentAccuracy = out.filter(({ s, c }) => c.sentiment.label === s.sentiment).length / set.length;
  const languageAccuracy = out.filter(({ s, c }) => c.language === s.lang).length / set.length;
  const misses = out
    .filter(({ s, c }) => c.question.value !== s.question || c.sentiment.label !== s.sentiment)
    .map(({ s, c }) => `${s.text} → q=${c.question.value} s=${c.sentiment.label}`);
  return { question, negative, positive, sentimentAccuracy, languageAccuracy, misses };
}

// Written by someone who never saw these rules, after they were written: the honest figures.
const BLIND = '../../../../test/fixtures/inbox-blind-sample.jsonl';

const pct = (n: number) => `${(n * 100).toFixed(0)} %`;

// Three samples. The dev set tuned the rules. The test set was written before the rules but by the
// same author, so its figures are optimistic. The blind set (test/fixtures/inbox-blind-sample.jsonl)
// was written afterwards by someone who never saw the rules: its figures are the honest ones. Before
// any tuning it scored question P 82 % R 70 %, negative P 78 % R 35 %, positive P 74 % R 76 %,
// sentiment accuracy 66 %; one round of request phrases ("could you", "merci de me…") then took
// question recall to 82 %. Having seen its misses, the next round of tuning needs a new blind set.
// The floors sit a little under the current figures so a regression fails the build.
describe('inbox text classification on the labelled samples', () => {
  it('reports precision and recall on the dev and test sets', () => {
    for (const file of ['sample.dev-set.jsonl', 'sample.test-set.jsonl', BLIND]) {
      const r = evaluate(load(file));
      console.log(
        `${file}: question P ${pct(r.question.precision)} R ${pct(r.question.recall)} · negative P ${pct(
          r.negative.precision,
        )} R ${pct(r.negative.recall)} · positive P ${pct(r.positive.precision)} R ${pct(
          r.positive.recall,
        )} · sentiment accuracy ${pct(r.sentimentAccuracy)} · language ${pct(r.languageAccuracy)}${
          // The misses, for whoever tunes the rules: INBOX_EVAL_MISSES=1.
          process.env.INBOX_EVAL_MISSES ? `\n  ${r.misses.join('\n  ')}` : ''
        }`,
      );
    }
  });

  it('stays above the floors measured on the blind set', () => {
    const blind = evaluate(load(BLIND));
    expect(blind.question.precision).toBeGreaterThanOrEqual(0.8);
    expect(blind.question.recall).toBeGreaterThanOrEqual(0.78);
    expect(blind.sentimentAccuracy).toBeGreaterThanOrEqual(0.62);
    expect(blind.languageAccuracy).toBeGreaterThanOrEqual(0.88);
  });

  it('stays above the floors measured on the test set', () => {
    const r = evaluate(load('sample.test-set.jsonl'));
    expect(r.question.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.question.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.negative.recall).toBeGreaterThanOrEqual(0.85);
    expect(r.sentimentAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(r.languageAccuracy).toBeGreaterThanOrEqual(0.85);
  });
});
