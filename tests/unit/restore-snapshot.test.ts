import { createActor } from 'xstate';
import scenario from '../../src/scenarios/first-week-intro.machine';

function savedAt(step: 'about-you' | 'teacher') {
  const actor = createActor(scenario.machine).start();
  actor.send({ type: 'answer.set', field: 'parentName', value: 'Dana' });
  actor.send({ type: 'answer.set', field: 'childName', value: 'Maya' });
  if (step === 'teacher') actor.send({ type: 'step.next' });
  return JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as Record<string, unknown>;
}

test('a saved snapshot resumes at the same step with every answer', () => {
  const snapshot = scenario.restore({
    machineVersion: scenario.version,
    snapshot: savedAt('teacher'),
  });
  expect(snapshot).not.toBeNull();
  const resumed = createActor(scenario.machine, { snapshot: snapshot ?? undefined })
    .start()
    .getSnapshot();
  expect(resumed.value).toBe('teacher');
  expect(resumed.context.answers).toEqual({ parentName: 'Dana', childName: 'Maya' });
});

test('snapshots that no longer fit the machine are refused', () => {
  const good = savedAt('teacher');
  const context = good.context as Record<string, unknown>;
  const cases: unknown[] = [
    { ...good, value: 'a-step-that-was-removed' },
    { ...good, context: { ...context, answers: { renamedField: 'x' } } },
    { ...good, context: { ...context, answers: { childName: 42 } } },
    { ...good, context: { ...context, draftLanguage: 'klingon' } },
    { ...good, context: null },
    { ...good, status: 'error' },
    'not even an object',
    null,
  ];
  for (const snapshot of cases) {
    expect(scenario.restore({ machineVersion: scenario.version, snapshot })).toBeNull();
  }
  expect(scenario.restore({ machineVersion: scenario.version + 1, snapshot: good })).toBeNull();
});

test('a draft’s language is kept with the progress; progress saved before it still resumes', () => {
  const good = savedAt('teacher');
  const context = good.context as Record<string, unknown>;
  const { draftLanguage: _none, ...older } = context;
  expect(
    scenario.restore({ machineVersion: scenario.version, snapshot: { ...good, context: older } }),
  ).not.toBeNull();
  const english = scenario.restore({
    machineVersion: scenario.version,
    snapshot: { ...good, context: { ...context, draftLanguage: 'en' } },
  });
  expect(english).not.toBeNull();
  const resumed = createActor(scenario.machine, { snapshot: english ?? undefined }).start();
  expect(resumed.getSnapshot().context.draftLanguage).toBe('en');
  // Starting over forgets it, with the answers.
  resumed.send({ type: 'flow.restart' });
  expect(resumed.getSnapshot().context.draftLanguage).toBeUndefined();
});
