/**
 * Moving records that failed validation to the set-aside store, once, and telling the
 * parent, with a download (set-aside.ts finds them).
 */
import * as v from 'valibot';
import { downloadText } from '../download';
import { t } from '../i18n/messages';
import { raiseNotice } from '../notices';
import type { Database, SetAsideRecord } from './database';
import { recordSchemas, type RecordStore } from './record-schemas';
import type { StoredEntry } from './set-aside';

/**
 * Moves each broken record to the set-aside store by the key it is stored under, so it is
 * copied once and then gone from its store. Each is read again first: another tab (or
 * another read in this one) may have moved it already.
 */
export async function setAsideBroken(
  db: Database,
  store: RecordStore,
  broken: StoredEntry[],
): Promise<number> {
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
  if (moved > 0) announceSetAsideRecords(db, moved);
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
