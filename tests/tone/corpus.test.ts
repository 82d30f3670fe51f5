import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  figures,
  load,
  precision,
  recall,
  tally,
  trainingSets,
  type Labelled,
  type Tally,
} from '../../scripts/train-tone';
import { analyzeTone } from '../../src/tone/analyze';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The shipped coach's figures on `messages`; the misclassified messages are printed on failure. */
function expectAtLeast(
  name: string,
  messages: Labelled[],
  floor: number | { precision: number; recall: number },
): void {
  const result: Tally = tally(messages, undefined);
  const min = typeof floor === 'number' ? { precision: floor, recall: floor } : floor;
  const summary = `${name}: ${figures(result)}`;
  if (precision(result) < min.precision || recall(result) < min.recall) {
    const wrong = messages
      .filter((m) => analyzeTone(m.text).findings.length > 0 !== m.flagged)
      .map((m) => `${m.flagged ? 'missed' : 'false alarm'}: ${m.text}`);
    console.error(`${summary}\n${wrong.join('\n')}`);
  } else {
    console.info(summary);
  }
  expect(precision(result)).toBeGreaterThanOrEqual(min.precision);
  expect(recall(result)).toBeGreaterThanOrEqual(min.recall);
}

describe('tone corpus', () => {
  const corpus = load(here('corpus.jsonl'));

  test('is large, labelled consistently and roughly balanced', () => {
    const all = trainingSets().flatMap((s) => s.messages);
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    for (const messages of [corpus, all]) {
      const flagged = messages.filter((m) => m.flagged).length;
      expect(flagged / messages.length).toBeGreaterThan(0.4);
      expect(flagged / messages.length).toBeLessThan(0.6);
    }
    for (const message of all) expect(message.categories.length > 0).toBe(message.flagged);
  });

  test('flags messages with precision and recall of at least 0.95', () => {
    expectAtLeast('corpus', corpus, 0.95);
  });

  test('keeps every further labelled set it learns from above 0.9', () => {
    for (const set of trainingSets().slice(1)) expectAtLeast(set.name, set.messages, 0.9);
  });
});

// The honest question is how the coach does on writers it has never read: the leave-one-writer-out
// figure lives in tests/eval (npm run eval:tone), since it retrains once per writer.
describe('the coach on messages it has not read', () => {
  // Files in tests/tone/unseen are never trained on, and nothing was tuned for them: thresholds
  // and settings were chosen on the writers above. Floors sit a little below today's figures.
  test.each([
    // Written in the first session after the rules. First scored with the rules and the old,
    // gated backstop: P 0.96, R 0.48. With the sentence and message models: P 0.977, R 0.86.
    // After the scored 2026 held-out half joined training it catches 41 of its 50 (R 0.82), one
    // fewer than before; its texts were not read to win that one back.
    ['mixed-voices.jsonl', { precision: 0.95, recall: 0.82 }],
    // Written by an eighth writer alongside tests/tone/authors and kept back. First scored with
    // the sentence and message models: P 0.972, R 0.881; trained on 13 writers, P 0.974, R 0.938.
    ['everyday-mix.jsonl', { precision: 0.95, recall: 0.91 }],
  ])('keeps unseen/%s above its floor', (file, floor) => {
    expect(readdirSync(here('unseen'))).toContain(file);
    expectAtLeast(file, load(here(`unseen/${file}`)), floor);
  });
});
