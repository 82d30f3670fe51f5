/**
 * Saves and restores a parent's progress through a scenario. Every record is validated
 * on read; one that does not fit is moved to the set-aside store, never thrown away.
 */
import * as v from 'valibot';
import {
  openDatabase,
  openWorkspaceDatabase,
  type FlowRecordV1,
  type SetAsideRecord,
} from './database';
import { faultOf, type StorageFault } from './storage-errors';

export const flowRecordSchema = v.object({
  v: v.literal(1),
  scenarioId: v.string(),
  machineVersion: v.number(),
  revision: v.pipe(v.number(), v.integer(), v.minValue(0)),
  savedAt: v.number(),
  snapshot: v.looseObject({}),
});

export type LoadResult =
  | { kind: 'none' }
  | { kind: 'found'; record: FlowRecordV1 }
  | { kind: 'set-aside'; reason: SetAsideRecord['reason'] }
  | { kind: 'unavailable' };

export type SaveResult =
  /** `restored`: the record this tab saved before was gone (storage cleared): it is back. */
  | { kind: 'saved'; revision: number; restored: boolean }
  | { kind: 'conflict' }
  | { kind: 'failed'; fault: StorageFault };

export async function loadFlow(scenarioId: string): Promise<LoadResult> {
  const db = await openDatabase();
  if (!db) return { kind: 'unavailable' };
  try {
    const raw: unknown = await db.get('flows', scenarioId);
    if (raw === undefined) return { kind: 'none' };
    const parsed = v.safeParse(flowRecordSchema, raw);
    if (parsed.success && parsed.output.scenarioId === scenarioId) {
      return { kind: 'found', record: parsed.output as FlowRecordV1 };
    }
    await setAside(scenarioId, 'corrupted', raw);
    return { kind: 'set-aside', reason: 'corrupted' };
  } catch {
    return { kind: 'unavailable' };
  }
}

/**
 * Writes only if the stored revision is still the one this tab last saw; otherwise
 * another tab saved newer work, and overwriting it would lose that work. No record at all
 * where this tab had saved one is not newer work: storage was cleared under the tab (the
 * browser's "clear site data", or space running low), so what the tab holds is saved again.
 */
export async function saveFlow(
  record: Omit<FlowRecordV1, 'revision' | 'savedAt' | 'v'>,
  expectedRevision: number,
): Promise<SaveResult> {
  const db = await openWorkspaceDatabase();
  if (typeof db === 'string') return { kind: 'failed', fault: db };
  try {
    const tx = db.transaction('flows', 'readwrite');
    const current = await tx.store.get(record.scenarioId);
    const restored = current === undefined && expectedRevision > 0;
    const storedRevision = v.is(flowRecordSchema, current) ? current.revision : 0;
    if (storedRevision !== expectedRevision && !restored) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return { kind: 'conflict' };
    }
    const revision = expectedRevision + 1;
    await tx.store.put({ ...record, v: 1, revision, savedAt: Date.now() });
    await tx.done;
    return { kind: 'saved', revision, restored };
  } catch (error) {
    return { kind: 'failed', fault: faultOf(error) };
  }
}

export async function setAside(
  scenarioId: string,
  reason: SetAsideRecord['reason'],
  raw: unknown,
): Promise<void> {
  const db = await openDatabase();
  if (!db) return;
  const tx = db.transaction(['flows', 'set-aside'], 'readwrite');
  await tx.objectStore('set-aside').add({ scenarioId, reason, setAsideAt: Date.now(), raw });
  await tx.objectStore('flows').delete(scenarioId);
  await tx.done;
}

export async function deleteFlow(scenarioId: string): Promise<void> {
  const db = await openDatabase();
  await db?.delete('flows', scenarioId);
}

/** Every saved flow that reads cleanly (guides, each of their drafts, rehearsals). */
export async function savedFlowRecords(): Promise<FlowRecordV1[]> {
  const db = await openDatabase();
  if (!db) return [];
  try {
    const records: unknown[] = await db.getAll('flows');
    return records.filter((record): record is FlowRecordV1 => v.is(flowRecordSchema, record));
  } catch {
    return [];
  }
}

export async function setAsideRecords(): Promise<SetAsideRecord[]> {
  const db = await openDatabase();
  return db ? db.getAll('set-aside') : [];
}
