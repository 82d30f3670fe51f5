/**
 * What an imported backup must be before anything is written: whole numbers that can still
 * grow, one record per id, and only guides, rehearsals and agenda items the app has, each
 * saved guide passing the checks it would pass when opened.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createActor } from 'xstate';
import { agendaDrafts } from '../../src/features/coach/packet';
import { parseBackup, readBackup, restoreBackup } from '../../src/lib/storage/backup';
import { closeDatabase } from '../../src/lib/storage/database';
import { saveFlow } from '../../src/lib/storage/flow-store';
import { listRecords, saveRecord } from '../../src/lib/storage/records-store';
import { backupChecks } from '../../src/rehearsals/known-flows';
import { loadScenarioContent } from '../../src/scenarios/content';
import { scenarioLoader, scenarioLoaders } from '../../src/scenarios/registry';

const child = (id: string, name: string, updatedAt = 1) => ({
  id,
  name,
  grade: '',
  school: '',
  strengths: '',
  challenges: '',
  whatWorks: '',
  plan: 'none' as const,
  updatedAt,
});
const session = (agenda: string[]) => ({
  id: 's1',
  date: '2026-10-02',
  agenda,
  nextSteps: '',
  notes: '',
  updatedAt: 1,
});

async function guideSnapshot(answers: Record<string, string> = {}) {
  const { default: scenario } = await scenarioLoaders['first-week-intro']!();
  const actor = createActor(scenario.machine).start();
  for (const [field, value] of Object.entries(answers))
    actor.send({ type: 'answer.set', field, value });
  const snapshot = actor.getPersistedSnapshot() as unknown as {
    context: Record<string, unknown>;
  };
  actor.stop();
  return { version: scenario.version, snapshot };
}

const flow = (scenarioId: string, snapshot: unknown, machineVersion = 1, savedAt = 1) => ({
  v: 1,
  scenarioId,
  machineVersion,
  revision: 1,
  savedAt,
  snapshot,
});

const file = (records: Record<string, unknown[]> = {}, flows: unknown[] = []) => ({
  format: 'common-ground-backup',
  version: 1,
  exportedAt: 1,
  records: { children: [], contacts: [], log: [], drafts: [], sessions: [], ...records },
  flows,
});

beforeEach(async () => {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
});

test('two records under one id are refused: the preview would count two, and one be kept', async () => {
  const text = JSON.stringify(file({ children: [child('c1', 'Maya'), child('c1', 'Ava')] }));
  expect(parseBackup(text)).toEqual({ ok: false, problem: 'damaged' });
  const { snapshot, version } = await guideSnapshot();
  const twice = file({}, [
    flow('first-week-intro', snapshot, version),
    flow('first-week-intro', snapshot, version, 2),
  ]);
  expect(parseBackup(JSON.stringify(twice))).toEqual({ ok: false, problem: 'damaged' });
});

test('times and revisions must be whole numbers well below 2^53, never Infinity', async () => {
  const { snapshot, version } = await guideSnapshot();
  const good = JSON.stringify(file({}, [flow('first-week-intro', snapshot, version, 1234)]));
  expect(parseBackup(good).ok).toBe(true);
  const hostile = [
    good.replace('"savedAt":1234', '"savedAt":1e999'),
    good.replace('"revision":1', `"revision":${2 ** 53}`),
    good.replace('"revision":1', '"revision":1.5'),
    good.replace('"machineVersion":1', '"machineVersion":-1e999'),
    good.replace('"exportedAt":1', '"exportedAt":1e999'),
    JSON.stringify(file({ children: [child('c1', 'Maya', 2 ** 53)] })),
    JSON.stringify(file({ children: [child('c1', 'Maya', 2 ** 53 - 1)] })),
  ];
  for (const text of hostile) expect(parseBackup(text)).toEqual({ ok: false, problem: 'damaged' });
});

test('a record saved from the largest accepted time still moves forward', async () => {
  const parsed = parseBackup(JSON.stringify(file({ children: [child('c1', 'Maya', 2 ** 50)] })));
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return;
  await restoreBackup(parsed.backup, 'replace');
  const [stored] = (await listRecords('children')) ?? [];
  expect(stored?.updatedAt).toBe(2 ** 50);
  // Beyond the largest time, a save is refused rather than silently turning off the check.
  const saved = await saveRecord('children', { ...child('c1', 'Maya'), name: 'M' }, 2 ** 50);
  expect(saved.kind).toBe('invalid');
});

test('agenda items and saved flows must name guides and rehearsals the app has', async () => {
  const { snapshot, version } = await guideSnapshot();
  const known = file({ sessions: [session(['first-week-intro', 'rehearsal:missed-recess'])] }, [
    flow('first-week-intro', snapshot, version),
    flow('first-week-intro~k3f9q2ab', snapshot, version),
  ]);
  expect((await readBackup(JSON.stringify(known), backupChecks)).ok).toBe(true);
  const unknown = [
    file({ sessions: [session(['toString'])] }),
    file({ sessions: [session(['__proto__'])] }),
    file({ sessions: [session(['rehearsal:toString'])] }),
    file({ sessions: [session(['no-such-guide'])] }),
    file({ sessions: [session(['first-week-intro', 'first-week-intro'])] }),
    file({}, [flow('toString', snapshot, version)]),
    file({}, [flow('hasOwnProperty~k3', snapshot, version)]),
    file({}, [flow('first-week-intro~../x', snapshot, version)]),
    file({}, [flow('rehearsal:constructor', snapshot, version)]),
  ];
  for (const backup of unknown)
    expect(await readBackup(JSON.stringify(backup), backupChecks)).toEqual({
      ok: false,
      problem: 'damaged',
    });
  expect(scenarioLoader('toString')).toBeUndefined();
  expect(scenarioLoaders['toString']).toBeUndefined();
});

test('an imported guide must pass the checks it would pass when opened', async () => {
  const { snapshot, version } = await guideSnapshot({ childName: 'Maya' });
  const fits = file({}, [flow('first-week-intro', snapshot, version)]);
  expect((await readBackup(JSON.stringify(fits), backupChecks)).ok).toBe(true);
  const broken = [
    { ...snapshot, context: { ...snapshot.context, answers: { childName: 42 } } },
    { ...snapshot, context: { ...snapshot.context, answers: { notAField: 'x' } } },
    { ...snapshot, value: 'no-such-step' },
  ];
  for (const bad of broken) {
    const text = JSON.stringify(file({}, [flow('first-week-intro', bad, version)]));
    expect(parseBackup(text).ok).toBe(true);
    expect(await readBackup(text, backupChecks)).toEqual({ ok: false, problem: 'damaged' });
  }
  // Saved by another version of the guide: imported, and set aside with a notice when opened.
  const older = file({}, [flow('first-week-intro', { status: 'active' }, version + 1)]);
  expect((await readBackup(JSON.stringify(older), backupChecks)).ok).toBe(true);
});

test('a saved flow named "toString" does not hide the other drafts of a packet', async () => {
  const { examples } = await loadScenarioContent('first-week-intro', 'en');
  const { snapshot, version } = await guideSnapshot(examples);
  await saveFlow({ scenarioId: 'first-week-intro', machineVersion: version, snapshot }, 0);
  await saveFlow({ scenarioId: 'toString', machineVersion: version, snapshot }, 0);
  const drafts = await agendaDrafts(['first-week-intro', 'toString']);
  expect(drafts.map((draft) => draft.flowId)).toEqual(['first-week-intro']);
});
