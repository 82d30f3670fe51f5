import { checkDraft } from '../../src/scenarios/drafts/check-draft';
import type { FieldSpec } from '../../src/lib/fields/field-spec';

const fields: FieldSpec[] = [
  { name: 'teacherName', kind: 'text', required: true, shape: 'name' },
  { name: 'concern', kind: 'text', required: true },
  { name: 'howOften', kind: 'text', required: true },
  { name: 'topic', kind: 'text', required: false },
  { name: 'grade', kind: 'text', required: false },
];
const template = `Subject: About it{{#grade.brief}} ({{grade.brief}}){{/grade.brief}}

Dear {{teacherName}},

I'm writing about {{concern}}. It has happened {{howOften}}.{{#topic.phrase}} Thanks for talking about {{topic.phrase}}.{{/topic.phrase}}`;

const good = { teacherName: 'Ms. Chen', concern: 'recess', howOften: 'twice this week' };
const problems = (answers: Record<string, string>) =>
  checkDraft(template, fields, { ...good, ...answers }, 'en');

test('answers that fit their place raise nothing', () => {
  expect(
    problems({ grade: '2nd grade, Room 8, the one by the library at the end of the hall' }),
  ).toEqual([]);
});

test.each([
  [{ teacherName: 'the one who teaches math, I forget her name' }, 'teacherName', 'not-a-name'],
  [{ concern: 'see above' }, 'concern', 'placeholder'],
  [{ howOften: 'it happens every single week' }, 'howOften', 'reads-as-sentences'],
  [{ topic: 'she told me she was left out' }, 'topic', 'left-out'],
  [{ concern: 'staying in at recess [three times this week]' }, 'concern', 'to-confirm'],
])('%j is named: %s, %s', (answers, field, kind) => {
  expect(problems(answers)).toEqual([{ field, kind }]);
});
