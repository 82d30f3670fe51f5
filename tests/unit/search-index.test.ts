import { buildSearchDocuments, plainText } from '../../src/search/build-search-documents';
import english from '../../content/en/search/words.json';
import { createSearch } from '../../src/search/search-index';

const documents = buildSearchDocuments({
  scenarios: [
    {
      id: 'raise-concern',
      about: {
        name: 'about',
        frontmatter: {
          title: 'Raise a concern',
          summary: 'Ask the teacher with curiosity.',
          situations: ['missed recess', 'unfair punishment'],
        },
        body: 'Start by gathering information.',
      },
      steps: [
        {
          name: 'pause',
          frontmatter: { title: 'Take a breath first' },
          body: 'Wait a day. <CoachNote>secret coach words</CoachNote>',
        },
      ],
    },
    {
      id: 'positive-feedback',
      about: {
        name: 'about',
        frontmatter: {
          title: 'Say thank you',
          summary: 'Specific praise.',
          situations: ['thank the teacher'],
        },
        body: '',
      },
      steps: [],
    },
  ],
  glossary: [
    {
      name: 'iep',
      frontmatter: {
        term: 'IEP',
        also: ['individualized education program'],
        scenarios: ['raise-concern'],
        answer: 'Special teaching and services the school puts in writing for a disabled child.',
      },
      body: 'A written plan.',
    },
  ],
  rehearsals: [
    {
      id: 'missed-recess',
      title: 'Raise the missed recess',
      summary: 'Practice the conversation.',
      when: 'Before you talk to the teacher',
      situation: '{child} keeps missing recess.',
    },
  ],
  rehearsalKeywords: english.rehearsalKeywords,
  phrases: [
    {
      instead: 'Why did you do that?',
      try: 'Could you help me understand?',
      why: 'Curiosity invites answers.',
      scenario: 'raise-concern',
    },
  ],
});

const search = createSearch(documents, english);
const queryWords = (query: string) => search.queryWords(query);

test('content becomes typed documents, with coach-only notes and markup left out', () => {
  expect(documents.map((d) => d.id)).toEqual([
    'scenario:raise-concern',
    'tip:raise-concern/pause',
    'scenario:positive-feedback',
    'phrase:1',
    'term:iep',
    'rehearsal:missed-recess',
  ]);
  expect(documents[1]?.text).toBe('Wait a day.');
  expect(plainText('**Bold** and [a link](https://example.org) <Foo bar="x" />')).toBe(
    'Bold and a link',
  );
});

test('query words drop filler, accents and endings but keep numbers like 504', () => {
  expect(queryWords('My kid’s 504 plan — accommodations for the café?')).toEqual([
    '504',
    'plan',
    'accommodation',
    'cafe',
  ]);
});

test('a situation described in the parent’s words finds its scenario, typos included', () => {
  expect(search.leadsFor('teacher took away recess')[0]).toBe('raise-concern');
  expect(search.leadsFor('thank teacher')[0]).toBe('positive-feedback');
  expect(search.leadsFor('recces')[0]).toBe('raise-concern');
});

test('terms are found by their other names, and nothing is found for nonsense', () => {
  expect(search.search('individualized education')[0]?.document.id).toBe('term:iep');
  // The short answer is searched too: a parent may describe the term rather than name it.
  expect(search.search('services disabled child')[0]?.document.id).toBe('term:iep');
  expect(search.search('zzzz qqqq')).toEqual([]);
  expect(search.search('   ')).toEqual([]);
});

test('every result says why it matched, with the matched words marked', () => {
  const [top] = search.search('teacher took away recess');
  expect(top?.snippet.text).toBe('missed recess');
  expect(top?.snippet.marks.map(([start, end]) => top.snippet.text.slice(start, end))).toEqual([
    'recess',
  ]);
});

test('a rehearsal is found by what it practices', () => {
  expect(search.leadsFor('practice talking to the teacher about recess')).toContain(
    'rehearsal:missed-recess',
  );
});

test('a query one lead answers far better than the rest is clearly best; a vague one is not', () => {
  expect(search.clearlyBest('thank the teacher')).toBe(true);
  expect(search.clearlyBest('thank you, recess')).toBe(false);
});
