/** Issue 11, item 3: encoding and decoding never throw, and unrestorable progress is set aside once. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createActor } from 'xstate';
import { closeDatabase, openDatabase } from '../../src/lib/storage/database';
import { restoresCleanly } from '../../src/lib/storage/flow-contract';
import { loadFlow, saveFlow } from '../../src/lib/storage/flow-store';
import { resumeFlow } from '../../src/lib/storage/resume-flow';
import { decodePart, encodePart, wellFormed } from '../../src/lib/well-formed';
import { mailtoHref } from '../../src/scenarios/drafts/mailto';
import scenario from '../../src/scenarios/first-week-intro.machine';

const words = { storageUnavailable: 'off', setAsideCorrupted: 'read', setAsideOutdated: 'old' };

beforeEach(async () => {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
});

test('half an emoji made encodeURIComponent throw: every part is now encoded', () => {
  expect(wellFormed('a\uD83Db\uDE42c\uD83D\uDE42')).toBe('a\uFFFDb\uFFFDc\uD83D\uDE42');
  expect(encodePart('Thanks \uD83D')).toBe(encodeURIComponent('Thanks \uFFFD'));
  const href = mailtoHref({ subject: 'Hi \uDE42', body: 'Thanks \uD83D' }, 'a@example.org');
  expect(new URL(href).searchParams.get('body')).toBe('Thanks \uFFFD');
});

test('a malformed escape made decodeURIComponent throw: it is now kept as it was', () => {
  expect(decodePart('%E0%A4%A')).toBe('%E0%A4%A');
  expect(decodePart('iep%20goals')).toBe('iep goals');
});

test('a snapshot XState cannot run from is told apart from one it can', () => {
  const persisted = createActor(scenario.machine).start().getPersistedSnapshot() as object;
  expect(restoresCleanly(scenario.machine, persisted as never)).toBe(true);
  expect(restoresCleanly(scenario.machine, { ...persisted, children: null } as never)).toBe(false);
  expect(restoresCleanly(scenario.machine, { ...persisted, historyValue: { x: 5 } } as never)).toBe(
    false,
  );
});

test('a saved snapshot XState cannot restore crashed every visit: it is set aside once', async () => {
  const persisted = createActor(scenario.machine).start().getPersistedSnapshot() as object;
  const snapshot = { ...persisted, children: null };
  await saveFlow({ scenarioId: scenario.flowId, machineVersion: scenario.version, snapshot }, 0);

  const first = await resumeFlow(scenario, 'Intro', words);
  expect(first.snapshot).toBeUndefined();
  expect(await loadFlow(scenario.flowId)).toEqual({ kind: 'none' });
  const second = await resumeFlow(scenario, 'Intro', words);
  expect(second.snapshot).toBeUndefined();
  const aside = (await (await openDatabase())?.getAll('set-aside')) ?? [];
  expect(aside).toHaveLength(1);
  expect((aside[0]?.raw as { snapshot: unknown }).snapshot).toEqual(snapshot);
});
