/**
 * Model-based tests: xstate/graph walks every simple path through every scenario, for
 * every branch of its answers, and checks where each path can lead.
 */
import { createActor } from 'xstate';
import { createTestModel, getShortestPaths } from 'xstate/graph';
import { composeDraft, templateView } from '../../src/scenarios/drafts/compose-draft';
import { emptyContext, type Scenario } from '../../src/scenarios/engine/define-scenario';
import type { ScenarioContext, ScenarioEvent } from '../../src/scenarios/engine/types';
import type { Answers } from '../../src/lib/fields/field-spec';
import { answerVariants, loadAllScenarios } from '../support/scenarios';

const scenarios = await loadAllScenarios();

/** A snapshot at the first step with every answer already given. */
function startWith(scenario: Scenario, answers: Answers) {
  const actor = createActor(scenario.machine).start();
  for (const [field, value] of Object.entries(answers))
    actor.send({ type: 'answer.set', field, value });
  return actor.getSnapshot();
}

const navigationEvents = (scenario: Scenario): ScenarioEvent[] => [
  { type: 'step.next' },
  { type: 'step.back' },
  { type: 'review.confirm' },
  ...scenario.steps.map((step) => ({ type: 'step.edit' as const, step: step.id })),
];

/** Navigation only depends on the step and on whether the parent came from the review. */
const serializeState = (snapshot: { value: unknown; context: ScenarioContext }) =>
  JSON.stringify([snapshot.value, snapshot.context.returnToReview]);

/** Every way an answer can appear once the template has placed it in a sentence. */
function asWritten(scenario: Scenario, answers: Answers, name: string): string[] {
  const value = templateView(scenario.fields, answers)[name];
  if (typeof value === 'string') return [value];
  const forms = (value as { forms: Record<string, string> }).forms;
  return Object.values(forms)
    .map((form) => form.trim().replace(/[.!?…]+$/u, ''))
    .filter(Boolean);
}

describe.each(scenarios.map((loaded) => [loaded.scenario.id, loaded] as const))(
  '%s',
  (_id, loaded) => {
    const { scenario, content } = loaded;

    describe.each(answerVariants(loaded).map((answers, i) => [i + 1, answers] as const))(
      'answer variant %i',
      (_variant, answers) => {
        const model = createTestModel(scenario.machine, {
          events: navigationEvents(scenario),
          serializeState,
          fromState: startWith(scenario, answers),
          limit: 5000,
        } as never);
        const paths = model.getSimplePaths({ allowDuplicatePaths: true });
        const toDraft = paths.filter((path) => path.state.value === 'draft');

        test('paths reach the draft, and every path walks only the steps that apply', () => {
          expect(toDraft.length).toBeGreaterThan(0);
          const applicable = new Set([
            ...scenario.pathFor(answers).map((s) => s.id),
            'review',
            'draft',
          ]);
          for (const path of paths) {
            for (const step of path.steps) expect(applicable).toContain(step.state.value);
          }
        });

        test('every path to the draft yields a complete draft with the answers on that path, and no others', () => {
          const onPath = scenario.pathFor(answers).flatMap((step) => step.fields);
          const offPath = scenario.fields.filter((field) => !onPath.includes(field));
          for (const path of toDraft) {
            const { answers: given } = path.state.context;
            const draft = composeDraft(
              content.template,
              scenario.fields,
              scenario.answersOnPath(given),
            );
            const sheet = content.sheet
              ? composeDraft(content.sheet, scenario.fields, scenario.answersOnPath(given))
              : null;
            const written = [draft.subject, draft.body, sheet?.subject, sheet?.body].join('\n');
            expect(draft.subject.length).toBeGreaterThan(0);
            expect(written).not.toMatch(/\{\{|\}\}/);
            // Every answer on the path is used, in the email or in the printable sheet; a
            // pasted message is read by the guide, never quoted back whole.
            for (const field of onPath) {
              if (
                field.kind === 'choice' ||
                field.kind === 'email' ||
                field.shape === 'message' ||
                !answers[field.name]
              )
                continue;
              const forms = asWritten(scenario, answers, field.name);
              expect(
                forms.some((form) => written.includes(form)),
                field.name,
              ).toBe(true);
            }
            // Answers from a branch the parent did not take never reach the teacher.
            for (const field of offPath) {
              if (field.kind === 'choice' || !answers[field.name]) continue;
              for (const form of asWritten(scenario, answers, field.name))
                expect(written, field.name).not.toContain(form);
            }
          }
        });

        test('no dead ends: from every reachable state the draft can still be reached', () => {
          const reachable = getShortestPaths(scenario.machine, {
            events: navigationEvents(scenario),
            serializeState,
            fromState: startWith(scenario, answers),
            limit: 5000,
          } as never);
          for (const { state } of reachable) {
            const onward = getShortestPaths(scenario.machine, {
              events: navigationEvents(scenario),
              serializeState,
              fromState: state,
              toState: (snapshot: { value: unknown }) => snapshot.value === 'draft',
              limit: 5000,
            } as never);
            expect(onward.length, `stuck at ${String(state.value)}`).toBeGreaterThan(0);
          }
        });

        test('back from any step returns to the step before it on the path', () => {
          const path = scenario.pathFor(answers);
          const actor = createActor(scenario.machine, {
            snapshot: startWith(scenario, answers),
          }).start();
          for (const step of path.slice(1)) {
            actor.send({ type: 'step.next' });
            expect(actor.getSnapshot().value).toBe(step.id);
          }
          for (const step of path.slice(0, -1).reverse()) {
            actor.send({ type: 'step.back' });
            expect(actor.getSnapshot().value).toBe(step.id);
          }
          expect(actor.getSnapshot().context.answers).toEqual(
            startWith(scenario, answers).context.answers,
          );
        });
      },
    );

    test('an empty flow cannot move past a step until its required answers are given', () => {
      const actor = createActor(scenario.machine).start();
      for (const step of scenario.steps) {
        if (!scenario.pathFor(actor.getSnapshot().context.answers).includes(step)) continue;
        const required = step.fields.filter((field) => field.required);
        if (required.length > 0) {
          actor.send({ type: 'step.next' });
          expect(actor.getSnapshot().value).toBe(step.id);
          expect(Object.keys(actor.getSnapshot().context.problems).sort()).toEqual(
            required.map((field) => field.name).sort(),
          );
        }
        for (const field of step.fields) {
          const value = answerVariants(loaded)[0]?.[field.name];
          if (value) actor.send({ type: 'answer.set', field: field.name, value });
        }
        expect(actor.getSnapshot().context.problems).toEqual({});
        actor.send({ type: 'step.next' });
      }
      expect(actor.getSnapshot().value).toBe('review');
    });

    test('a fresh machine starts empty at the first step', () => {
      const snapshot = createActor(scenario.machine).getSnapshot();
      expect(snapshot.value).toBe(scenario.steps[0]?.id);
      expect(snapshot.context).toEqual(emptyContext());
    });
  },
);
