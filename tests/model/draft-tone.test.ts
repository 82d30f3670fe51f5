/**
 * Every scenario's draft, in each language, built from its example answers on every branch,
 * passes that language's tone coach.
 */
import type { Locale } from '../../src/lib/i18n/locale';
import { composeDraft } from '../../src/scenarios/drafts/compose-draft';
import { analyzeTone } from '../../src/tone/analyze';
import { loadToneLocale } from '../../src/tone/locale-content';
import { answerVariants, loadAllScenarios } from '../support/scenarios';

const LANGUAGES: Locale[] = ['en', 'es'];
await Promise.all(LANGUAGES.map(loadToneLocale));
const byLanguage = await Promise.all(
  LANGUAGES.map(async (locale) => [locale, await loadAllScenarios(locale)] as const),
);

describe.each(byLanguage)('in %s', (locale, scenarios) => {
  describe.each(scenarios.map((loaded) => [loaded.scenario.id, loaded] as const))(
    '%s',
    (_id, loaded) => {
      test.each(answerVariants(loaded).map((answers, index) => [index + 1, answers] as const))(
        'the example draft on answer variant %i has no tone finding',
        (_variant, answers) => {
          const { subject, body } = composeDraft(
            loaded.content.template,
            loaded.scenario.fields,
            loaded.scenario.answersOnPath(answers),
            locale,
          );
          const findings = [subject, body].flatMap((text) =>
            analyzeTone(text, { locale }).findings.map((f) => `${f.category}: "${f.text}"`),
          );
          expect(findings).toEqual([]);
        },
      );
    },
  );
});
