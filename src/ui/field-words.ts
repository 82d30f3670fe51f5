/** The message for a field's problem, and how an answer reads back, from the field's words. */
import problemWords from '../../content/en/ui/problems.json';
import type { FieldSpec, FieldWords, Problem } from '../lib/fields/field-spec';
import { fillIn } from '../lib/fill-in';
import { MAX_LENGTH } from '../lib/fields/validate-answers';

export function problemMessage(words: FieldWords, field: FieldSpec, problem: Problem): string {
  return (
    words[problem] ??
    fillIn(problemWords[problem], { label: words.label, max: MAX_LENGTH[field.kind] })
  );
}

/** How an answer reads back on the review screen: option labels, not stored values. */
export function displayAnswer(words: FieldWords, value: string | undefined): string {
  const answer = (value ?? '').trim();
  return words.options?.[answer] ?? answer;
}
