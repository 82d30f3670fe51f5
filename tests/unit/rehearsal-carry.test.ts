/** The best lines reach the matching guide through its own machine, never overwriting an answer. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { carryLines } from '../../src/rehearsals/carry-lines';
import { closeDatabase } from '../../src/lib/storage/database';
import { loadFlow, saveFlow } from '../../src/lib/storage/flow-store';
import { scenarioLoaders } from '../../src/scenarios/registry';
import { createActor } from 'xstate';

beforeEach(async () => {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
});

const answersIn = async (scenarioId: string) => {
  const saved = await loadFlow(scenarioId);
  if (saved.kind !== 'found') return null;
  return (saved.record.snapshot as { context: { answers: Record<string, string> } }).context
    .answers;
};

test('lines start a guide that has no progress yet', async () => {
  const lines = ['What does it look like when it happens?', 'Is it a particular part of math?'];
  expect(await carryLines('raise-concern', 'question', lines)).toBe('carried');
  expect(await answersIn('raise-concern')).toEqual({ question: lines.join(' ') });
});

test('lines join a guide in progress, keeping every answer already given', async () => {
  const { default: scenario } = await scenarioLoaders['raise-concern']!();
  const actor = createActor(scenario.machine).start();
  actor.send({ type: 'answer.set', field: 'childName', value: 'Theo' });
  await saveFlow(
    {
      scenarioId: 'raise-concern',
      machineVersion: scenario.version,
      snapshot: actor.getPersistedSnapshot(),
    },
    0,
  );
  expect(await carryLines('raise-concern', 'question', ['What have you noticed?'])).toBe('carried');
  expect(await answersIn('raise-concern')).toEqual({
    childName: 'Theo',
    question: 'What have you noticed?',
  });
});

test('an answer the parent already wrote is never overwritten', async () => {
  await carryLines('raise-concern', 'question', ['My own question?']);
  expect(await carryLines('raise-concern', 'question', ['Another line?'])).toBe('already-answered');
  expect(await answersIn('raise-concern')).toEqual({ question: 'My own question?' });
});

test('an unknown guide or field, or nothing to carry, changes nothing', async () => {
  expect(await carryLines('no-such-guide', 'question', ['A line'])).toBe('not-saved');
  expect(await carryLines('raise-concern', 'notAField', ['A line'])).toBe('not-saved');
  expect(await carryLines('raise-concern', 'question', [])).toBe('not-saved');
  expect(await loadFlow('raise-concern')).toEqual({ kind: 'none' });
});
