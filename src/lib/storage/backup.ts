/**
 * One file holding everything a family keeps in Common Ground, and the way back in.
 * An import is read and checked completely before anything is written, and then written
 * in a single transaction: it lands whole or not at all.
 */
import * as v from 'valibot';
import { openDatabase, RECORD_STORES, type FlowRecordV1 } from './database';
import { flowRecordSchema } from './flow-store';
import { recordSchemas, type RecordTypes } from './record-schemas';
import { announceRecordsChanged } from './records-store';
import { faultOf, type StorageFault } from './storage-errors';

export const BACKUP_FORMAT = 'common-ground-backup';
export const BACKUP_VERSION = 1;
/** Far beyond years of notes; anything bigger is not a backup of ours. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

const backupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.number(),
  records: v.object({
    children: v.array(recordSchemas.children),
    contacts: v.array(recordSchemas.contacts),
    log: v.array(recordSchemas.log),
    drafts: v.array(recordSchemas.drafts),
    // Backups made before coaching sessions existed have none.
    sessions: v.optional(v.array(recordSchemas.sessions), []),
  }),
  flows: v.array(flowRecordSchema),
  // What could not be read here, exactly as it was stored (backups made before this have none).
  setAside: v.optional(
    v.array(
      v.object({
        scenarioId: v.string(),
        reason: v.picklist(['corrupted', 'outdated']),
        setAsideAt: v.number(),
        raw: v.unknown(),
      }),
    ),
    [],
  ),
});

export type Backup = v.InferOutput<typeof backupSchema>;
export type BackupProblem = 'too-large' | 'not-json' | 'not-a-backup' | 'newer-version' | 'damaged';
export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem };

/** Keys that could reach an object's prototype are dropped while parsing, never assigned. */
const safeReviver = (key: string, value: unknown) =>
  key === '__proto__' || key === 'constructor' || key === 'prototype' ? undefined : value;

export function parseBackup(text: string): ParsedBackup {
  if (new Blob([text]).size > MAX_BACKUP_BYTES) return { ok: false, problem: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text, safeReviver);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const header = v.safeParse(
    v.object({ format: v.literal(BACKUP_FORMAT), version: v.number() }),
    data,
  );
  if (!header.success) return { ok: false, problem: 'not-a-backup' };
  if (header.output.version > BACKUP_VERSION) return { ok: false, problem: 'newer-version' };
  const parsed = v.safeParse(backupSchema, data);
  return parsed.success ? { ok: true, backup: parsed.output } : { ok: false, problem: 'damaged' };
}

export async function createBackup(now = Date.now()): Promise<Backup | null> {
  const db = await openDatabase();
  if (!db) return null;
  const tx = db.transaction([...RECORD_STORES, 'flows', 'set-aside'], 'readonly');
  const [children, contacts, log, drafts, sessions, flows, setAside] = await Promise.all([
    tx.objectStore('children').getAll(),
    tx.objectStore('contacts').getAll(),
    tx.objectStore('log').getAll(),
    tx.objectStore('drafts').getAll(),
    tx.objectStore('sessions').getAll(),
    tx.objectStore('flows').getAll(),
    tx.objectStore('set-aside').getAll(),
  ]);
  // What validates goes out as records, so a backup can always be restored; what does not
  // goes out beside them, as set aside, so nothing the family kept is missing from it.
  const notRead: Backup['setAside'] = [];
  const keep = <T>(schema: v.GenericSchema<unknown, T>, list: unknown[], store: string) =>
    list.filter((item) => {
      const valid = v.is(schema, item);
      if (!valid)
        notRead.push({ scenarioId: store, reason: 'corrupted', setAsideAt: now, raw: item });
      return valid;
    }) as T[];
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    records: {
      children: keep(recordSchemas.children, children, 'children'),
      contacts: keep(recordSchemas.contacts, contacts, 'contacts'),
      log: keep(recordSchemas.log, log, 'log'),
      drafts: keep(recordSchemas.drafts, drafts, 'drafts'),
      sessions: keep(recordSchemas.sessions, sessions, 'sessions'),
    },
    flows: keep(flowRecordSchema, flows, 'flows'),
    setAside: [
      ...setAside.map(({ scenarioId, reason, setAsideAt, raw }) => ({
        scenarioId,
        reason,
        setAsideAt,
        raw,
      })),
      ...notRead,
    ],
  };
}

export type RestoreResult = { kind: 'restored' } | { kind: 'failed'; fault: StorageFault };

/**
 * Replace: the device ends up holding exactly the backup. Merge: each record or flow
 * is kept in whichever version is newer, so nothing newer on this device is lost.
 */
export async function restoreBackup(
  backup: Backup,
  mode: 'merge' | 'replace',
): Promise<RestoreResult> {
  const db = await openDatabase();
  if (!db) return { kind: 'failed', fault: 'unavailable' };
  try {
    const tx = db.transaction([...RECORD_STORES, 'flows', 'set-aside'], 'readwrite');
    for (const store of RECORD_STORES) {
      const target = tx.objectStore(store);
      if (mode === 'replace') await target.clear();
      for (const record of backup.records[store] as RecordTypes[typeof store][]) {
        const current =
          mode === 'merge'
            ? ((await target.get(record.id)) as { updatedAt?: number } | undefined)
            : undefined;
        if (!current || (current.updatedAt ?? 0) < record.updatedAt)
          await target.put(record as never);
      }
    }
    const flows = tx.objectStore('flows');
    if (mode === 'replace') await flows.clear();
    for (const flow of backup.flows) {
      const current = mode === 'merge' ? await flows.get(flow.scenarioId) : undefined;
      if (!current || current.savedAt < flow.savedAt) await flows.put(flow as FlowRecordV1);
    }
    // What was set aside is never dropped by a restore, and never stored twice.
    const setAside = tx.objectStore('set-aside');
    const held = new Set((await setAside.getAll()).map(setAsideKey));
    for (const item of backup.setAside) {
      if (held.has(setAsideKey(item))) continue;
      held.add(setAsideKey(item));
      await setAside.add(item);
    }
    await tx.done;
    announceRecordsChanged();
    return { kind: 'restored' };
  } catch (error) {
    return { kind: 'failed', fault: faultOf(error) };
  }
}

const setAsideKey = (item: Backup['setAside'][number]) =>
  JSON.stringify([item.scenarioId, item.setAsideAt, item.raw]);

/** Removes every record, every saved guide and everything set aside, on this device. */
export async function deleteEverything(): Promise<boolean> {
  const db = await openDatabase();
  if (!db) return false;
  try {
    const tx = db.transaction([...RECORD_STORES, 'flows', 'set-aside', 'settings'], 'readwrite');
    await Promise.all(
      [...RECORD_STORES, 'flows', 'set-aside', 'settings'].map((store) =>
        tx.objectStore(store as 'flows').clear(),
      ),
    );
    await tx.done;
    announceRecordsChanged();
    return true;
  } catch {
    return false;
  }
}
