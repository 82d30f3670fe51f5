import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import v1 from '../fixtures/database-v1.json';
import { closeDatabase, DATABASE_NAME, openDatabase } from '../../src/lib/storage/database';
import { loadFlow } from '../../src/lib/storage/flow-store';
import type { Child } from '../../src/lib/storage/record-schemas';
import { saveEdit } from '../../src/lib/storage/record-edit';
import { listRecords, saveRecord } from '../../src/lib/storage/records-store';

const child = (changes: Partial<Child> = {}): Child => ({
  id: 'child-1',
  name: 'Maya',
  grade: '3rd grade',
  school: '',
  strengths: '',
  challenges: '',
  whatWorks: '',
  plan: 'none',
  updatedAt: 0,
  ...changes,
});

beforeEach(async () => {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
});

test('data saved by the first version of the app survives the upgrade', async () => {
  const old = await openDB(DATABASE_NAME, 1, {
    upgrade(db) {
      db.createObjectStore('flows', { keyPath: 'scenarioId' });
      db.createObjectStore('set-aside', { keyPath: 'id', autoIncrement: true });
    },
  });
  for (const flow of v1.flows) await old.put('flows', flow);
  old.close();

  const loaded = await loadFlow('first-week-intro');
  expect(loaded.kind === 'found' && loaded.record).toEqual(v1.flows[0]);
  expect(await listRecords('children')).toEqual([]);
  expect([...((await openDatabase())?.objectStoreNames ?? [])].sort()).toEqual(
    [
      'children',
      'contacts',
      'drafts',
      'families',
      'flows',
      'log',
      'sessions',
      'set-aside',
      'settings',
    ].sort(),
  );
});

test('a record saved is a record listed, and a stale tab cannot overwrite it', async () => {
  const first = await saveRecord('children', child(), null);
  expect(first.kind).toBe('saved');
  const saved = first.kind === 'saved' ? first.record : child();
  expect(await listRecords('children')).toEqual([saved]);

  expect((await saveRecord('children', child({ name: 'Stale' }), null)).kind).toBe('conflict');
  expect((await saveRecord('children', { ...saved, name: 'Maya R.' }, saved.updatedAt)).kind).toBe(
    'saved',
  );
  expect(
    (await saveRecord('children', { ...saved, name: 'Older tab' }, saved.updatedAt)).kind,
  ).toBe('conflict');
  expect((await listRecords('children'))?.[0]?.name).toBe('Maya R.');
});

test('an invalid record is refused before it is written', async () => {
  expect((await saveRecord('children', child({ plan: 'magic' as never }), null)).kind).toBe(
    'invalid',
  );
  expect(await listRecords('children')).toEqual([]);
});

test('a corrupted record is set aside and the others still load', async () => {
  const db = await openDatabase();
  await db?.put('children', child({ id: 'good', updatedAt: 5 }));
  await db?.put('children', { id: 'bad', name: 42 } as never);
  expect((await listRecords('children'))?.map((c) => c.id)).toEqual(['good']);
  const aside = await db?.getAll('set-aside');
  expect(aside?.map((record) => record.raw)).toEqual([{ id: 'bad', name: 42 }]);
});

async function savedMaya() {
  const first = await saveRecord('children', child(), null);
  if (first.kind !== 'saved') throw new Error('not saved');
  return first.record;
}

test('an edit over another tab’s newer save keeps both, when they changed different fields', async () => {
  const opened = await savedMaya();
  const other = await saveEdit('children', { ...opened, strengths: 'Drawing' }, opened);
  expect(other).toMatchObject({ kind: 'saved', fromOtherTab: [] });
  const mine = await saveEdit('children', { ...opened, grade: '4th grade' }, opened);
  expect(mine).toMatchObject({ kind: 'saved', fromOtherTab: ['strengths'], restored: false });
  expect(await listRecords('children')).toMatchObject([
    { strengths: 'Drawing', grade: '4th grade' },
  ]);
});

test('an edit that changed a field another tab changed too is not saved, and brings both versions', async () => {
  const opened = await savedMaya();
  await saveEdit('children', { ...opened, grade: '5th grade', school: 'Lincoln' }, opened);
  const mine = await saveEdit(
    'children',
    { ...opened, grade: '6th grade', strengths: 'Kind' },
    opened,
  );
  expect(mine).toMatchObject({
    kind: 'conflict',
    fields: ['grade'],
    fromOtherTab: ['school'],
    current: { grade: '5th grade', school: 'Lincoln', strengths: '' },
    merged: { grade: '6th grade', school: 'Lincoln', strengths: 'Kind' },
  });
  expect(await listRecords('children')).toMatchObject([{ grade: '5th grade', strengths: '' }]);
  // Chosen against the version now stored, the save goes through.
  if (mine.kind !== 'conflict') throw new Error('no conflict');
  const chosen = await saveEdit('children', { ...mine.merged, grade: '5th grade' }, mine.current);
  expect(chosen.kind).toBe('saved');
  expect(await listRecords('children')).toMatchObject([
    { grade: '5th grade', school: 'Lincoln', strengths: 'Kind' },
  ]);
});

test('an edit of a record that is no longer stored saves it again, and says so', async () => {
  const opened = await savedMaya();
  const db = await openDatabase();
  await db?.clear('children');
  const mine = await saveEdit('children', { ...opened, grade: '4th grade' }, opened);
  expect(mine).toMatchObject({ kind: 'saved', restored: true });
  expect(await listRecords('children')).toMatchObject([{ name: 'Maya', grade: '4th grade' }]);
});
