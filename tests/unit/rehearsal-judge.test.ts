/** A reply in the parent's own words, read by the tone coach and the four strategy checks. */
import { judgeReply } from '../../src/rehearsals/judge-reply';

test('a curious, specific, solution-focused reply lands well and passes its checks', () => {
  const judged = judgeReply(
    "Thanks for making time, I know you have a full class. He's stayed in three times this week. Could you help me understand what happens during math? Would it help if we practised at home?",
  );
  expect(judged.landing).toBe('good');
  expect(judged.checks).toEqual({
    curious: true,
    specific: true,
    solution: true,
    acknowledges: true,
  });
  expect(judged.findings).toEqual([]);
});

test('a "why did you" question is a challenge, not curiosity', () => {
  const judged = judgeReply('Why did you make him miss recess again?');
  expect(judged.landing).toBe('poor');
  expect(judged.qualities).toContain('blaming');
  expect(judged.checks.curious).toBe(false);
  expect(judged.findings.length).toBeGreaterThan(0);
});

test('an ultimatum is a demand', () => {
  const judged = judgeReply("If this happens again, I'll be taking it to the principal.");
  expect(judged.landing).toBe('poor');
  expect(judged.qualities).toContain('demanding');
});

test('spoken blame a written-message coach can miss still counts', () => {
  expect(
    judgeReply("Honestly, I don't think that's fair on a seven-year-old.").qualities,
  ).toContain('blaming');
  expect(judgeReply('Other kids do it too, you know.').landing).toBe('poor');
});

test('a polite reply that says nothing much is vague, and a bare thanks is manners', () => {
  expect(judgeReply('Okay, thanks. We will see how it goes.').qualities).toEqual(['vague']);
  expect(judgeReply("Okay. Let's see how it goes.").landing).toBe('mixed');
});

test('curly apostrophes from a phone keyboard read the same as straight ones', () => {
  expect(judgeReply('I don’t think that’s fair.').qualities).toContain('blaming');
});
