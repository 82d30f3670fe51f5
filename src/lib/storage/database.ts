/**
 * The one IndexedDB database, opened through `idb`. Every store and its version lives
 * here, so migrations have one home. Opening fails softly: when the browser refuses
 * storage (private browsing, disabled site data), callers get `null` and run in memory.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { RecordTypes } from './record-schemas';

export const DATABASE_NAME = 'common-ground';
/** 1: flows and set-aside. 2: the family's records, and app settings such as the last backup. */
export const DATABASE_VERSION = 2;

export interface FlowRecordV1 {
  v: 1;
  scenarioId: string;
  machineVersion: number;
  /** Increases with every save, so a tab can tell that another tab saved newer work. */
  revision: number;
  savedAt: number;
  snapshot: unknown;
}

export interface SetAsideRecord {
  id?: number;
  scenarioId: string;
  reason: 'corrupted' | 'outdated';
  setAsideAt: number;
  /** Exactly what was stored, so nothing the parent typed is lost. */
  raw: unknown;
}

export interface CommonGroundDB extends DBSchema {
  flows: { key: string; value: FlowRecordV1 };
  'set-aside': { key: number; value: SetAsideRecord };
  children: { key: string; value: RecordTypes['children'] };
  contacts: { key: string; value: RecordTypes['contacts'] };
  log: { key: string; value: RecordTypes['log'] };
  drafts: { key: string; value: RecordTypes['drafts'] };
  settings: { key: string; value: unknown };
}

export const RECORD_STORES = ['children', 'contacts', 'log', 'drafts'] as const;

export type Database = IDBPDatabase<CommonGroundDB>;

let opening: Promise<Database | null> | undefined;

export function openDatabase(): Promise<Database | null> {
  // Some browsers throw from indexedDB.open() itself, so open inside a promise chain.
  opening ??= Promise.resolve()
    .then(() =>
      openDB<CommonGroundDB>(DATABASE_NAME, DATABASE_VERSION, {
        upgrade(db, oldVersion) {
          if (oldVersion < 1) {
            db.createObjectStore('flows', { keyPath: 'scenarioId' });
            db.createObjectStore('set-aside', { keyPath: 'id', autoIncrement: true });
          }
          if (oldVersion < 2) {
            for (const store of RECORD_STORES) db.createObjectStore(store, { keyPath: 'id' });
            db.createObjectStore('settings');
          }
        },
        blocking() {
          // A newer version of the app opened in another tab: step aside so it can upgrade.
          void opening?.then((db) => db?.close());
          opening = undefined;
        },
      }),
    )
    .catch(() => null);
  return opening;
}

/** For tests: forget the open connection so the next call opens afresh. */
export async function closeDatabase(): Promise<void> {
  const db = await opening;
  db?.close();
  opening = undefined;
}
