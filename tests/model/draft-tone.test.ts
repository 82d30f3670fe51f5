/** Every scenario's draft, built from its example answers on every branch, passes the tone coach. */
import { composeDraft } from '../../src/scenarios/drafts/compose-draft';
import { analyzeTone } from '../../src/tone/analyze';
import { answerVariants, loadAllScenarios } from '../support/scenarios';

const scenarios = await loadAllScenarios();

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
        );
        const findings = [...analyzeTone(subject).findings, ...analyzeTone(body).findings];
        expect(findings.map((f) => `${f.category}: "${f.text}"`)).toEqual([]);
      },
    );
  },
);
