/**
 * Reads and writes the family's records (children, contacts, the conversation log, sent
 * drafts). Every record is validated on read; one that fails is set aside once, and said so.
 * A write is refused when another tab changed the same record since this tab read it
 * (an edit made in a form is merged with that change instead: record-edit.ts).
 */
import * as v from 'valibot';
import { openDatabase, openWorkspaceDatabase } from './database';
import { recordSchemas, type RecordStore, type RecordTypes } from './record-schemas';
import { requestPersistentStorage } from './persist';
import { readEntries, validEntries, type StoredEntry } from './set-aside';
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
  let entries: StoredEntry[];
  try {
    entries = await readEntries(db, store);
  } catch {
    return null;
  }
  const { valid, moved } = await validEntries(db, store, entries);
  // The set-aside store changed: screens that list it (and other tabs) read it again.
  if (moved > 0) announceRecordsChanged();
  return valid as RecordTypes[S][];
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
