/**
 * Records that fail validation on read are moved, exactly once, to the set-aside store of
 * their database, and the parent is told, with a download. They are kept as they were
 * stored: nothing a family typed is hidden or thrown away.
 */
import * as v from 'valibot';
import { downloadText } from '../download';
import { t } from '../i18n/messages';
import { raiseNotice } from '../notices';
import type { Database, SetAsideRecord } from './database';
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
  // A record that cannot be moved now stays where it is, and is tried again next time.
  const moved = broken.length > 0 ? await setAsideBroken(db, store, broken).catch(() => 0) : 0;
  if (moved > 0) announceSetAsideRecords(db, moved);
  return { valid, moved };
}

/**
 * Moves each broken record to the set-aside store by the key it is stored under, so it is
 * copied once and then gone from its store. Each is read again first: another tab (or
 * another read in this one) may have moved it already.
 */
async function setAsideBroken(db: Database, store: RecordStore, broken: StoredEntry[]) {
  const tx = db.transaction([store, 'set-aside'], 'readwrite');
  let moved = 0;
  for (const [key] of broken) {
    const raw: unknown = await tx.objectStore(store).get(key as string);
    if (raw === undefined || v.is(recordSchemas[store], raw)) continue;
    await tx
      .objectStore('set-aside')
      .add({ scenarioId: store, reason: 'corrupted', setAsideAt: Date.now(), raw });
    await tx.objectStore(store).delete(key as string);
    moved++;
  }
  await tx.done;
  return moved;
}

function announceSetAsideRecords(db: Database, count: number): void {
  raiseNotice({
    id: 'set-aside-records',
    tone: 'warning',
    message: t('storage.setAsideRecords', { count }),
    action: {
      label: t('storage.downloadSetAsideRecords'),
      run: () => void db.getAll('set-aside').then(downloadSetAside),
    },
  });
}

/** Downloads what was set aside, exactly as it was stored. */
export function downloadSetAside(items: SetAsideRecord[]): void {
  downloadText(
    `${t('records.setAside.fileName')}.json`,
    JSON.stringify(items, null, 2),
    'application/json',
  );
}
