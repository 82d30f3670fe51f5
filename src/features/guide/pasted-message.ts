import type { Answers } from '../../lib/fields/field-spec';
import type { Scenario } from '../../scenarios/engine/define-scenario';

/** The message the parent pasted on an earlier step of their path, or '' when none. */
export function pastedMessage(scenario: Scenario, stepId: string, answers: Answers): string {
  const path = scenario.pathFor(answers);
  const here = path.findIndex((step) => step.id === stepId);
  const source = path
    .slice(0, Math.max(here, 0))
    .flatMap((step) => step.fields)
    .find((field) => field.shape === 'message' && answers[field.name]?.trim());
  return source ? (answers[source.name] ?? '') : '';
}

/** Whether any step of the scenario takes a pasted message. */
export const takesMessage = (scenario: Scenario) =>
  scenario.fields.some((field) => field.shape === 'message');
