/**
 * Records that fail validation on read are moved, exactly once, to the set-aside store of
 * their database, and the parent is told, with a download. They are kept as they were
 * stored: nothing a family typed is hidden or thrown away.
 */
import * as v from 'valibot';
import type { Database } from './database';
import { setAsideBroken } from './set-aside-broken';
import { recordSchemas, type RecordStore } from './record-schemas';

/** A stored value and the key it is stored under (any key: a broken record's id may be a number). */
export type StoredEntry = [key: IDBValidKey, value: unknown];

/** Every value in a store, with its key, read in one transaction. */
export async function readEntries(db: Database, store: RecordStore): Promise<StoredEntry[]> {
  const tx = db.transaction(store, 'readonly');
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
  await tx.done;
  return values.map((value, index) => [keys[index] as IDBValidKey, value]);
}

/** Sorts what a store holds into the records that are valid, setting the others aside. */
export async function validEntries<S extends RecordStore>(
  db: Database,
  store: S,
  entries: StoredEntry[],
): Promise<{ valid: v.InferOutput<(typeof recordSchemas)[S]>[]; moved: number }> {
  const valid: v.InferOutput<(typeof recordSchemas)[S]>[] = [];
  const broken: StoredEntry[] = [];
  for (const entry of entries) {
    const parsed = v.safeParse(recordSchemas[store], entry[1]);
    if (parsed.success) valid.push(parsed.output as v.InferOutput<(typeof recordSchemas)[S]>);
    else broken.push(entry);
  }
  if (broken.length === 0) return { valid, moved: 0 };
  // A record that cannot be moved now stays where it is, and is tried again next time.
  const moved = await setAsideBroken(db, store, broken).catch(() => 0);
  return { valid, moved };
}
