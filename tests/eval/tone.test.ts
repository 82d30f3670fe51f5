/**
 * The slow evaluations of the tone coach, run by `npm run eval:tone` (and by CI) rather than by
 * `npm test`: each retrains the models from the labelled messages.
 */
import { readFileSync } from 'node:fs';
import {
  figures,
  leaveOneWriterOut,
  precision,
  recall,
  weightsFile,
} from '../../scripts/train-tone';

// Each file in tests/tone/authors was written by a different writer, in one voice, without seeing
// the coach or the other files. The models are retrained without one file at a time and scored on it.
describe('the coach on writers it has not read', () => {
  test('keeps precision and recall at 0.9 or above with each writer left out in turn', () => {
    const pooled = leaveOneWriterOut();
    console.info(`each writer left out in turn: ${figures(pooled)}`);
    expect(precision(pooled)).toBeGreaterThanOrEqual(0.9);
    expect(recall(pooled)).toBeGreaterThanOrEqual(0.9);
  }, 300_000);
});

describe('the shipped weights', () => {
  test('are exactly what training on the labelled messages gives (deterministic)', async () => {
    const committed = readFileSync(
      new URL('../../src/tone/model-weights.json', import.meta.url),
      'utf8',
    );
    const { text } = await weightsFile();
    // If this fails, run `npx tsx scripts/train-tone.ts` and commit the weights.
    expect(text).toBe(committed);
  }, 120_000);
});
