// @vitest-environment jsdom
/**
 * Issue 11, item 5: records that fail validation on read are set aside exactly once, said so,
 * and carried in backups, instead of being hidden, or copied aside again on every load.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createBackup, parseBackup, restoreBackup } from '../../src/lib/storage/backup';
import { closeDatabase, openDatabase } from '../../src/lib/storage/database';
import { listRecords } from '../../src/lib/storage/records-store';
import { dismissNotice, useNotices } from '../../src/lib/notices';
import { renderHook } from '@testing-library/react';

const good = {
  id: 'good',
  name: 'Maya',
  grade: '',
  school: '',
  strengths: '',
  challenges: '',
  whatWorks: '',
  plan: 'none',
  updatedAt: 5,
};

beforeEach(async () => {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
  dismissNotice('set-aside-records');
});

const putRaw = async (store: 'children' | 'log', ...records: unknown[]) => {
  const db = await openDatabase();
  for (const record of records) await db?.put(store, record as never);
};
const setAside = async () => (await (await openDatabase())?.getAll('set-aside')) ?? [];
const notices = () => renderHook(() => useNotices()).result.current;

test('a record with a non-string id was copied to the set-aside store on every load: it is stored once', async () => {
  await putRaw('children', good, { id: 7, name: 'Maya', strengths: 'her own words' });
  for (let load = 0; load < 3; load++) {
    expect((await listRecords('children'))?.map((child) => child.id)).toEqual(['good']);
  }
  const aside = await setAside();
  expect(aside.map((record) => record.raw)).toEqual([
    { id: 7, name: 'Maya', strengths: 'her own words' },
  ]);
  expect(await (await openDatabase())?.count('children')).toBe(1);
});

test('two tabs reading the same broken record at once set it aside once', async () => {
  await putRaw('children', { id: 'bad', name: 42 });
  await Promise.all([listRecords('children'), listRecords('children'), listRecords('children')]);
  expect(await setAside()).toHaveLength(1);
});

test('records set aside on read were hidden without a word: the parent is told once, with a download', async () => {
  await putRaw('log', { id: 'bad-1', summary: 17 }, { id: 'bad-2' });
  await listRecords('log');
  const [notice] = notices().filter((n) => n.id === 'set-aside-records');
  expect(notice?.message).toMatch(/^2 records couldn't be read, so they were set aside/);
  expect(notice?.action?.label).toBe('Download what was set aside');

  dismissNotice('set-aside-records');
  await listRecords('log');
  expect(notices().filter((n) => n.id === 'set-aside-records')).toEqual([]);
});

test('a backup left out records that failed validation: they travel in it and come back', async () => {
  await putRaw('children', good, { id: 7, name: 'Maya', strengths: 'her own words' });
  const backup = await createBackup(1000);
  expect(backup?.records.children.map((child) => child.id)).toEqual(['good']);
  expect(JSON.stringify(backup?.setAside)).toContain('her own words');

  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
  const parsed = parseBackup(JSON.stringify(backup));
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return;
  expect((await restoreBackup(parsed.backup, 'merge')).kind).toBe('restored');
  // Restoring the same file twice keeps one copy of each set-aside item.
  expect((await restoreBackup(parsed.backup, 'replace')).kind).toBe('restored');
  const aside = await setAside();
  expect(aside.map((record) => record.raw)).toEqual([
    { id: 7, name: 'Maya', strengths: 'her own words' },
  ]);
});

test('the family file a coach hands over carries no set-aside session with its private notes', async () => {
  const { familyFile } = await import('../../src/features/coach/packet');
  const db = await openDatabase();
  await db?.put('sessions', { id: 's-1', date: 'soon', notes: 'private coach notes' } as never);
  const file = await familyFile();
  expect(JSON.stringify(file)).not.toContain('private coach notes');
});
