/**
 * Saved progress that cannot be read is called unreadable, not "improved since you last
 * used it": that notice is only for progress a newer version of a guide has outgrown.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { closeDatabase, openDatabase } from '../../src/lib/storage/database';
import { loadFlow, setAsideRecords } from '../../src/lib/storage/flow-store';
import { resumeFlow } from '../../src/lib/storage/resume-flow';
import { scenarioLoaders } from '../../src/scenarios/registry';

const words = {
  storageUnavailable: 'unavailable',
  setAsideCorrupted: 'unreadable: {title}',
  setAsideOutdated: 'improved: {title}',
};

const stored = (snapshot: unknown, machineVersion = 1) => ({
  v: 1 as const,
  scenarioId: 'first-week-intro',
  machineVersion,
  revision: 3,
  savedAt: 1,
  snapshot,
});

async function store(record: ReturnType<typeof stored>) {
  const db = await openDatabase();
  await db?.put('flows', record);
}

/** Resumes the guide over `record`; what was set aside, and why, decides the notice. */
async function resumeWith(record: ReturnType<typeof stored>) {
  await store(record);
  const { default: scenario } = await scenarioLoaders['first-week-intro']!();
  const resumed = await resumeFlow(scenario, 'Introduce your family', words);
  return { resumed, setAside: await setAsideRecords() };
}

beforeEach(async () => {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
});

test('a snapshot stored as an array is unreadable, and set aside whole', async () => {
  const record = stored([{ status: 'active', context: { answers: { parentName: 'Dana' } } }]);
  await store(record);
  expect(await loadFlow('first-week-intro')).toEqual({ kind: 'set-aside', reason: 'corrupted' });
  expect((await setAsideRecords()).map(({ reason, raw }) => ({ reason, raw }))).toEqual([
    { reason: 'corrupted', raw: record },
  ]);
});

test('progress of this very version that does not fit is unreadable; of another, outdated', async () => {
  const broken = { status: 'active', value: 'no-such-step', context: { answers: {} } };
  const same = await resumeWith(stored(broken, 1));
  expect(same.resumed.snapshot).toBeUndefined();
  expect(same.setAside.map((item) => item.reason)).toEqual(['corrupted']);

  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
  const older = await resumeWith(stored(broken, 0));
  expect(older.setAside.map((item) => item.reason)).toEqual(['outdated']);
});
