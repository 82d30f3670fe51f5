/** Finds the words for a field and its problems in the scenario's content. */
import problemWords from '../../../content/ui/problems.json';
import { fillIn } from '../../lib/fill-in';
import type { FieldWords, ScenarioContent } from '../../scenarios/content-types';
import { MAX_LENGTH } from '../../scenarios/engine/validate-answers';
import type { FieldSpec, Problem } from '../../scenarios/engine/types';

export function wordsFor(content: ScenarioContent, stepId: string, field: string): FieldWords {
  return content.steps[stepId]?.frontmatter.fields[field] ?? { label: field };
}

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
