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
import { counter } from './counter';
import { faultOf, type StorageFault } from './storage-errors';

/** A snapshot is a plain object: an array or anything else cannot be read as progress. */
const snapshotSchema = v.custom<Record<string, unknown>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
);

export const flowRecordSchema = v.object({
  v: v.literal(1),
  scenarioId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  machineVersion: counter,
  revision: counter,
  savedAt: counter,
  snapshot: snapshotSchema,
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
  | { kind: 'set-aside' }
  | { kind: 'failed'; fault: StorageFault };

/** Flows whose screen failed and whose progress was set aside: not saved again in this page. */
const setAsideHere = new Set<string>();

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
  if (setAsideHere.has(record.scenarioId)) return { kind: 'set-aside' };
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

/**
 * A flow's screen failed on what it holds: its progress (with the snapshot that was on
 * screen, the parent's latest words) moves to the set-aside store, and this page saves the
 * flow no more, so a save still queued cannot put the failing snapshot back.
 */
export async function setAsideFailedFlow(scenarioId: string, onScreen: unknown): Promise<void> {
  setAsideHere.add(scenarioId);
  const db = await openDatabase();
  if (!db) return;
  const tx = db.transaction(['flows', 'set-aside'], 'readwrite');
  const stored: unknown = await tx.objectStore('flows').get(scenarioId);
  const raw =
    onScreen === undefined
      ? stored
      : { ...(typeof stored === 'object' ? stored : { v: 1, scenarioId }), snapshot: onScreen };
  if (raw !== undefined) {
    await tx.objectStore('set-aside').add({
      scenarioId,
      reason: 'corrupted',
      setAsideAt: Date.now(),
      raw,
    });
  }
  await tx.objectStore('flows').delete(scenarioId);
  await tx.done;
}

/** A flow loaded afresh (after its progress was set aside) saves again. */
export const resumeSaving = (scenarioId: string) => void setAsideHere.delete(scenarioId);

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
