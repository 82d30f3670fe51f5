import Fuse from 'fuse.js';
import { fuzzyWords } from '../../src/search/fuzzy-words';

const vocabulary = [
  'evaluation',
  'evaluate',
  'evaluations',
  'evaluationsheet',
  'revaluation',
  'bullying',
  'bully',
  'bullied',
  'behavior',
  'behaviour',
];

test('a typo finds the words it may stand for, closest first', () => {
  const matches = fuzzyWords(vocabulary, { threshold: 0.3, maxLengthDifference: 2 });
  const found = matches('evalution').map(([word]) => word);
  expect(found[0]).toBe('evaluation');
  expect(found).toContain('evaluations');
  // Another first letter, or a length far from the word typed, is another word.
  expect(found).not.toContain('revaluation');
  expect(found).not.toContain('evaluationsheet');
});

test('gives the same matches, scores and order as one search over the first letter’s words', () => {
  const matches = fuzzyWords(vocabulary, { threshold: 0.3, maxLengthDifference: 2 });
  for (const typed of ['evalution', 'bulied', 'bullyng', 'behavoir', 'evaluate']) {
    const sameLetter = vocabulary.filter((word) => word[0] === typed[0]);
    const whole = new Fuse(sameLetter, { includeScore: true, threshold: 0.3 })
      .search(typed)
      .filter(({ item }) => Math.abs(item.length - typed.length) <= 2)
      .map(({ item, score }) => [item, score]);
    expect(matches(typed), typed).toEqual(whole);
  }
});
