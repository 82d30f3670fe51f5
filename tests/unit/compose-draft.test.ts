import { composeDraft } from '../../src/scenarios/drafts/compose-draft';
import type { FieldSpec } from '../../src/lib/fields/field-spec';

const fields: FieldSpec[] = [
  { name: 'childName', kind: 'text', required: true },
  { name: 'note', kind: 'longtext', required: false },
  { name: 'plan', kind: 'choice', required: true, options: ['yes', 'no'] },
];
const template = `Subject: About {{childName}}

Hello.

{{#note}}
{{note}}
{{/note}}
{{#plan=yes}}
{{childName}} has a plan.
{{/plan=yes}}

Thanks.`;

test('answers fill the template, choices switch paragraphs, and empty sections leave no gaps', () => {
  expect(composeDraft(template, fields, { childName: 'Maya.', plan: 'yes' })).toEqual({
    subject: 'About Maya',
    body: 'Hello.\n\nMaya has a plan.\n\nThanks.',
  });
  expect(
    composeDraft(template, fields, { childName: 'Maya', note: 'She loves maps', plan: 'no' }).body,
  ).toBe('Hello.\n\nShe loves maps.\n\nThanks.');
});

test('markup and template syntax in answers stay literal text', () => {
  const hostile = '<script>alert(1)</script> {{childName}} &amp;';
  const draft = composeDraft(template, fields, { childName: 'Sam', note: hostile, plan: 'no' });
  // Only the end of the sentence is tidied: a full stop in place of the last semicolon.
  expect(draft.body).toContain('<script>alert(1)</script> {{childName}} &amp.');
});

test('a newline typed into a short answer cannot add a line to the subject', () => {
  expect(
    composeDraft(template, fields, { childName: 'Sam\nBcc: x@example.org', plan: 'no' }).subject,
  ).toBe('About Sam Bcc: x@example.org');
});

test('a template without a subject line is refused', () => {
  expect(() => composeDraft('Hello', fields, {})).toThrow(/Subject/);
});

test('dates read as words in the draft', () => {
  const dated: FieldSpec[] = [{ name: 'when', kind: 'date', required: true }];
  expect(
    composeDraft('Subject: Meeting on {{when}}\n\nSee you.', dated, { when: '2026-09-14' }).subject,
  ).toBe('Meeting on September 14, 2026');
});

test('an English draft of Spanish answers: dates and lists in English, typed words read as Spanish', () => {
  const mixed: FieldSpec[] = [
    ...fields,
    { name: 'meetingDate', kind: 'date', required: true },
    { name: 'subjects', kind: 'longtext', required: false },
  ];
  const english = `Subject: Our meeting on {{meetingDate}}

{{#plan=yes}}{{childName}} has a plan.{{/plan=yes}} We met on {{meetingDate}}.{{#note}} {{note}}{{/note}} We talked about {{subjects.inline}}.`;
  const answers = {
    childName: 'Maya',
    plan: 'yes',
    meetingDate: '2026-10-02',
    note: 'no sé',
    subjects: '- lectura\n- matemáticas',
  };
  expect(composeDraft(english, mixed, answers, 'en', 'es')).toEqual({
    subject: 'Our meeting on October 2, 2026',
    // "no sé" is a Spanish non-answer, so it says nothing; the list joins with "and".
    body: 'Maya has a plan. We met on October 2, 2026. We talked about lectura and matemáticas.',
  });
  // Read as English, "no sé" would have been kept as an answer.
  expect(composeDraft(english, mixed, answers, 'en').body).toContain('No sé');
});
