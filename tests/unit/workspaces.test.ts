/** A coach's families never see each other's data. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { closeDatabase } from '../../src/lib/storage/database';
import { addFamily, listFamilies } from '../../src/lib/storage/families-store';
import { loadFlow, saveFlow } from '../../src/lib/storage/flow-store';
import { listRecords, saveRecord } from '../../src/lib/storage/records-store';
import { createBackup } from '../../src/lib/storage/backup';
import { activeWorkspace, reopenTab, switchWorkspace } from '../../src/lib/workspace';

const store = new Map<string, string>();
globalThis.sessionStorage = {
  getItem: (key: string) => store.get(key) ?? null,
  setItem: (key: string, value: string) => void store.set(key, value),
} as Storage;

async function workIn(workspace: string) {
  await closeDatabase();
  store.set('common-ground.workspace', workspace);
  reopenTab();
}

const child = (name: string) => ({
  id: name,
  name,
  grade: '',
  school: '',
  strengths: '',
  challenges: '',
  whatWorks: '',
  plan: 'none' as const,
  updatedAt: 0,
});

beforeEach(async () => {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
  store.clear();
  reopenTab();
});

test('records, guides and backups of one family never show in another', async () => {
  const okafor = await addFamily('Okafor family');
  const chen = await addFamily('Chen family');
  if (!okafor || !chen) throw new Error('families not saved');

  await workIn(okafor.id);
  await saveRecord('children', child('Maya'), null);
  await saveFlow(
    { scenarioId: 'raise-concern', machineVersion: 1, snapshot: { status: 'active' } },
    0,
  );

  await workIn(chen.id);
  expect(await listRecords('children')).toEqual([]);
  expect(await loadFlow('raise-concern')).toEqual({ kind: 'none' });
  await saveRecord('children', child('Lin'), null);
  expect((await createBackup())?.records.children.map((c) => c.name)).toEqual(['Lin']);

  await workIn('');
  expect(await listRecords('children')).toEqual([]);
  expect((await listFamilies()).map((family) => family.name)).toEqual([
    'Chen family',
    'Okafor family',
  ]);

  await workIn(okafor.id);
  expect((await listRecords('children'))?.map((c) => c.name)).toEqual(['Maya']);
  expect((await listFamilies()).length).toBe(2);
});

test('a family needs a name', async () => {
  expect(await addFamily('   ')).toBeNull();
  expect(await listFamilies()).toEqual([]);
});

test('a tab keeps working in the workspace it opened on, whatever is stored later', async () => {
  const okafor = await addFamily('Okafor family');
  if (!okafor) throw new Error('family not saved');
  await workIn(okafor.id);
  expect(activeWorkspace()).toBe(okafor.id);
  // Another tab (sharing the remembered choice) switches to a family of its own.
  store.set('common-ground.workspace', 'another-family');
  await saveRecord('children', child('Maya'), null);
  expect(activeWorkspace()).toBe(okafor.id);
  expect((await listRecords('children'))?.map((c) => c.name)).toEqual(['Maya']);
  // Switching in this tab is what moves it.
  switchWorkspace('', '');
  expect(activeWorkspace()).toBe('');
  expect(await listRecords('children')).toEqual([]);
});

test('a family no longer listed is refused: nothing is written and no database is made', async () => {
  await workIn('removed-family');
  expect(await saveRecord('children', child('Maya'), null)).toEqual({
    kind: 'failed',
    fault: 'gone',
  });
  expect(
    await saveFlow({ scenarioId: 'raise-concern', machineVersion: 1, snapshot: {} }, 0),
  ).toEqual({ kind: 'failed', fault: 'gone' });
  expect(await listRecords('children')).toBeNull();
  const names = (await indexedDB.databases()).map((db) => db.name);
  expect(names).not.toContain('common-ground.family.removed-family');
});
