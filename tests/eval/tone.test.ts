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
  trainedLocales,
  weightsFile,
  type Tally,
} from '../../scripts/train-tone';
import { loadToneLocale } from '../../src/tone/locale-content';

await Promise.all(trainedLocales().map(loadToneLocale));

// Each file in tests/tone/authors (and tests/tone/<locale>/authors) was written by a different
// writer, in one voice, without seeing the coach or the other files. The models are retrained
// without one file at a time and scored on it.
describe('the coach on writers it has not read', () => {
  test('keeps precision and recall at 0.9 or above with each writer left out in turn', () => {
    const pooled = leaveOneWriterOut();
    console.info(`each writer left out in turn: ${figures(pooled)}`);
    expect(precision(pooled)).toBeGreaterThanOrEqual(0.9);
    expect(recall(pooled)).toBeGreaterThanOrEqual(0.9);
  }, 300_000);

  // tests/tone/es/authors: seven writers (Mexican, Caribbean, Central American, Spain, US
  // bilingual, formal letters, Cuban-American), written blind. The issue asks for 0.85; the floor
  // sits a little below the figures when it was set, P 0.944, R 0.935 (see that folder's README).
  test('reads Spanish with precision and recall of 0.9 or above, each writer left out in turn', () => {
    const perWriter: string[] = [];
    const pooled: Tally = leaveOneWriterOut(
      (name, t) => perWriter.push(`${name}: ${figures(t)}`),
      'es',
    );
    console.info(
      `Spanish, each writer left out in turn: ${figures(pooled)}\n${perWriter.join('\n')}`,
    );
    expect(perWriter).toHaveLength(7);
    expect(precision(pooled)).toBeGreaterThanOrEqual(0.9);
    expect(recall(pooled)).toBeGreaterThanOrEqual(0.9);
  }, 300_000);
});

describe('the shipped weights', () => {
  test.each(trainedLocales())(
    'of %s are exactly what training on the labelled messages gives (deterministic)',
    async (locale) => {
      const { text, path } = await weightsFile(locale);
      // If this fails, run `npx tsx scripts/train-tone.ts` and commit the weights.
      expect(text).toBe(readFileSync(path, 'utf8'));
    },
    120_000,
  );
});
