/**
 * Records that belong together (a log entry and the sent draft it points to), added in one
 * transaction: every one is stored, or none is.
 */
import * as v from 'valibot';
import { openDatabase } from './database';
import { requestPersistentStorage } from './persist';
import { recordSchemas, type RecordStore, type RecordTypes } from './record-schemas';
import { announceRecordsChanged } from './records-store';
import { faultOf, type StorageFault } from './storage-errors';

/** A record to add, with the store it goes in. */
export type NewRecord = { [S in RecordStore]: { store: S; record: RecordTypes[S] } }[RecordStore];

export type RecordsSaveResult =
  | { kind: 'saved' }
  /** A record does not fit its schema: which one, which field, and the limit it passes if any. */
  | { kind: 'invalid'; store: RecordStore; field: string; max?: number }
  | { kind: 'conflict' }
  | { kind: 'failed'; fault: StorageFault };

/**
 * Adds records that belong together (a log entry and the sent draft it points to) in one
 * transaction: every one is stored, or none is. Nothing is written unless all are valid,
 * and a record whose id is already taken refuses the whole set.
 */
export async function saveNewRecords(records: readonly NewRecord[]): Promise<RecordsSaveResult> {
  const now = Date.now();
  const stamped = records.map(({ store, record }) => ({
    store,
    record: { ...record, updatedAt: now },
  }));
  for (const { store, record } of stamped) {
    const parsed = v.safeParse(recordSchemas[store], record);
    if (!parsed.success) {
      const [issue] = parsed.issues;
      const field = String(issue?.path?.[0]?.key ?? '');
      const max = issue?.type === 'max_length' ? Number(issue.requirement) : undefined;
      return { kind: 'invalid', store, field, ...(max === undefined ? {} : { max }) };
    }
  }
  const db = await openDatabase();
  if (!db) return { kind: 'failed', fault: 'unavailable' };
  const tx = db.transaction([...new Set(stamped.map(({ store }) => store))], 'readwrite');
  try {
    for (const { store, record } of stamped) {
      if ((await tx.objectStore(store).get(record.id)) !== undefined) {
        tx.abort();
        await tx.done.catch(() => undefined);
        return { kind: 'conflict' };
      }
      await tx.objectStore(store).put(record as never);
    }
    await tx.done;
  } catch (error) {
    // A write that threw must not leave the others behind: the transaction is undone whole.
    try {
      tx.abort();
    } catch {
      // Already finished (and so already rolled back by the browser).
    }
    await tx.done.catch(() => undefined);
    return { kind: 'failed', fault: faultOf(error) };
  }
  announceRecordsChanged();
  requestPersistentStorage();
  return { kind: 'saved' };
}
