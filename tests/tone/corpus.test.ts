import { readFileSync } from 'node:fs';
import { analyzeTone } from '../../src/features/tone/analyze';
import type { ToneCategory } from '../../src/features/tone/types';

interface LabelledMessage {
  text: string;
  flagged: boolean;
  categories: ToneCategory[];
}

interface Score {
  precision: number;
  recall: number;
  misclassified: string[];
}

function load(file: string): LabelledMessage[] {
  return readFileSync(new URL(file, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledMessage);
}

/** A message counts as flagged when the analyzer has at least one finding for it. */
function score(messages: LabelledMessage[]): Score {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const misclassified: string[] = [];
  for (const message of messages) {
    const findings = analyzeTone(message.text).findings;
    const flagged = findings.length > 0;
    if (flagged && message.flagged) truePositives++;
    if (flagged && !message.flagged) {
      falsePositives++;
      const spans = findings.map((f) => `${f.category} "${f.text}"`).join('; ');
      misclassified.push(`false positive: ${message.text}\n    ${spans}`);
    }
    if (!flagged && message.flagged) {
      falseNegatives++;
      misclassified.push(`missed (${message.categories.join(', ')}): ${message.text}`);
    }
  }
  return {
    precision: truePositives / (truePositives + falsePositives),
    recall: truePositives / (truePositives + falseNegatives),
    misclassified,
  };
}

function expectAtLeast(
  name: string,
  result: Score,
  floor: number | { precision: number; recall: number },
): void {
  const { precision, recall } =
    typeof floor === 'number' ? { precision: floor, recall: floor } : floor;
  const summary = `${name}: precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)}`;
  if (result.precision < precision || result.recall < recall) {
    console.error(`${summary}\n${result.misclassified.join('\n')}`);
  } else {
    console.info(summary);
  }
  expect(result.precision).toBeGreaterThanOrEqual(precision);
  expect(result.recall).toBeGreaterThanOrEqual(recall);
}

describe('tone corpus', () => {
  const corpus = load('corpus.jsonl');

  test('is large, labelled consistently and roughly balanced', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(320);
    const flagged = corpus.filter((m) => m.flagged).length;
    expect(flagged / corpus.length).toBeGreaterThan(0.4);
    expect(flagged / corpus.length).toBeLessThan(0.6);
    for (const message of corpus) {
      expect(message.categories.length > 0).toBe(message.flagged);
    }
  });

  test('flags messages with precision and recall of at least 0.95', () => {
    expectAtLeast('corpus', score(corpus), 0.95);
  });

  // holdout.jsonl was written last and scored once before anything was changed for it
  // (precision 0.95, recall 0.67 at the time). A few general fixes followed, so it now serves as a
  // regression floor set below today's figures, not as an unbiased estimate.
  test('keeps the held-out messages above the floor', () => {
    expectAtLeast('held-out', score(load('holdout.jsonl')), 0.8);
  });

  // Later held-out sets, each ~100 messages in voices the corpus lacked, half calm and half not.
  // Each was scored once, when it was written, before any rule was changed for it; the figures
  // then are in the comments. Their misses were then studied and fixed (and added to the
  // corpus), so they now serve as regression floors set a little below today's scores, not as
  // unbiased estimates. The honest estimates for new messages are the "when written" figures of
  // holdout-6, holdout-7 and holdout-8, each written after a round of changes for that purpose.
  test.each([
    // terse/angry, second-language English, quoting the child — when written: P 0.96, R 0.50
    ['holdout-2.jsonl', { precision: 0.97, recall: 0.93 }],
    // polite passive-aggressive, praise, formal IEP/504 letters — when written: P 0.86, R 0.24
    ['holdout-3.jsonl', { precision: 0.97, recall: 0.97 }],
    // run-on/typos, firm-but-fair questions — when written: P 1.00, R 0.40
    ['holdout-4.jsonl', { precision: 0.97, recall: 0.97 }],
    // carers, co-parents, business jargon, text-speak, teacher-parents — when written: P 0.92, R 0.37
    ['holdout-5.jsonl', { precision: 0.93, recall: 0.9 }],
    // blunt, over-apologetic, caseworker, formal letters, slang, quoting the teacher — when
    // written (after the first round of changes): P 0.96, R 0.50
    ['holdout-6.jsonl', { precision: 0.97, recall: 0.95 }],
    // voice-to-text, room parents, medical needs, co-parenting, entitled, defensive — when
    // written (after the second round): P 0.97, R 0.58
    ['holdout-7.jsonl', { precision: 0.97, recall: 0.89 }],
    // Written last, after every change, and scored once: P 0.96, R 0.48. Nothing was tuned on
    // it and its misses were not added to the corpus, so it is still an honest estimate of how
    // the coach does on new messages (well short of the 0.9 goal on recall).
    ['holdout-8.jsonl', { precision: 0.93, recall: 0.45 }],
  ])('keeps %s above its floor', (file, floor) => {
    expectAtLeast(file, score(load(file)), floor);
  });
});
