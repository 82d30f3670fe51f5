import { trainedLocales, trainingInputsHash } from '../../scripts/train-tone';
import { analyzeTone } from '../../src/tone/analyze';
import { loadToneLocale, toneContent } from '../../src/tone/locale-content';
import { SHIPPED_MODEL } from '../../src/tone/model';
import { toneWords } from '../../src/tone/words';

describe('the tone models', () => {
  test('were trained on the labelled messages and analyzer as they are now', () => {
    // Retraining is deterministic, and tests/eval checks it; here a hash of what training reads
    // tells that the weights are stale. If this fails, run `npx tsx scripts/train-tone.ts`.
    expect(SHIPPED_MODEL.inputs).toBe(trainingInputsHash());
  });

  test.each(trainedLocales().filter((locale) => locale !== 'en'))(
    'of %s were trained on its labelled messages and rules as they are now, and read it',
    async (locale) => {
      // If this fails, run `npx tsx scripts/train-tone.ts --lang <locale>`.
      await loadToneLocale(locale);
      const model = toneContent(locale).model;
      expect(model?.inputs).toBe(trainingInputsHash(locale));
      expect(model?.locale).toBe(locale);
    },
  );

  test('flags a whole sentence no rule covers, with its category reason and no rewrite', () => {
    const text =
      'Thanks for the update. I had to find out from another parent that the trip was cancelled.';
    const { findings } = analyzeTone(text);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding!.text).toBe('I had to find out from another parent that the trip was cancelled');
    expect(finding!.message).toBe(toneWords.categories[finding!.category].reason);
    expect(finding!.suggestion).toBeUndefined();
  });

  test.each([
    [
      'The traffic this morning was ridiculous, sorry she was late.',
      'This grading policy is ridiculous.',
    ],
    ['I love that you always end the week with a class meeting.', 'You always ignore my emails.'],
  ])('keep a rule word in a calm sentence quiet: "%s", but not "%s"', (calm, pointed) => {
    expect(analyzeTone(calm, { model: null }).findings).not.toEqual([]);
    expect(analyzeTone(calm).findings).toEqual([]);
    expect(analyzeTone(pointed).findings).not.toEqual([]);
  });
});
