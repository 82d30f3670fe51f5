/** Loads every registered scenario with its content, for tests that cover them all. */
import type { Scenario } from '../../src/scenarios/engine/define-scenario';
import type { Answers } from '../../src/lib/fields/field-spec';
import type { Locale } from '../../src/lib/i18n/locale';
import { loadScenarioContent } from '../../src/scenarios/content';
import type { ScenarioContent } from '../../src/scenarios/content-types';
import { scenarioLoaders } from '../../src/scenarios/registry';

export interface LoadedScenario {
  scenario: Scenario;
  content: ScenarioContent;
}

export async function loadAllScenarios(locale: Locale = 'en'): Promise<LoadedScenario[]> {
  return Promise.all(
    Object.entries(scenarioLoaders).map(async ([id, load]) => ({
      scenario: (await load()).default,
      content: await loadScenarioContent(id, locale),
    })),
  );
}

/** Beyond this many combinations, each option still appears in at least one variant. */
const MAX_VARIANTS = 256;

/**
 * The example answers with the choice fields varied: every combination of their options
 * when there are few enough, so each branch and each pairing of branches is walked.
 */
export function answerVariants({ scenario, content }: LoadedScenario): Answers[] {
  const choices = scenario.fields.filter((field) => field.kind === 'choice');
  const combinations = choices.reduce<Answers[]>(
    (partial, field) =>
      partial.flatMap((answers) =>
        (field.options ?? []).map((option) => ({ ...answers, [field.name]: option })),
      ),
    [{ ...content.examples }],
  );
  if (combinations.length <= MAX_VARIANTS) return combinations;
  const count = Math.max(...choices.map((field) => field.options?.length ?? 0));
  return Array.from({ length: count }, (_, index) => {
    const answers: Answers = { ...content.examples };
    for (const field of choices) {
      const options = field.options ?? [];
      answers[field.name] = options[index % options.length] ?? '';
    }
    return answers;
  });
}
