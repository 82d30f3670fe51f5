import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import {
  createBackup,
  deleteEverything,
  MAX_BACKUP_BYTES,
  parseBackup,
  restoreBackup,
} from '../../src/lib/storage/backup';
import { closeDatabase } from '../../src/lib/storage/database';
import { saveFlow } from '../../src/lib/storage/flow-store';
import { listRecords, saveRecord } from '../../src/lib/storage/records-store';

const maya = {
  id: 'c1',
  name: 'Maya',
  grade: '3rd',
  school: '',
  strengths: '',
  challenges: '',
  whatWorks: '',
  plan: 'none' as const,
  updatedAt: 0,
};
const entry = {
  id: 'l1',
  date: '2026-10-02',
  channel: 'email' as const,
  childId: 'c1',
  who: 'Ms. Rivera',
  summary: 'Asked about recess.',
  agreements: '',
  followUpDate: '2026-10-09',
  followUpDone: false,
  draftId: '',
  updatedAt: 0,
};

beforeEach(async () => {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
  await saveRecord('children', maya, null);
  await saveRecord('log', entry, null);
  await saveFlow(
    { scenarioId: 'first-week-intro', machineVersion: 1, snapshot: { status: 'active' } },
    0,
  );
});

test('backup, delete everything, restore: exactly the same data comes back', async () => {
  const backup = await createBackup(1);
  const text = JSON.stringify(backup);
  expect(await deleteEverything()).toBe(true);
  expect(await listRecords('children')).toEqual([]);

  const parsed = parseBackup(text);
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return;
  expect(await restoreBackup(parsed.backup, 'replace')).toEqual({ kind: 'restored' });
  expect(await createBackup(1)).toEqual(backup);
});

test('merge keeps whichever copy of a record is newer', async () => {
  const backup = await createBackup();
  if (!backup) throw new Error('no backup');
  const [saved] = (await listRecords('children')) ?? [];
  await saveRecord('children', { ...maya, name: 'Maya (newer here)' }, saved?.updatedAt ?? null);
  const older = { ...backup, records: { ...backup.records, children: backup.records.children } };
  await restoreBackup(older, 'merge');
  expect((await listRecords('children'))?.[0]?.name).toBe('Maya (newer here)');
});

test('files that are not our backups are refused with the reason, and nothing changes', async () => {
  const before = await createBackup(1);
  const good = JSON.stringify(before);
  const cases: [string, string][] = [
    ['not json {', 'not-json'],
    ['{"hello": "world"}', 'not-a-backup'],
    ['[1,2,3]', 'not-a-backup'],
    [good.replace('"version":1', '"version":99'), 'newer-version'],
    [good.replace('"name":"Maya"', '"name":42'), 'damaged'],
    [good.replace('"channel":"email"', '"channel":"carrier pigeon"'), 'damaged'],
    ['x'.repeat(MAX_BACKUP_BYTES + 1), 'too-large'],
  ];
  for (const [text, problem] of cases) expect(parseBackup(text)).toEqual({ ok: false, problem });
  expect(await createBackup(1)).toEqual(before);
});

test('hostile keys are dropped and script text stays plain text', () => {
  const backup = {
    format: 'common-ground-backup',
    version: 1,
    exportedAt: 1,
    flows: [],
    records: {
      children: [{ ...maya, name: '<script>alert(1)</script>', __proto__: { polluted: true } }],
      contacts: [],
      log: [],
      drafts: [],
    },
  };
  const text = JSON.stringify(backup).replace(
    '"id":"c1"',
    '"__proto__":{"polluted":true},"id":"c1"',
  );
  const parsed = parseBackup(text);
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return;
  expect(parsed.backup.records.children[0]?.name).toBe('<script>alert(1)</script>');
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf(parsed.backup.records.children[0])).toBe(Object.prototype);
});

test.each(['replace', 'merge'] as const)(
  'a %s restore whose write throws changes nothing, and says so truthfully',
  async (mode) => {
    const before = await createBackup(1);
    if (!before) throw new Error('no backup');
    // A value IndexedDB cannot store: put() throws synchronously, half-way through.
    const unstorable = { ...maya, id: 'c2', name: 'Ava', extra: () => 0 };
    const backup = {
      ...before,
      records: {
        ...before.records,
        children: [{ ...maya, name: 'Maya (backup)', updatedAt: Date.now() + 60_000 }, unstorable],
      },
    };
    const result = await restoreBackup(backup, mode);
    expect(result.kind).toBe('failed');
    expect(await createBackup(1)).toEqual(before);
  },
);

test('a backup the browser fails to read comes back as none, never as an uncaught error', async () => {
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function () {
    throw new DOMException('The database connection is closing.', 'InvalidStateError');
  };
  try {
    expect(await createBackup(1)).toBeNull();
  } finally {
    IDBDatabase.prototype.transaction = transaction;
  }
  expect(await createBackup(1)).not.toBeNull();
});
