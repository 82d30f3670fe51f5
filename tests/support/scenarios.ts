/** Loads every registered scenario with its content, for tests that cover them all. */
import type { Scenario } from '../../src/scenarios/engine/define-scenario';
import type { Answers } from '../../src/scenarios/engine/types';
import { loadScenarioContent } from '../../src/scenarios/content';
import type { ScenarioContent } from '../../src/scenarios/content-types';
import { scenarioLoaders } from '../../src/scenarios/registry';

export interface LoadedScenario {
  scenario: Scenario;
  content: ScenarioContent;
}

export async function loadAllScenarios(): Promise<LoadedScenario[]> {
  return Promise.all(
    Object.entries(scenarioLoaders).map(async ([id, load]) => ({
      scenario: (await load()).default,
      content: await loadScenarioContent(id),
    })),
  );
}

/**
 * The example answers with every option of every choice field appearing in at least one
 * variant, so each branch of a scenario is walked.
 */
export function answerVariants({ scenario, content }: LoadedScenario): Answers[] {
  const choices = scenario.fields.filter((field) => field.kind === 'choice');
  const count = Math.max(1, ...choices.map((field) => field.options?.length ?? 0));
  return Array.from({ length: count }, (_, index) => {
    const answers: Answers = { ...content.examples };
    for (const field of choices) {
      const options = field.options ?? [];
      answers[field.name] = options[index % options.length] ?? '';
    }
    return answers;
  });
}
