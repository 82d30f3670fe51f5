/**
 * Builds a scenario's XState machine from its declared steps. Every scenario walks the
 * same way (next, back, review, edit from review, draft), so that navigation is written
 * once here; a scenario file declares only its steps, the fields each collects, and the
 * conditions that switch branch steps on.
 */
import { and, assign, setup, type SnapshotFrom } from 'xstate';
import type { Answers, FieldSpec } from '../../lib/fields/field-spec';
import type { ScenarioContext, ScenarioEvent, ScenarioMeta, StepSpec } from './types';
import { holds, problemsWithWhen, type When } from './when';
import { problemsIn } from '../../lib/fields/validate-answers';
import { restoreBySchema } from '../../lib/storage/flow-contract';
import { scenarioSnapshotSchema } from './restore-snapshot';

export interface ScenarioSpec {
  id: string;
  /** Bump when steps or fields change in a way an old saved snapshot would not fit. */
  version: number;
  steps: readonly StepSpec[];
  /** Scenarios offered once the draft is ready, optionally only when `when` holds. */
  followUps?: readonly { scenario: string; when?: When }[];
  /** Email fields that address the draft, first filled one on the path wins; default the teacher's. */
  emailTo?: readonly string[];
  /** Name fields of who the draft is to (for the log and the calendar), first filled one wins. */
  nameTo?: readonly string[];
}

const NAME_TO = ['teacherName', 'contactName', 'recipientName'] as const;

export const emptyContext = (): ScenarioContext => ({
  answers: {},
  problems: {},
  returnToReview: false,
  draftEdits: null,
  discardedEdits: null,
  // Set, so that starting over also forgets a language chosen for the draft.
  draftLanguage: undefined,
});

/** A scenario that cannot work as written: a condition's typo, a field asked twice. */
function checkSpec(spec: ScenarioSpec, fields: readonly FieldSpec[]): void {
  const problems = [
    ...spec.steps.flatMap((step) =>
      step.when ? problemsWithWhen(step.when, fields).map((p) => `step "${step.id}": ${p}`) : [],
    ),
    ...(spec.followUps ?? []).flatMap((followUp) =>
      followUp.when
        ? problemsWithWhen(followUp.when, fields).map(
            (p) => `follow-up "${followUp.scenario}": ${p}`,
          )
        : [],
    ),
    ...fields
      .filter((field, index) => fields.findIndex((other) => other.name === field.name) !== index)
      .map((field) => `the field "${field.name}" is asked twice`),
  ];
  if (problems.length > 0) throw new Error(`Scenario ${spec.id}: ${problems.join('; ')}`);
}

