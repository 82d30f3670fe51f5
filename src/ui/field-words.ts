/** The message for a field's problem, and how an answer reads back, from the field's words. */
import type { FieldSpec, FieldWords, Problem } from '../lib/fields/field-spec';
import { t } from '../lib/i18n/messages';
import { MAX_LENGTH } from '../lib/fields/validate-answers';
import { formatDay } from '../lib/i18n/format';

export function problemMessage(words: FieldWords, field: FieldSpec, problem: Problem): string {
  return (
    words[problem] ?? t(`problems.${problem}`, { label: words.label, max: MAX_LENGTH[field.kind] })
  );
}

/** How an answer reads back on the review screen: option labels and dates in words. */
export function displayAnswer(
  words: FieldWords,
  field: FieldSpec,
  value: string | undefined,
): string {
  const answer = (value ?? '').trim();
  if (field.kind === 'date') return formatDay(answer);
  return words.options?.[answer] ?? answer;
}
