/**
 * Reads and writes the family's records (children, contacts, the conversation log, sent
 * drafts). Every record is validated on read; one that fails is set aside, not lost.
 * A write is refused when another tab changed the same record since this tab read it
 * (an edit made in a form is merged with that change instead: record-edit.ts).
 */
import * as v from 'valibot';
import { openDatabase, openWorkspaceDatabase } from './database';
import { recordSchemas, type RecordStore, type RecordTypes } from './record-schemas';
import { requestPersistentStorage } from './persist';
import { faultOf, type StorageFault } from './storage-errors';

export type RecordSaveResult<S extends RecordStore> =
  | { kind: 'saved'; record: RecordTypes[S] }
  | { kind: 'conflict' }
  | { kind: 'invalid' }
  | { kind: 'failed'; fault: StorageFault };

const changes =
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('common-ground-records');
const listeners = new Set<() => void>();

/** Calls `listener` whenever records change, in this tab or in another. */
export function onRecordsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announceRecordsChanged(): void {
  for (const listener of listeners) listener();
  changes?.postMessage('changed');
}
if (changes) changes.onmessage = () => listeners.forEach((listener) => listener());

export async function listRecords<S extends RecordStore>(
  store: S,
): Promise<RecordTypes[S][] | null> {
  const db = await openDatabase();
  if (!db) return null;
  try {
    const raw: unknown[] = await db.getAll(store);
    const valid: RecordTypes[S][] = [];
    const broken: unknown[] = [];
    for (const record of raw) {
      const parsed = v.safeParse(recordSchemas[store], record);
      if (parsed.success) valid.push(parsed.output as RecordTypes[S]);
      else broken.push(record);
    }
    if (broken.length > 0) await setAsideRecords(store, broken);
    return valid;
  } catch {
    return null;
  }
}

async function setAsideRecords(store: RecordStore, broken: unknown[]) {
  const db = await openDatabase();
  if (!db) return;
  const tx = db.transaction([store, 'set-aside'], 'readwrite');
  for (const raw of broken) {
    await tx
      .objectStore('set-aside')
      .add({ scenarioId: store, reason: 'corrupted', setAsideAt: Date.now(), raw });
    const key = (raw as { id?: unknown } | null)?.id;
    if (typeof key === 'string') await tx.objectStore(store).delete(key);
  }
  await tx.done;
}

/**
 * Saves a record. `seen` is the `updatedAt` this tab last read (null for a new record):
 * if the stored one differs, another tab changed it and the save is refused.
 */
export async function saveRecord<S extends RecordStore>(
  store: S,
  record: RecordTypes[S],
  seen: number | null,
): Promise<RecordSaveResult<S>> {
  const updated = { ...record, updatedAt: Math.max(Date.now(), (seen ?? 0) + 1) };
  if (!v.is(recordSchemas[store], updated)) return { kind: 'invalid' };
  const db = await openWorkspaceDatabase();
  if (typeof db === 'string') return { kind: 'failed', fault: db };
  try {
    const tx = db.transaction(store, 'readwrite');
    const current = (await tx.store.get(record.id)) as { updatedAt?: number } | undefined;
    if ((current?.updatedAt ?? null) !== seen) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return { kind: 'conflict' };
    }
    await tx.store.put(updated as never);
    await tx.done;
    announceRecordsChanged();
    requestPersistentStorage();
    return { kind: 'saved', record: updated };
  } catch (error) {
    return { kind: 'failed', fault: faultOf(error) };
  }
}

export async function deleteRecord(store: RecordStore, id: string): Promise<boolean> {
  const db = await openDatabase();
  if (!db) return false;
  try {
    await db.delete(store, id);
    announceRecordsChanged();
    return true;
  } catch {
    return false;
  }
}

export const newRecordId = () => crypto.randomUUID();
