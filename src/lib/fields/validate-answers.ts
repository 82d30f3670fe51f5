/** Checks answers against their field specs; pure, so machines and tests share it. */
import * as v from 'valibot';
import type { Answers, FieldSpec, Problem } from './field-spec';

/** Generous limits that still stop a pasted novel from bloating storage and drafts. */
export const MAX_LENGTH: Record<FieldSpec['kind'], number> = {
  text: 200,
  email: 254,
  longtext: 4000,
  choice: 100,
  date: 10,
};

const email = v.pipe(v.string(), v.email());
const isoDate = v.pipe(v.string(), v.isoDate());

export function problemWith(field: FieldSpec, raw: string | undefined): Problem | null {
  const value = (raw ?? '').trim();
  if (value === '') return field.required ? 'required' : null;
  if (value.length > MAX_LENGTH[field.kind]) return 'too-long';
  if (field.kind === 'email' && !v.is(email, value)) return 'email';
  if (field.kind === 'date' && !v.is(isoDate, value)) return 'date';
  if (field.kind === 'choice' && !field.options?.includes(value)) return 'choice';
  return null;
}

export function problemsIn(
  fields: readonly FieldSpec[],
  answers: Answers,
): Record<string, Problem> {
  const problems: Record<string, Problem> = {};
  for (const field of fields) {
    const problem = problemWith(field, answers[field.name]) ?? earlierThanItMayBe(field, answers);
    if (problem) problems[field.name] = problem;
  }
  return problems;
}

/** Whether `day` is a date before `earliest` (both YYYY-MM-DD; ISO days compare as strings). */
export const isDayBefore = (day: string, earliest: string): boolean =>
  v.is(isoDate, day) && v.is(isoDate, earliest) && day < earliest;

/** A date before the date it must follow. */
function earlierThanItMayBe(field: FieldSpec, answers: Answers): Problem | null {
  if (!field.notBefore) return null;
  const value = (answers[field.name] ?? '').trim();
  const earliest = (answers[field.notBefore] ?? '').trim();
  return isDayBefore(value, earliest) ? 'before' : null;
}

export function isFilled(answers: Answers, name: string): boolean {
  return (answers[name] ?? '').trim() !== '';
}
