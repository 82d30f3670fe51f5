import { readFileSync } from 'node:fs';
import { analyzeTone } from '../../src/tone/analyze';
import type { ToneFinding } from '../../src/tone/types';

const corpusTexts = readFileSync(new URL('corpus.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);

const apply = (text: string, f: ToneFinding) =>
  text.slice(0, f.start) + (f.suggestion ?? '') + text.slice(f.end);

const only = (text: string) => {
  const { findings } = analyzeTone(text);
  expect(findings).toHaveLength(1);
  return findings[0]!;
};

describe('finding spans', () => {
  test('point at the exact text, in order, without overlapping', () => {
    for (const text of corpusTexts) {
      const { findings } = analyzeTone(text);
      findings.forEach((finding, i) => {
        expect(text.slice(finding.start, finding.end)).toBe(finding.text);
        expect(finding.end).toBeGreaterThan(finding.start);
        expect(finding.message.length).toBeGreaterThan(0);
        const next = findings[i + 1];
        if (next) expect(next.start).toBeGreaterThanOrEqual(finding.end);
      });
    }
  });

  test('suggestions apply cleanly and clear what they replace', () => {
    let suggestions = 0;
    for (const text of corpusTexts) {
      for (const finding of analyzeTone(text).findings) {
        if (finding.suggestion === undefined) continue;
        suggestions++;
        const revised = apply(text, finding);
        const replacedEnd = finding.start + finding.suggestion.length;
        const leftover = analyzeTone(revised).findings.filter(
          (f) => f.category === finding.category && f.start < replacedEnd && finding.start < f.end,
        );
        expect(leftover, `${text} → ${revised}`).toEqual([]);
      }
    }
    expect(suggestions).toBeGreaterThan(20);
  });
});

describe('the recess question from the advice', () => {
  test('becomes a curious question', () => {
    const text = 'Why did you make my son miss recess?';
    const finding = only(text);
    expect(['interrogating-why', 'blame']).toContain(finding.category);
    expect(finding.text).toBe(text);
    expect(finding.suggestion).toBe(
      'Can you help me understand what happened that led to my son missing recess?',
    );
  });

  test('leaves stacked punctuation to the shouting finding', () => {
    const { findings } = analyzeTone('Why did you make my son miss recess?!');
    expect(findings.map((f) => [f.category, f.text, f.suggestion])).toEqual([
      [
        'interrogating-why',
        'Why did you make my son miss recess',
        'Can you help me understand what happened that led to my son missing recess',
      ],
      ['shouting', '?!', '?'],
    ]);
  });
});

describe('rewrites', () => {
  test.each([
    [
      'Why wasn’t I told about the fight?',
      'Could you help me understand how I can stay in the loop about the fight?',
    ],
    [
      'Why didn’t you tell me she was being bullied?',
      'Could you help me understand what made it hard to tell me she was being bullied?',
    ],
    [
      'You made her cry in front of the whole class.',
      "I'd like to understand what happened that led to her crying",
    ],
    ['I demand an apology.', "I'd like to ask for"],
    ['I demand that you call me.', "I'd like to ask that"],
    ['You need to call me today.', 'Could you call me today?'],
    ['I expect this resolved by Friday.', "I'm hoping we can have this"],
    ['This grading policy is ridiculous.', 'hard for me to understand'],
    ['PLEASE CALL ME BACK TODAY.', 'Please call me back today'],
    ['The bus was late again!!', '.'],
  ])('%s', (text, suggestion) => {
    expect(only(text).suggestion).toBe(suggestion);
  });

  test('keep acronyms in capitals when lowering a shout', () => {
    // Lowered, it is still an order, so the one click asks instead.
    expect(only('READ HIS IEP BEFORE THE TEST.').rewrite?.text).toBe(
      'Could you read his IEP before the test?',
    );
  });

  test('are left out when no safe rewrite exists', () => {
    const { findings } = analyzeTone('You people are useless.');
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) expect(finding.suggestion).toBeUndefined();
  });
});

describe('categories', () => {
  test.each([
    ['This is your fault.', 'blame'],
    ['Nobody bothered to tell me he missed lunch.', 'blame'],
    ['How could you let him walk home alone?', 'interrogating-why'],
    ['You never answer my emails.', 'absolute'],
    ['Not once have you called me.', 'absolute'],
    ['Fix this or else.', 'demand'],
    ['I expect a full explanation by tomorrow.', 'demand'],
    ['The school board will hear about this.', 'threat'],
    ["I've already spoken to an attorney.", 'threat'],
    ['Thanks for nothing.', 'sarcasm'],
    ['Great job losing his science project.', 'sarcasm'],
    ['You obviously don’t care whether he passes.', 'mind-reading'],
    ['You clearly have it out for him.', 'mind-reading'],
    ['Honestly, the behavior chart is pathetic.', 'loaded-judgement'],
    ['He has NEVER had a problem before.', 'shouting'],
  ])('%s → %s', (text, category) => {
    expect(analyzeTone(text).findings.map((f) => f.category)).toContain(category);
  });
});

describe('context that changes the meaning', () => {
  test.each([
    "Why don't we schedule a call?",
    "I'd love to understand why the class switched curriculum",
    'I always appreciate your newsletter',
    'Maya never used to enjoy reading, and now she does',
    'I never want to be a bother',
    'He always lights up when he talks about science',
    'Could you help me understand why recess was missed?',
    'I was wondering why the spelling list changed',
    "Is it ridiculous that I'm nervous about this?",
    'We need to find a time to talk',
    "I'll talk with the counselor about options too",
    'Thank you so much for your help',
    'Sorry for the long email!',
    'She has an IEP and a 504 plan',
    'How would you suggest we practise it at home?',
    'How can you tell when he is ready to move up a level?',
    "I'm sure you're swamped this week. Whenever you get a chance, could you look at it?",
    'Just a gentle reminder that Ella has a dentist appointment at 2 on Thursday.',
    'Thanks, as always, for your patience with him.',
    'For once he remembered his lunchbox!',
    "Third email on this, so maybe it's going to spam? Trying your school address too.",
    'No one has ever taken the time to understand Leo the way you have.',
  ])('does not flag the listed sentence: %s', (text) => {
    expect(analyzeTone(text).findings).toEqual([]);
  });

  test.each([
    ["He said 'you never let me finish my drawing' when I picked him up.", 'quoted speech'],
    ['My daughter told me “the teacher hates me,” which I know isn’t true.', 'quoted speech'],
    ['He says you always make the mornings fun.', 'reported speech'],
    ["It's not your fault that the schedule changed.", 'negation'],
    ['You never fail to make her laugh.', 'double negative praise'],
    ['Every single time he reads with you, he comes home so proud.', 'happy routine'],
    ['His behavior on Friday was unacceptable, and he will apologize.', 'about the child'],
    ['I expect he will be tired tomorrow.', 'a prediction'],
    ['If you need to reach me, my cell is best.', 'an offer'],
    ["I'm a lawyer, so I may be slow to reply.", 'a job'],
    ['TJ has OT and PE on Thursdays, OK?', 'initials and acronyms'],
    ['Please make sure he has his inhaler before PE.', 'a polite firm request'],
  ])('does not flag %s (%s)', (text) => {
    expect(analyzeTone(text).findings).toEqual([]);
  });
});

describe('pointed lines without a harsh word', () => {
  test.each([
    ['Thanks for keeping me so well informed, as always.', 'sarcasm'],
    ['Wow, great planning on the deadline.', 'sarcasm'],
    ['What a good report for once!', 'sarcasm'],
    ['Per my last email, the form is still missing.', 'sarcasm'],
    ["As I've already explained twice, he needs extra time.", 'sarcasm'],
    ["I'm sure you're very busy, but it has been two weeks without a reply.", 'sarcasm'],
    ['Unlike some teachers, his coach actually returns calls.', 'sarcasm'],
    ["I'll keep a copy of this so you can't deny it later.", 'threat'],
    ["I'm taking this to the principal.", 'threat'],
    ['Other teachers somehow manage to post the homework online.', 'sarcasm'],
    ['Would it kill someone to answer the phone?', 'sarcasm'],
    ['The district has failed to implement his accommodations.', 'blame'],
  ])('%s → %s', (text, category) => {
    expect(analyzeTone(text).findings.map((f) => f.category)).toContain(category);
  });
});

describe('quick typing', () => {
  test('reads missing apostrophes and points at what was typed', () => {
    const text = 'i dont think ur listening, you obviously dont want him in your class';
    const { findings } = analyzeTone(text);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(findings.map((f) => f.text)).toContain('you obviously dont want him in');
  });

  test('leaves real words alone', () => {
    expect(analyzeTone('He was ill and its cover got torn, so he stayed home.').findings).toEqual(
      [],
    );
  });
});

describe('report', () => {
  test('is ready with no findings for empty text', () => {
    expect(analyzeTone('')).toEqual({
      findings: [],
      strengths: [],
      verdict: 'ready',
      heavy: false,
    });
  });

  test('notices what a good message already does', () => {
    const report = analyzeTone(
      "Thank you for the update. I've noticed Priya struggles with transitions after recess. " +
        'Could you help me understand what has been working in class? ' +
        'Would it help if we practised a five-minute warning at home? I am happy to help however I can.',
    );
    expect(report.verdict).toBe('ready');
    expect(report.heavy).toBe(false);
    expect(new Set(report.strengths.map((s) => s.kind))).toEqual(
      new Set([
        'appreciation',
        'specific-observation',
        'curious-question',
        'proposes-solution',
        'offer-to-help',
      ]),
    );
    for (const strength of report.strengths) expect(strength.message.length).toBeGreaterThan(0);
  });

  test('does not count sarcastic thanks as a strength', () => {
    const report = analyzeTone('Thanks for nothing.');
    expect(report.strengths).toEqual([]);
  });

  test('is heavy when the message is full of findings', () => {
    const report = analyzeTone(
      'Why did you make my son miss recess?! You ALWAYS single him out. This is ridiculous. ' +
        'Fix it or my lawyer will be in touch.',
    );
    expect(report.verdict).toBe('revise');
    expect(report.heavy).toBe(true);
  });

  test('is not heavy for a single slip in a kind message', () => {
    const report = analyzeTone('Thanks for the note! You never told me about the test, though.');
    expect(report.findings.length).toBeLessThan(3);
    expect(report.heavy).toBe(false);
  });
});
