/**
 * One file holding everything a family keeps in Common Ground, and the way back in.
 * An import is read and checked completely before anything is written, and then written
 * in a single transaction: it lands whole or not at all.
 */
import * as v from 'valibot';
import { openDatabase, RECORD_STORES, type FlowRecordV1 } from './database';
import { flowRecordSchema } from './flow-store';
import { counter } from './counter';
import { recordSchemas, type RecordTypes } from './record-schemas';
import { announceRecordsChanged } from './records-store';
import { faultOf, type StorageFault } from './storage-errors';

export const BACKUP_FORMAT = 'common-ground-backup';
export const BACKUP_VERSION = 1;
/** Far beyond years of notes; anything bigger is not a backup of ours. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

/** A list in which no two items share a key: two records under one id would be one stored. */
const uniqueBy = <T extends v.GenericSchema>(item: T, key: (value: v.InferOutput<T>) => string) =>
  v.pipe(
    v.array(item),
    v.check((list) => new Set(list.map(key)).size === list.length, 'two items share the same id'),
  );
const records = <T extends v.GenericSchema<unknown, { id: string }>>(schema: T) =>
  uniqueBy(schema, (record) => record.id);

const backupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
  exportedAt: counter,
  records: v.object({
    children: records(recordSchemas.children),
    contacts: records(recordSchemas.contacts),
    log: records(recordSchemas.log),
    drafts: records(recordSchemas.drafts),
    // Backups made before coaching sessions existed have none.
    sessions: v.optional(records(recordSchemas.sessions), []),
  }),
  flows: uniqueBy(flowRecordSchema, (flow) => flow.scenarioId),
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

/**
 * What only the app's guides and rehearsals know, so the caller supplies it (storage sits
 * below them). Ids are looked up as own entries, never through an object's prototype.
 */
export interface BackupChecks {
  /** Whether a session may plan this item: a guide's id, or "rehearsal:<id>". */
  isAgendaItem(id: string): boolean;
  /**
   * Whether a saved flow belongs to a guide or rehearsal the app has, and its snapshot
   * passes that flow's own checks (every answer, every step), as it would when opened. One
   * saved by another version passes: the guide sets it aside, with a notice, when opened.
   */
  flowFits(flow: FlowRecordV1): Promise<boolean>;
}

/** `parseBackup`, then what the app's own guides and rehearsals require of what it holds. */
export async function readBackup(text: string, checks: BackupChecks): Promise<ParsedBackup> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const { records, flows } = parsed.backup;
  const agendasKnown = records.sessions.every(
    ({ agenda }) =>
      new Set(agenda).size === agenda.length && agenda.every((id) => checks.isAgendaItem(id)),
  );
  if (!agendasKnown) return { ok: false, problem: 'damaged' };
  const fits = await Promise.all(
    flows.map((flow) => checks.flowFits(flow as FlowRecordV1).catch(() => false)),
  );
  return fits.every(Boolean) ? parsed : { ok: false, problem: 'damaged' };
}

/** Everything on this device, or null when the browser refuses storage or fails to read it. */
export async function createBackup(now = Date.now()): Promise<Backup | null> {
  try {
    return await gatherBackup(now);
  } catch {
    return null;
  }
}

async function gatherBackup(now: number): Promise<Backup | null> {
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
  let tx;
  try {
    tx = db.transaction([...RECORD_STORES, 'flows', 'set-aside'], 'readwrite');
  } catch (error) {
    return { kind: 'failed', fault: faultOf(error) };
  }
  // Whatever fails (a write that throws at once, or one refused later), the transaction is
  // aborted, so a cleared store is never committed without the backup that was to fill it.
  const finished = tx.done.then(
    () => ({ ok: true as const }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  try {
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
  } catch (error) {
    abortQuietly(tx);
    await finished;
    return { kind: 'failed', fault: faultOf(error) };
  }
  const outcome = await finished;
  if (!outcome.ok) return { kind: 'failed', fault: faultOf(outcome.error) };
  announceRecordsChanged();
  return { kind: 'restored' };
}

const setAsideKey = (item: Backup['setAside'][number]) =>
  JSON.stringify([item.scenarioId, item.setAsideAt, item.raw]);

/** Removes every record, every saved guide and everything set aside, on this device. */
export async function deleteEverything(): Promise<boolean> {
  const db = await openDatabase();
  if (!db) return false;
  const stores = [...RECORD_STORES, 'flows', 'set-aside', 'settings'] as const;
  let tx;
  try {
    tx = db.transaction(stores, 'readwrite');
  } catch {
    return false;
  }
  const done = tx.done.then(
    () => true,
    () => false,
  );
  try {
    await Promise.all(stores.map((store) => tx.objectStore(store).clear()));
  } catch {
    // Either everything is deleted or nothing is: "nothing could be deleted" stays true.
    abortQuietly(tx);
    await done;
    return false;
  }
  if (!(await done)) return false;
  announceRecordsChanged();
  return true;
}

/** Aborts a transaction that may already have been aborted by the browser. */
function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted: nothing more to undo.
  }
}
