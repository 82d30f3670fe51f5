import {
  MAX_LENGTH,
  isDayBefore,
  problemWith,
  problemsIn,
} from '../../src/lib/fields/validate-answers';
import type { FieldSpec } from '../../src/lib/fields/field-spec';

const text: FieldSpec = { name: 'childName', kind: 'text', required: true };
const optionalEmail: FieldSpec = { name: 'teacherEmail', kind: 'email', required: false };
const choice: FieldSpec = {
  name: 'support',
  kind: 'choice',
  required: true,
  options: ['plan', 'none'],
};

test('a required answer made only of spaces is missing', () => {
  expect(problemWith(text, '   ')).toBe('required');
  expect(problemWith(text, undefined)).toBe('required');
  expect(problemWith(text, 'Maya')).toBeNull();
});

test('an optional email may be empty but not malformed', () => {
  expect(problemWith(optionalEmail, '')).toBeNull();
  expect(problemWith(optionalEmail, 'm.rivera@example.org')).toBeNull();
  for (const bad of [
    'm.rivera',
    'a@b',
    'x@example.org?cc=boss@example.org',
    'a b@example.org',
    'x@example.org\nBcc: y@example.org',
  ]) {
    expect(problemWith(optionalEmail, bad), bad).toBe('email');
  }
});

test('a choice accepts only its own options', () => {
  expect(problemWith(choice, 'plan')).toBeNull();
  expect(problemWith(choice, 'maybe')).toBe('choice');
});

test('an answer past the length limit is refused, not cut', () => {
  expect(problemWith(text, 'a'.repeat(MAX_LENGTH.text))).toBeNull();
  expect(problemWith(text, 'a'.repeat(MAX_LENGTH.text + 1))).toBe('too-long');
});

test('dates must be real calendar dates', () => {
  const date: FieldSpec = { name: 'when', kind: 'date', required: true };
  expect(problemWith(date, '2026-09-14')).toBeNull();
  expect(problemWith(date, '14/09/2026')).toBe('date');
});

test('problemsIn lists each field with a problem', () => {
  expect(problemsIn([text, optionalEmail, choice], { teacherEmail: 'nope' })).toEqual({
    childName: 'required',
    teacherEmail: 'email',
    support: 'required',
  });
});

test('a date that must follow another is refused when it comes before it', () => {
  const fields = [
    { name: 'date', kind: 'date' as const, required: true },
    { name: 'followUpDate', kind: 'date' as const, required: false, notBefore: 'date' },
  ];
  expect(problemsIn(fields, { date: '2026-11-20', followUpDate: '2026-11-19' })).toEqual({
    followUpDate: 'before',
  });
  expect(problemsIn(fields, { date: '2026-11-20', followUpDate: '2026-11-20' })).toEqual({});
  expect(problemsIn(fields, { date: '', followUpDate: '2026-11-19' })).toEqual({
    date: 'required',
  });
});

test('a day comes before another only when both are dates (a coach’s check-in uses it too)', () => {
  expect(isDayBefore('2026-03-09', '2026-03-10')).toBe(true);
  expect(isDayBefore('2026-03-10', '2026-03-10')).toBe(false);
  expect(isDayBefore('2026-12-31', '2026-03-10')).toBe(false);
  expect(isDayBefore('09/03/2026', '2026-03-10')).toBe(false);
  expect(isDayBefore('', '2026-03-10')).toBe(false);
});
