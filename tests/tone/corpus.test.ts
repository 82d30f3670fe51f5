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

function expectAtLeast(name: string, result: Score, floor: number): void {
  const summary = `${name}: precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)}`;
  if (result.precision < floor || result.recall < floor) {
    console.error(`${summary}\n${result.misclassified.join('\n')}`);
  } else {
    console.info(summary);
  }
  expect(result.precision).toBeGreaterThanOrEqual(floor);
  expect(result.recall).toBeGreaterThanOrEqual(floor);
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
});
