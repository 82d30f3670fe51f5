/**
 * When a branch step applies, as data: `{ frequency: 'pattern' }` (the answer is that option),
 * `{ raisedBefore: ['helped-some', 'not-helped'] }` (one of those), several keys for "all of
 * these", `{ anyOf: [...] }` for "any of these". Every name and option is checked against
 * the scenario's own choice fields, so a typo fails when the scenario is defined instead of
 * silently making a branch unreachable.
 */
import type { Answers, FieldSpec } from '../../lib/fields/field-spec';

export type When =
  { anyOf: readonly When[] } | { readonly [field: string]: string | readonly string[] };

const isAnyOf = (when: When): when is { anyOf: readonly When[] } =>
  Object.hasOwn(when, 'anyOf') && Array.isArray((when as { anyOf?: unknown }).anyOf);

export function holds(when: When, answers: Answers): boolean {
  if (isAnyOf(when)) return when.anyOf.some((part) => holds(part, answers));
  return Object.entries(when).every(([field, wanted]) => {
    const answer = (answers[field] ?? '').trim();
    return typeof wanted === 'string' ? answer === wanted : wanted.includes(answer);
  });
}

/** Every problem with a condition: an unknown field, a field that is no choice, an unknown option. */
export function problemsWithWhen(when: When, fields: readonly FieldSpec[]): string[] {
  if (isAnyOf(when)) return when.anyOf.flatMap((part) => problemsWithWhen(part, fields));
  const entries = Object.entries(when);
  if (entries.length === 0) return ['a condition names no field'];
  return entries.flatMap(([name, wanted]) => {
    const field = fields.find((candidate) => candidate.name === name);
    if (!field) return [`"${name}" is not a field of this scenario`];
    if (field.kind !== 'choice') return [`"${name}" is not a choice`];
    const options = typeof wanted === 'string' ? [wanted] : wanted;
    if (options.length === 0) return [`"${name}" lists no options`];
    return options
      .filter((option) => !field.options?.includes(option))
      .map((option) => `"${option}" is not an option of "${name}"`);
  });
}
