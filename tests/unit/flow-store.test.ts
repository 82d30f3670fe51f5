import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { closeDatabase, openDatabase } from '../../src/lib/storage/database';
import {
  loadFlow,
  saveFlow,
  savedFlowRecords,
  setAsideRecords,
} from '../../src/lib/storage/flow-store';

const flow = (answers: Record<string, string>) => ({
  scenarioId: 'first-week-intro',
  machineVersion: 1,
  snapshot: { status: 'active', value: 'teacher', context: { answers } },
});

beforeEach(async () => {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
});

test('progress saved is progress loaded', async () => {
  expect(await loadFlow('first-week-intro')).toEqual({ kind: 'none' });
  expect(await saveFlow(flow({ childName: 'Maya' }), 0)).toEqual({
    kind: 'saved',
    revision: 1,
    restored: false,
  });
  const loaded = await loadFlow('first-week-intro');
  expect(loaded.kind === 'found' && loaded.record.snapshot).toEqual(
    flow({ childName: 'Maya' }).snapshot,
  );
  expect((await savedFlowRecords()).map((record) => record.scenarioId)).toEqual([
    'first-week-intro',
  ]);
});

test('a second tab cannot overwrite newer work saved by the first', async () => {
  expect(await saveFlow(flow({ childName: 'from tab A' }), 0)).toEqual({
    kind: 'saved',
    revision: 1,
    restored: false,
  });
  expect(await saveFlow(flow({ childName: 'stale tab B' }), 0)).toEqual({ kind: 'conflict' });
  const loaded = await loadFlow('first-week-intro');
  expect(loaded.kind === 'found' && loaded.record.snapshot).toEqual(
    flow({ childName: 'from tab A' }).snapshot,
  );
  expect(await saveFlow(flow({ childName: 'tab A again' }), 1)).toEqual({
    kind: 'saved',
    revision: 2,
    restored: false,
  });
});

test('progress gone where this tab had saved it means storage was cleared: it is saved again', async () => {
  expect(await saveFlow(flow({ childName: 'Maya' }), 0)).toMatchObject({ kind: 'saved' });
  expect(await saveFlow(flow({ childName: 'Maya R.' }), 1)).toMatchObject({ revision: 2 });
  // As "clear site data" does: the whole database goes, under the open tab.
  await closeDatabase();
  await new Promise((resolve) => {
    indexedDB.deleteDatabase('common-ground').onsuccess = resolve;
  });
  expect(await saveFlow(flow({ childName: 'Maya Rivera' }), 2)).toEqual({
    kind: 'saved',
    revision: 3,
    restored: true,
  });
  const loaded = await loadFlow('first-week-intro');
  expect(loaded.kind === 'found' && loaded.record.snapshot).toEqual(
    flow({ childName: 'Maya Rivera' }).snapshot,
  );
  // Another tab's newer save is still refused, as before.
  expect(await saveFlow(flow({ childName: 'stale' }), 2)).toEqual({ kind: 'conflict' });
});

test('a corrupted record is set aside with its contents, and the rest keeps working', async () => {
  const db = await openDatabase();
  await db?.put('flows', { scenarioId: 'first-week-intro', v: 1, snapshot: 'garbage' } as never);
  expect(await loadFlow('first-week-intro')).toEqual({ kind: 'set-aside', reason: 'corrupted' });
  expect(await loadFlow('first-week-intro')).toEqual({ kind: 'none' });
  const [record] = await setAsideRecords();
  expect(record).toMatchObject({
    scenarioId: 'first-week-intro',
    reason: 'corrupted',
    raw: { snapshot: 'garbage' },
  });
  expect(await saveFlow(flow({ childName: 'Maya' }), 0)).toEqual({
    kind: 'saved',
    revision: 1,
    restored: false,
  });
});

test('when the browser refuses storage, loading and saving say so instead of throwing', async () => {
  globalThis.indexedDB = {
    open: () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  } as unknown as IDBFactory;
  expect(await loadFlow('first-week-intro')).toEqual({ kind: 'unavailable' });
  expect(await saveFlow(flow({}), 0)).toEqual({ kind: 'failed', fault: 'unavailable' });
  expect(await savedFlowRecords()).toEqual([]);
});

test('a full disk is reported as such', async () => {
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = () => {
    throw new DOMException('Quota exceeded', 'QuotaExceededError');
  };
  try {
    expect(await saveFlow(flow({ childName: 'Maya' }), 0)).toEqual({
      kind: 'failed',
      fault: 'quota',
    });
  } finally {
    IDBObjectStore.prototype.put = put;
  }
});