export function defineScenario(spec: ScenarioSpec) {
  const [firstStep] = spec.steps;
  if (!firstStep) throw new Error(`Scenario ${spec.id} has no steps`);
  const stepsById = new Map(spec.steps.map((step) => [step.id, step]));
  const fields = spec.steps.flatMap((step) => step.fields);
  checkSpec(spec, fields);
  const fieldNames = new Set(fields.map((field) => field.name));
  const fieldsByName = new Map(fields.map((field) => [field.name, field]));

  const applies = (step: StepSpec, answers: Answers) =>
    step.when === undefined || holds(step.when, answers);
  /** The steps this parent walks, given what they have answered so far. */
  const pathFor = (answers: Answers) => spec.steps.filter((step) => applies(step, answers));
  const fieldsOf = (stepId: string): readonly FieldSpec[] => stepsById.get(stepId)?.fields ?? [];
  const isComplete = (answers: Answers) =>
    pathFor(answers).every((step) => Object.keys(problemsIn(step.fields, answers)).length === 0);

  const machineSetup = setup({
    types: {
      context: {} as ScenarioContext,
      events: {} as ScenarioEvent,
      meta: {} as ScenarioMeta,
    },
    guards: {
      knownField: ({ event }) => event.type === 'answer.set' && fieldNames.has(event.field),
      stepValid: ({ context }, params: { step: string }) =>
        Object.keys(problemsIn(fieldsOf(params.step), context.answers)).length === 0,
      applies: ({ context }, params: { step: string }) => {
        const step = stepsById.get(params.step);
        return step !== undefined && applies(step, context.answers);
      },
      pathComplete: ({ context }) => isComplete(context.answers),
      returningToReview: ({ context }) => context.returnToReview,
      isStep: ({ event }, params: { step: string }) =>
        event.type === 'step.edit' && event.step === params.step,
      hasDiscardedEdits: ({ context }) => context.discardedEdits !== null,
      // Edits are in the draft's language: changing it starts from the answers again.
      notEdited: ({ context }) => context.draftEdits === null,
    },
    actions: {
      setAnswer: assign(({ context, event }) => {
        if (event.type !== 'answer.set') return {};
        const answers = { ...context.answers, [event.field]: event.value };
        const problems = { ...context.problems };
        // Once a problem is shown it follows the answer live, so fixing it clears it.
        const field = fieldsByName.get(event.field);
        if (field && event.field in problems) {
          const problem = problemsIn([field], answers)[event.field];
          if (problem) problems[event.field] = problem;
          else delete problems[event.field];
        }
        return { answers, problems };
      }),
      flagProblems: assign(({ context }, params: { step: string }) => ({
        problems: problemsIn(fieldsOf(params.step), context.answers),
      })),
      leaveStep: assign({ problems: {}, returnToReview: false }),
      openFromReview: assign({ problems: {}, returnToReview: true }),
      saveDraftEdits: assign(({ event }) =>
        event.type === 'draft.edit'
          ? { draftEdits: { subject: event.subject, body: event.body, basedOn: event.basedOn } }
          : {},
      ),
      keepDraftEdits: assign(({ context, event }) =>
        event.type === 'draft.keepEdits' && context.draftEdits
          ? { draftEdits: { ...context.draftEdits, basedOn: event.basedOn } }
          : {},
      ),
      regenerateDraft: assign(({ context }) => ({
        draftEdits: null,
        discardedEdits: context.draftEdits,
      })),
      undoRegenerate: assign(({ context }) => ({
        draftEdits: context.discardedEdits,
        discardedEdits: null,
      })),
      setDraftLanguage: assign(({ event }) =>
        event.type === 'draft.language' ? { draftLanguage: event.locale } : {},
      ),
      reset: assign(emptyContext),
    },
  });

  /** Transitions to the nearest applicable step in `candidates`, in order. */
  const toNearest = (
    candidates: readonly StepSpec[],
    guard?: { type: 'stepValid'; params: { step: string } },
  ) => {
    const transitions = [];
    for (const candidate of candidates) {
      const whenApplies = { type: 'applies' as const, params: { step: candidate.id } };
      const conditional = candidate.when !== undefined;
      transitions.push({
        target: candidate.id,
        guard: guard
          ? conditional
            ? and([guard, whenApplies])
            : guard
          : conditional
            ? whenApplies
            : undefined,
        actions: 'leaveStep' as const,
      });
      if (!conditional) return { transitions, exhausted: false };
    }
    return { transitions, exhausted: true };
  };

  // Only steps on the parent's current path can be opened from the review.
  const editTransitions = spec.steps.map((step) => {
    const isStep = { type: 'isStep' as const, params: { step: step.id } };
    const whenApplies = { type: 'applies' as const, params: { step: step.id } };
    return {
      guard: step.when === undefined ? isStep : and([isStep, whenApplies]),
      target: step.id,
      actions: 'openFromReview' as const,
    };
  });

  const stepStates = Object.fromEntries(
    spec.steps.map((step, index) => {
      const valid = { type: 'stepValid' as const, params: { step: step.id } };
      const forward = toNearest(spec.steps.slice(index + 1), valid);
      const backward = toNearest(spec.steps.slice(0, index).reverse());
      return [
        step.id,
        machineSetup.createStateConfig({
          meta: {
            view: 'step',
            step: step.id,
            content: `${spec.id}/${step.id}`,
            fields: step.fields,
          },
          on: {
            'step.next': [
              {
                guard: and([valid, 'returningToReview', 'pathComplete']),
                target: 'review',
                actions: 'leaveStep',
              },
              ...forward.transitions,
              ...(forward.exhausted
                ? [{ guard: valid, target: 'review', actions: 'leaveStep' as const }]
                : []),
              { actions: { type: 'flagProblems', params: { step: step.id } } },
            ],
            'step.back': backward.transitions,
          },
        }),
      ];
    }),
  );

  const lastSteps = toNearest([...spec.steps].reverse());

  const machine = machineSetup.createMachine({
    id: spec.id,
    initial: firstStep.id,
    context: emptyContext,
    on: {
      'answer.set': { guard: 'knownField', actions: 'setAnswer' },
      'flow.restart': { target: `.${firstStep.id}`, actions: 'reset' },
    },
    states: {
      ...stepStates,
      review: {
        meta: { view: 'review' },
        on: {
          'step.edit': editTransitions,
          'step.back': lastSteps.transitions,
          'review.confirm': { guard: 'pathComplete', target: 'draft' },
        },
      },
      draft: {
        meta: { view: 'draft' },
        on: {
          'step.edit': editTransitions,
          'draft.review': 'review',
          'draft.edit': { actions: 'saveDraftEdits' },
          'draft.keepEdits': { actions: 'keepDraftEdits' },
          'draft.regenerate': { actions: 'regenerateDraft' },
          'draft.undoRegenerate': { guard: 'hasDiscardedEdits', actions: 'undoRegenerate' },
          'draft.language': { guard: 'notEdited', actions: 'setDraftLanguage' },
        },
      },
    },
  });

  /** Only answers from steps on the parent's path reach a draft: a branch not taken says nothing. */
  const answersOnPath = (answers: Answers): Answers => {
    const onPath = new Set(
      pathFor(answers).flatMap((step) => step.fields.map((field) => field.name)),
    );
    return Object.fromEntries(Object.entries(answers).filter(([name]) => onPath.has(name)));
  };
  const firstFilled = (answers: Answers, names: readonly string[]) => {
    const usable = answersOnPath(answers);
    const field = names.find((name) => usable[name]?.trim());
    return field ? (usable[field]?.trim() ?? '') : '';
  };
  /** The address the draft goes to. */
  const recipientOf = (answers: Answers) => firstFilled(answers, spec.emailTo ?? ['teacherEmail']);
  /** The name of whom the draft goes to, or '' when the parent named no one. */
  const recipientNameOf = (answers: Answers) => firstFilled(answers, spec.nameTo ?? NAME_TO);

  const followUpsFor = (answers: Answers) =>
    (spec.followUps ?? [])
      .filter((followUp) => followUp.when === undefined || holds(followUp.when, answers))
      .map((followUp) => followUp.scenario);

  return {
    id: spec.id,
    flowId: spec.id,
    version: spec.version,
    restore: restoreBySchema(spec.version, () =>
      scenarioSnapshotSchema([...fieldNames], Object.keys(machine.states)),
    ),
    steps: spec.steps,
    fields,
    machine,
    pathFor,
    isComplete,
    followUps: (spec.followUps ?? []).map((followUp) => followUp.scenario),
    followUpsFor,
    answersOnPath,
    recipientOf,
    recipientNameOf,
  };
}

export type Scenario = ReturnType<typeof defineScenario>;
export type ScenarioSnapshot = SnapshotFrom<Scenario['machine']>;

/** The meta of the state a flow is in; flat machines have exactly one. */
export function currentMeta(snapshot: {
  getMeta(): Record<string, ScenarioMeta | undefined>;
}): ScenarioMeta {
  const [meta] = Object.values(snapshot.getMeta()).filter(
    (m): m is ScenarioMeta => m !== undefined,
  );
  if (!meta) throw new Error('Every scenario state declares meta');
  return meta;
}
